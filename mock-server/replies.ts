// Small response helpers shared by the server and the multipart reader.
// A handler builds a Reply instead of writing to the response, so the fault layer can
// still replace or truncate it after the real work (storing a file) has been done.
import {STATUS_CODES, type IncomingMessage} from 'node:http'

export interface Reply {
  status: number
  contentType: string
  body?: string
  /** Stream this file instead of `body` (downloads). */
  filePath?: string
  headers?: Record<string, string>
}

export function json(status: number, value: unknown, headers?: Record<string, string>): Reply {
  return {status, contentType: 'application/json', body: JSON.stringify(value), headers}
}

// nginx's own reason phrases, where they differ from Node's.
const NGINX_REASONS: Record<number, string> = {
  413: 'Request Entity Too Large',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out'
}

/** The page nginx serves for its own errors (413 from client_max_body_size, 502, 504 ...). */
export function nginxPage(status: number): Reply {
  const title = `${status} ${NGINX_REASONS[status] ?? STATUS_CODES[status] ?? 'Error'}`
  const body =
    `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n` +
    `<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
  return {status, contentType: 'text/html', body}
}

/** The "all errors" shape from Mistral's error glossary. */
export function apiError(status: number, message = STATUS_CODES[status] ?? 'Error'): Reply {
  return json(status, apiErrorBody(status, message))
}

export function apiErrorBody(
  status: number,
  message = STATUS_CODES[status] ?? 'Error'
): Record<string, unknown> {
  const type = (STATUS_CODES[status] ?? 'error').toLowerCase().replace(/\W+/g, '_')
  return {object: 'error', message, type, param: null, code: String(status)}
}

/** A pydantic-style 422: `{detail: [{type, loc, msg, input}]}`. */
export interface ValidationIssue {
  type: string
  loc: Array<string | number>
  msg: string
  input: unknown
  ctx?: Record<string, unknown>
}

export function validationError(issues: ValidationIssue[]): Reply {
  return json(422, {detail: issues})
}

/** Thrown where the answer is already known deep inside a handler. */
export class HttpError extends Error {
  constructor(readonly reply: Reply) {
    super(`HTTP ${reply.status}`)
  }
}

/** Read and discard the rest of a request body; resolves once it ended or the socket closed. */
export function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return Promise.resolve()
  return new Promise(resolve => {
    req.once('end', resolve)
    req.once('close', resolve)
    req.once('error', () => resolve())
    req.resume()
  })
}
