import path from 'node:path'
import {findFile} from './find-file.js'
import type {FileObject, FilesClient, UploadRequest, UploadResult} from './files-client.js'
import {atMostOnce, type AtMostOnceOptions} from './at-most-once.js'
import {sha256File} from './sha256.js'

/** Slowest throughput an attempt is given time for: 512 MB then gets about 9 minutes. */
const MIN_BYTES_PER_SECOND = 1_000_000
const ATTEMPT_TIMEOUT_FLOOR_MS = 60_000
/** How far the API's clock may be behind ours when we look for a file this run stored. */
const CLOCK_SKEW_MS = 5 * 60_000

export interface RetryOptions extends Omit<AtMostOnceOptions, 'attemptTimeoutMs'> {
  /** Limit for one attempt; by default a floor plus the file at a minimum throughput. */
  attemptTimeoutMs?: number
  /** Told when a failed attempt turns out to have stored the file after all. */
  onRecovered?: (file: FileObject) => void
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
  const target = {
    filename: request.filename ?? path.basename(request.path),
    size: request.size,
    purpose: request.purpose,
    since: (options.now ?? Date.now)() - CLOCK_SKEW_MS
  }
  // Hashed once, on the first look: the same bytes are sent on every attempt.
  let hashing: Promise<string> | undefined
  const lookFor = async (timeoutMs: number): Promise<UploadResult | undefined> => {
    const sha256 = await (hashing ??= sha256File(request.path))
    const file = await findFile(client, {...target, sha256}, timeoutMs)
    return file && {file, sha256, bytes: request.size}
  }
  const {value, attempts, recovered} = await atMostOnce(
    async timeoutMs => client.upload({...request, timeoutMs}),
    lookFor,
    {
      ...options,
      attemptTimeoutMs: options.attemptTimeoutMs ?? defaultAttemptTimeoutMs(request.size)
    }
  )
  if (recovered) options.onRecovered?.(value.file)
  return {...value, attempts, recovered}
}
