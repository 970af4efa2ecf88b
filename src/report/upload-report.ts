import {APIError} from '../client/errors.js'
import type {Outcome} from '../send.js'
import {StepError} from '../step-error.js'
import {annotate} from './annotations.js'
import {describeFailure} from './failure-text.js'
import {setUploadOutputs} from './outputs.js'
import {uploadSummary} from './summary.js'
import {count} from './units.js'
import type {UploadStep} from './upload-step.js'
import {appendSummary, debug, fail, info} from './writer.js'

/** The end of the upload step: its outputs, its summary, and its result, each written once. */
export async function reportUploadStep(step: UploadStep): Promise<void> {
  setUploadOutputs(step)
  const failures = step.outcomes.filter(outcome => !outcome.uploaded)
  for (const {local, error} of failures) annotateServerLines(error, local.displayPath)
  await appendSummary(uploadSummary(step))

  if (step.failure !== undefined) {
    // A stack helps only for the unexpected; input and data errors say all there is.
    const {failure} = step
    if (!(failure instanceof StepError) && failure instanceof Error && failure.stack) {
      debug(failure.stack)
    }
    fail(describeFailure(failure, step.dryRun ? 'Dry run' : 'Upload'))
  } else if (failures.length > 0) {
    failUploads(failures, step.outcomes.length)
  } else if (step.dryRun) {
    info(`Dry run: ${count(step.checked.length, 'file')} checked, nothing uploaded.`)
  }
}

/** One file: its failure is the step's. Several: each annotated on its file, then one verdict. */
function failUploads(failures: Outcome[], total: number): void {
  const messages = failures.map(({error, local, attempts}) =>
    describeFailure(error, `Upload of ${local.displayPath}`, attempts)
  )
  if (total === 1) {
    fail(messages[0])
    return
  }
  for (const [i, {local}] of failures.entries()) {
    annotate('error', messages[i], {title: 'Upload failed', file: local.displayPath})
  }
  fail(
    `${failures.length} of ${count(total, 'file')} failed to upload; the others are in the outputs.`
  )
}

/** The lines the API itself rejected, as annotations on the file. */
function annotateServerLines(error: unknown, file: string): void {
  if (!(error instanceof APIError)) return
  for (const {line, message} of error.lineErrors) {
    annotate('error', message, {title: 'Rejected by the Mistral API', file, startLine: line})
  }
}
