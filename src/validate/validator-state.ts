// A DatasetValidator's per-file state as data: how the parallel check starts a range mid-file and
// adds the ranges' states up. The validator keeps these fields private; they are read here by
// name, so FIELDS must class every one of them. hasKnownFields() is checked before each parallel
// run (and by a test): a validator with a field not classed here is checked on one thread.
import {types} from 'node:util'
import {isRecord} from '../json.js'
import type {BatchContext} from './rules/batch.js'
import type {DatasetValidator} from './validator.js'

/** Own fields of a validator, by name. */
export type Fields = Record<string, unknown>

type Merge = 'setting' | 'sum' | 'first' | 'list' | 'any' | 'flow'

/** How each own field of a DatasetValidator combines over the ranges of a file, in file order. */
const FIELDS: Record<string, Merge> = {
  // The same in every range.
  purpose: 'setting',
  maxProblems: 'setting',
  maxLineBytes: 'setting',
  ctx: 'setting',
  onError: 'setting',
  // Counts, which no line check reads: added up (stats field by field).
  stats: 'sum',
  errorCount: 'sum',
  warningCount: 'sum',
  nonBlankLines: 'sum',
  loneCrs: 'sum',
  parseFailures: 'sum',
  // The line of a first occurrence, 0 while there is none: the first range's that has one.
  firstBlankLine: 'first',
  firstCrlfLine: 'first',
  firstLoneCrLine: 'first',
  // Problems in line order, capped at maxProblems.
  problems: 'list',
  bom: 'any',
  // What decides how the next lines are read ("flow"): a range after the first starts from the
  // flow the file's head gave, which is right only if every range before it ended with that
  // same flow; the parallel check compares, and checks the file on one thread when one differs.
  sampleType: 'flow',
  typeLine: 'flow',
  extraLines: 'flow',
  held: 'flow',
  notJsonl: 'flow'
}

/** Own fields of the validator's rule context; custom_ids are checked apart (customIdHashes). */
const CTX_FIELDS = new Set(['lineNo', 'stats', 'customIds'])

function fieldsOf(validator: DatasetValidator): Fields {
  return validator as unknown as Fields
}

/**
 * Every own field of `validator` (and of its rule context) is classed above, and its stats are
 * counts only (numbers, or records of them), which add up.
 */
export function hasKnownFields(validator: DatasetValidator): boolean {
  const ctx = fieldsOf(validator).ctx
  return (
    Object.keys(validator).every(key => key in FIELDS) &&
    isRecord(ctx) &&
    Object.keys(ctx).every(key => CTX_FIELDS.has(key)) &&
    onlyCounts(validator.stats)
  )
}

function onlyCounts(value: unknown): boolean {
  if (typeof value === 'number') return true
  return isRecord(value) && Object.values(value).every(onlyCounts)
}

function pick(from: object, keep: (merge: Merge) => boolean): Fields {
  const fields = from as Fields
  const out: Fields = {}
  for (const [key, merge] of Object.entries(FIELDS)) if (keep(merge)) out[key] = fields[key]
  return out
}

/** The fields that decide how the next line is read, of a validator or of its stateOf(). */
export function flowOf(from: DatasetValidator | Fields): Fields {
  return pick(from, merge => merge === 'flow')
}

/** Start `validator` mid-file, as if the lines before had left `flow`. */
export function seedFlow(validator: DatasetValidator, flow: Fields): void {
  const fields = fieldsOf(validator)
  for (const [key, merge] of Object.entries(FIELDS)) if (merge === 'flow') fields[key] = flow[key]
}

/** Everything a range found (all fields but the settings), as data that can be posted. */
export function stateOf(validator: DatasetValidator): Fields {
  return pick(validator, merge => merge !== 'setting')
}

/**
 * Deep equality of data as postMessage clones it, blind to the realm (thread, or jest's vm) that
 * made it: util.isDeepStrictEqual compares prototypes, and v8.serialize tells a holey array
 * from a packed one.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Object.prototype.toString.call(a) !== Object.prototype.toString.call(b)) return false
  if (types.isMap(a) || types.isSet(a)) {
    const x = [...(a as Map<unknown, unknown>).entries()]
    const y = [...(b as Map<unknown, unknown>).entries()]
    return sameData(x, y)
  }
  const x = a as Fields
  const y = b as Fields
  const keys = Object.keys(x)
  if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false
  if (keys.length !== Object.keys(y).length) return false
  return keys.every(key => Object.hasOwn(y, key) && sameData(x[key], y[key]))
}

/** Add the state of the range that follows all `validator` has seen (absorbed) so far. */
export function absorb(validator: DatasetValidator, state: Fields): void {
  const fields = fieldsOf(validator)
  for (const [key, merge] of Object.entries(FIELDS)) {
    const value = state[key]
    switch (merge) {
      case 'sum':
        if (typeof value === 'number') fields[key] = (fields[key] as number) + value
        else if (isRecord(value)) addCounts(fields[key] as Fields, value)
        break
      case 'first':
        if (!fields[key]) fields[key] = value
        break
      case 'list': {
        const list = fields[key] as unknown[]
        const max = fields.maxProblems as number
        for (const item of value as unknown[]) {
          if (list.length >= max) break
          list.push(item)
        }
        break
      }
      case 'any':
        fields[key] = Boolean(fields[key]) || Boolean(value)
        break
      case 'flow':
        fields[key] = value
        break
      case 'setting':
        break
    }
  }
}

function addCounts(into: Fields, from: Fields): void {
  for (const [key, value] of Object.entries(from)) {
    if (typeof value === 'number') into[key] = ((into[key] as number | undefined) ?? 0) + value
    else if (isRecord(value)) addCounts((into[key] ??= {}) as Fields, value)
  }
}

/**
 * A 53-bit hash (cyrb53) of each custom_id the validator saw, for the cross-range duplicate
 * check: two ranges that share no hash share no custom_id.
 */
export function customIdHashes(validator: DatasetValidator): Float64Array<ArrayBuffer> {
  const ids = (fieldsOf(validator).ctx as BatchContext).customIds
  const out = new Float64Array(ids.size)
  let i = 0
  for (const id of ids.keys()) out[i++] = cyrb53(id)
  return out
}

/** Some hash occurs twice over all the lists (each list's hashes are of distinct ids). */
export function repeatsAHash(lists: Float64Array[]): boolean {
  const all = new Float64Array(lists.reduce((n, list) => n + list.length, 0))
  let at = 0
  for (const list of lists) {
    all.set(list, at)
    at += list.length
  }
  all.sort()
  for (let i = 1; i < all.length; i++) if (all[i] === all[i - 1]) return true
  return false
}

function cyrb53(text: string): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}
