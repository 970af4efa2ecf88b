// The retired fine-tuning jobs API, as the last spec that had it describes it
// (openapi.yaml @ a526d08: /v1/fine_tuning/jobs). Off by default: the live API answers 410 Gone.
// With `legacyFineTuning` a job goes QUEUED → VALIDATING → VALIDATED → RUNNING → SUCCESS, one
// step every `fineTuningStepMs`, and gets its `fine_tuned_model` name at the end.
import {randomUUID} from 'node:crypto'
import {json, validationError, type Reply, type ValidationIssue} from './replies.js'
import type {JobHost} from './batch.js'
import type {StoredFile} from './server.js'
import {
  Checker,
  UUID,
  bodyObject,
  boolParam,
  canonicalUuid,
  intParam,
  type Bounds,
  type JsonBody,
  type JsonObject
} from './validate.js'

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

export type FineTuningStatus = (typeof FINE_TUNING_STATUSES)[number]

const FINISHED: ReadonlySet<FineTuningStatus> = new Set([
  'FAILED_VALIDATION',
  'FAILED',
  'SUCCESS',
  'CANCELLED'
])

export interface FineTuningOptions {
  /** Serve the retired /v1/fine_tuning/jobs API instead of answering 410. Default false. */
  legacyFineTuning?: boolean
  /** Time between two status changes of a fine-tuning job. Default: batchStepMs, else 100. */
  fineTuningStepMs?: number
}

export interface FineTuningEvent {
  name: string
  data: JsonObject | null
  created_at: number
}

/** CompletionFineTuningJobDetails (or the classifier one), as GET /v1/fine_tuning/jobs/{id}. */
export interface FineTuningJob {
  id: string
  auto_start: boolean
  model: string
  status: FineTuningStatus
  created_at: number
  modified_at: number
  training_files: string[]
  validation_files: string[] | null
  object: 'job'
  fine_tuned_model: string | null
  suffix: string | null
  integrations: unknown[] | null
  trained_tokens: number | null
  metadata: JsonObject
  job_type: 'completion' | 'classifier'
  hyperparameters: Record<string, number | null>
  repositories: unknown[]
  classifier_targets?: unknown[] | null
  events: FineTuningEvent[]
  checkpoints: JsonObject[]
}

interface CreateRequest {
  model: string
  trainingFiles: string[]
  validationFiles: string[] | null
  suffix: string | null
  integrations: unknown[] | null
  autoStart: boolean
  jobType: 'completion' | 'classifier'
  hyperparameters: Record<string, number | null>
  repositories: unknown[]
  classifierTargets: unknown[] | null
}

const TOKENS_PER_STEP = 131072
const now = (): number => Math.floor(Date.now() / 1000)

export class FineTuningJobs {
  readonly jobs: FineTuningJob[] = []
  private closed = false

  constructor(
    private readonly host: JobHost,
    private readonly options: FineTuningOptions & {batchStepMs?: number},
    /** The 8 hex digits that stand for the organisation in fine-tuned model names. */
    private readonly org: string
  ) {}

  create(body: JsonBody, query: URLSearchParams): Reply {
    const queryIssues: ValidationIssue[] = []
    const dryRun = boolParam(query, 'dry_run', false, queryIssues)
    const {issues, request} = readCreate(body)
    if (!request || queryIssues.length > 0) return validationError([...queryIssues, ...issues])
    const training: StoredFile[] = []
    for (const id of [...request.trainingFiles, ...(request.validationFiles ?? [])]) {
      const file = this.host.files.find(f => f.id === id)
      if (!file) return json(404, {detail: 'File not found'})
      if (request.trainingFiles.includes(id)) training.push(file)
    }
    const estimate = estimateOf(request, training)
    if (dryRun) {
      return json(200, {
        ...estimate.metadata,
        deprecated: true,
        details: '',
        epochs: estimate.epochs,
        training_steps: estimate.steps,
        object: 'job.metadata'
      })
    }
    const createdAt = now()
    const job: FineTuningJob = {
      id: randomUUID(),
      auto_start: request.autoStart,
      model: request.model,
      status: 'QUEUED',
      created_at: createdAt,
      modified_at: createdAt,
      training_files: request.trainingFiles,
      validation_files: request.validationFiles,
      object: 'job',
      fine_tuned_model: null,
      suffix: request.suffix,
      integrations: request.integrations,
      trained_tokens: null,
      metadata: estimate.metadata,
      job_type: request.jobType,
      hyperparameters: request.hyperparameters,
      repositories: request.repositories,
      ...(request.jobType === 'classifier' ? {classifier_targets: request.classifierTargets} : {}),
      events: [{name: 'status-updated', data: {status: 'QUEUED'}, created_at: createdAt}],
      checkpoints: []
    }
    this.jobs.push(job)
    this.schedule(job, estimate.steps)
    return json(200, view(job, false))
  }

  list(query: URLSearchParams): Reply {
    const issues: ValidationIssue[] = []
    const page = intParam(query, 'page', 0, issues)
    const pageSize = intParam(query, 'page_size', 100, issues)
    const check = new Checker()
    const status = query.get('status')
    if (status !== null) check.oneOf(status, ['query', 'status'], FINE_TUNING_STATUSES)
    issues.push(...check.issues)
    if (issues.length > 0) return validationError(issues)
    const model = query.get('model')
    const suffix = query.get('suffix')
    const matches = this.jobs
      .filter(j => model === null || j.model === model)
      .filter(j => status === null || j.status === status)
      .filter(j => suffix === null || j.suffix === suffix)
      .reverse()
    const data = matches.slice(page * pageSize, (page + 1) * pageSize).map(j => view(j, false))
    return json(200, {data, object: 'list', total: matches.length})
  }

  get(id: string): Reply {
    const found = this.find(id)
    return isReply(found) ? found : json(200, view(found, true))
  }

  start(id: string): Reply {
    const found = this.find(id)
    if (isReply(found)) return found
    if (found.status === 'VALIDATED') {
      this.move(found, 'STARTED')
    }
    return json(200, view(found, true))
  }

  cancel(id: string): Reply {
    const found = this.find(id)
    if (isReply(found)) return found
    if (!FINISHED.has(found.status) && found.status !== 'CANCELLATION_REQUESTED') {
      this.move(found, 'CANCELLATION_REQUESTED')
    }
    return json(200, view(found, true))
  }

  close(): void {
    this.closed = true
  }

  private schedule(job: FineTuningJob, steps: number): void {
    if (this.closed) return
    const ms = this.options.fineTuningStepMs ?? this.options.batchStepMs ?? 100
    this.host.later(ms, () => {
      if (this.closed || FINISHED.has(job.status)) return
      if (this.advance(job, steps)) this.schedule(job, steps)
    })
  }

  /** One step of the lifecycle; false once the job waits for /start or has finished. */
  private advance(job: FineTuningJob, steps: number): boolean {
    switch (job.status) {
      case 'CANCELLATION_REQUESTED':
        this.move(job, 'CANCELLED')
        return false
      case 'QUEUED':
        this.move(job, 'VALIDATING')
        return true
      case 'VALIDATING': {
        const problem = this.validate(job)
        if (problem) {
          this.move(job, 'FAILED_VALIDATION', {error: problem})
          return false
        }
        this.move(job, 'VALIDATED')
        return true
      }
      case 'VALIDATED':
        if (!job.auto_start) return true // keeps polling until POST …/start
        this.move(job, 'RUNNING')
        return true
      case 'STARTED':
        this.move(job, 'RUNNING')
        return true
      case 'RUNNING': {
        const day = new Date().toISOString().slice(0, 10).replace(/-/g, '')
        const suffix = job.suffix ? `${job.suffix}:` : ''
        const prefix = job.job_type === 'classifier' ? 'ft:classifier' : 'ft'
        job.fine_tuned_model = `${prefix}:${job.model}:${this.org}:${day}:${suffix}${job.id.slice(0, 8)}`
        job.trained_tokens = Number(job.metadata.train_tokens ?? 0)
        const validated = (job.validation_files ?? []).length > 0
        job.checkpoints.push({
          metrics: {
            train_loss: 0.8123,
            valid_loss: validated ? 0.9012 : null,
            valid_mean_token_accuracy: validated ? 0.7634 : null
          },
          step_number: steps,
          created_at: now()
        })
        this.move(job, 'SUCCESS')
        return false
      }
      default:
        return false
    }
  }

  /** What the validation step checks: the files are still there and are fine-tuning data. */
  private validate(job: FineTuningJob): string | null {
    if (job.training_files.length === 0) return 'At least one training file is required.'
    for (const id of [...job.training_files, ...(job.validation_files ?? [])]) {
      const file = this.host.files.find(f => f.id === id)
      if (!file) return `File ${id} not found.`
      if (file.purpose !== 'fine-tune') {
        return `File ${id} has purpose '${file.purpose}'; fine-tuning needs 'fine-tune'.`
      }
    }
    return null
  }

  private move(job: FineTuningJob, status: FineTuningStatus, data: JsonObject = {}): void {
    job.status = status
    job.modified_at = now()
    job.events.push({name: 'status-updated', data: {status, ...data}, created_at: job.modified_at})
  }

  private find(id: string): FineTuningJob | Reply {
    if (!UUID.test(id)) {
      const issue = {
        type: 'uuid_parsing',
        loc: ['path', 'job_id'],
        msg: 'Input should be a valid UUID'
      }
      return validationError([{...issue, input: id}])
    }
    const job = this.jobs.find(j => j.id === canonicalUuid(id))
    return job ?? json(404, {detail: 'Job not found'})
  }
}

function isReply(value: FineTuningJob | Reply): value is Reply {
  return 'contentType' in value
}

/** The job answer in the spec's field order; `details` adds events and checkpoints. */
function view(job: FineTuningJob, details: boolean): JsonObject {
  const {events, checkpoints, ...rest} = job
  const copy = structuredClone(rest) as JsonObject
  return details
    ? {...copy, events: structuredClone(events), checkpoints: structuredClone(checkpoints)}
    : copy
}

/** Mistral-style cost and duration estimate (made up, but consistent with the data size). */
function estimateOf(
  request: CreateRequest,
  training: StoredFile[]
): {metadata: JsonObject; steps: number; epochs: number} {
  const dataTokens = Math.max(1, Math.ceil(training.reduce((n, f) => n + f.bytes, 0) / 4))
  const hp = request.hyperparameters
  const steps =
    hp.training_steps ??
    (hp.epochs ? Math.max(1, Math.ceil((dataTokens * hp.epochs) / TOKENS_PER_STEP)) : 10)
  const trainTokens = steps * TOKENS_PER_STEP
  return {
    metadata: {
      expected_duration_seconds: steps * 12,
      cost: Math.round((trainTokens / 1e6) * 100) / 100,
      cost_currency: 'EUR',
      train_tokens_per_step: TOKENS_PER_STEP,
      train_tokens: trainTokens,
      data_tokens: dataTokens,
      estimated_start_time: null
    },
    steps,
    epochs: Math.round((trainTokens / dataTokens) * 1e4) / 1e4
  }
}

/** CreateFineTuningJobRequest, checked as pydantic would (locs without union member tags). */
function readCreate(body: JsonBody): {issues: ValidationIssue[]; request?: CreateRequest} {
  const check = new Checker()
  const o = bodyObject(body, check)
  if (!o) return {issues: check.issues}
  const model =
    o.model === undefined
      ? check.missing(['body', 'model'])
      : check.string(o.model, ['body', 'model'])
  const trainingFiles: string[] = []
  if (o.training_files !== undefined) {
    const list = check.list(o.training_files, ['body', 'training_files']) ?? []
    for (const [i, item] of list.entries()) {
      const loc = ['body', 'training_files', i]
      // The spec wants {file_id, weight}; the docs' curl example sends bare ids.
      if (typeof item === 'string') {
        const id = check.uuid(item, loc)
        if (id) trainingFiles.push(id)
        continue
      }
      const file = check.model(item, loc)
      if (!file) continue
      const id =
        file.file_id === undefined
          ? check.missing([...loc, 'file_id'])
          : check.uuid(file.file_id, [...loc, 'file_id'])
      if (file.weight !== undefined) check.number(file.weight, [...loc, 'weight'], {gt: 0})
      if (id) trainingFiles.push(id)
    }
  }
  let validationFiles: string[] | null = null
  if (o.validation_files != null) {
    validationFiles = []
    const list = check.list(o.validation_files, ['body', 'validation_files']) ?? []
    for (const [i, item] of list.entries()) {
      const id = check.uuid(item, ['body', 'validation_files', i])
      if (id) validationFiles.push(id)
    }
  }
  const suffix =
    o.suffix == null
      ? null
      : check.string(o.suffix, ['body', 'suffix'], {min: 1, max: 18, pattern: '^[a-zA-Z0-9_-]+$'})
  const passList = (name: string): unknown[] | null =>
    o[name] == null ? null : (check.list(o[name], ['body', name]) ?? null)
  const integrations = passList('integrations')
  const repositories = passList('repositories') ?? []
  const classifierTargets = passList('classifier_targets')
  const autoStart =
    o.auto_start === undefined ? true : check.bool(o.auto_start, ['body', 'auto_start'])
  if (o.invalid_sample_skip_percentage !== undefined) {
    const loc = ['body', 'invalid_sample_skip_percentage']
    check.number(o.invalid_sample_skip_percentage, loc, {ge: 0, le: 0.5})
  }
  const jobType =
    o.job_type == null
      ? 'completion'
      : check.oneOf(o.job_type, ['body', 'job_type'], ['completion', 'classifier'] as const)
  const hyperparameters = readHyperparameters(o.hyperparameters, check, jobType ?? 'completion')
  if (
    check.issues.length > 0 ||
    model === undefined ||
    autoStart === undefined ||
    !jobType ||
    !hyperparameters ||
    suffix === undefined
  ) {
    return {issues: check.issues}
  }
  return {
    issues: [],
    request: {
      model,
      trainingFiles,
      validationFiles,
      suffix,
      integrations,
      autoStart,
      jobType,
      hyperparameters,
      repositories,
      classifierTargets
    }
  }
}

function readHyperparameters(
  value: unknown,
  check: Checker,
  jobType: 'completion' | 'classifier'
): Record<string, number | null> | undefined {
  const loc = ['body', 'hyperparameters']
  if (value === undefined) {
    check.missing(loc)
    return undefined
  }
  const hp = check.model(value, loc)
  if (!hp) return undefined
  // Every field but learning_rate may be null.
  const read = (
    name: string,
    fallback: number | null,
    kind: 'int' | 'number',
    bounds: Bounds
  ): number | null => {
    const raw = hp[name]
    if (raw === undefined) return fallback
    if (raw === null && name !== 'learning_rate') return null
    const at = [...loc, name]
    return (kind === 'int' ? check.int(raw, at, bounds) : check.number(raw, at, bounds)) ?? null
  }
  const out: Record<string, number | null> = {
    training_steps: read('training_steps', null, 'int', {ge: 1}),
    learning_rate: read('learning_rate', 0.0001, 'number', {ge: 1e-8, le: 1}),
    weight_decay: read('weight_decay', 0.1, 'number', {ge: 0, le: 1}),
    warmup_fraction: read('warmup_fraction', 0.05, 'number', {ge: 0, le: 1}),
    epochs: read('epochs', null, 'number', {gt: 0}),
    seq_len: read('seq_len', null, 'int', {ge: 100})
  }
  if (jobType === 'completion') out.fim_ratio = read('fim_ratio', 0.9, 'number', {ge: 0, le: 1})
  return out
}
