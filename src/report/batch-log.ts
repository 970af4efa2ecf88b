import type {PollFailure, Progress} from '../batch/wait.js'
import type {RetryEvent} from '../client/at-most-once.js'
import {APIError} from '../client/errors.js'
import type {BatchJob} from '../client/jobs-client.js'
import {annotate} from './annotations.js'
import {errorText} from './failure-text.js'
import {count, formatBytes} from './units.js'
import {annotation, info} from './writer.js'

// Log lines of the batch step as it happens: creation, retries, progress, the end, downloads.

export function logCreated(
  job: BatchJob,
  created: {attempts: number; recovered: boolean},
  inputFiles: number
): void {
  if (created.recovered) {
    info(
      `The API had created batch job ${job.id} before that failure (found by the step's metadata marker): using it instead of creating another.`
    )
  }
  const model = job.model ? ` with ${job.model}` : ''
  info(
    `Batch job ${job.id} created: ${count(job.total_requests, 'request')} from ${count(inputFiles, 'file')} to ${job.endpoint}${model}, ${job.status}.`
  )
}

export function logCreateRetry({attempt, maxAttempts, error, delayMs}: RetryEvent): void {
  annotation(
    'warning',
    `Creating the batch job, attempt ${attempt} of ${maxAttempts} failed: ${reasonOf(error)}. Retrying in ${seconds(delayMs)}.`
  )
}

/** The first failure of a streak is annotated; the ones after it, while it lasts, only logged. */
export function logPollFailed(jobId: string, {failures, error, delayMs}: PollFailure): void {
  const text = `Polling batch job ${jobId} failed (${count(failures, 'time')} in a row): ${reasonOf(error)}. The wait goes on; next poll in ${seconds(delayMs)}.`
  if (failures === 1) annotate('warning', text)
  else info(text)
}

/** `Batch job …: RUNNING, 40 of 100 requests (40%), 2 failed, 1 min 20 s elapsed, about 2 min left` */
export function logProgress({job, elapsedMs, remainingMs, final}: Progress): void {
  const {total_requests: total, completed_requests: completed, failed_requests: failed} = job
  if (final) {
    info(
      `Batch job ${job.id} ended ${job.status} after ${formatDuration(elapsedMs)} of waiting: ${job.succeeded_requests} succeeded and ${failed} failed of ${count(total, 'request')}.`
    )
    return
  }
  const percent = total > 0 ? ` (${Math.floor((completed / total) * 100)}%)` : ''
  const failures = failed > 0 ? `, ${failed} failed` : ''
  const left = remainingMs === undefined ? '' : `, about ${formatDuration(remainingMs)} left`
  info(
    `Batch job ${job.id}: ${job.status}, ${completed} of ${count(total, 'request')}${percent}${failures}, ${formatDuration(elapsedMs)} elapsed${left}`
  )
}

export function logDownloaded(kind: 'output' | 'error', file: string, bytes: number): void {
  info(`Saved the ${kind} file (${formatBytes(bytes)}) to ${file}`)
}

export function logDownloadRetry(kind: 'output' | 'error', error: unknown, delayMs: number): void {
  annotation(
    'warning',
    `Downloading the ${kind} file failed: ${reasonOf(error)}. Retrying in ${seconds(delayMs)}.`
  )
}

export function logErrorFileUnread(error: unknown): void {
  annotation(
    'warning',
    `The error file could not be read for the summary (${reasonOf(error)}); the failed requests are counted but not listed.`
  )
}

export function logCancelling(signal: string, jobId: string): void {
  info(`The workflow was cancelled (${signal}): cancelling batch job ${jobId}.`)
}

/** `2 h 5 min`, `3 min 12 s`, `4.2 s`. */
export function formatDuration(ms: number): string {
  if (ms < 10_000) return `${(Math.max(0, ms) / 1000).toFixed(1)} s`
  const totalSeconds = Math.round(ms / 1000)
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const secs = totalSeconds % 60
  if (hours > 0) return `${hours} h ${minutes} min`
  return minutes > 0 ? `${minutes} min ${secs} s` : `${secs} s`
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

function reasonOf(error: unknown): string {
  return error instanceof APIError ? `the API answered ${error.message}` : errorText(error)
}
