/** Input names of the fine-tune step, exactly as in fine-tune/action.yml. */
export enum Inputs {
  ApiKey = 'api-key',
  ServerUrl = 'server-url',
  TrainingFiles = 'training-files',
  ValidationFiles = 'validation-files',
  Model = 'model',
  Hyperparameters = 'hyperparameters',
  Suffix = 'suffix',
  Wait = 'wait'
}

/** Output names of the fine-tune step, exactly as in fine-tune/action.yml. */
export enum Outputs {
  JobId = 'job-id',
  Status = 'status',
  FineTunedModel = 'fine-tuned-model'
}

// The contract is the last spec that had the routes: mistral-openapi @ a526d08, `JobOut` and
// `CreateFineTuningJobRequest`. The live API answers 410 Gone under /v1/fine_tuning/jobs.

/** Every status a fine-tuning job may have in that spec. */
export const FINE_TUNING_STATUSES = [
  'QUEUED',
  'STARTED',
  'VALIDATING',
  'VALIDATED',
  'RUNNING',
  'FAILED_VALIDATION',
  'FAILED',
  'SUCCESS',
  'CANCELLED',
  'CANCELLATION_REQUESTED'
] as const

/**
 * The statuses a job never leaves: they end the wait. FAILED_VALIDATION is one (a job whose
 * files do not validate never runs); CANCELLATION_REQUESTED is not (CANCELLED follows).
 */
export const FINAL_STATUSES: readonly string[] = [
  'SUCCESS',
  'FAILED',
  'FAILED_VALIDATION',
  'CANCELLED'
]

/** `suffix`: 1 to 18 characters of `[a-zA-Z0-9_-]`. */
export const SUFFIX_MAX_LENGTH = 18
export const SUFFIX_PATTERN = /^[a-zA-Z0-9_-]+$/

/** The weight of a training file given without one (the spec's default). */
export const DEFAULT_WEIGHT = 1

/** How the wait polls: a growing interval from the first to the longest, and progress lines. */
export const POLL = {
  firstIntervalMs: 5000,
  maxIntervalMs: 30_000,
  growth: 1.5,
  /** Least time between two progress lines. */
  progressEveryMs: 30_000,
  /** Polls in a row that may fail transiently (429, 5xx, reset) before the wait gives up. */
  maxFailures: 5
} as const

/**
 * Cancelling the job when the workflow is cancelled: the runner sends SIGTERM 7.5 s after SIGINT,
 * so every attempt ends within CANCEL_TIMEOUT_MS of the signal.
 */
export const CANCEL = {timeoutMs: 5000, maxAttempts: 3} as const
