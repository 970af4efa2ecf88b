// Messages between the main thread and the validator's worker threads (worker.ts). Plain data:
// everything here goes through postMessage's structured clone.
import type {ByteRange} from './file-range.js'
import type {Problem, ValidationResult, JsonlPurpose} from './types.js'
import type {Fields} from './validator-state.js'

/** The options a worker honours (onChunk is a function, which cannot cross threads). */
export interface WorkerOptions {
  maxProblems?: number
  maxLineBytes?: number
}

/** workerData of a range worker: count the range's lines when `count`, then check the range. */
export interface RangeJob {
  kind: 'range'
  path: string
  purpose: JsonlPurpose
  options: WorkerOptions
  range: ByteRange
  count: boolean
}

/** workerData of a stream worker: check the bytes it is sent, in file order. */
export interface StreamJob {
  kind: 'stream'
  path: string
  size: number
  purpose: JsonlPurpose
  options: WorkerOptions
}

export type Job = RangeJob | StreamJob

/** Main → range worker, once: where its range starts in line numbers and in flow. */
export interface RangeStart {
  firstLineNo: number
  /** null for the first range, which starts as a fresh validator. */
  flow: Fields | null
}

/** Range worker → main. */
export type RangeReport =
  {type: 'lines'; lines: number} | {type: 'state'; state: Fields; ids: Float64Array | null}

/** Main → stream worker. `buffer` is transferred, and sent back with 'ack' for reuse. */
export type StreamInput =
  {type: 'data'; buffer: ArrayBuffer; length: number} | {type: 'end'} | {type: 'disk'; from: number}

/** Stream worker → main. */
export type StreamOutput =
  | {type: 'ack'; buffer: ArrayBuffer}
  | {type: 'error'; problem: Problem}
  | {type: 'result'; result: ValidationResult}
