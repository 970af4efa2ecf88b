import {DEFAULT_BACKOFF, isRetryable, retryDelayMs, type BackoffPolicy} from './retry.js'

export interface IdempotentRetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number
  /** No wait goes past this time (ms since the epoch, on `now`'s clock). */
  deadline?: number
  backoff?: BackoffPolicy
  onRetry?: (event: {attempt: number; error: unknown; delayMs: number}) => void
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

/**
 * Runs a request that is safe to repeat (a GET, a download, a cancel) under the upload's retry
 * rules: transient failures are tried again after the backoff or the server's Retry-After.
 */
export async function withRetries<T>(
  request: (attempt: number) => Promise<T>,
  options: IdempotentRetryOptions
): Promise<T> {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number) => new Promise(resolve => setTimeout(resolve, ms)))
  for (let attempt = 1; ; attempt++) {
    try {
      return await request(attempt)
    } catch (error) {
      if (!isRetryable(error) || attempt >= options.maxAttempts) throw error
      const delayMs = retryDelayMs(error, attempt, options.backoff ?? DEFAULT_BACKOFF, now())
      if (options.deadline !== undefined && now() + delayMs >= options.deadline) throw error
      options.onRetry?.({attempt, error, delayMs})
      await sleep(delayMs)
    }
  }
}
