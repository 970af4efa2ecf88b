import type {BatchSettings} from '../batch/settings.js'
import type {Results} from '../batch/results.js'
import type {WaitEnd} from '../batch/wait.js'
import type {BatchJob} from '../client/jobs-client.js'

/** What the step was doing: a failure is described as a failure of that stage. */
export type BatchStage = 'create' | 'wait' | 'download'

/** Everything the batch step did, for the outputs, the summary and the step's result. */
export interface BatchStep {
  settings?: BatchSettings
  stage?: BatchStage
  /** The job as last seen; absent when the step stopped before one was created. */
  job?: BatchJob
  /** Attempts the creation took, and whether the job was found by its marker after a failure. */
  created?: {attempts: number; recovered: boolean}
  /** How the wait ended; absent with `wait: false` or when it stopped on an error. */
  end?: WaitEnd
  /** Milliseconds the step waited for the job. */
  waitedMs?: number
  /** The failure of the last poll, when the time ran out while polls were failing. */
  lastPollError?: unknown
  /** The signal that cancelled the workflow, and what became of the job's cancel. */
  cancelled?: {signal: string; error?: unknown}
  results?: Results
  /** What stopped the step: bad input, a failed request, a bug. */
  failure?: unknown
}
