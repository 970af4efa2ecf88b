import {FINAL_BATCH_STATUSES, type BatchJob} from '../client/jobs-client.js'
import {DEFAULT_BACKOFF, isRetryable, retryDelayMs} from '../client/retry.js'
import {unlessAborted} from '../cancellation.js'
import {POLL, PROGRESS_EVERY_MS} from './constants.js'

// The wait for a batch job: polls at a growing interval, transient failures retried as the
// upload retries them, progress at most every 30 s, and a stop at the deadline or on a signal.

/** How the wait ended: the job reached a final status, the time ran out, or a signal came. */
export type WaitEnd = 'final' | 'timeout' | 'cancelled'

export interface WaitResult {
  /** The job as last seen. */
  job: BatchJob
  end: WaitEnd
  /** The failure of the last poll, when the time ran out while polls were failing. */
  lastError?: unknown
}

export interface Progress {
  job: BatchJob
  /** Since the wait began. */
  elapsedMs: number
  /** Estimated from the rate seen during the wait; unknown until requests complete. */
  remainingMs?: number
  /** The job has ended: this is the last line. */
  final: boolean
}

export interface PollFailure {
  /** Failures in a row, this one included. */
  failures: number
  error: unknown
  delayMs: number
}

export interface WaitOptions {
  timeoutMs: number
  poll?: {firstMs: number; maxMs: number; factor: number}
  progressEveryMs?: number
  /** Aborted when the workflow is cancelled: the wait ends at once. */
  signal?: AbortSignal
  onProgress?: (progress: Progress) => void
  onPollFailed?: (failure: PollFailure) => void
  now?: () => number
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

export function isFinal(job: BatchJob): boolean {
  return FINAL_BATCH_STATUSES.includes(job.status)
}

/**
 * Polls `getJob` until the job reaches a final status (CANCELLATION_REQUESTED is not one), the
 * time runs out or the signal aborts. A 429, a 5xx or a reset is retried after the upload's
 * backoff (or the server's Retry-After, capped at the longest interval) and the wait goes on;
 * any other failure ends it and is thrown.
 */
export async function waitForJob(
  getJob: () => Promise<BatchJob>,
  first: BatchJob,
  options: WaitOptions
): Promise<WaitResult> {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? abortableSleep
  const poll = options.poll ?? POLL
  const every = options.progressEveryMs ?? PROGRESS_EVERY_MS
  const {signal} = options
  const startedAt = now()
  const deadline = startedAt + options.timeoutMs
  const estimate = rateEstimator()
  let job = first
  let interval = poll.firstMs
  let failures = 0
  let lastError: unknown
  let lastProgressAt = Number.NEGATIVE_INFINITY
  let remainingMs = estimate(job, startedAt)

  const report = (final: boolean): void => {
    const time = now()
    if (!final && time - lastProgressAt < every) return
    lastProgressAt = time
    options.onProgress?.({
      job,
      elapsedMs: time - startedAt,
      remainingMs: final ? undefined : remainingMs,
      final
    })
  }

  for (;;) {
    if (isFinal(job)) {
      report(true)
      return {job, end: 'final'}
    }
    if (signal?.aborted) return {job, end: 'cancelled'}
    const left = deadline - now()
    if (left <= 0) return {job, end: 'timeout', lastError}
    const delay = failures > 0 ? retryDelay(lastError, failures, poll.maxMs, now()) : interval
    await sleep(Math.min(delay, left), signal)
    if (signal?.aborted) return {job, end: 'cancelled'}
    try {
      job = await unlessAborted(getJob(), signal)
      remainingMs = estimate(job, now())
      failures = 0
      lastError = undefined
      interval = Math.min(interval * poll.factor, poll.maxMs)
      if (!isFinal(job)) report(false)
    } catch (error) {
      if (signal?.aborted) return {job, end: 'cancelled'}
      if (!isRetryable(error)) throw error
      failures++
      lastError = error
      const delayMs = retryDelay(error, failures, poll.maxMs, now())
      options.onPollFailed?.({failures, error, delayMs})
    }
  }
}

function retryDelay(error: unknown, failures: number, maxMs: number, now: number): number {
  return Math.min(retryDelayMs(error, failures, DEFAULT_BACKOFF, now), maxMs)
}

/**
 * The time left at the rate requests completed since the wait first saw them move: measured on
 * our clock only, so a skew between it and the API's timestamps cannot distort it.
 */
function rateEstimator(): (job: BatchJob, time: number) => number | undefined {
  let base: {time: number; completed: number} | undefined
  return (job, time) => {
    if (job.status !== 'RUNNING' && base === undefined) return undefined
    base ??= {time, completed: job.completed_requests}
    const done = job.completed_requests - base.completed
    const elapsed = time - base.time
    if (done <= 0 || elapsed <= 0) return undefined
    return Math.max(0, ((job.total_requests - job.completed_requests) * elapsed) / done)
  }
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise(resolve => {
    if (signal?.aborted) return resolve()
    const done = (): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, {once: true})
  })
}
