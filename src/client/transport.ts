import http, {type IncomingMessage} from 'node:http'
import https from 'node:https'
import {createWriteStream} from 'node:fs'
import {pipeline} from 'node:stream/promises'
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  CertificateError,
  InvalidResponseError,
  LocalFileError
} from './errors.js'

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
/** A file object is under 1 KiB and a page of 100 of them under 100 KiB: 1 MiB is ample. */
const MAX_BODY_BYTES = 1024 * 1024
/** For a request whose caller gave no limit: none may run unbounded. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000
/** Longest silence on a connection before a request fails: undici's default, 5 minutes. */
const IDLE_TIMEOUT_MS = 300_000

/** What one request may carry. */
export interface SendOptions {
  headers?: Record<string, string>
  body?: AsyncIterable<Buffer> | Iterable<Buffer>
  /** Limit for the whole exchange, body included; DEFAULT_REQUEST_TIMEOUT_MS when unset. */
  timeoutMs?: number
  /** Stream a 2xx body into this file instead of reading it: no cap, memory stays flat. */
  saveTo?: string
}

/** A 2xx answer, its body read whole, with the key taken out of it (or saved: `bytes`). */
export interface Reply {
  status: number
  text: string
  /** Bytes written to `saveTo`. */
  bytes?: number
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
    // `proxyEnv` is Node 24.5's; older Nodes ignore it (src/proxy-env.ts warns of that).
    const agentOptions: http.AgentOptions = {keepAlive: true, proxyEnv: process.env}
    this.agent = options.agent ?? new this.http.Agent(agentOptions)
  }

  /**
   * One request, bounded in time and in the size of the answer. Every answer has the key taken
   * out before anything reads it, so no part of it can be shown however the text is cut later.
   * A status of 300 or more becomes an APIError: a redirect is never followed.
   */
  async send(method: string, path: string, init: SendOptions = {}): Promise<Reply> {
    const timeoutMs = init.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
    const signal = AbortSignal.timeout(timeoutMs)
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
      const failed = status >= 300
      if (!failed && init.saveTo !== undefined) {
        return {status, text: '', bytes: await saveBody(response, init.saveTo)}
      }
      const body = await readText(response, failed ? MAX_ERROR_BODY_BYTES : MAX_BODY_BYTES)
      text = this.redact(body.text)
      if (body.cut && !failed) {
        throw new InvalidResponseError(
          `the API answered ${status} with a body over ${MAX_BODY_BYTES / 1024 / 1024} MiB, where a file or a page of the file list is a few KiB`,
          status,
          text.slice(0, 200)
        )
      }
    } catch (error) {
      if (error instanceof InvalidResponseError) throw error
      throw toConnectionError(error, {signal, timeoutMs, silent})
    } finally {
      // An answer that came before the whole body was sent (a proxy's 413) ends the exchange.
      if (!request.writableFinished) request.destroy()
    }
    if (status >= 300) throw APIError.from(status, this.redactHeaders(headers), text)
    return {status, text}
  }

  private redact(text: string): string {
    const {apiKey} = this.options
    return apiKey ? text.split(apiKey).join('***') : text
  }

  /** The headers an error keeps (request id, Retry-After, Location) are the server's text too. */
  private redactHeaders(headers: IncomingMessage['headers']): IncomingMessage['headers'] {
    const redact = (value: string): string => this.redact(value)
    return Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.map(redact) : value === undefined ? value : redact(value)
      ])
    )
  }
}

/** A 2xx answer's JSON; a body that is not JSON is an InvalidResponseError quoting its start. */
export function parseJson({status, text}: Reply): unknown {
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

/** A POST or GET with a JSON body: the shape every endpoint but the upload takes. */
export function jsonBody(value: unknown): SendOptions {
  const body = Buffer.from(JSON.stringify(value), 'utf8')
  return {
    headers: {'content-type': 'application/json', 'content-length': String(body.length)},
    body: [body]
  }
}

/** Streams a body into a file, replacing it; the byte count it wrote. */
async function saveBody(body: IncomingMessage, file: string): Promise<number> {
  let bytes = 0
  body.on('data', (chunk: Buffer) => (bytes += chunk.length))
  await pipeline(body, createWriteStream(file))
  return bytes
}

/** Sends the body as the socket takes it and resolves with the response head, early or not. */
function exchange(
  request: http.ClientRequest,
  body: AsyncIterable<Buffer> | Iterable<Buffer> | undefined
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    request.on('error', reject) // kept: a later error must not go unhandled
    request.on('response', resolve)
    if (body === undefined) request.end()
    else void writeBody(request, body)
  })
}

/**
 * Writes each chunk and waits for the socket to drain before asking for the next, so the body
 * never holds more than one chunk in memory (the multipart body reuses its buffers).
 */
async function writeBody(
  request: http.ClientRequest,
  body: AsyncIterable<Buffer> | Iterable<Buffer>
): Promise<void> {
  try {
    for await (const chunk of body) {
      if (request.destroyed) return
      if (!request.write(chunk)) await drainedOrClosed(request)
    }
    if (!request.destroyed) request.end()
  } catch (error) {
    request.destroy(error as Error) // the exchange rejects with it
  }
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

/**
 * The body as text, up to `maxBytes`. Past that the rest is not read: the response is destroyed,
 * since a body without end would otherwise be drained for as long as the server sends it.
 */
async function readText(
  body: IncomingMessage,
  maxBytes: number
): Promise<{text: string; cut: boolean}> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of body) {
    chunks.push(chunk as Buffer)
    length += (chunk as Buffer).length
    if (length > maxBytes) {
      body.destroy()
      return {text: Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8'), cut: true}
    }
  }
  return {text: Buffer.concat(chunks).toString('utf8'), cut: false}
}

function toConnectionError(
  error: unknown,
  {signal, timeoutMs, silent}: {signal: AbortSignal; timeoutMs: number; silent: boolean}
): Error {
  // The file's own failure, not the network's: the body stopped because of it.
  if (error instanceof LocalFileError) return error
  const cause = error instanceof Error ? error : new Error(String(error))
  if (signal.aborted) {
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
