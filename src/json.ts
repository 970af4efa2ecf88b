// JSON values as parsed by JSON.parse: the one object check shared by the client and the validator.

/** A parsed JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The deepest nesting of arrays and objects accepted before JSON.parse. Python's json gives up
 * near 1,000 levels (the interpreter's recursion limit: `json.loads` of 998 nested arrays raises
 * RecursionError on CPython 3.11), and mistral-finetune reads every line with `json.loads`.
 */
export const MAX_JSON_DEPTH = 1000

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_ARRAY = 0x5b
const OPEN_OBJECT = 0x7b
const CLOSE_ARRAY = 0x5d
const CLOSE_OBJECT = 0x7d

/**
 * Where `text` first nests arrays and objects more than `limit` levels deep: the index of the
 * `[` or `{` that opens level `limit + 1`, or -1 when none does. Brackets inside strings do not
 * count. Call it before JSON.parse: V8 parses any depth but holds every open level (a 64 MiB line
 * of `[` took 2.9 GB and 15 s to fail), and code that walks the value recursively (JSON.stringify,
 * String, join) overflows the stack near 3,000 levels.
 *
 * Cheap for ordinary text. Valid JSON nested `limit + 1` deep has at least `2 * limit + 2`
 * characters, so shorter text is not looked at (if it is that deep it is not valid, and JSON.parse
 * fails on it at once and cheaply). Past that, a depth past `limit` needs more than `limit` of `[`
 * and `{`, and those are counted with native indexOf, stopping at `limit + 1`. Only text with
 * more of them is scanned character by character, and that scan stops at the first level past
 * the limit.
 */
export function depthExceeded(text: string, limit = MAX_JSON_DEPTH): number {
  if (text.length < 2 * limit + 2) return -1
  let openers = 0
  for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) {
    if (++openers > limit) return scanDepth(text, limit)
  }
  for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) {
    if (++openers > limit) return scanDepth(text, limit)
  }
  return -1
}

/** The exact, string-aware walk of depthExceeded. */
function scanDepth(text: string, limit: number): number {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      // To the closing quote: the next one after an even run of backslashes.
      let end = i
      for (;;) {
        end = text.indexOf('"', end + 1)
        if (end === -1) return -1 // unterminated: JSON.parse stops inside the string
        let k = end - 1
        while (text.charCodeAt(k) === BACKSLASH) k--
        if ((end - 1 - k) % 2 === 0) break
      }
      i = end
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > limit) return i
    } else if ((c === CLOSE_ARRAY || c === CLOSE_OBJECT) && depth > 0) {
      depth--
    }
  }
  return -1
}

/** A frame of previewJson: an array or object being written, and the next index into it. */
interface PreviewFrame {
  value: unknown[] | JsonObject
  /** The object's keys; null for an array. */
  keys: string[] | null
  next: number
  /** An entry has been written (objects skip undefined values, so `next` cannot tell). */
  wrote: boolean
}

/**
 * A value from JSON.parse as JSON.stringify writes it, cut to `max` characters (the last one `…`
 * when cut). It never recurses and stops once it has `max + 1` characters, so no depth or width
 * can throw or take long. Values JSON has no words for are written as JSON.stringify writes
 * them (undefined is skipped in objects, null in arrays), and a bare undefined as `undefined`.
 */
export function previewJson(value: unknown, max: number): string {
  const room = max + 1
  const stack: PreviewFrame[] = []
  let out = ''
  let current: unknown = value
  let pending = true // `current` is still to be written
  while (out.length < room) {
    if (pending) {
      pending = false
      if (typeof current === 'object' && current !== null) {
        const isArray = Array.isArray(current)
        out += isArray ? '[' : '{'
        const keys = isArray ? null : Object.keys(current)
        stack.push({value: current as unknown[] | JsonObject, keys, next: 0, wrote: false})
      } else {
        out += scalar(current, room, stack.length === 0)
      }
      continue
    }
    const top = stack[stack.length - 1]
    if (top === undefined) break
    if (top.keys === null) {
      const items = top.value as unknown[]
      if (top.next === items.length) {
        out += ']'
        stack.pop()
        continue
      }
      if (top.next > 0) out += ','
      current = items[top.next++]
      if (skipped(current)) current = null
    } else {
      const record = top.value as JsonObject
      while (top.next < top.keys.length && skipped(record[top.keys[top.next]])) top.next++
      if (top.next === top.keys.length) {
        out += '}'
        stack.pop()
        continue
      }
      const key = top.keys[top.next++]
      out += `${top.wrote ? ',' : ''}${quote(key, room)}:`
      top.wrote = true
      current = record[key]
    }
    pending = true
  }
  return out.length > max ? `${out.slice(0, max - 1)}…` : out
}

/** Values JSON.stringify leaves out of objects and writes as null in arrays. */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

function scalar(value: unknown, room: number, topLevel: boolean): string {
  if (typeof value === 'string') return quote(value, room)
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null'
  if (typeof value === 'boolean' || value === null) return String(value)
  if (typeof value === 'bigint') return String(value)
  return topLevel ? String(value) : 'null'
}

/** A string as JSON, its first `room` characters at least (enough for any cut within `room`). */
function quote(text: string, room: number): string {
  return JSON.stringify(text.length > room ? text.slice(0, room) : text)
}
