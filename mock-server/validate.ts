// Pydantic v2-style checks for JSON bodies and query strings, so a bad request gets the same
// `{detail: [{type, loc, msg, input, ctx?}]}` 422 that the API's FastAPI services answer.
// Only the rules the mock needs; messages are pydantic's own wording.
import type {IncomingMessage} from 'node:http'
import {HttpError, nginxPage, type ValidationIssue} from './replies.js'

export type Loc = Array<string | number>

/** Hyphens optional, like pydantic's UUID parsing; braces and `urn:uuid:` are not accepted. */
export const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i

export type JsonObject = Record<string, unknown>

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The canonical form pydantic serialises a UUID in: lowercase, hyphenated. */
export function canonicalUuid(raw: string): string {
  const hex = raw.replace(/-/g, '').toLowerCase()
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** "'a', 'b' or 'c'", as pydantic lists enum members. */
export function expectedList(allowed: readonly string[]): string {
  const quoted = allowed.map(v => `'${v}'`)
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
}

/** Collects issues while reading fields; each reader returns undefined when the value failed. */
export class Checker {
  readonly issues: ValidationIssue[] = []

  add(type: string, loc: Loc, msg: string, input: unknown, ctx?: Record<string, unknown>): void {
    this.issues.push(ctx ? {type, loc, msg, input, ctx} : {type, loc, msg, input})
  }

  missing(loc: Loc): undefined {
    this.add('missing', loc, 'Field required', null)
    return undefined
  }

  string(
    value: unknown,
    loc: Loc,
    rules: {min?: number; max?: number; pattern?: string} = {}
  ): string | undefined {
    if (typeof value !== 'string') {
      this.add('string_type', loc, 'Input should be a valid string', value)
      return undefined
    }
    const length = [...value].length
    if (rules.min !== undefined && length < rules.min) {
      const msg = `String should have at least ${rules.min} character${rules.min === 1 ? '' : 's'}`
      this.add('string_too_short', loc, msg, value, {min_length: rules.min})
      return undefined
    }
    if (rules.max !== undefined && length > rules.max) {
      const msg = `String should have at most ${rules.max} character${rules.max === 1 ? '' : 's'}`
      this.add('string_too_long', loc, msg, value, {max_length: rules.max})
      return undefined
    }
    if (rules.pattern !== undefined && !new RegExp(rules.pattern).test(value)) {
      const msg = `String should match pattern '${rules.pattern}'`
      this.add('string_pattern_mismatch', loc, msg, value, {pattern: rules.pattern})
      return undefined
    }
    return value
  }

  /** Lax mode: integral floats and numeric strings are accepted, as pydantic does for JSON. */
  int(value: unknown, loc: Loc, bounds: Bounds = {}): number | undefined {
    let n: number
    if (typeof value === 'number' && Number.isFinite(value)) {
      if (!Number.isInteger(value)) {
        const msg = 'Input should be a valid integer, got a number with a fractional part'
        this.add('int_from_float', loc, msg, value)
        return undefined
      }
      n = value
    } else if (typeof value === 'string') {
      if (!/^\s*[+-]?\d+\s*$/.test(value)) {
        const msg = 'Input should be a valid integer, unable to parse string as an integer'
        this.add('int_parsing', loc, msg, value)
        return undefined
      }
      n = Number.parseInt(value, 10)
    } else {
      this.add('int_type', loc, 'Input should be a valid integer', value)
      return undefined
    }
    return this.bounded(n, value, loc, bounds)
  }

  number(value: unknown, loc: Loc, bounds: Bounds = {}): number | undefined {
    let n: number
    if (typeof value === 'number' && Number.isFinite(value)) {
      n = value
    } else if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(+value)) {
      n = Number(value)
    } else if (typeof value === 'string') {
      const msg = 'Input should be a valid number, unable to parse string as a number'
      this.add('float_parsing', loc, msg, value)
      return undefined
    } else {
      this.add('float_type', loc, 'Input should be a valid number', value)
      return undefined
    }
    return this.bounded(n, value, loc, bounds)
  }

  bool(value: unknown, loc: Loc): boolean | undefined {
    if (typeof value === 'boolean') return value
    if (value === 0 || value === 1) return value === 1
    if (typeof value === 'string') {
      if (/^(true|1|yes|on|t|y)$/i.test(value)) return true
      if (/^(false|0|no|off|f|n)$/i.test(value)) return false
      const msg = 'Input should be a valid boolean, unable to interpret input'
      this.add('bool_parsing', loc, msg, value)
      return undefined
    }
    this.add('bool_type', loc, 'Input should be a valid boolean', value)
    return undefined
  }

  uuid(value: unknown, loc: Loc): string | undefined {
    if (typeof value !== 'string') {
      this.add('uuid_type', loc, 'UUID input should be a string, bytes or UUID object', value)
      return undefined
    }
    if (!UUID.test(value)) {
      this.add('uuid_parsing', loc, 'Input should be a valid UUID', value)
      return undefined
    }
    return canonicalUuid(value)
  }

  oneOf<T extends string>(value: unknown, loc: Loc, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
      return value as T
    }
    const expected = expectedList(allowed)
    this.add('enum', loc, `Input should be ${expected}`, value, {expected})
    return undefined
  }

  list(value: unknown, loc: Loc, maxItems?: number): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.add('list_type', loc, 'Input should be a valid list', value)
      return undefined
    }
    if (maxItems !== undefined && value.length > maxItems) {
      const msg = `List should have at most ${maxItems} items after validation, not ${value.length}`
      const ctx = {field_type: 'List', max_length: maxItems, actual_length: value.length}
      this.add('too_long', loc, msg, value, ctx)
      return undefined
    }
    return value
  }

  dict(value: unknown, loc: Loc): JsonObject | undefined {
    if (isObject(value)) return value
    this.add('dict_type', loc, 'Input should be a valid dictionary', value)
    return undefined
  }

  /** The top-level body, or a nested model: pydantic's wording differs from a plain dict. */
  model(value: unknown, loc: Loc): JsonObject | undefined {
    if (isObject(value)) return value
    const msg = 'Input should be a valid dictionary or object to extract fields from'
    this.add(loc.length === 1 ? 'model_attributes_type' : 'model_type', loc, msg, value)
    return undefined
  }

  private bounded(n: number, input: unknown, loc: Loc, b: Bounds): number | undefined {
    const fail = (type: string, words: string, key: string, limit: number): undefined => {
      this.add(type, loc, `Input should be ${words} ${limit}`, input, {[key]: limit})
      return undefined
    }
    if (b.ge !== undefined && n < b.ge)
      return fail('greater_than_equal', 'greater than or equal to', 'ge', b.ge)
    if (b.gt !== undefined && n <= b.gt) return fail('greater_than', 'greater than', 'gt', b.gt)
    if (b.le !== undefined && n > b.le)
      return fail('less_than_equal', 'less than or equal to', 'le', b.le)
    return n
  }
}

export interface Bounds {
  ge?: number
  gt?: number
  le?: number
}

// ---- query strings ----

export function intParam(
  q: URLSearchParams,
  name: string,
  fallback: number,
  issues: ValidationIssue[]
): number {
  const raw = q.get(name)
  if (raw === null) return fallback
  if (/^\d+$/.test(raw)) return Number(raw)
  const msg = 'Input should be a valid integer, unable to parse string as an integer'
  issues.push({type: 'int_parsing', loc: ['query', name], msg, input: raw})
  return fallback
}

export function boolParam(
  q: URLSearchParams,
  name: string,
  fallback: boolean,
  issues: ValidationIssue[]
): boolean {
  const raw = q.get(name)
  if (raw === null) return fallback
  if (/^(true|1|yes|on|t|y)$/i.test(raw)) return true
  if (/^(false|0|no|off|f|n)$/i.test(raw)) return false
  const msg = 'Input should be a valid boolean, unable to interpret input'
  issues.push({type: 'bool_parsing', loc: ['query', name], msg, input: raw})
  return fallback
}

/** Every value of a list parameter, repeated (`?s=a&s=b`, what the SDKs send) or comma-joined. */
export function listParam(q: URLSearchParams, name: string): string[] {
  return q
    .getAll(name)
    .flatMap(v => v.split(','))
    .filter(v => v !== '')
}

/** A pydantic datetime from a query string: ISO 8601 or unix seconds. Returns unix seconds. */
export function dateParam(
  q: URLSearchParams,
  name: string,
  issues: ValidationIssue[]
): number | undefined {
  const raw = q.get(name)
  if (raw === null || raw === '') return undefined
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw)
  const ms = /^\d{4}-\d{2}-\d{2}/.test(raw) ? Date.parse(raw) : Number.NaN
  if (!Number.isNaN(ms)) return ms / 1000
  const msg = 'Input should be a valid datetime or date, invalid character in year'
  issues.push({type: 'datetime_from_date_parsing', loc: ['query', name], msg, input: raw})
  return undefined
}

// ---- JSON bodies ----

export type JsonBody =
  {kind: 'empty'} | {kind: 'json'; value: unknown} | {kind: 'invalid'; issue: ValidationIssue}

/** Read a whole JSON body (a 413 page past `maxBytes`), as FastAPI parses a pydantic body. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<JsonBody> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > maxBytes) throw new HttpError(nginxPage(413))
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return {kind: 'empty'}
  try {
    return {kind: 'json', value: JSON.parse(text)}
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message)
    const issue: ValidationIssue = {
      type: 'json_invalid',
      loc: ['body', at ? Number(at[1]) : 0],
      msg: 'JSON decode error',
      input: {},
      ctx: {error: 'Expecting value'}
    }
    return {kind: 'invalid', issue}
  }
}

/** The body as a pydantic model: its 422 issues when it is missing, broken or not an object. */
export function bodyObject(body: JsonBody, check: Checker): JsonObject | undefined {
  if (body.kind === 'empty') {
    check.missing(['body'])
    return undefined
  }
  if (body.kind === 'invalid') {
    check.issues.push(body.issue)
    return undefined
  }
  return check.model(body.value, ['body'])
}
