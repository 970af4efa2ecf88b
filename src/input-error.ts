/** Bad input: the message names the input and says how to fix it. Thrown before any request. */
export class InputError extends Error {
  override name = 'InputError'

  constructor(
    readonly input: string,
    message: string
  ) {
    super(`Input '${input}': ${message}`)
  }
}
