import {APIConnectionError, APIError, CertificateError, InvalidResponseError} from './errors.js'

// Pure retry rules: which failures are worth another attempt, which may have stored the file
// already, and how long to wait. No I/O, so every branch is tested with plain values.

export interface BackoffPolicy {
  /** First wait; doubled each retry. */
  baseDelayMs: number
  /** Longest computed wait. */
  maxDelayMs: number
  /** Longest wait a server's Retry-After may ask for. */
  maxRetryAfterMs: number
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  baseDelayMs: 1000,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000
}

/** Statuses that mean "not now" rather than "not this request". */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504])

/** Whether another attempt can succeed where this one failed. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof APIError) {
    const hint = header(error, 'x-should-retry')
    if (hint === 'true') return true
    if (hint === 'false') return false
    // 409 means "try again" only when the server says when (Mistral uses it for duplicate jobs).
    if (error.status === 409) return header(error, 'retry-after') !== undefined
    return TRANSIENT_STATUSES.has(error.status)
  }
  if (error instanceof InvalidResponseError) return error.retryable
  if (error instanceof CertificateError) return false
  return error instanceof APIConnectionError
}

/**
 * Whether the file may have been stored although the attempt failed: the server got far enough
 * to fail after reading (5xx), the answer was lost (reset, timeout) or garbled (2xx not as
 * promised). Such a failure is followed by a look for the file before anything is sent again.
 */
export function mayHaveStored(error: unknown): boolean {
  if (error instanceof APIError) return error.status >= 500
  if (error instanceof InvalidResponseError) return true
  if (error instanceof CertificateError) return false // the handshake failed: nothing was sent
  return error instanceof APIConnectionError
}

/** Exponential backoff with jitter: base × 2^(retry-1), capped, less up to 25% at random. */
export function backoffMs(retry: number, policy = DEFAULT_BACKOFF, random = Math.random): number {
  const exponential = Math.min(policy.baseDelayMs * 2 ** (retry - 1), policy.maxDelayMs)
  return Math.round(exponential * (1 - 0.25 * random()))
}

/** The wait before retry number `retry`: the server's Retry-After (capped) or the backoff. */
export function retryDelayMs(
  error: unknown,
  retry: number,
  policy = DEFAULT_BACKOFF,
  now = Date.now(),
  random = Math.random
): number {
  const asked = error instanceof APIError ? error.retryAfterMs(now) : undefined
  if (asked !== undefined) return Math.min(asked, policy.maxRetryAfterMs)
  return backoffMs(retry, policy, random)
}

function header(error: APIError, name: string): string | undefined {
  const value = error.headers[name]
  return Array.isArray(value) ? value[0] : value
}
