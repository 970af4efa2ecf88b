import type {FineTuningJob} from '../client/jobs-client.js'
import type {FineTuneSettings} from '../fine-tune/settings.js'

/** Everything the fine-tune step did, for the outputs, the summary and the step's result. */
export interface FineTuneStep {
  /** Unset when an input was bad: nothing was sent. */
  settings?: FineTuneSettings
  /** The job as last read; unset when it was not created. */
  job?: FineTuningJob
  /** Time from the job's creation to the end of the wait; unset when the step did not wait. */
  waitedMs?: number
  /** The signal that cancelled the workflow, and what became of the job's cancel. */
  cancelled?: {signal: string; error?: unknown}
  /** What stopped the run: bad input, a failed request (410 included), a bug. */
  failure?: unknown
}
