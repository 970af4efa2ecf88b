/** A failure the step explains in full: its message says what is wrong and how to fix it. */
export class StepError extends Error {
  override name = 'StepError'
}

/** Bad input: the message names the input and says how to fix it. Thrown before any request. */
export class InputError extends StepError {
  override name = 'InputError'

  constructor(
    readonly input: string,
    message: string
  ) {
    super(`Input '${input}': ${message}`)
  }
}

/** The data broke the dataset rules: the problems are already reported; nothing was uploaded. */
export class InvalidDatasetError extends StepError {
  override name = 'InvalidDatasetError'
}
