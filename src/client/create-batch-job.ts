import type {BatchJob, CreateBatchJob, JobsClient} from './jobs-client.js'
import {DEFAULT_BACKOFF, isRetryable, mayHaveStored, retryDelayMs} from './retry.js'
import type {BackoffPolicy} from './retry.js'

/** How far the API's clock may be behind ours when we look for a job this run created. */
const CLOCK_SKEW_MS = 5 * 60_000
/** Looks at 0, 1, 3, 7 and 15 s catch a server that creates late or a list that lags behind. */
const DEFAULT_LOOK_WINDOW_MS = 15_000
const FIRST_LOOK_AGAIN_MS = 1000
/** A job is a small JSON answer: a minute is ample for one attempt. */
const DEFAULT_ATTEMPT_TIMEOUT_MS = 60_000

/** A metadata entry unique to one run, attempt and step, sent with the job to find it again. */
export interface JobMarker {
  key: string
  value: string
}

export interface CreateJobOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number
  /** Deadline for every attempt, look and wait together. */
  timeoutMs: number
  attemptTimeoutMs?: number
  backoff?: BackoffPolicy
  /** How long to keep looking for a job a failed attempt may have created; default 15 s. */
  lookWindowMs?: number
  /** Told before each wait. */
  onRetry?: (retry: JobRetryEvent) => void
  /** Told when a failed attempt turns out to have created the job after all. */
  onRecovered?: (job: BatchJob) => void
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

export interface JobRetryEvent {
  /** The attempt that failed, from 1. */
  attempt: number
  maxAttempts: number
  error: unknown
  delayMs: number
}

export interface CreatedJob {
  job: BatchJob
  /** Attempts made: each a POST, a look for what a failed POST created, or both. */
  attempts: number
  /** Found by its marker after an attempt that seemed to fail. */
  recovered: boolean
}

/**
 * Creates a batch job at most once. POST /v1/batch/jobs is not idempotent, so the job carries
 * `marker` in its metadata, and after a failure that may have created it (a 5xx, a lost or
 * garbled answer) the recent jobs are searched for that marker before anything is sent again.
 * Permanent failures (4xx) are thrown at once; so is the last transient one.
 */
export async function createBatchJobOnce(
  client: JobsClient,
  request: CreateBatchJob,
  marker: JobMarker,
  options: CreateJobOptions
): Promise<CreatedJob> {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number) => new Promise(resolve => setTimeout(resolve, ms)))
  const startedAt = now()
  const deadline = startedAt + options.timeoutMs
  const attemptLimitMs = options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS
  const timeLeft = (): number => Math.max(1, Math.min(attemptLimitMs, deadline - now()))
  const body = {...request, metadata: {...request.metadata, [marker.key]: marker.value}}

  const lookForCreated = async (): Promise<BatchJob | undefined> => {
    const until = Math.min(now() + (options.lookWindowMs ?? DEFAULT_LOOK_WINDOW_MS), deadline)
    for (let wait = FIRST_LOOK_AGAIN_MS; ; wait *= 2) {
      const found = await findJobByMarker(client, marker, startedAt - CLOCK_SKEW_MS, timeLeft())
      if (found || now() + wait > until) return found
      await sleep(wait)
    }
  }

  let maybeCreated = false
  for (let attempt = 1; ; attempt++) {
    try {
      if (maybeCreated) {
        const found = await lookForCreated()
        if (found) {
          options.onRecovered?.(found)
          return {job: found, attempts: attempt, recovered: true}
        }
        maybeCreated = false
      }
      const job = await client.createBatchJob(body, timeLeft())
      return {job, attempts: attempt, recovered: false}
    } catch (error) {
      maybeCreated ||= mayHaveStored(error)
      if (!isRetryable(error) || attempt >= options.maxAttempts) throw error
      const delayMs = retryDelayMs(error, attempt, options.backoff ?? DEFAULT_BACKOFF, now())
      if (now() + delayMs >= deadline) throw error
      options.onRetry?.({attempt, maxAttempts: options.maxAttempts, error, delayMs})
      await sleep(delayMs)
    }
  }
}

/**
 * The job created since `sinceMs` whose metadata holds the marker, matched here rather than
 * trusted to the server's filter: newest first, one page of 100 is far more than one step makes.
 */
export async function findJobByMarker(
  client: JobsClient,
  marker: JobMarker,
  sinceMs: number,
  timeoutMs?: number
): Promise<BatchJob | undefined> {
  const jobs = await client.listBatchJobs(
    {pageSize: 100, createdAfter: new Date(sinceMs)},
    timeoutMs
  )
  return jobs.find(job => job.metadata?.[marker.key] === marker.value)
}
