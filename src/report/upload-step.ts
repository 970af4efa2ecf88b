import type {CheckedFile} from '../check.js'
import type {Outcome} from '../send.js'
import type {Purpose} from '../settings.js'

/** Everything the upload step did, for the outputs, the summary and the step's result. */
export interface UploadStep {
  /** The purpose asked for: the output when the API does not echo one. */
  purpose?: Purpose
  dryRun: boolean
  /** Every file found, checked or not, in input order. */
  checked: CheckedFile[]
  /** One per file sent or reused; empty in a dry run or when the run stopped before sending. */
  outcomes: Outcome[]
  /** What stopped the run before every file had an outcome: bad input, invalid data, a bug. */
  failure?: unknown
}
