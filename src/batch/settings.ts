import type {JobMarker} from '../client/create-batch-job.js'
import type {BatchEndpoint} from '../client/jobs-client.js'

/** Everything the batch step needs, parsed and checked once from its inputs. */
export interface BatchSettings {
  /** The API key; masked before anything is logged. */
  apiKey: string
  /** Base URL of the API, without a trailing slash (a path prefix is kept for gateways). */
  serverUrl: string
  /** Ids of the files the job reads, in input order, each a UUID. */
  inputFiles: string[]
  /** The API route every request of the job goes to. */
  endpoint: BatchEndpoint
  /** Sent only when set; else each request's body names its model. */
  model?: string
  /** The user's metadata, sent with the job beside the step's marker. */
  metadata: Record<string, string>
  /** The job's own time limit on Mistral's side, in hours; sent only when set (API default 24). */
  timeoutHours?: number
  /** Wait for the job to end; else the step ends once the job is created. */
  wait: boolean
  /** How long the step waits, in milliseconds; the job is not cancelled when it runs out. */
  waitTimeoutMs: number
  /** Absolute directory the output and error files are saved to, when set. */
  downloadPath?: string
  /** Fail when more requests than this failed; unset: failures only warn. */
  maxFailedRequests?: number
  /** Tags the job so that a retry finds it instead of creating another. */
  marker: JobMarker
}
