import {APIError} from '../client/errors.js'
import type {FineTuningJob} from '../client/jobs-client.js'
import {FINAL_STATUSES, POLL} from '../fine-tune/constants.js'
import type {FineTuneSettings} from '../fine-tune/settings.js'
import type {WaitEvents} from '../fine-tune/wait.js'
import {errorText} from './failure-text.js'
import {count} from './units.js'
import {annotation, info} from './writer.js'

// Log lines of the fine-tune step as it happens: the create, the wait's progress, its end.

export function logCreating(settings: FineTuneSettings): void {
  const validation = settings.validationFiles.length
  const files = `${count(settings.trainingFiles.length, 'training file')}${validation ? ` and ${count(validation, 'validation file')}` : ''}`
  info(`Creating a fine-tuning job on ${settings.model} from ${files} at ${settings.serverUrl}`)
}

export function logCreated(job: FineTuningJob, wait: boolean): void {
  info(`Created fine-tuning job ${job.id}: ${job.status}`)
  if (wait) {
    info(
      `Waiting for it to end (${FINAL_STATUSES.join(', ')}): polls every ${POLL.firstIntervalMs / 1000} s, growing to ${POLL.maxIntervalMs / 1000} s; progress at most every ${POLL.progressEveryMs / 1000} s.`
    )
  } else {
    info('Not waiting (wait: false): the job goes on at Mistral; its id is in the job-id output.')
  }
}

/** What the wait tells the log. */
export function waitLog(): WaitEvents {
  return {
    onProgress: (job, elapsedMs) =>
      info(`  Fine-tuning job ${job.id}: ${job.status}, ${formatDuration(elapsedMs)} so far`),
    onPollFailure: ({error, failures, maxFailures, delayMs}) => {
      const reason =
        error instanceof APIError ? `the API answered ${error.message}` : errorText(error)
      annotation(
        'warning',
        `Reading the job failed (${failures} of ${maxFailures} in a row): ${reason}. Trying again in ${formatDuration(delayMs)}; the wait goes on.`
      )
    },
    onUnknownStatus: job =>
      annotation(
        'warning',
        `Fine-tuning job ${job.id} has the status ${job.status}, which the fine-tuning spec does not list; waiting on until it is one of ${FINAL_STATUSES.join(', ')}.`
      )
  }
}

export function logEnded(job: FineTuningJob, waitedMs: number): void {
  const model = job.fine_tuned_model ? `: fine-tuned model ${job.fine_tuned_model}` : ''
  info(`Fine-tuning job ${job.id} ended ${job.status} after ${formatDuration(waitedMs)}${model}`)
}

/** `45 s`, `12 min 5 s`, `2 h 3 min`. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}

export function logCancelling(signal: string, jobId: string): void {
  info(`The workflow was cancelled (${signal}): cancelling fine-tuning job ${jobId}.`)
}
