import http, {type IncomingMessage} from 'node:http'
import https from 'node:https'
import {APIConnectionError, APIError, APITimeoutError, CertificateError} from './errors.js'

export interface TransportOptions {
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

/** What one request may carry. */
export interface SendOptions {
  headers?: Record<string, string>
  body?: AsyncIterable<Buffer>
  timeoutMs?: number
}

/** A 2xx answer, its body read whole. */
export interface Reply {
  status: number
  text: string
}

/**
 * Requests to the Mistral API over Node's own http(s): a client library (undici)
 * added ~50 ms to every step's start-up (docs/benchmarks.md). Shared by the API clients.
 */
export class Transport {
  private readonly baseUrl: string
  private readonly http: typeof http | typeof https
  private readonly agent: http.Agent

  constructor(private readonly options: TransportOptions) {
    this.baseUrl = options.serverUrl.replace(/\/+$/, '')
    this.http = this.baseUrl.startsWith('https:') ? https : http
    // `proxyEnv` is Node 24.5's; @types/node 20 does not know it.
    const agentOptions: http.AgentOptions & {proxyEnv?: NodeJS.ProcessEnv} = {
      keepAlive: true,
      proxyEnv: process.env
    }
    this.agent = options.agent ?? new this.http.Agent(agentOptions)
  }

  /** One request; the whole response body is always consumed, and HTTP errors become APIErrors. */
  async send(method: string, path: string, init: SendOptions = {}): Promise<Reply> {
    const {timeoutMs} = init
    const signal = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs)
    const request = this.http.request(`${this.baseUrl}${path}`, {
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
