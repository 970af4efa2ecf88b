import {unlessAborted} from '../cancellation.js'
import type {FineTuningJob} from '../client/jobs-client.js'
import {DEFAULT_BACKOFF, isRetryable, retryDelayMs} from '../client/retry.js'
import {withRetries} from '../client/with-retries.js'
import {CANCEL, FINAL_STATUSES, FINE_TUNING_STATUSES, POLL} from './constants.js'

// Waits for a fine-tuning job to end: polls at a growing, bounded interval, tells progress at
// most every POLL.progressEveryMs, and rides out transient failures (429, 5xx, resets) under the
// upload's retry rules; stops at once when the workflow is cancelled, so that the job can be
// cancelled too. No @actions imports: the log is told through the events.

export interface PollFailure {
  error: unknown
  /** Polls in a row that failed, this one included. */
  failures: number
  maxFailures: number
  /** Wait before the next poll. */
  delayMs: number
}

export interface WaitEvents {
  /** Every job read, final or not. */
  onPoll?: (job: FineTuningJob) => void
  /** At most every POLL.progressEveryMs while the job runs: the job and the time waited. */
  onProgress?: (job: FineTuningJob, elapsedMs: number) => void
  /** A poll failed and another will follow. */
  onPollFailure?: (failure: PollFailure) => void
  /** A status the spec does not list: the wait goes on. Told once per status. */
  onUnknownStatus?: (job: FineTuningJob) => void
}

export interface WaitOptions extends WaitEvents {
  /** Aborted when the workflow is cancelled: the wait ends at once with the job as last read. */
  signal?: AbortSignal
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  random?: () => number
}

export function isFinal(status: string): boolean {
  return FINAL_STATUSES.includes(status)
}

/** The interval after `intervalMs`: longer by POLL.growth, never over POLL.maxIntervalMs. */
export function nextIntervalMs(intervalMs: number): number {
  return Math.min(POLL.maxIntervalMs, Math.round(intervalMs * POLL.growth))
}

/**
 * Polls `getJob` until the job reaches a final status, and returns it as last read. A poll that
 * fails for good (4xx, 410 included), or POLL.maxFailures in a row, ends the wait with its error.
 * When `signal` aborts, the wait returns the job as last read, not final, leaving a sleep or a
 * poll in flight unseen.
 */
export async function waitForJob(
  getJob: (id: string) => Promise<FineTuningJob>,
  created: FineTuningJob,
  options: WaitOptions = {}
): Promise<FineTuningJob> {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number) => new Promise(resolve => setTimeout(resolve, ms)))
  const start = now()
  const unknown = new Set<string>()
  let job = created
  let lastProgress = start
  let intervalMs: number = POLL.firstIntervalMs
  let delayMs = intervalMs
  let failures = 0
  const {signal} = options
  while (!isFinal(job.status)) {
    if (signal?.aborted) return job
    try {
      await unlessAborted(sleep(delayMs), signal)
      job = await unlessAborted(getJob(job.id), signal)
      failures = 0
    } catch (error) {
      if (signal?.aborted) return job
      failures++
      if (!isRetryable(error) || failures >= POLL.maxFailures) throw error
      const retryMs = retryDelayMs(error, failures, DEFAULT_BACKOFF, now(), options.random)
      delayMs = Math.max(intervalMs, retryMs)
      options.onPollFailure?.({error, failures, maxFailures: POLL.maxFailures, delayMs})
      continue
    }
    options.onPoll?.(job)
    const known = (FINE_TUNING_STATUSES as readonly string[]).includes(job.status)
    if (!known && !unknown.has(job.status)) {
      unknown.add(job.status)
      options.onUnknownStatus?.(job)
    }
    const time = now()
    if (!isFinal(job.status) && time - lastProgress >= POLL.progressEveryMs) {
      lastProgress = time
      options.onProgress?.(job, time - start)
    }
    intervalMs = nextIntervalMs(intervalMs)
    delayMs = intervalMs
  }
  return job
}

export interface CancelOutcome {
  /** The job as the cancel answered it, or as last read when the cancel failed. */
  job: FineTuningJob
  /** Why the cancel failed, after its last attempt. */
  error?: unknown
}

/**
 * Asks the API to cancel the job: up to CANCEL.maxAttempts attempts (transient failures only),
 * all within CANCEL.timeoutMs, well before the runner's SIGTERM. Never throws.
 */
export async function cancelJob(
  cancel: (id: string, timeoutMs: number) => Promise<FineTuningJob>,
  job: FineTuningJob,
  options: {now?: () => number; sleep?: (ms: number) => Promise<void>} = {}
): Promise<CancelOutcome> {
  const now = options.now ?? Date.now
  const deadline = now() + CANCEL.timeoutMs
  try {
    const cancelled = await withRetries(() => cancel(job.id, Math.max(1, deadline - now())), {
      maxAttempts: CANCEL.maxAttempts,
      deadline,
      now,
      sleep: options.sleep
    })
    return {job: cancelled}
  } catch (error) {
    return {job, error}
  }
}
