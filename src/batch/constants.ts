/** Input names of the batch step, exactly as in batch/action.yml. */
export enum Inputs {
  ApiKey = 'api-key',
  ServerUrl = 'server-url',
  InputFiles = 'input-files',
  Endpoint = 'endpoint',
  Model = 'model',
  Metadata = 'metadata',
  TimeoutHours = 'timeout-hours',
  Wait = 'wait',
  WaitTimeoutMinutes = 'wait-timeout-minutes',
  DownloadPath = 'download-path',
  MaxFailedRequests = 'max-failed-requests'
}

/** Output names of the batch step, exactly as in batch/action.yml. */
export enum Outputs {
  JobId = 'job-id',
  Status = 'status',
  OutputFileId = 'output-file-id',
  ErrorFileId = 'error-file-id',
  TotalRequests = 'total-requests',
  SucceededRequests = 'succeeded-requests',
  FailedRequests = 'failed-requests',
  OutputPath = 'output-path',
  ErrorPath = 'error-path'
}

export const DEFAULT_ENDPOINT = '/v1/chat/completions'
/** How long the step waits for the job by default; the job itself runs on (see action.yml). */
export const DEFAULT_WAIT_TIMEOUT_MINUTES = 60
/** The API's bounds for `timeout_hours` (its default is 24). */
export const TIMEOUT_HOURS = {min: 1, max: 168} as const
/** The API's bounds for a metadata key and value, in characters. */
export const METADATA_KEY_LENGTH = {min: 1, max: 32} as const
export const METADATA_VALUE_LENGTH = {min: 1, max: 512} as const

/** The metadata key that tags a job with the run, attempt and step that created it. */
export const MARKER_KEY = 'github-step'

/** Polls start about 5 s apart and grow by half each time up to 30 s. */
export const POLL = {firstMs: 5000, maxMs: 30_000, factor: 1.5} as const
/** Progress lines are at most this far apart (and at least as far, but for the last one). */
export const PROGRESS_EVERY_MS = 30_000

/** Attempts to create the job, the first included, and the time they all get. */
export const CREATE_MAX_ATTEMPTS = 5
export const CREATE_TIMEOUT_MS = 5 * 60_000
/** One poll or cancel is a small JSON exchange. */
export const REQUEST_TIMEOUT_MS = 30_000
/** The runner sends SIGTERM 7.5 s after SIGINT: the cancel must be done well before. */
export const CANCEL_TIMEOUT_MS = 5000
/** One results file, up to 512 MB, streamed to disk; each attempt gets this long. */
export const DOWNLOAD_TIMEOUT_MS = 30 * 60_000
export const DOWNLOAD_MAX_ATTEMPTS = 3
/** Failed requests read from the error file for the summary table. */
export const FAILED_REQUESTS_SHOWN = 10
