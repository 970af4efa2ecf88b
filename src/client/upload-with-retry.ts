import path from 'node:path'
import {findFile} from './find-file.js'
import type {FileObject, FilesClient, UploadRequest, UploadResult} from './files-client.js'
import {
  DEFAULT_BACKOFF,
  isRetryable,
  mayHaveStored,
  retryDelayMs,
  type BackoffPolicy
} from './retry.js'
import {sha256File} from './sha256.js'

/** Slowest throughput an attempt is given time for: 512 MB then gets about 9 minutes. */
const MIN_BYTES_PER_SECOND = 1_000_000
const ATTEMPT_TIMEOUT_FLOOR_MS = 60_000
/** How far the API's clock may be behind ours when we look for a file this run stored. */
const CLOCK_SKEW_MS = 5 * 60_000
/**
 * How long a file that a failed attempt may have stored is looked for before it is sent again:
 * looks at 0, 1, 3, 7 and 15 s catch a server that stores late or a list that lags behind.
 */
const DEFAULT_LOOK_WINDOW_MS = 15_000
const FIRST_LOOK_AGAIN_MS = 1000

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number
  /** Deadline for every attempt and wait together. */
  timeoutMs: number
  /** Limit for one attempt; by default a floor plus the file at a minimum throughput. */
  attemptTimeoutMs?: number
  backoff?: BackoffPolicy
  /** Told before each wait. */
  onRetry?: (retry: RetryEvent) => void
  /** How long to keep looking for a file a failed attempt may have stored; default 15 s. */
  lookWindowMs?: number
  /** Told when a failed attempt turns out to have stored the file after all. */
  onRecovered?: (file: FileObject) => void
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

export interface ReliableUploadResult extends UploadResult {
  /** Attempts made, this one included: each a POST, a look for what a failed POST stored, or both. */
  attempts: number
  /** The file was found on the API after an attempt that seemed to fail. */
  recovered: boolean
}

export function defaultAttemptTimeoutMs(size: number): number {
  return ATTEMPT_TIMEOUT_FLOOR_MS + Math.ceil((size / MIN_BYTES_PER_SECOND) * 1000)
}

/**
 * Uploads with retries that leave no duplicate: after a failure that may have stored the file
 * (a 5xx, a lost or garbled answer), the API's file list is checked for a while before sending
 * again, and a file found there is used instead. Permanent failures (4xx) are thrown at once.
 */
export async function uploadWithRetry(
  client: FilesClient,
  request: UploadRequest,
  options: RetryOptions
): Promise<ReliableUploadResult> {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number) => new Promise(resolve => setTimeout(resolve, ms)))
  const backoff = options.backoff ?? DEFAULT_BACKOFF
  const startedAt = now()
  const deadline = startedAt + options.timeoutMs
  const attemptLimitMs = options.attemptTimeoutMs ?? defaultAttemptTimeoutMs(request.size)
  const target = {
    filename: request.filename ?? path.basename(request.path),
    size: request.size,
    purpose: request.purpose,
    since: startedAt - CLOCK_SKEW_MS
  }

  const timeLeft = (): number => Math.max(1, Math.min(attemptLimitMs, deadline - now()))
  /** Looks at 0, 1, 3, 7, 15 s, never past the deadline; a failed look fails the attempt. */
  const lookForStored = async (sha256: string): Promise<FileObject | undefined> => {
    const until = Math.min(now() + (options.lookWindowMs ?? DEFAULT_LOOK_WINDOW_MS), deadline)
    for (let wait = FIRST_LOOK_AGAIN_MS; ; wait *= 2) {
      const found = await findFile(client, {...target, sha256}, timeLeft())
      if (found || now() + wait > until) return found
      await sleep(wait)
    }
  }

  let maybeStored = false
  for (let attempt = 1; ; attempt++) {
    try {
      if (maybeStored) {
        const sha256 = await sha256File(request.path)
        const found = await lookForStored(sha256)
        if (found) {
          options.onRecovered?.(found)
          return {file: found, sha256, bytes: request.size, attempts: attempt, recovered: true}
        }
        maybeStored = false
      }
      const result = await client.upload({...request, timeoutMs: timeLeft()})
      return {...result, attempts: attempt, recovered: false}
    } catch (error) {
      maybeStored ||= mayHaveStored(error)
      if (!isRetryable(error) || attempt >= options.maxAttempts) throw error
      const delayMs = retryDelayMs(error, attempt, backoff, now())
      if (now() + delayMs >= deadline) throw error
      options.onRetry?.({attempt, maxAttempts: options.maxAttempts, error, delayMs})
      await sleep(delayMs)
    }
  }
}
