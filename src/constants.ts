/** Input names, exactly as in action.yml. */
export enum Inputs {
  Path = 'path',
  Purpose = 'purpose',
  ApiKey = 'api-key',
  ServerUrl = 'server-url',
  Visibility = 'visibility',
  Expiry = 'expiry',
  MaxAttempts = 'max-attempts',
  TimeoutMinutes = 'timeout-minutes',
  AttemptTimeoutSeconds = 'attempt-timeout-seconds',
  Validate = 'validate',
  DryRun = 'dry-run',
  IfNoFilesFound = 'if-no-files-found',
  RemoteName = 'remote-name',
  ReuseExisting = 'reuse-existing',
  AllowOutsideWorkspace = 'allow-outside-workspace'
}

/** Output names, exactly as in action.yml. */
export enum Outputs {
  FileId = 'file-id',
  Bytes = 'bytes',
  CreatedAt = 'created-at',
  Filename = 'filename',
  Purpose = 'purpose',
  SampleType = 'sample-type',
  Sha256 = 'sha256',
  Valid = 'valid',
  NumSamples = 'num-samples',
  NumErrors = 'num-errors',
  Files = 'files',
  FileIds = 'file-ids'
}

export const ACTION_NAME = 'mistral-upload-action'
/** Kept equal to package.json's version by a test; sent in the User-Agent. */
export const ACTION_VERSION = '1.0.0'

export const DEFAULT_SERVER_URL = 'https://api.mistral.ai'
export {PURPOSES} from './validate/types.js'
export const VISIBILITIES = ['workspace', 'user'] as const
export const IF_NO_FILES_FOUND = ['error', 'warn', 'ignore'] as const
/** Uploads at once: enough to overlap round trips, few enough to stay kind to the API. */
export const UPLOAD_CONCURRENCY = 3

export const DEFAULT_MAX_ATTEMPTS = 5
export const DEFAULT_TIMEOUT_MINUTES = 30

/** The API's documented limit ("maximum of 512 MB"); larger files get 413, so fail before sending. */
export {MAX_FILE_BYTES} from './validate/file-rules.js'
