import {
  DEFAULT_BACKOFF,
  isRetryable,
  mayHaveStored,
  retryDelayMs,
  type BackoffPolicy
} from './retry.js'

// The one retry loop for requests that are not idempotent (an upload, a job's creation): after
// a failure that may have done the work (a 5xx, a lost or garbled answer) it looks for the result
// over a short window before sending again, so retries leave no second copy.

/**
 * How long a result that a failed attempt may have made is looked for before it is sent again:
 * looks at 0, 1, 3, 7 and 15 s catch a server that stores late or a list that lags behind.
 */
const DEFAULT_LOOK_WINDOW_MS = 15_000
const FIRST_LOOK_AGAIN_MS = 1000

export interface AtMostOnceOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number
  /** Deadline for every attempt, look and wait together. */
  timeoutMs: number
  /** Limit for one attempt: one send, or one look. */
  attemptTimeoutMs: number
  backoff?: BackoffPolicy
  /** How long to keep looking for what a failed attempt may have made; default 15 s. */
  lookWindowMs?: number
  /** Told before each wait. */
  onRetry?: (retry: RetryEvent) => void
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

export interface RetryEvent {
  /** The attempt that failed, from 1. */
  attempt: number
  maxAttempts: number
  error: unknown
  delayMs: number
}

export interface Done<T> {
  value: T
  /** Attempts made, this one included: each a send, a look for what a failed send made, or both. */
  attempts: number
  /** Found by `lookFor` after an attempt that seemed to fail. */
  recovered: boolean
}

/**
 * Sends until it succeeds, a failure is permanent (a 4xx: thrown at once), the attempts run out
 * or the next wait would pass the deadline. `send` and `lookFor` get the time the attempt has.
 */
export async function atMostOnce<T>(
  send: (timeoutMs: number) => Promise<T>,
  lookFor: (timeoutMs: number) => Promise<T | undefined>,
  options: AtMostOnceOptions
): Promise<Done<T>> {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number) => new Promise(resolve => setTimeout(resolve, ms)))
  const deadline = now() + options.timeoutMs
  const timeLeft = (): number => Math.max(1, Math.min(options.attemptTimeoutMs, deadline - now()))

  /** Looks at 0, 1, 3, 7, 15 s, never past the deadline; a failed look fails the attempt. */
  const lookAWhile = async (): Promise<T | undefined> => {
    const until = Math.min(now() + (options.lookWindowMs ?? DEFAULT_LOOK_WINDOW_MS), deadline)
    for (let wait = FIRST_LOOK_AGAIN_MS; ; wait *= 2) {
      const found = await lookFor(timeLeft())
      if (found !== undefined || now() + wait > until) return found
      await sleep(wait)
    }
  }

  let maybeDone = false
  for (let attempt = 1; ; attempt++) {
    try {
      if (maybeDone) {
        const found = await lookAWhile()
        if (found !== undefined) return {value: found, attempts: attempt, recovered: true}
        maybeDone = false
      }
      return {value: await send(timeLeft()), attempts: attempt, recovered: false}
    } catch (error) {
      maybeDone ||= mayHaveStored(error)
      if (!isRetryable(error) || attempt >= options.maxAttempts) throw error
      const delayMs = retryDelayMs(error, attempt, options.backoff ?? DEFAULT_BACKOFF, now())
      if (now() + delayMs >= deadline) throw error
      options.onRetry?.({attempt, maxAttempts: options.maxAttempts, error, delayMs})
      await sleep(delayMs)
    }
  }
}
