import {StepError} from '../step-error.js'
import {annotate} from './annotations.js'
import {setBatchOutputs} from './batch-outputs.js'
import type {BatchStep} from './batch-step.js'
import {batchSummary} from './batch-summary.js'
import {batchVerdict} from './batch-verdict.js'
import {appendSummary, debug, fail, info} from './writer.js'

/** The end of the batch step: its outputs, annotations, summary and result, each written once. */
export async function reportBatchStep(step: BatchStep): Promise<void> {
  setBatchOutputs(step)
  const verdict = batchVerdict(step)
  // The job's own errors: errors when it failed, warnings when it ended well all the same.
  const severity = step.job?.status === 'SUCCESS' ? 'warning' : 'error'
  for (const {message, count} of step.job?.errors ?? []) {
    const times = count && count > 1 ? ` (×${count})` : ''
    annotate(severity, `${message}${times}`, {title: `Batch job ${step.job?.id ?? ''}`})
  }
  await appendSummary(batchSummary(step, verdict))

  const {failure} = step
  if (failure !== undefined && !(failure instanceof StepError) && failure instanceof Error) {
    if (failure.stack) debug(failure.stack) // a stack helps only for the unexpected
  }
  if (verdict.failure) fail(verdict.failure)
  else if (verdict.warning) annotate('warning', verdict.warning, {title: 'Failed requests'})
  else if (verdict.note) info(verdict.note)
}
