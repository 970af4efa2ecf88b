import {isRecord} from '../json.js'
import {InvalidResponseError} from './errors.js'
import {jsonBody, parseJson, Transport, type TransportOptions} from './transport.js'

// The batch and fine-tuning jobs endpoints. No @actions imports: usable from any Node program.
// Contract: ../shared/reference/mistral-openapi.yaml (batch) and the older spec with the
// fine-tuning routes, which the API now answers with 410 Gone.

/** BatchJobStatus; the four final ones end a wait. CANCELLATION_REQUESTED is not final. */
export const BATCH_STATUSES = [
  'QUEUED',
  'RUNNING',
  'SUCCESS',
  'FAILED',
  'TIMEOUT_EXCEEDED',
  'CANCELLATION_REQUESTED',
  'CANCELLED'
] as const
export type BatchStatus = (typeof BATCH_STATUSES)[number]
export const FINAL_BATCH_STATUSES: readonly BatchStatus[] = [
  'SUCCESS',
  'FAILED',
  'TIMEOUT_EXCEEDED',
  'CANCELLED'
]

/** ApiEndpoint: what a batch job may call. */
export const BATCH_ENDPOINTS = [
  '/v1/chat/completions',
  '/v1/embeddings',
  '/v1/fim/completions',
  '/v1/moderations',
  '/v1/chat/moderations',
  '/v1/ocr',
  '/v1/classifications',
  '/v1/chat/classifications',
  '/v1/conversations',
  '/v1/audio/transcriptions'
] as const
export type BatchEndpoint = (typeof BATCH_ENDPOINTS)[number]

export interface CreateBatchJob {
  input_files: string[]
  endpoint: BatchEndpoint
  model?: string
  metadata?: Record<string, string>
  timeout_hours?: number
}

/** A batch job as the API describes it (BatchJob); only the required fields are relied on. */
export interface BatchJob {
  id: string
  status: BatchStatus
  input_files: string[]
  endpoint: string
  model?: string | null
  metadata?: Record<string, unknown> | null
  output_file?: string | null
  error_file?: string | null
  errors: Array<{message: string; count?: number}>
  created_at: number
  total_requests: number
  completed_requests: number
  succeeded_requests: number
  failed_requests: number
  started_at?: number | null
  completed_at?: number | null
}

export interface CreateFineTuningJob {
  model: string
  training_files: Array<{file_id: string; weight: number}>
  validation_files?: string[]
  hyperparameters?: Record<string, unknown>
  suffix?: string
  auto_start?: boolean
}

/** A fine-tuning job (the older spec's JobOut), as far as the step uses it. */
export interface FineTuningJob {
  id: string
  status: string
  model?: string
  fine_tuned_model?: string | null
  created_at?: number
}

export class JobsClient {
  private readonly transport: Transport

  constructor(options: TransportOptions) {
    this.transport = new Transport(options)
  }

  /** POST /v1/batch/jobs. Not idempotent: see the batch step for how a retry avoids a second job. */
  async createBatchJob(request: CreateBatchJob, timeoutMs?: number): Promise<BatchJob> {
    const reply = await this.transport.send('POST', '/v1/batch/jobs', {
      ...jsonBody(request),
      timeoutMs
    })
    return toBatchJob(parseJson(reply), reply)
  }

  /** GET /v1/batch/jobs/{id}. */
  async getBatchJob(id: string, timeoutMs?: number): Promise<BatchJob> {
    const reply = await this.transport.send('GET', `/v1/batch/jobs/${encodeURIComponent(id)}`, {
      timeoutMs
    })
    return toBatchJob(parseJson(reply), reply)
  }

  /** POST /v1/batch/jobs/{id}/cancel: the job moves to CANCELLATION_REQUESTED, then CANCELLED. */
  async cancelBatchJob(id: string, timeoutMs?: number): Promise<BatchJob> {
    const path = `/v1/batch/jobs/${encodeURIComponent(id)}/cancel`
    const reply = await this.transport.send('POST', path, {timeoutMs})
    return toBatchJob(parseJson(reply), reply)
  }

  /** GET /v1/batch/jobs, newest first: one page. */
  async listBatchJobs(
    query: {pageSize?: number; createdAfter?: Date} = {},
    timeoutMs?: number
  ): Promise<BatchJob[]> {
    const params = new URLSearchParams({page_size: String(query.pageSize ?? 100)})
    if (query.createdAfter) params.set('created_after', query.createdAfter.toISOString())
    const reply = await this.transport.send('GET', `/v1/batch/jobs?${params}`, {timeoutMs})
    const json = parseJson(reply)
    if (!isRecord(json) || !Array.isArray(json.data)) {
      throw new InvalidResponseError('the job list has no `data` array', reply.status, reply.text)
    }
    return json.data.map(item => toBatchJob(item, reply))
  }

  /** POST /v1/fine_tuning/jobs: retired by Mistral, which answers 410 Gone. */
  async createFineTuningJob(
    request: CreateFineTuningJob,
    timeoutMs?: number
  ): Promise<FineTuningJob> {
    const reply = await this.transport.send('POST', '/v1/fine_tuning/jobs', {
      ...jsonBody(request),
      timeoutMs
    })
    return toFineTuningJob(parseJson(reply), reply)
  }

  /** GET /v1/fine_tuning/jobs/{id}. */
  async getFineTuningJob(id: string, timeoutMs?: number): Promise<FineTuningJob> {
    const path = `/v1/fine_tuning/jobs/${encodeURIComponent(id)}`
    const reply = await this.transport.send('GET', path, {timeoutMs})
    return toFineTuningJob(parseJson(reply), reply)
  }

  /** POST /v1/fine_tuning/jobs/{id}/cancel: the job moves to CANCELLATION_REQUESTED, then CANCELLED. */
  async cancelFineTuningJob(id: string, timeoutMs?: number): Promise<FineTuningJob> {
    const path = `/v1/fine_tuning/jobs/${encodeURIComponent(id)}/cancel`
    const reply = await this.transport.send('POST', path, {timeoutMs})
    return toFineTuningJob(parseJson(reply), reply)
  }
}

const COUNTS = ['total_requests', 'completed_requests', 'succeeded_requests', 'failed_requests']

/** Trust what the spec requires: an id, a known status, the counts and a created_at. */
function toBatchJob(json: unknown, {status, text}: {status: number; text: string}): BatchJob {
  const invalid = (what: string): InvalidResponseError =>
    new InvalidResponseError(`the batch job ${what}`, status, text)
  if (!isRecord(json)) throw invalid('is not a JSON object')
  if (typeof json.id !== 'string' || json.id === '') throw invalid('has no `id`')
  if (!(BATCH_STATUSES as readonly unknown[]).includes(json.status)) {
    throw invalid(`${json.id} has an unknown \`status\``)
  }
  for (const count of COUNTS) {
    if (typeof json[count] !== 'number') throw invalid(`${json.id} has no numeric \`${count}\``)
  }
  const errors = Array.isArray(json.errors)
    ? json.errors.flatMap(error =>
        isRecord(error) && typeof error.message === 'string'
          ? [{message: error.message, count: typeof error.count === 'number' ? error.count : 1}]
          : []
      )
    : []
  const stringOrNull = (value: unknown): string | null => (isString(value) ? value : null)
  return {
    ...(json as unknown as BatchJob),
    errors,
    input_files: Array.isArray(json.input_files) ? json.input_files.filter(isString) : [],
    endpoint: stringOrNull(json.endpoint) ?? '',
    model: stringOrNull(json.model),
    output_file: stringOrNull(json.output_file),
    error_file: stringOrNull(json.error_file),
    created_at: typeof json.created_at === 'number' ? json.created_at : 0
  }
}

function toFineTuningJob(
  json: unknown,
  {status, text}: {status: number; text: string}
): FineTuningJob {
  if (!isRecord(json) || typeof json.id !== 'string' || typeof json.status !== 'string') {
    throw new InvalidResponseError('the fine-tuning job has no `id` or `status`', status, text)
  }
  return {
    id: json.id,
    status: json.status,
    model: isString(json.model) ? json.model : undefined,
    fine_tuned_model: isString(json.fine_tuned_model) ? json.fine_tuned_model : null,
    created_at: typeof json.created_at === 'number' ? json.created_at : undefined
  }
}

function isString(value: unknown): value is string {
  return typeof value === 'string'
}
