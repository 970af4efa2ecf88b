// The runner cancels a step with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after
// that (actions/runner). The first signal aborts what the step waits for, so that it can cancel
// the job; a second one means there is no time left, and the step exits at once.

export interface Cancellation {
  readonly signal: AbortSignal
  /** The first signal received, if any. */
  readonly received: NodeJS.Signals | undefined
  /** Stops listening; the signals' default (exit) applies again. */
  dispose: () => void
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']

export function watchCancellation(onSecond: () => void = () => process.exit(1)): Cancellation {
  const controller = new AbortController()
  let received: NodeJS.Signals | undefined
  const handler = (name: NodeJS.Signals): void => {
    if (received !== undefined) return onSecond()
    received = name
    controller.abort()
  }
  for (const name of SIGNALS) process.on(name, handler)
  return {
    signal: controller.signal,
    get received() {
      return received
    },
    dispose: () => {
      for (const name of SIGNALS) process.off(name, handler)
    }
  }
}

/**
 * `promise`'s value, or a rejection as soon as `signal` aborts: the promise is then left to
 * settle unseen (a request in flight, a sleep).
 */
export async function unlessAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise
  let onAbort = (): void => {}
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new Error('aborted'))
    if (signal.aborted) onAbort()
    else signal.addEventListener('abort', onAbort, {once: true})
  })
  try {
    return await Promise.race([promise, aborted])
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}
