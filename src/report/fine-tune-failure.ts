import {GoneError, NotFoundError} from '../client/errors.js'
import {Inputs} from '../fine-tune/constants.js'
import {StepError} from '../step-error.js'
import {describeFailure} from './failure-text.js'
import type {FineTuneStep} from './fine-tune-step.js'

// What failed in the fine-tune step, as one message for the error annotation and the summary.

const MISTRAL_FINETUNE = 'https://github.com/mistralai/mistral-finetune'
/** File ids named in the 410 message; the rest are counted. */
const MAX_IDS_SHOWN = 5

/** Why the step fails, or undefined when it succeeds. */
export function fineTuneFailure(step: FineTuneStep): string | undefined {
  const {failure, job} = step
  if (failure instanceof GoneError) return retiredMessage(failure, step)
  if (failure instanceof StepError) return failure.message
  if (step.cancelled && job) return cancelledText(job.id, job.status, step.cancelled)
  if (failure !== undefined && job) {
    return `${describeFailure(failure, `Waiting for fine-tuning job ${job.id}`)} It was ${job.status} when last read and may still be running at Mistral.`
  }
  if (failure !== undefined) {
    const message = describeFailure(failure, 'Creating the fine-tuning job')
    return failure instanceof NotFoundError
      ? `${message} If it is, check the ids in '${Inputs.TrainingFiles}' and '${Inputs.ValidationFiles}': each must be a file uploaded with this key's workspace.`
      : message
  }
  if (job && step.waitedMs !== undefined && job.status !== 'SUCCESS') {
    return `Fine-tuning job ${job.id} ended ${job.status}: ${ENDINGS[job.status] ?? 'it did not succeed.'}`
  }
  return undefined
}

function cancelledText(
  id: string,
  status: string,
  {signal, error}: {signal: string; error?: unknown}
): string {
  const head = `The workflow was cancelled (${signal}) while the step waited for fine-tuning job ${id}`
  if (error !== undefined) {
    return `${head}. ${describeFailure(error, 'Cancelling it')} It was ${status} when last read and may still be running at Mistral: cancel it there by its id.`
  }
  return `${head}: the job was cancelled too (its status is now ${status}).`
}

const ENDINGS: Record<string, string> = {
  FAILED: `the training failed; the job's events (GET /v1/fine_tuning/jobs/{id}) say why.`,
  FAILED_VALIDATION:
    'the API rejected its files; check that they were uploaded with purpose fine-tune and pass the dataset check.',
  CANCELLED: 'it was cancelled before it finished.'
}

/**
 * The 410 Gone answer: Mistral retired the fine-tuning jobs API and nothing replaces it. Says
 * what that means for the files and what is left to do with them.
 */
function retiredMessage(error: GoneError, step: FineTuneStep): string {
  const said = [
    error.reason ? `"${error.reason}"` : '',
    error.requestId ? `request id ${error.requestId}` : ''
  ].filter(Boolean)
  const detail = said.length ? ` (${said.join(', ')})` : ''
  const what = step.job
    ? `GET /v1/fine_tuning/jobs/${step.job.id} answered 410 Gone${detail} while the step waited for the job, and nothing replaces it: the job can no longer be read.`
    : `POST /v1/fine_tuning/jobs answered 410 Gone${detail}, and nothing replaces it: no job was created, and the request was not retried.`
  const {trainingFiles = [], validationFiles = []} = step.settings ?? {}
  const ids = [...trainingFiles.map(file => file.file_id), ...validationFiles]
  const shown = ids.slice(0, MAX_IDS_SHOWN).join(', ')
  const more = ids.length > MAX_IDS_SHOWN ? ` and ${ids.length - MAX_IDS_SHOWN} more` : ''
  return [
    `Mistral has retired its fine-tuning jobs API: ${what}`,
    `The uploaded file ids stay valid${ids.length ? ` (${shown}${more})` : ''}: the files remain on Mistral, unchanged.`,
    `What remains: batch jobs (the batch step, on files uploaded with purpose batch), or self-hosted training with mistral-finetune (${MISTRAL_FINETUNE}) on the same JSONL files.`
  ].join(' ')
}
