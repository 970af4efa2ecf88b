// Promise helpers for code that settles a promise from outside it. No @actions/* here: the
// validator's worker bundle includes this file.

export interface Deferred<T> {
  promise: Promise<T>
  resolve(value: T): void
  reject(error: unknown): void
}

/** Promise.withResolvers, which Node 20 lacks. */
export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return {promise, resolve, reject}
}

/**
 * Marks `promise`'s rejection as handled, for a promise that may reject before anyone awaits it
 * (or when no one will): its rejection is read where it is awaited.
 */
export async function ignoreRejection(promise: Promise<unknown>): Promise<void> {
  try {
    await promise
  } catch {
    // read where the promise is awaited
  }
}
