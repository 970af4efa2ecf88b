import {createBatchJobOnce} from '../client/create-batch-job.js'
import {FilesClient} from '../client/files-client.js'
import {JobsClient, type CreateBatchJob} from '../client/jobs-client.js'
import {withRetries} from '../client/with-retries.js'
import {ACTION_NAME, ACTION_VERSION} from '../constants.js'
import {
  logCancelling,
  logCreated,
  logCreateRetry,
  logPollFailed,
  logProgress
} from '../report/batch-log.js'
import type {BatchStep} from '../report/batch-step.js'
import type {Cancellation} from '../cancellation.js'
import {
  CANCEL_TIMEOUT_MS,
  CREATE_MAX_ATTEMPTS,
  CREATE_TIMEOUT_MS,
  REQUEST_TIMEOUT_MS
} from './constants.js'
import type {BatchSettings} from './settings.js'
import {waitForJob} from './wait.js'

// The stages of the batch step, each recording what it did in the step for the report.

export function clients(settings: BatchSettings): {jobs: JobsClient; files: FilesClient} {
  const options = {
    serverUrl: settings.serverUrl,
    apiKey: settings.apiKey,
    userAgent: `${ACTION_NAME}/${ACTION_VERSION} node/${process.versions.node}`
  }
  return {jobs: new JobsClient(options), files: new FilesClient(options)}
}

/** Creates the job once, whatever fails on the way (see createBatchJobOnce). */
export async function createJob(
  jobs: JobsClient,
  settings: BatchSettings,
  step: BatchStep
): Promise<void> {
  const request: CreateBatchJob = {
    input_files: settings.inputFiles,
    endpoint: settings.endpoint,
    metadata: settings.metadata
  }
  if (settings.model !== undefined) request.model = settings.model
  if (settings.timeoutHours !== undefined) request.timeout_hours = settings.timeoutHours
  const created = await createBatchJobOnce(jobs, request, settings.marker, {
    maxAttempts: CREATE_MAX_ATTEMPTS,
    timeoutMs: CREATE_TIMEOUT_MS,
    onRetry: logCreateRetry
  })
  step.job = created.job
  step.created = {attempts: created.attempts, recovered: created.recovered}
  logCreated(created.job, step.created, settings.inputFiles.length)
}

/** Waits until the job ends, the wait times out or the workflow is cancelled. */
export async function waitForEnd(
  jobs: JobsClient,
  settings: BatchSettings,
  step: BatchStep,
  cancellation: Cancellation
): Promise<void> {
  if (!step.job) return
  const {id} = step.job
  const started = Date.now()
  try {
    const waited = await waitForJob(() => jobs.getBatchJob(id, REQUEST_TIMEOUT_MS), step.job, {
      timeoutMs: settings.waitTimeoutMs,
      signal: cancellation.signal,
      onProgress: logProgress,
      onPollFailed: failure => logPollFailed(id, failure)
    })
    step.job = waited.job
    step.end = waited.end
    step.lastPollError = waited.lastError
  } finally {
    step.waitedMs = Date.now() - started
  }
}

/** Asks the API to cancel the job, within the time the runner leaves before SIGTERM. */
export async function cancelJob(jobs: JobsClient, step: BatchStep, signal: string): Promise<void> {
  if (!step.job) return
  const {id} = step.job
  logCancelling(signal, id)
  step.cancelled = {signal}
  const deadline = Date.now() + CANCEL_TIMEOUT_MS
  try {
    step.job = await withRetries(
      () => jobs.cancelBatchJob(id, Math.max(1, deadline - Date.now())),
      {
        maxAttempts: 3,
        deadline
      }
    )
  } catch (error) {
    step.cancelled.error = error
  }
}
