import {StepError} from '../step-error.js'
import {fineTuneFailure} from './fine-tune-failure.js'
import {logEnded} from './fine-tune-log.js'
import {setFineTuneOutputs} from './fine-tune-outputs.js'
import type {FineTuneStep} from './fine-tune-step.js'
import {fineTuneSummary} from './fine-tune-summary.js'
import {appendSummary, debug, fail} from './writer.js'

/** The end of the fine-tune step: its outputs, its summary and its result, each written once. */
export async function reportFineTuneStep(step: FineTuneStep): Promise<void> {
  const {job, failure} = step
  if (job && step.waitedMs !== undefined && !step.cancelled) logEnded(job, step.waitedMs)
  setFineTuneOutputs(job)
  const message = fineTuneFailure(step)
  await appendSummary(fineTuneSummary(step, message))
  // A stack helps only for the unexpected; input errors and API answers say all there is.
  if (!(failure instanceof StepError) && failure instanceof Error && failure.stack) {
    debug(failure.stack)
  }
  if (message !== undefined) fail(message)
}
