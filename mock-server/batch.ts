// The Batch API (/v1/batch/jobs in the public OpenAPI spec) with a simulated processor: a job
// reads its real input files, answers a few requests per step, and ends with real output and
// error files in the Files API, all at a speed the tests choose.
import {createHash, randomUUID, type Hash} from 'node:crypto'
import {createReadStream} from 'node:fs'
import {appendFile, readFile, rename, rm} from 'node:fs/promises'
import {STATUS_CODES} from 'node:http'
import {join} from 'node:path'
import {createInterface} from 'node:readline'
import {ENDPOINTS, fakeResponse, type Endpoint} from './inference.js'
import {apiErrorBody, json, validationError, type Reply, type ValidationIssue} from './replies.js'
import type {StoredFile} from './server.js'
import {
  Checker,
  UUID,
  bodyObject,
  boolParam,
  canonicalUuid,
  dateParam,
  intParam,
  isObject,
  listParam,
  type JsonBody,
  type JsonObject
} from './validate.js'

export const BATCH_STATUSES = [
  'QUEUED',
  'RUNNING',
  'SUCCESS',
  'FAILED',
  'TIMEOUT_EXCEEDED',
  'CANCELLATION_REQUESTED',
  'CANCELLED'
] as const

export type BatchJobStatus = (typeof BATCH_STATUSES)[number]

const FINISHED: ReadonlySet<BatchJobStatus> = new Set([
  'SUCCESS',
  'FAILED',
  'TIMEOUT_EXCEEDED',
  'CANCELLED'
])

/** A batch job as the API answers it (BatchJob in the spec, without the optional `outputs`). */
export interface BatchJob {
  id: string
  object: 'batch'
  input_files: string[]
  metadata: Record<string, string> | null
  endpoint: Endpoint
  model: string | null
  agent_id: string | null
  output_file: string | null
  error_file: string | null
  /** Failures counted by message (BatchError has a `count`), for failed requests and the job. */
  errors: Array<{message: string; count: number}>
  status: BatchJobStatus
  created_at: number
  total_requests: number
  completed_requests: number
  succeeded_requests: number
  failed_requests: number
  started_at: number | null
  completed_at: number | null
}

export interface BatchOptions {
  /** Time between two steps of a batch job: QUEUED → RUNNING, then each slice. Default 100. */
  batchStepMs?: number
  /** Requests a running job answers per step. Default 10. */
  batchRequestsPerStep?: number
  /** How many milliseconds one of a job's `timeout_hours` lasts. Default 3600000 (real time). */
  batchHourMs?: number
  /**
   * Fail a request line: `true` fails it with 400, a number with that HTTP status. Independently,
   * a line whose body has `"fail": true` (or `"fail": <status>`) fails the same way.
   */
  failCustomIds?: (customId: string | null, body: JsonObject) => boolean | number
  /** The status of a finished job none of whose requests succeeded. Default 'SUCCESS'. */
  batchAllFailedStatus?: 'SUCCESS' | 'FAILED'
}

/** What the jobs need from the server: its files, its storage and its timers. */
export interface JobHost {
  readonly files: StoredFile[]
  readonly storageDir: string
  /** A timer that the server's close() clears. */
  later(ms: number, run: () => void): void
}

interface CreateRequest {
  inputFiles: string[]
  requests: JsonObject[] | null
  endpoint: Endpoint
  model: string | null
  agentId: string | null
  metadata: Record<string, string> | null
  timeoutHours: number
}

type Entry = {ok: true; value: unknown} | {ok: false; message: string}

interface RunState {
  job: BatchJob
  deadline: number
  inputPaths: string[]
  requests: JsonObject[] | null
  source: AsyncGenerator<Entry, void> | null
  index: number
  out: ResultWriter
  err: ResultWriter
  /** Jobs created with inline `requests` keep their result lines, in order, for `outputs`. */
  results: JsonObject[] | null
  busy: Promise<void> | null
  removed: boolean
}

// The list endpoint's own parameters; any other one is a metadata key (see `metadataFilter`).
const LIST_PARAMS = new Set([
  'page',
  'page_size',
  'model',
  'agent_id',
  'metadata',
  'created_after',
  'created_by_me',
  'status',
  'order_by'
])

const now = (): number => Math.floor(Date.now() / 1000)

export class BatchJobs {
  readonly jobs: BatchJob[] = []
  private readonly runs = new Map<string, RunState>()
  private closed = false

  constructor(
    private readonly host: JobHost,
    private readonly options: BatchOptions
  ) {}

  // ---- routes ----

  async create(body: JsonBody): Promise<Reply> {
    const {issues, request} = readCreate(body)
    if (!request) return validationError(issues)
    const inputs: StoredFile[] = []
    for (const id of request.inputFiles) {
      const file = this.host.files.find(f => f.id === id)
      if (!file) return json(404, {detail: 'File not found'})
      inputs.push(file)
    }
    let total: number
    try {
      total = request.requests?.length ?? (await countRequests(inputs.map(f => f.path)))
    } catch {
      return json(404, {detail: 'File not found'}) // deleted while being counted
    }
    const job: BatchJob = {
      id: randomUUID(),
      object: 'batch',
      input_files: request.inputFiles,
      metadata: request.metadata,
      endpoint: request.endpoint,
      model: request.model,
      agent_id: request.agentId,
      output_file: null,
      error_file: null,
      errors: [],
      status: 'QUEUED',
      created_at: now(),
      total_requests: total,
      completed_requests: 0,
      succeeded_requests: 0,
      failed_requests: 0,
      started_at: null,
      completed_at: null
    }
    const part = (kind: string): string =>
      join(this.host.storageDir, `.batch-${job.id}-${kind}.part`)
    const state: RunState = {
      job,
      deadline: Date.now() + request.timeoutHours * (this.options.batchHourMs ?? 3_600_000),
      inputPaths: inputs.map(f => f.path),
      requests: request.requests,
      source: null,
      index: 0,
      out: new ResultWriter(part('output')),
      err: new ResultWriter(part('error')),
      results: request.requests ? [] : null,
      busy: null,
      removed: false
    }
    this.jobs.push(job)
    this.runs.set(job.id, state)
    this.schedule(state)
    return json(200, this.view(job))
  }

  list(query: URLSearchParams): Reply {
    const issues: ValidationIssue[] = []
    const page = intParam(query, 'page', 0, issues)
    const pageSize = intParam(query, 'page_size', 100, issues)
    boolParam(query, 'created_by_me', false, issues) // every job here is the caller's
    const createdAfter = dateParam(query, 'created_after', issues)
    const statuses = listParam(query, 'status')
    const check = new Checker()
    for (const [i, s] of statuses.entries()) check.oneOf(s, ['query', 'status', i], BATCH_STATUSES)
    const orderBy = query.get('order_by') ?? '-created'
    check.oneOf(orderBy, ['query', 'order_by'], ['created', '-created'])
    const metadata = metadataFilter(query, issues)
    issues.push(...check.issues)
    if (issues.length > 0) return validationError(issues)
    const model = query.get('model')
    const agentId = query.get('agent_id')
    const matches = this.jobs
      .filter(j => model === null || j.model === model)
      .filter(j => agentId === null || j.agent_id === agentId)
      .filter(j => statuses.length === 0 || statuses.includes(j.status))
      .filter(j => createdAfter === undefined || j.created_at > createdAfter)
      .filter(j => Object.entries(metadata).every(([k, v]) => j.metadata?.[k] === v))
    if (orderBy === '-created') matches.reverse() // kept in creation order; newest first
    const data = matches.slice(page * pageSize, (page + 1) * pageSize).map(j => this.view(j))
    return json(200, {data, object: 'list', total: matches.length})
  }

  async get(id: string, query: URLSearchParams): Promise<Reply> {
    const found = this.find(id)
    if (isReply(found)) return found
    const issues: ValidationIssue[] = []
    const inline = boolParam(query, 'inline', false, issues)
    if (issues.length > 0) return validationError(issues)
    if (!inline || this.runs.get(found.id)?.results) return json(200, this.view(found))
    return json(200, view(found, await this.outputs(found)))
  }

  cancel(id: string): Reply {
    const found = this.find(id)
    if (isReply(found)) return found
    if (found.status === 'QUEUED' || found.status === 'RUNNING') {
      found.status = 'CANCELLATION_REQUESTED' // the next step finishes it as CANCELLED
    }
    return json(200, this.view(found))
  }

  async remove(id: string): Promise<Reply> {
    const found = this.find(id)
    if (isReply(found)) return found
    this.jobs.splice(this.jobs.indexOf(found), 1)
    const state = this.runs.get(found.id)
    this.runs.delete(found.id)
    if (state) {
      state.removed = true
      await state.busy
      await this.discard(state)
    }
    return json(200, {id: found.id, object: 'batch', deleted: true})
  }

  /** Stop every job; partial files are removed. */
  async close(): Promise<void> {
    this.closed = true
    const states = [...this.runs.values()]
    await Promise.allSettled(states.map(async s => s.busy))
    await Promise.allSettled(states.map(async s => this.discard(s)))
  }

  // ---- the processor ----

  private schedule(state: RunState): void {
    if (this.closed) return
    this.host.later(this.options.batchStepMs ?? 100, () => {
      state.busy = (async () => {
        try {
          await this.step(state)
        } catch (error) {
          await this.crash(state, error)
        } finally {
          state.busy = null
        }
      })()
    })
  }

  private async step(state: RunState): Promise<void> {
    const {job} = state
    if (this.closed || state.removed || FINISHED.has(job.status)) return
    if (job.status === 'CANCELLATION_REQUESTED') return this.finish(state, 'CANCELLED')
    if (Date.now() >= state.deadline) return this.finish(state, 'TIMEOUT_EXCEEDED')
    if (job.status === 'QUEUED') {
      job.status = 'RUNNING'
      job.started_at = now()
      state.source = state.requests ? inlineEntries(state.requests) : fileEntries(state.inputPaths)
      return this.schedule(state)
    }
    const source = state.source ?? fileEntries(state.inputPaths)
    state.source = source
    for (let i = 0; i < Math.max(1, this.options.batchRequestsPerStep ?? 10); i++) {
      const next = await source.next()
      if (this.closed || state.removed) return
      if (next.done) return this.finish(state, this.outcome(job))
      this.answer(state, next.value)
    }
    await Promise.all([state.out.flush(), state.err.flush()])
    this.schedule(state)
  }

  /** Answer one request line: a success line in the output file or a failure in the error file. */
  private answer(state: RunState, entry: Entry): void {
    const {job} = state
    const lineId = `batch-${job.id.slice(0, 8)}-${state.index++}`
    let customId: string | null = null
    let failure: {status: number; message: string} | null = null
    let body: JsonObject = {}
    if (!entry.ok) {
      failure = {status: 400, message: entry.message}
    } else if (!isObject(entry.value)) {
      failure = {status: 400, message: 'Invalid batch request: a line must be a JSON object'}
    } else {
      const raw = entry.value.custom_id
      customId = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : null
      if (!isObject(entry.value.body)) {
        failure = {status: 400, message: "Invalid batch request: 'body' must be a JSON object"}
      } else {
        body = entry.value.body
        failure = this.forcedFailure(customId, body)
      }
    }
    const model = job.model ?? (typeof body.model === 'string' ? body.model : null)
    if (!failure && model === null && job.agent_id === null) {
      failure = {status: 400, message: 'No model: set `model` on the job or in the request body'}
    }
    job.completed_requests++
    if (failure) {
      job.failed_requests++
      const known = job.errors.find(e => e.message === failure.message)
      if (known) known.count++
      else job.errors.push({message: failure.message, count: 1})
      const response = {
        status_code: failure.status,
        body: apiErrorBody(failure.status, failure.message)
      }
      const error = {message: failure.message, code: String(failure.status)}
      const line = {id: lineId, custom_id: customId, response, error}
      state.err.push(line)
      state.results?.push(line)
      return
    }
    job.succeeded_requests++
    const answer = fakeResponse(job.endpoint, body, model ?? `agent:${job.agent_id}`)
    const line = {id: lineId, custom_id: customId, response: {status_code: 200, body: answer}}
    state.out.push({...line, error: null})
    state.results?.push({...line, error: null})
  }

  private forcedFailure(
    customId: string | null,
    body: JsonObject
  ): {status: number; message: string} | null {
    for (const verdict of [body.fail, this.options.failCustomIds?.(customId, body)]) {
      if (verdict !== true && typeof verdict !== 'number') continue
      const status = verdict === true ? 400 : verdict
      if (status < 400 || status > 599) continue
      const reason = STATUS_CODES[status] ?? 'Error'
      return {status, message: status === 400 ? 'Invalid request' : reason}
    }
    return null
  }

  private outcome(job: BatchJob): BatchJobStatus {
    if (job.completed_requests === 0) {
      job.errors.push({message: 'The batch has no requests', count: 1})
      return 'FAILED'
    }
    if (job.succeeded_requests > 0) return 'SUCCESS'
    return this.options.batchAllFailedStatus ?? 'SUCCESS'
  }

  /** End a job: publish what was answered (also after a cancel or timeout), then the status. */
  private async finish(state: RunState, status: BatchJobStatus): Promise<void> {
    const {job} = state
    await state.source?.return()
    state.source = null
    await Promise.all([state.out.flush(), state.err.flush()])
    if (this.closed || state.removed) return
    job.output_file = await this.publish(job, state.out, 'batch_result', 'output')
    job.error_file = await this.publish(job, state.err, 'batch_error', 'error')
    // A cancel that arrived during the last step still wins.
    const cancelled = job.status === 'CANCELLATION_REQUESTED' && status !== 'FAILED'
    job.status = cancelled ? 'CANCELLED' : status
    job.completed_at = now()
  }

  /** An input file that vanished or broke mid-run fails the job. */
  private async crash(state: RunState, error: unknown): Promise<void> {
    const code = (error as NodeJS.ErrnoException).code
    const message =
      code === 'ENOENT' ? 'Input file not found' : `Batch processing failed: ${String(error)}`
    state.job.errors.push({message, count: 1})
    try {
      await this.finish(state, 'FAILED')
    } catch {
      state.job.status = 'FAILED'
      state.job.completed_at = now()
    }
  }

  private async publish(
    job: BatchJob,
    writer: ResultWriter,
    sampleType: string,
    kind: string
  ): Promise<string | null> {
    if (writer.lines === 0) return null
    const id = randomUUID()
    const path = join(this.host.storageDir, id)
    await rename(writer.path, path)
    this.host.files.push({
      id,
      object: 'file',
      bytes: writer.bytes,
      created_at: now(),
      filename: `batch-${job.id}-${kind}.jsonl`,
      purpose: 'batch',
      sample_type: sampleType,
      source: 'mistral',
      num_lines: writer.lines,
      mimetype: 'application/jsonl',
      signature: null,
      expires_at: null,
      visibility: 'workspace',
      sha256: writer.digest(),
      path,
      deleted: false
    })
    return id
  }

  private async discard(state: RunState): Promise<void> {
    await state.source?.return()
    state.source = null
    await rm(state.out.path, {force: true})
    await rm(state.err.path, {force: true})
  }

  /** Jobs created with inline `requests` answer their results, as the SDK examples read them. */
  private view(job: BatchJob): JsonObject {
    const results = this.runs.get(job.id)?.results
    if (!results) return view(job)
    return view(job, FINISHED.has(job.status) ? results.map(r => ({...r})) : null)
  }

  /** The result lines of a finished file job, output then errors; null while it runs. */
  private async outputs(job: BatchJob): Promise<JsonObject[] | null> {
    if (!FINISHED.has(job.status)) return null
    const lines: JsonObject[] = []
    for (const id of [job.output_file, job.error_file]) {
      const file = this.host.files.find(f => f.id === id)
      if (!file) continue
      const text = await readFile(file.path, 'utf8')
      for (const line of text.split('\n'))
        if (line !== '') lines.push(JSON.parse(line) as JsonObject)
    }
    return lines
  }

  private find(id: string): BatchJob | Reply {
    if (!UUID.test(id)) {
      const issue = {
        type: 'uuid_parsing',
        loc: ['path', 'job_id'],
        msg: 'Input should be a valid UUID'
      }
      return validationError([{...issue, input: id}])
    }
    const job = this.jobs.find(j => j.id === canonicalUuid(id))
    return job ?? json(404, {detail: 'Batch job not found'})
  }
}

function isReply(value: BatchJob | Reply): value is Reply {
  return 'contentType' in value
}

/** A results file being written: lines are buffered per step and appended with a running hash. */
class ResultWriter {
  bytes = 0
  lines = 0
  private pending: string[] = []
  private readonly hash: Hash = createHash('sha256')

  constructor(readonly path: string) {}

  push(line: JsonObject): void {
    this.pending.push(`${JSON.stringify(line)}\n`)
    this.lines++
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return
    const data = this.pending.join('')
    this.pending = []
    this.hash.update(data)
    this.bytes += Buffer.byteLength(data)
    await appendFile(this.path, data)
  }

  digest(): string {
    return this.hash.copy().digest('hex')
  }
}

/** The job's BatchJob answer, in the spec's field order; `outputs` only when asked for. */
function view(job: BatchJob, outputs?: JsonObject[] | null): JsonObject {
  return {
    id: job.id,
    object: job.object,
    input_files: [...job.input_files],
    metadata: job.metadata && {...job.metadata},
    endpoint: job.endpoint,
    model: job.model,
    agent_id: job.agent_id,
    output_file: job.output_file,
    error_file: job.error_file,
    errors: job.errors.map(e => ({...e})),
    ...(outputs === undefined ? {} : {outputs}),
    status: job.status,
    created_at: job.created_at,
    total_requests: job.total_requests,
    completed_requests: job.completed_requests,
    succeeded_requests: job.succeeded_requests,
    failed_requests: job.failed_requests,
    started_at: job.started_at,
    completed_at: job.completed_at
  }
}

/** CreateBatchJobRequest, checked as pydantic would. */
function readCreate(body: JsonBody): {issues: ValidationIssue[]; request?: CreateRequest} {
  const check = new Checker()
  const o = bodyObject(body, check)
  if (!o) return {issues: check.issues}
  const inputFiles: string[] = []
  if (o.input_files != null) {
    const list = check.list(o.input_files, ['body', 'input_files']) ?? []
    for (const [i, v] of list.entries()) {
      const id = check.uuid(v, ['body', 'input_files', i])
      if (id) inputFiles.push(id)
    }
  }
  let requests: JsonObject[] | null = null
  if (o.requests != null) {
    const list = check.list(o.requests, ['body', 'requests'], 10000)
    for (const [i, r] of (list ?? []).entries()) {
      const loc = ['body', 'requests', i]
      const request = check.model(r, loc)
      if (!request) continue
      if (request.custom_id != null) check.string(request.custom_id, [...loc, 'custom_id'])
      if (request.body === undefined) check.missing([...loc, 'body'])
      else check.dict(request.body, [...loc, 'body'])
    }
    if (list) requests = list as JsonObject[]
  }
  let endpoint: Endpoint | undefined
  if (o.endpoint === undefined) check.missing(['body', 'endpoint'])
  else endpoint = check.oneOf(o.endpoint, ['body', 'endpoint'], ENDPOINTS)
  const model = o.model == null ? null : check.string(o.model, ['body', 'model'])
  const agentId = o.agent_id == null ? null : check.string(o.agent_id, ['body', 'agent_id'])
  let metadata: Record<string, string> | null = null
  if (o.metadata != null) {
    const dict = check.dict(o.metadata, ['body', 'metadata'])
    if (dict) {
      metadata = {}
      for (const [key, value] of Object.entries(dict)) {
        check.string(key, ['body', 'metadata', key, '[key]'], {min: 1, max: 32})
        const text = check.string(value, ['body', 'metadata', key], {min: 1, max: 512})
        if (text !== undefined) metadata[key] = text
      }
    }
  }
  const timeoutHours =
    o.timeout_hours === undefined
      ? 24
      : check.int(o.timeout_hours, ['body', 'timeout_hours'], {ge: 1, le: 168})
  if (check.issues.length > 0 || endpoint === undefined || timeoutHours === undefined) {
    return {issues: check.issues}
  }
  const hasRequests = requests !== null && requests.length > 0
  if (inputFiles.length > 0 === hasRequests) {
    const msg = hasRequests
      ? 'Value error, Provide either input_files or requests, not both'
      : 'Value error, Either input_files or requests must be provided'
    check.add('value_error', ['body'], msg, o, {error: {}})
    return {issues: check.issues}
  }
  const request: CreateRequest = {
    inputFiles,
    requests: hasRequests ? requests : null,
    endpoint,
    model: model ?? null,
    agentId: agentId ?? null,
    metadata,
    timeoutHours
  }
  return {issues: [], request}
}

/**
 * The `metadata` filter of GET /v1/batch/jobs. The spec types it as a query object, and both
 * SDKs send it form-style and exploded (`?job_type=testing`: each key is its own parameter), so
 * any parameter the endpoint does not define is a metadata key. `metadata={"k":"v"}` (JSON) and
 * `metadata=k,v` (form, not exploded) are accepted too.
 */
function metadataFilter(query: URLSearchParams, issues: ValidationIssue[]): Record<string, string> {
  const filter: Record<string, string> = {}
  const raw = query.get('metadata')
  if (raw !== null && raw !== '') {
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      parsed = undefined
    }
    const parts = raw.split(',')
    if (isObject(parsed)) {
      for (const [k, v] of Object.entries(parsed)) {
        filter[k] = typeof v === 'string' ? v : JSON.stringify(v)
      }
    } else if (parts.length % 2 === 0) {
      for (let i = 0; i < parts.length; i += 2) filter[parts[i]] = parts[i + 1]
    } else {
      const msg = 'Input should be a valid dictionary'
      issues.push({type: 'dict_type', loc: ['query', 'metadata'], msg, input: raw})
    }
  }
  for (const [key, value] of query) if (!LIST_PARAMS.has(key)) filter[key] = value
  return filter
}

function parseEntry(line: string): Entry {
  try {
    return {ok: true, value: JSON.parse(line)}
  } catch (error) {
    return {ok: false, message: `Invalid JSON: ${(error as Error).message}`}
  }
}

async function* fileEntries(paths: string[]): AsyncGenerator<Entry, void> {
  for (const path of paths) {
    const input = createReadStream(path)
    const lines = createInterface({input, crlfDelay: Number.POSITIVE_INFINITY})
    try {
      for await (const line of lines) if (line.trim() !== '') yield parseEntry(line)
    } finally {
      lines.close()
      input.destroy()
    }
  }
}

async function* inlineEntries(requests: JsonObject[]): AsyncGenerator<Entry, void> {
  for (const value of requests) yield {ok: true, value}
}

/** Non-blank lines: one request each. */
async function countRequests(paths: string[]): Promise<number> {
  let count = 0
  const entries = fileEntries(paths)
  while (!(await entries.next()).done) count++
  return count
}
