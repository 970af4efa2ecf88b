import {Inputs} from '../batch/constants.js'
import {APITimeoutError, NotFoundError} from '../client/errors.js'
import type {BatchJob} from '../client/jobs-client.js'
import {formatDuration} from './batch-log.js'
import type {BatchStage, BatchStep} from './batch-step.js'
import {describeFailure, errorText, hintFor} from './failure-text.js'
import {count} from './units.js'

/** What the step's result is: a failure fails it, a warning is annotated, a note only logged. */
export interface BatchVerdict {
  failure?: string
  warning?: string
  note?: string
}

const STAGES: Record<BatchStage, string> = {
  create: 'Creating the batch job',
  wait: 'Waiting for the batch job',
  download: "Downloading the batch job's results"
}

/**
 * The step fails when a stage failed, when the workflow was cancelled, when the wait ran out
 * (the job still runs: see batch/action.yml), when the job did not end in SUCCESS, or when more
 * requests failed than `max-failed-requests`; failed requests only warn when that is unset.
 */
export function batchVerdict(step: BatchStep): BatchVerdict {
  const {job, settings, stage} = step
  if (step.failure !== undefined) {
    const what = stage ? STAGES[stage] : 'The batch step'
    const base = describeFailure(step.failure, what, 1, batchHint(step.failure, stage))
    return {failure: job && stage !== 'create' ? `${base} ${stillThere(job)}` : base}
  }
  if (!job || !settings) return {}
  if (step.cancelled) return {failure: cancelledText(job, step.cancelled)}
  if (!settings.wait) {
    return {note: `Batch job ${job.id} created; not waiting for it (\`${Inputs.Wait}: false\`).`}
  }
  if (step.end === 'timeout') return {failure: timeoutText(job, step)}
  if (job.status !== 'SUCCESS') return {failure: endedText(job, settings.timeoutHours)}
  const failed = job.failed_requests
  const of = `${failed} of ${count(job.total_requests, 'request')} of batch job ${job.id} failed`
  const where = step.results?.errorPath
    ? `: see ${step.results.errorPath} and the job summary`
    : ': see the job summary'
  const max = settings.maxFailedRequests
  if (max !== undefined && failed > max) {
    return {failure: `${of}, more than '${Inputs.MaxFailedRequests}' (${max}) allows${where}.`}
  }
  if (failed === 0) return {}
  if (max === undefined) {
    return {
      warning: `${of}${where}. Set '${Inputs.MaxFailedRequests}' to fail the step when more than a given number fail.`
    }
  }
  return {note: `${of}, within '${Inputs.MaxFailedRequests}' (${max}).`}
}

function batchHint(error: unknown, stage?: BatchStage): string {
  if (error instanceof NotFoundError && stage === 'create') {
    return `Check '${Inputs.InputFiles}': each id must be a file uploaded with \`purpose: batch\` to the workspace of this key (and '${Inputs.ServerUrl}' the API that holds it).`
  }
  if (error instanceof APITimeoutError) return 'The network or the server is slow; re-run the job.'
  return hintFor(error)
}

function stillThere(job: BatchJob): string {
  return `Batch job ${job.id} was created (last seen ${job.status}) and is not cancelled: find it on Mistral by its id.`
}

function cancelledText(job: BatchJob, {signal, error}: {signal: string; error?: unknown}): string {
  const head = `The workflow was cancelled (${signal}) while the step waited for batch job ${job.id}`
  if (error !== undefined) {
    return `${head}, and cancelling the job failed: ${errorText(error)}. It may still be running: cancel it with POST /v1/batch/jobs/${job.id}/cancel.`
  }
  return `${head}: the job was cancelled too (its status is now ${job.status}).`
}

function timeoutText(job: BatchJob, step: BatchStep): string {
  const waited = formatDuration(step.waitedMs ?? 0)
  const progress = `${job.completed_requests} of ${count(job.total_requests, 'request')} done`
  const polls =
    step.lastPollError === undefined
      ? ''
      : ` The last polls failed: ${errorText(step.lastPollError)}.`
  return `Stopped waiting after ${waited} ('${Inputs.WaitTimeoutMinutes}'): batch job ${job.id} is still ${job.status} (${progress}). It was not cancelled and runs on, up to its own time limit ('${Inputs.TimeoutHours}'), but this step fetched no results.${polls} Raise '${Inputs.WaitTimeoutMinutes}', or set '${Inputs.Wait}: false' and fetch the results later by the job id.`
}

function endedText(job: BatchJob, timeoutHours?: number): string {
  const errors = job.errors.map(e => e.message)
  const reasons = errors.length
    ? `: ${errors.slice(0, 3).join('; ')}${errors.length > 3 ? '; …' : ''}`
    : ''
  const head = `Batch job ${job.id} ended ${job.status}${reasons}.`
  if (job.status === 'TIMEOUT_EXCEEDED') {
    return `${head} It ran past its time limit (${timeoutHours ?? 24} h): raise '${Inputs.TimeoutHours}' (at most 168) or split the input.`
  }
  if (job.status === 'CANCELLED') return `${head} It was cancelled outside this step.`
  return `${head} ${job.succeeded_requests} of ${count(job.total_requests, 'request')} succeeded; see the job summary.`
}
