// Fault injection: queued per route, each matching request takes the next fault. These are the
// failures a client meets between it and the API: proxies, resets, timeouts, half answers.
import type {IncomingMessage} from 'node:http'
import {apiError, json, type Reply} from './replies.js'

export type Fault =
  /** Consume the request body, then answer this (default body: Mistral's error shape). */
  | {kind: 'status'; status: number; body?: string | object; headers?: Record<string, string>}
  /** Handle the request for real (the file is stored), then answer this error instead. */
  | {kind: 'store-then-status'; status: number; body?: string | object}
  /** Read the whole body (the file is not stored), then reset the connection. */
  | {kind: 'reset-before-response'}
  /** Reset the connection once `afterBytes` (default 64 KiB) of the body arrived. */
  | {kind: 'reset-mid-body'; afterBytes?: number}
  /** Read the body and answer nothing; after `ms` a proxy-style 504 page, else until close(). */
  | {kind: 'stall'; ms?: number}
  /** Handle the request for real, then send only the first half of the JSON answer. */
  | {kind: 'truncated-json'}
  /** Consume the body, then answer an nginx-style HTML error page. */
  | {kind: 'html'; status: number}
  /** Consume the body, then send a 200 JSON head and one byte every `intervalMs`, without end. */
  | {kind: 'trickle'; intervalMs: number}
  /** Consume the body, then send `status` with a body that never ends, as fast as it is read. */
  | {kind: 'endless'; status?: number}
  /** Read the body, answer nothing, and store the file `ms` later: after the client gave up. */
  | {kind: 'store-late'; ms: number}

export class FaultQueue {
  private readonly queues = new Map<string, Fault[]>()

  /** `route` is 'METHOD /path'; a `{id}` or `:id` segment matches any one segment. */
  add(route: string, faults: Fault[]): void {
    const [method, path, extra] = route.trim().split(/\s+/)
    if (!path || extra !== undefined) throw new Error(`route must look like 'POST /v1/files'`)
    const key = `${method.toUpperCase()} ${path.replace(/(.)\/$/, '$1')}`
    this.queues.set(key, [...(this.queues.get(key) ?? []), ...faults])
  }

  take(method: string, path: string): Fault | undefined {
    for (const [route, queue] of this.queues) {
      if (queue.length > 0 && routeMatches(route, `${method} ${path}`)) return queue.shift()
    }
    return undefined
  }
}

/** 'GET /v1/files/{id}' (or ':id') matches any single path segment in that place. */
function routeMatches(route: string, request: string): boolean {
  const want = route.split('/')
  const got = request.split('/')
  return (
    want.length === got.length &&
    want.every((part, i) => part === got[i] || (/^[{:]/.test(part) && got[i] !== ''))
  )
}

export function faultReply(
  status: number,
  body?: string | object,
  headers?: Record<string, string>
): Reply {
  if (body === undefined) return {...apiError(status), headers}
  if (typeof body === 'object') return json(status, body, headers)
  const looksJson = /^\s*[[{]/.test(body)
  const contentType = looksJson ? 'application/json' : 'text/plain; charset=utf-8'
  return {status, contentType, body, headers}
}

/** Send a TCP RST (not a clean FIN) so the client sees ECONNRESET. */
export function reset(req: IncomingMessage): void {
  if (!req.socket.destroyed) req.socket.resetAndDestroy()
}

export function resetAfter(req: IncomingMessage, afterBytes: number): Promise<void> {
  return new Promise(resolve => {
    let seen = 0
    const cut = (): void => {
      reset(req)
      resolve()
    }
    if (afterBytes <= 0) return cut()
    req.on('data', (chunk: Buffer) => {
      seen += chunk.length
      if (seen >= afterBytes) cut()
    })
    req.on('end', cut) // a body shorter than afterBytes: cut once it has all arrived
    req.on('close', () => resolve())
  })
}
