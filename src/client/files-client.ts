import http, {type IncomingMessage} from 'node:http'
import https from 'node:https'
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  CertificateError,
  InvalidResponseError
} from './errors.js'
import {isRecord} from '../json.js'
import {createMultipartBody} from './multipart.js'

/** A file as the API describes it (CreateFileResponse / RetrieveFileOut). */
export interface FileObject {
  id: string
  object: string
  /** The spec's own examples show null. */
  bytes: number | null
  /** Unix seconds. */
  created_at: number
  filename: string
  purpose: string
  sample_type: string
  source: string
  num_lines?: number | null
  mimetype?: string | null
  signature?: string | null
  expires_at?: number | null
  visibility?: string | null
  deleted?: boolean
}

export interface FileList {
  data: FileObject[]
  object: string
  total?: number | null
}

export interface UploadRequest {
  path: string
  /** Bytes the file holds; the upload fails rather than send anything else. */
  size: number
  /** Name stored on Mistral; defaults to the file's base name. */
  filename?: string
  purpose: string
  visibility?: string
  expiry?: number
  /** Called as file bytes are handed to the socket. */
  onProgress?: (sent: number, total: number) => void
  /** Limit for the whole exchange, body included. */
  timeoutMs?: number
}

export interface UploadResult {
  file: FileObject
  /** sha256 (hex) of the bytes sent. */
  sha256: string
  /** The size to trust: the API's, or the local one when the API answered null. */
  bytes: number
}

export interface ListQuery {
  page?: number
  pageSize?: number
  search?: string
  purpose?: string
}

export interface FilesClientOptions {
  /** e.g. https://api.mistral.ai; a path prefix (for gateways) is kept. */
  serverUrl: string
  apiKey: string
  userAgent: string
  /**
   * Defaults to a keep-alive agent that honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY, as Node's
   * built-in proxy support does from Node 24.5 (the runners' Node); older Nodes go direct.
   */
  agent?: http.Agent
}

/** Error bodies are for people: a few KiB hold any reason worth showing. */
const MAX_ERROR_BODY_BYTES = 64 * 1024
/** Longest silence on a connection before a request fails: undici's default, 5 minutes. */
const IDLE_TIMEOUT_MS = 300_000

/**
 * The Files endpoints of the Mistral API. No @actions imports: usable from any Node program.
 * Node's own http(s) carries the requests: a client library (undici) added ~50 ms to every
 * step's start-up (docs/benchmarks.md).
 */
export class FilesClient {
  private readonly baseUrl: string
  private readonly transport: typeof http | typeof https
  private readonly agent: http.Agent

  constructor(private readonly options: FilesClientOptions) {
    this.baseUrl = options.serverUrl.replace(/\/+$/, '')
    this.transport = this.baseUrl.startsWith('https:') ? https : http
    // `proxyEnv` is Node 24.5's; @types/node 20 does not know it.
    const agentOptions: http.AgentOptions & {proxyEnv?: NodeJS.ProcessEnv} = {
      keepAlive: true,
      proxyEnv: process.env
    }
    this.agent = options.agent ?? new this.transport.Agent(agentOptions)
  }

  /** POST /v1/files: streams the file as multipart/form-data with an exact Content-Length. */
  async upload(upload: UploadRequest): Promise<UploadResult> {
    const body = createMultipartBody(
      {
        purpose: upload.purpose,
        visibility: upload.visibility,
        expiry: upload.expiry === undefined ? undefined : String(upload.expiry)
      },
      {path: upload.path, size: upload.size, filename: upload.filename}
    )
    const onChunk = upload.onProgress && ((sent: number) => upload.onProgress?.(sent, upload.size))
    const {status, text} = await this.send('POST', '/v1/files', {
      headers: {'content-type': body.contentType, 'content-length': String(body.contentLength)},
      body: body.open(onChunk),
      timeoutMs: upload.timeoutMs
    })
    const file = parseFileObject(status, text)
    if (file.bytes !== null && file.bytes !== upload.size) {
      throw new InvalidResponseError(
        `the API stored ${file.bytes} bytes but ${upload.size} were sent`,
        status,
        text,
        false
      )
    }
    return {file, sha256: body.sha256 ?? '', bytes: file.bytes ?? upload.size}
  }

  /** GET /v1/files, newest first. */
  async list(query: ListQuery = {}, timeoutMs?: number): Promise<FileList> {
    const params = new URLSearchParams()
    if (query.page !== undefined) params.set('page', String(query.page))
    if (query.pageSize !== undefined) params.set('page_size', String(query.pageSize))
    if (query.search !== undefined) params.set('search', query.search)
    if (query.purpose !== undefined) params.set('purpose', query.purpose)
    const {status, text} = await this.send('GET', `/v1/files?${params}`, {timeoutMs})
    const json = parseJson(status, text)
    if (!isRecord(json) || !Array.isArray(json.data)) {
      throw new InvalidResponseError('the file list has no `data` array', status, text)
    }
    return {...json, data: json.data.map(item => toFileObject(item, status, text))} as FileList
  }

  /** GET /v1/files/{id}. */
  async retrieve(fileId: string, timeoutMs?: number): Promise<FileObject> {
    const {status, text} = await this.send('GET', `/v1/files/${encodeURIComponent(fileId)}`, {
      timeoutMs
    })
    return parseFileObject(status, text)
  }

  /** DELETE /v1/files/{id}. */
  async delete(fileId: string, timeoutMs?: number): Promise<void> {
    await this.send('DELETE', `/v1/files/${encodeURIComponent(fileId)}`, {timeoutMs})
  }

  /** One request; the whole response body is always consumed, and HTTP errors become APIErrors. */
  private async send(
    method: string,
    path: string,
    init: {headers?: Record<string, string>; body?: AsyncIterable<Buffer>; timeoutMs?: number}
  ): Promise<{status: number; text: string}> {
    const {timeoutMs} = init
    const signal = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs)
    const request = this.transport.request(`${this.baseUrl}${path}`, {
      method,
      agent: this.agent,
      signal,
      timeout: IDLE_TIMEOUT_MS,
      headers: {
        authorization: `Bearer ${this.options.apiKey}`,
        'user-agent': this.options.userAgent,
        accept: 'application/json',
        ...init.headers
      }
    })
    let silent = false
    request.on('timeout', () => {
      silent = true
      request.destroy(new Error('idle connection'))
    })
    let status: number
    let headers: IncomingMessage['headers']
    let text: string
    try {
      const response = await exchange(request, init.body)
      status = response.statusCode ?? 0
      headers = response.headers
      text = await readText(response, status >= 400 ? MAX_ERROR_BODY_BYTES : Infinity)
    } catch (error) {
      throw toConnectionError(error, {signal, timeoutMs, silent})
    } finally {
      // An answer that came before the whole body was sent (a proxy's 413) ends the exchange.
      if (!request.writableFinished) request.destroy()
    }
    if (status >= 400) throw APIError.from(status, headers, text)
    return {status, text}
  }
}

/** Sends the body as the socket takes it and resolves with the response head, early or not. */
function exchange(
  request: http.ClientRequest,
  body: AsyncIterable<Buffer> | undefined
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    request.on('error', reject) // kept: a later error must not go unhandled
    request.on('response', resolve)
    if (body === undefined) request.end()
    else writeBody(request, body).catch(error => request.destroy(error))
  })
}

/**
 * Writes each chunk and waits for the socket to drain before asking for the next, so the body
 * never holds more than one chunk in memory (the multipart body reuses its buffers).
 */
async function writeBody(request: http.ClientRequest, body: AsyncIterable<Buffer>): Promise<void> {
  for await (const chunk of body) {
    if (request.destroyed) return
    if (!request.write(chunk)) await drainedOrClosed(request)
  }
  if (!request.destroyed) request.end()
}

function drainedOrClosed(request: http.ClientRequest): Promise<void> {
  return new Promise(resolve => {
    const done = (): void => {
      request.off('drain', done)
      request.off('close', done)
      resolve()
    }
    request.on('drain', done)
    request.on('close', done)
  })
}

async function readText(body: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of body) {
    if (length >= maxBytes) continue // keep draining so the connection can be reused
    chunks.push(chunk as Buffer)
    length += (chunk as Buffer).length
  }
  return Buffer.concat(chunks).toString('utf8')
}

function toConnectionError(
  error: unknown,
  {signal, timeoutMs, silent}: {signal?: AbortSignal; timeoutMs?: number; silent: boolean}
): Error {
  const cause = error instanceof Error ? error : new Error(String(error))
  if (signal?.aborted && timeoutMs !== undefined) {
    const seconds = (timeoutMs / 1000).toFixed(1)
    return new APITimeoutError(`no complete answer within ${seconds} s`, {cause})
  }
  if (silent) {
    return new APITimeoutError(`nothing came for ${IDLE_TIMEOUT_MS / 1000} s`, {cause})
  }
  const code = (error as {code?: string}).code
  const message = `connection failed: ${code ? `${code} ` : ''}${cause.message}`
  // OpenSSL's verification codes (DEPTH_ZERO_SELF_SIGNED_CERT, CERT_HAS_EXPIRED, ...) and Node's
  // ERR_TLS_CERT_ALTNAME_INVALID all name the certificate.
  if (code?.includes('CERT')) return new CertificateError(message, {cause})
  return new APIConnectionError(message, {cause})
}

function parseJson(status: number, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    const shown = text.length > 200 ? `${text.slice(0, 200)}…` : text
    throw new InvalidResponseError(
      `the API answered ${status} with a body that is not JSON: ${JSON.stringify(shown)}`,
      status,
      text
    )
  }
}

function parseFileObject(status: number, text: string): FileObject {
  return toFileObject(parseJson(status, text), status, text)
}

/** Trust only what the spec requires and we use: a string `id` and a numeric `created_at`. */
function toFileObject(json: unknown, status: number, text: string): FileObject {
  if (!isRecord(json)) throw new InvalidResponseError('the file is not a JSON object', status, text)
  if (typeof json.id !== 'string' || json.id === '') {
    throw new InvalidResponseError('the file has no `id`', status, text)
  }
  if (typeof json.created_at !== 'number') {
    throw new InvalidResponseError(`file ${json.id} has no numeric \`created_at\``, status, text)
  }
  if (json.bytes !== null && json.bytes !== undefined && typeof json.bytes !== 'number') {
    throw new InvalidResponseError(`file ${json.id} has a non-numeric \`bytes\``, status, text)
  }
  return {...json, bytes: json.bytes ?? null} as FileObject
}
