import {STATUS_CODES} from 'node:http'
import {depthExceeded, isRecord, previewJson} from '../json.js'

/** A line the server rejected, from `{detail:"Invalid file format.", errors:[{message,line_number}]}`. */
export interface LineError {
  line: number
  message: string
}

/** Base of every error the Files client throws; `code` is stable for programs to test. */
export class MistralError extends Error {
  readonly code: string = 'MISTRAL_ERR'
  override name = 'MistralError'
}

/** The API answered with an HTTP error status. */
export class APIError extends MistralError {
  override readonly code: string = 'MISTRAL_ERR_API'
  override name = 'APIError'

  constructor(
    readonly status: number,
    /** The reason the server gave, from whichever body shape arrived. */
    readonly reason: string,
    /** The body as received (truncated), for debugging. */
    readonly body: string,
    readonly headers: Record<string, string | string[] | undefined>,
    readonly lineErrors: LineError[] = []
  ) {
    super(`${status} ${STATUS_CODES[status] ?? 'HTTP error'}${reason ? `: ${reason}` : ''}`)
  }

  get requestId(): string | undefined {
    const id = this.headers['x-request-id'] ?? this.headers['request-id']
    return Array.isArray(id) ? id[0] : id
  }

  /** Retry-After in milliseconds (seconds or an HTTP date), when the server sent one. */
  retryAfterMs(now = Date.now()): number | undefined {
    const value = this.headers['retry-after']
    const text = Array.isArray(value) ? value[0] : value
    if (!text) return undefined
    const seconds = Number(text)
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
    const date = Date.parse(text)
    return Number.isNaN(date) ? undefined : Math.max(0, date - now)
  }

  /** The error class for a status, with the reason parsed out of the body. */
  static from(
    status: number,
    headers: Record<string, string | string[] | undefined>,
    body: string
  ): APIError {
    const {reason, lineErrors} = parseErrorBody(body)
    const ErrorClass =
      STATUS_ERRORS[status] ??
      (status >= 500 ? InternalServerError : status < 400 ? RedirectError : APIError)
    return new ErrorClass(status, reason, body, headers, lineErrors)
  }
}

/**
 * A 3xx. A redirect is never followed: it could carry the key to another host. The answer
 * names where the server points, so the user can set `server-url` to it if they trust it.
 */
export class RedirectError extends APIError {
  get location(): string | undefined {
    const value = this.headers.location
    return Array.isArray(value) ? value[0] : value
  }
}

export class BadRequestError extends APIError {}
export class AuthenticationError extends APIError {}
export class PermissionDeniedError extends APIError {}
export class NotFoundError extends APIError {}
export class ConflictError extends APIError {}
export class GoneError extends APIError {}
export class PayloadTooLargeError extends APIError {}
export class UnprocessableEntityError extends APIError {}
export class RateLimitError extends APIError {}
export class InternalServerError extends APIError {}

const STATUS_ERRORS: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  410: GoneError,
  413: PayloadTooLargeError,
  422: UnprocessableEntityError,
  429: RateLimitError
}

/** No response arrived: refused, reset, DNS, TLS. */
export class APIConnectionError extends MistralError {
  override readonly code: string = 'MISTRAL_ERR_CONNECTION'
  override name = 'APIConnectionError'
}

/** The server's TLS certificate did not verify: every attempt would meet the same certificate. */
export class CertificateError extends APIConnectionError {
  override readonly code: string = 'MISTRAL_ERR_CERTIFICATE'
  override name = 'CertificateError'
}

/**
 * The local file could not be read as it was when the upload began: it grew, shrank, vanished or
 * failed to read. Another attempt would send the same changing file, so it is not retried.
 */
export class LocalFileError extends MistralError {
  override readonly code: string = 'MISTRAL_ERR_LOCAL_FILE'
  override name = 'LocalFileError'
}

/**
 * The upload was stopped before its closing boundary because a file of the step broke the
 * dataset rules: the server got an incomplete body and stores nothing. Not retried.
 */
export class UploadWithheldError extends LocalFileError {
  override readonly code: string = 'MISTRAL_ERR_UPLOAD_WITHHELD'
  override name = 'UploadWithheldError'
}

/** No complete response arrived in time. */
export class APITimeoutError extends APIConnectionError {
  override readonly code: string = 'MISTRAL_ERR_TIMEOUT'
  override name = 'APITimeoutError'
}

/** A 2xx answer that is not what the spec promises (not JSON, truncated, missing `id`, wrong size). */
export class InvalidResponseError extends MistralError {
  override readonly code: string = 'MISTRAL_ERR_INVALID_RESPONSE'
  override name = 'InvalidResponseError'

  constructor(
    message: string,
    readonly status: number,
    readonly body: string,
    /** False when another attempt cannot help, e.g. the server stored other bytes than were sent. */
    readonly retryable = true
  ) {
    super(message)
  }
}

/** Longest reason, in characters (then `…`). */
const REASON_MAX = 500

/**
 * The reason from any of the error shapes Mistral and the proxies in front of it send:
 * `{detail:[{loc,msg}]}`, `{detail:"…", errors:[{message,line_number}]}`, `{object:"error",message}`,
 * `{message}`, `{error:{message}}`, an HTML page, plain text, or nothing.
 */
export function parseErrorBody(body: string): {reason: string; lineErrors: LineError[]} {
  const text = body.trim()
  if (!text) return {reason: '', lineErrors: []}
  // Nested past what json.loads reads: not parsed (nothing below can overflow), shown cut short.
  if (depthExceeded(text) !== -1) return {reason: textOf(text), lineErrors: []}
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return {reason: textOf(text), lineErrors: []}
  }
  if (!isRecord(json)) return {reason: oneLine(shown(json)), lineErrors: []}

  const parts: string[] = []
  const {detail, message, description, error, errors} = json
  if (typeof detail === 'string') parts.push(detail)
  if (Array.isArray(detail)) parts.push(detail.map(describeDetailItem).join('; '))
  if (typeof message === 'string') parts.push(message)
  if (isRecord(error) && typeof error.message === 'string') parts.push(error.message)
  if (typeof description === 'string') parts.push(description)
  const lineErrors = Array.isArray(errors) ? errors.flatMap(toLineError) : []
  const reason = parts.length ? parts.join(' ') : oneLine(text)
  return {reason: oneLine(reason), lineErrors}
}

function describeDetailItem(item: unknown): string {
  if (!isRecord(item)) return shown(item)
  const where = Array.isArray(item.loc)
    ? item.loc
        .filter(part => part !== 'body')
        .map(shown)
        .join('.')
    : ''
  const what = typeof item.msg === 'string' ? item.msg : previewJson(item, REASON_MAX)
  return where ? `${where}: ${what}` : what
}

/** A string as it is, any other value as short JSON (never recursing into it). */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : previewJson(value, REASON_MAX)
}

function toLineError(item: unknown): LineError[] {
  if (!isRecord(item) || typeof item.message !== 'string') return []
  const line = Number(item.line_number)
  return Number.isInteger(line) && line > 0 ? [{line, message: item.message}] : []
}

/** The title (or first heading) of an HTML page, else the text itself, on one short line. */
function textOf(text: string): string {
  if (!/^\s*</.test(text)) return oneLine(text)
  const title = /<title[^>]*>([^<]*)</i.exec(text) ?? /<h1[^>]*>([^<]*)</i.exec(text)
  return oneLine(title ? title[1] : text.replace(/<[^>]*>/g, ' '))
}

function oneLine(text: string, max = REASON_MAX): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max)}…` : line
}
