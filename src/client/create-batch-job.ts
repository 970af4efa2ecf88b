import {atMostOnce, type AtMostOnceOptions} from './at-most-once.js'
import type {BatchJob, CreateBatchJob, JobsClient} from './jobs-client.js'

/** How far the API's clock may be behind ours when we look for a job this run created. */
const CLOCK_SKEW_MS = 5 * 60_000
/** A job is a small JSON answer: a minute is ample for one attempt. */
const DEFAULT_ATTEMPT_TIMEOUT_MS = 60_000

/** A metadata entry unique to one run, attempt and step, sent with the job to find it again. */
export interface JobMarker {
  key: string
  value: string
}

export interface CreateJobOptions extends Omit<AtMostOnceOptions, 'attemptTimeoutMs'> {
  attemptTimeoutMs?: number
  /** Told when a failed attempt turns out to have created the job after all. */
  onRecovered?: (job: BatchJob) => void
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
  const since = (options.now ?? Date.now)() - CLOCK_SKEW_MS
  const body = {...request, metadata: {...request.metadata, [marker.key]: marker.value}}
  const {value, attempts, recovered} = await atMostOnce(
    async timeoutMs => client.createBatchJob(body, timeoutMs),
    async timeoutMs => findJobByMarker(client, marker, since, timeoutMs),
    {...options, attemptTimeoutMs: options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS}
  )
  if (recovered) options.onRecovered?.(value)
  return {job: value, attempts, recovered}
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
