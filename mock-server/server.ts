// A local stand-in for the Mistral Files API (see /v1/files in the public OpenAPI spec), with
// fault injection so the Action's retry and recovery paths can be tested without the network.
import {createHash, randomUUID} from 'node:crypto'
import {createReadStream} from 'node:fs'
import {mkdir, mkdtemp, rename, rm} from 'node:fs/promises'
import http, {type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {BatchJobs, type BatchJob, type BatchOptions} from './batch.js'
import {FaultQueue, faultReply, reset, resetAfter, type Fault} from './faults.js'
import {FineTuningJobs, type FineTuningJob, type FineTuningOptions} from './fine-tuning.js'
import {discardFile, readMultipart, receiveFile, type ReceivedFile} from './multipart.js'
import {
  HttpError,
  apiError,
  drain,
  json,
  nginxPage,
  validationError,
  type Reply,
  type ValidationIssue
} from './replies.js'
import {UUID, boolParam, intParam, readJsonBody, type JsonBody} from './validate.js'

export type {BatchJob, BatchJobStatus} from './batch.js'
export type {Fault} from './faults.js'
export type {FineTuningJob} from './fine-tuning.js'

export interface StoredFile {
  id: string
  object: 'file'
  bytes: number
  created_at: number
  filename: string
  purpose: 'fine-tune' | 'batch' | 'ocr'
  sample_type: string
  /** 'mistral' for the output and error files that batch jobs write. */
  source: 'upload' | 'mistral'
  num_lines: number | null
  mimetype: string | null
  signature: string | null
  expires_at: number | null
  visibility: 'workspace' | 'user'
  sha256: string
  path: string
  deleted: boolean
}

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string | string[] | undefined>
  fields: Record<string, string>
  fileBytes: number | null
  fileContentType: string | null
  /** A JSON request body, parsed (batch and fine-tuning jobs); undefined if there was none. */
  json?: unknown
  status: number | null
}

export interface MockServerOptions extends BatchOptions, FineTuningOptions {
  apiKey?: string
  storageDir?: string
  host?: string
  port?: number
  maxUploadBytes?: number
  bytesNull?: boolean
  checkJsonl?: boolean
  /** Called once per request when it has been answered, reset or abandoned (the CLI logs it). */
  onRequest?: (request: RecordedRequest) => void
}

const PURPOSES = ['fine-tune', 'batch', 'ocr'] as const
const VISIBILITIES = ['workspace', 'user'] as const
const METHOD_NOT_ALLOWED = json(405, {detail: 'Method Not Allowed'})
const RETIRED = {
  object: 'error',
  message: 'The fine-tuning API has been retired.',
  type: 'gone',
  param: null,
  code: '410'
}

export class MockMistralServer {
  readonly files: StoredFile[] = []
  readonly requests: RecordedRequest[] = []
  private readonly faults = new FaultQueue()
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly bodies = new WeakMap<IncomingMessage, Promise<JsonBody>>()
  private readonly batch: BatchJobs
  private readonly fineTuning: FineTuningJobs
  private closing: Promise<void> | null = null

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    readonly apiKey: string,
    private readonly storageDir: string,
    private readonly ownsStorageDir: boolean,
    private readonly options: MockServerOptions
  ) {
    const host = {
      files: this.files,
      storageDir,
      later: (ms: number, run: () => void) => void this.later(ms, run)
    }
    this.batch = new BatchJobs(host, options)
    const org = createHash('sha256').update(apiKey).digest('hex').slice(0, 8)
    this.fineTuning = new FineTuningJobs(host, options, org)
  }

  /** Batch jobs in creation order, as the API reports them (GET lists them newest first). */
  get jobs(): BatchJob[] {
    return this.batch.jobs
  }

  /** Fine-tuning jobs (only with `legacyFineTuning`), with their events and checkpoints. */
  get fineTuningJobs(): FineTuningJob[] {
    return this.fineTuning.jobs
  }

  static async start(options: MockServerOptions = {}): Promise<MockMistralServer> {
    const ownsStorageDir = options.storageDir === undefined
    const storageDir = options.storageDir ?? (await mkdtemp(join(tmpdir(), 'mock-mistral-')))
    await mkdir(storageDir, {recursive: true})
    // requestTimeout 0: a 512 MB upload over a slow link must not be cut off after 5 minutes.
    const server = http.createServer({requestTimeout: 0})
    const host = options.host ?? '127.0.0.1'
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(options.port ?? 0, host, resolve)
      })
    } catch (error) {
      if (ownsStorageDir) await rm(storageDir, {recursive: true, force: true})
      throw error
    }
    const {port} = server.address() as AddressInfo
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
    const apiKey = options.apiKey ?? 'test-key'
    const mock = new MockMistralServer(server, url, apiKey, storageDir, ownsStorageDir, options)
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void mock.handle(req, res))
    return mock
  }

  uploads(): RecordedRequest[] {
    return this.requests.filter(r => r.method === 'POST' && r.path === '/v1/files')
  }

  /** Queue faults for a route such as 'POST /v1/files' or 'GET /v1/files/{id}'. */
  inject(route: string, ...faults: Fault[]): void {
    this.faults.add(route, faults)
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      // Jobs stop scheduling steps first; a step in flight finishes, then partial files go.
      const jobsStopped = this.batch.close()
      this.fineTuning.close()
      for (const timer of this.timers) clearTimeout(timer)
      const closed = new Promise<void>(resolve => this.server.close(() => resolve()))
      this.server.closeAllConnections() // also ends stalled responses and uploads in flight
      await Promise.all([closed, jobsStopped])
      if (this.ownsStorageDir) {
        await rm(this.storageDir, {recursive: true, force: true, maxRetries: 3})
      }
    })()
    return this.closing
  }

  // ---- request pipeline ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://mock.invalid')
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      fields: {},
      fileBytes: null,
      fileContentType: null,
      status: null
    }
    this.requests.push(record)
    const requestId = randomUUID().replace(/-/g, '')
    res.setHeader('x-request-id', requestId)
    res.on('close', () => this.options.onRequest?.(record))
    try {
      await this.route(req, res, record, url, requestId)
    } catch (error) {
      if (req.destroyed && !(error instanceof HttpError)) return // the client went away
      const reply = error instanceof HttpError ? error.reply : apiError(500, String(error))
      // A proxy answers 413 while the body is still arriving; other errors wait for all of it.
      if (reply.status !== 413) await drain(req)
      this.send(res, record, reply)
      await drain(req)
    }
  }

  private async route(
    req: IncomingMessage,
    res: ServerResponse,
    record: RecordedRequest,
    url: URL,
    requestId: string
  ): Promise<void> {
    // Checked before reading anything, like nginx's client_max_body_size in front of the API.
    if (Number(req.headers['content-length'] ?? 0) > this.maxUploadBytes) {
      throw new HttpError(nginxPage(413))
    }
    // Auth comes first so that a request with a bad key does not use up a queued fault.
    if (req.headers.authorization !== `Bearer ${this.apiKey}`) {
      await drain(req)
      return this.send(res, record, json(401, {message: 'Unauthorized', request_id: requestId}))
    }
    const fault = this.faults.take(record.method, record.path)
    if (fault) return this.applyFault(fault, req, res, record, url)
    this.send(res, record, await this.dispatch(req, record, url))
  }

  private async dispatch(req: IncomingMessage, record: RecordedRequest, url: URL): Promise<Reply> {
    const {method, path} = record
    if (method === 'POST' && path === '/v1/files') return this.upload(req, record)
    if (/^\/v1\/batch\/jobs(\/|$)/.test(path)) return this.batchRoute(req, record, url)
    if (/^\/v1\/fine_tuning\/jobs(\/|$)/.test(path)) {
      if (this.options.legacyFineTuning) return this.fineTuningRoute(req, record, url)
      await drain(req)
      return json(410, RETIRED)
    }
    await drain(req)
    if (path === '/v1/files') {
      return method === 'GET'
        ? this.list(url.searchParams)
        : json(405, {detail: 'Method Not Allowed'})
    }
    const match = /^\/v1\/files\/([^/]+)(\/content)?$/.exec(path)
    if (!match) return json(404, {detail: 'Not Found'})
    const [, id, content] = match
    if (method !== 'GET' && !(method === 'DELETE' && !content)) {
      return json(405, {detail: 'Method Not Allowed'})
    }
    if (!UUID.test(id)) {
      const issue = {
        type: 'uuid_parsing',
        loc: ['path', 'file_id'],
        msg: 'Input should be a valid UUID'
      }
      return validationError([{...issue, input: id}])
    }
    const file = this.files.find(f => f.id === id.toLowerCase())
    if (!file) return json(404, {detail: 'File not found'})
    if (content) {
      const headers = {'content-length': String(file.bytes)}
      return {status: 200, contentType: 'application/octet-stream', filePath: file.path, headers}
    }
    if (method === 'GET') return json(200, {...this.view(file), deleted: false})
    this.files.splice(this.files.indexOf(file), 1)
    file.deleted = true
    await rm(file.path, {force: true})
    return json(200, {id: file.id, object: 'file', deleted: true})
  }

  // ---- batch and fine-tuning jobs ----

  private async batchRoute(
    req: IncomingMessage,
    record: RecordedRequest,
    url: URL
  ): Promise<Reply> {
    const {method, path} = record
    const match = /^\/v1\/batch\/jobs(?:\/([^/]+)(\/cancel)?)?$/.exec(path)
    if (!match) {
      await drain(req)
      return json(404, {detail: 'Not Found'})
    }
    const [, id, cancel] = match
    if (id === undefined && method === 'POST') {
      return this.batch.create(await this.jsonBody(req, record))
    }
    await drain(req)
    if (id === undefined) {
      return method === 'GET' ? this.batch.list(url.searchParams) : METHOD_NOT_ALLOWED
    }
    if (cancel) return method === 'POST' ? this.batch.cancel(id) : METHOD_NOT_ALLOWED
    if (method === 'GET') return this.batch.get(id, url.searchParams)
    if (method === 'DELETE') return this.batch.remove(id)
    return METHOD_NOT_ALLOWED
  }

  private async fineTuningRoute(
    req: IncomingMessage,
    record: RecordedRequest,
    url: URL
  ): Promise<Reply> {
    const {method, path} = record
    const match = /^\/v1\/fine_tuning\/jobs(?:\/([^/]+)(?:\/(start|cancel))?)?$/.exec(path)
    if (!match) {
      await drain(req)
      return json(404, {detail: 'Not Found'})
    }
    const [, id, action] = match
    if (id === undefined && method === 'POST') {
      return this.fineTuning.create(await this.jsonBody(req, record), url.searchParams)
    }
    await drain(req)
    if (id === undefined) {
      return method === 'GET' ? this.fineTuning.list(url.searchParams) : METHOD_NOT_ALLOWED
    }
    if (action === 'start')
      return method === 'POST' ? this.fineTuning.start(id) : METHOD_NOT_ALLOWED
    if (action === 'cancel') {
      return method === 'POST' ? this.fineTuning.cancel(id) : METHOD_NOT_ALLOWED
    }
    return method === 'GET' ? this.fineTuning.get(id) : METHOD_NOT_ALLOWED
  }

  /** The request's JSON body, read once: a fault may read it before the handler does. */
  private jsonBody(req: IncomingMessage, record: RecordedRequest): Promise<JsonBody> {
    let body = this.bodies.get(req)
    if (!body) {
      body = (async () => {
        const parsed = await readJsonBody(req, this.maxUploadBytes)
        if (parsed.kind === 'json') record.json = parsed.value
        return parsed
      })()
      this.bodies.set(req, body)
    }
    return body
  }

  private send(res: ServerResponse, record: RecordedRequest, reply: Reply): void {
    if (res.headersSent || res.destroyed) return
    record.status = reply.status
    res.statusCode = reply.status
    res.setHeader('content-type', reply.contentType)
    for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value)
    if (reply.filePath !== undefined) {
      const stream = createReadStream(reply.filePath)
      stream.on('error', () => res.destroy()) // e.g. deleted while being downloaded
      stream.pipe(res)
      return
    }
    res.setHeader('content-length', Buffer.byteLength(reply.body ?? ''))
    res.end(reply.body)
  }

  // ---- the Files API ----

  private async upload(
    req: IncomingMessage,
    record: RecordedRequest,
    storeAfterMs = 0
  ): Promise<Reply> {
    const file = await readMultipart(req, {
      maxBytes: this.maxUploadBytes,
      fields: record.fields,
      onFile: (part, stream) => {
        record.fileContentType = part.mimetype
        return receiveFile(this.storageDir, part, stream, this.options.checkJsonl ?? true)
      }
    })
    record.fileBytes = file?.bytes ?? null
    const fields = record.fields
    const issues = validateForm(fields, file !== null)
    if (issues.length > 0 || file === null) {
      if (file) await rm(file.tmpPath, {force: true})
      return validationError(issues)
    }
    const purpose = (fields.purpose || 'fine-tune') as StoredFile['purpose']
    // The fine-tuning and batch services reject JSONL whose lines are not JSON, listing the lines.
    if (purpose !== 'ocr' && file.errorCount > 0) {
      await rm(file.tmpPath, {force: true})
      const n = file.errorCount
      const description =
        `Found ${n} error${n === 1 ? '' : 's'} in this file. ` +
        'You can view supported formats here: https://docs.mistral.ai/capabilities/finetuning.'
      return json(422, {detail: 'Invalid file format.', description, errors: file.errors})
    }
    if (storeAfterMs > 0)
      await new Promise(resolve => this.later(storeAfterMs, () => resolve(null)))
    return json(200, this.view(await this.keep(file, purpose, fields)))
  }

  /** Store an accepted upload, or return the existing file with the same name and content. */
  private async keep(
    file: ReceivedFile,
    purpose: StoredFile['purpose'],
    fields: Record<string, string>
  ): Promise<StoredFile> {
    const id = randomUUID()
    const path = join(this.storageDir, id)
    await rename(file.tmpPath, path)
    // Looked up after the await so two identical uploads racing each other still dedupe.
    const existing = this.files.find(f => f.filename === file.filename && f.sha256 === file.sha256)
    if (existing) {
      await rm(path, {force: true})
      return existing
    }
    const createdAt = Math.floor(Date.now() / 1000)
    const expiry = fields.expiry ? Number.parseInt(fields.expiry, 10) : null
    const stored: StoredFile = {
      id,
      object: 'file',
      bytes: file.bytes,
      created_at: createdAt,
      filename: file.filename,
      purpose,
      sample_type: sampleType(purpose, file.firstRecord),
      source: 'upload',
      // Mistral's OCR examples report 0 lines for documents.
      num_lines: purpose === 'ocr' ? 0 : file.numLines,
      mimetype: file.mimetype || null,
      signature: null,
      expires_at: expiry === null ? null : createdAt + expiry * 3600, // expiry unit assumed: hours
      visibility: (fields.visibility || 'workspace') as StoredFile['visibility'],
      sha256: file.sha256,
      path,
      deleted: false
    }
    this.files.push(stored)
    return stored
  }

  private list(query: URLSearchParams): Reply {
    const issues: ValidationIssue[] = []
    const page = intParam(query, 'page', 0, issues)
    const pageSize = intParam(query, 'page_size', 100, issues)
    const includeTotal = boolParam(query, 'include_total', true, issues)
    if (issues.length > 0) return validationError(issues)
    const search = query.get('search')?.toLowerCase()
    const purpose = query.get('purpose')
    const sampleTypes = query.getAll('sample_type')
    const sources = query.getAll('source')
    const mimetypes = query.getAll('mimetypes')
    const matches = this.files
      .filter(f => !search || f.filename.toLowerCase().includes(search))
      .filter(f => !purpose || f.purpose === purpose)
      .filter(f => sampleTypes.length === 0 || sampleTypes.includes(f.sample_type))
      .filter(f => sources.length === 0 || sources.includes(f.source))
      .filter(f => mimetypes.length === 0 || mimetypes.includes(f.mimetype ?? ''))
      .reverse() // files are kept in upload order; the API lists newest first
    const data = matches.slice(page * pageSize, (page + 1) * pageSize).map(f => this.view(f))
    return json(
      200,
      includeTotal ? {data, object: 'list', total: matches.length} : {data, object: 'list'}
    )
  }

  /** The API's view of a stored file (CreateFileResponse field order). */
  private view(file: StoredFile): Record<string, unknown> {
    return {
      id: file.id,
      object: file.object,
      bytes: this.options.bytesNull ? null : file.bytes,
      created_at: file.created_at,
      filename: file.filename,
      purpose: file.purpose,
      sample_type: file.sample_type,
      num_lines: file.num_lines,
      mimetype: file.mimetype,
      source: file.source,
      signature: file.signature,
      expires_at: file.expires_at,
      visibility: file.visibility
    }
  }

  // ---- faults ----

  private async applyFault(
    fault: Fault,
    req: IncomingMessage,
    res: ServerResponse,
    record: RecordedRequest,
    url: URL
  ): Promise<void> {
    switch (fault.kind) {
      case 'status':
        await this.consume(req, record)
        return this.send(res, record, faultReply(fault.status, fault.body, fault.headers))
      case 'html':
        await this.consume(req, record)
        return this.send(res, record, nginxPage(fault.status))
      case 'store-then-status':
        await this.dispatch(req, record, url)
        return this.send(res, record, faultReply(fault.status, fault.body))
      case 'truncated-json': {
        const reply = await this.dispatch(req, record, url)
        const body = reply.body ?? ''
        return this.send(res, record, {...reply, body: body.slice(0, Math.floor(body.length / 2))})
      }
      case 'reset-before-response':
        await this.consume(req, record)
        return reset(req)
      case 'reset-mid-body':
        return resetAfter(req, fault.afterBytes ?? 64 * 1024)
      case 'stall': {
        await this.consume(req, record)
        if (fault.ms === undefined) return // the socket stays open until close()
        const timer = this.later(fault.ms, () => this.send(res, record, nginxPage(504)))
        res.on('close', () => this.cancel(timer)) // the client gave up first
        return
      }
      case 'store-late':
        // No answer ever comes: the client times out, and the file (or job) appears `ms` after
        // its body.
        try {
          if (record.path === '/v1/files') {
            await this.upload(req, record, fault.ms)
          } else {
            if (isJson(req)) await this.jsonBody(req, record)
            else await drain(req)
            await new Promise(resolve => this.later(fault.ms, () => resolve(null)))
            await this.dispatch(req, record, url)
          }
        } catch {
          // nobody is waiting for the answer
        }
        return
      case 'trickle': {
        await this.consume(req, record)
        record.status = 200
        res.writeHead(200, {'content-type': 'application/json'})
        const tick = (): void => {
          if (res.destroyed) return
          res.write(' ')
          this.later(fault.intervalMs, tick)
        }
        return tick()
      }
      case 'endless': {
        await this.consume(req, record)
        record.status = fault.status ?? 200
        res.writeHead(record.status, {'content-type': 'application/json'})
        const chunk = Buffer.alloc(64 * 1024, '[')
        const pump = (): void => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', pump)
        }
        return pump()
      }
    }
  }

  /** A timer that close() clears. */
  private later(ms: number, run: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      run()
    }, ms)
    this.timers.add(timer)
    return timer
  }

  private cancel(timer: NodeJS.Timeout): void {
    clearTimeout(timer)
    this.timers.delete(timer)
  }

  /** Read a body without storing anything, but still record the form fields and file size. */
  private async consume(req: IncomingMessage, record: RecordedRequest): Promise<void> {
    if (isJson(req)) {
      try {
        await this.jsonBody(req, record) // kept: a store-then-status fault may still need it
      } catch {
        await drain(req)
      }
      return
    }
    try {
      const bytes = await readMultipart(req, {
        maxBytes: Number.POSITIVE_INFINITY,
        fields: record.fields,
        onFile: (part, stream) => {
          record.fileContentType = part.mimetype
          return discardFile(stream)
        }
      })
      record.fileBytes = bytes
    } catch {
      await drain(req) // a broken body is irrelevant here: the fault decides the answer
    }
  }

  private get maxUploadBytes(): number {
    return this.options.maxUploadBytes ?? 512 * 1024 * 1024
  }
}

// ---- helpers ----

/** FastAPI/pydantic-style validation of the upload form. */
function validateForm(fields: Record<string, string>, hasFile: boolean): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  if (!hasFile && fields.file !== undefined) {
    const msg = "Value error, Expected UploadFile, received: <class 'str'>"
    issues.push({
      type: 'value_error',
      loc: ['body', 'file'],
      msg,
      input: fields.file,
      ctx: {error: {}}
    })
  } else if (!hasFile) {
    issues.push({type: 'missing', loc: ['body', 'file'], msg: 'Field required', input: null})
  }
  for (const [name, allowed] of [
    ['purpose', PURPOSES],
    ['visibility', VISIBILITIES]
  ] as const) {
    const value = fields[name]
    if (value && !(allowed as readonly string[]).includes(value)) {
      const quoted = allowed.map(v => `'${v}'`)
      const expected = `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
      const msg = `Input should be ${expected}`
      issues.push({type: 'enum', loc: ['body', name], msg, input: value, ctx: {expected}})
    }
  }
  if (fields.expiry && !/^\s*[+-]?\d+\s*$/.test(fields.expiry)) {
    const msg = 'Input should be a valid integer, unable to parse string as an integer'
    issues.push({type: 'int_parsing', loc: ['body', 'expiry'], msg, input: fields.expiry})
  }
  return issues
}

/**
 * fine-tune: `messages` means instruct data, `text`/`content` means pretraining data.
 * ocr: the live API answers `ocr_input`, a value missing from the spec's SampleType enum.
 */
function sampleType(purpose: StoredFile['purpose'], first: unknown): string {
  if (purpose === 'batch') return 'batch_request'
  if (purpose === 'ocr') return 'ocr_input'
  const record = typeof first === 'object' && first !== null ? first : {}
  if (!('messages' in record) && ('text' in record || 'content' in record)) return 'pretrain'
  return 'instruct'
}

function isJson(req: IncomingMessage): boolean {
  return /^application\/json\b/i.test(req.headers['content-type'] ?? '')
}
