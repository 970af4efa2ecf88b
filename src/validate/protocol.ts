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

/**
 * workerData of a range worker: count the lines of `count` first (its own range, for the next
 * range's first line number; or all the bytes before it), then check `range`.
 */
export interface RangeJob {
  kind: 'range'
  path: string
  purpose: JsonlPurpose
  options: WorkerOptions
  range: ByteRange
  count: ByteRange | null
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

/** A range's state, and a hash of each custom_id in it (batch files only). */
export interface RangeState {
  type: 'state'
  state: Fields
  ids: Float64Array | null
}

/**
 * Range worker → main. 'error' is the range's first error, as soon as it is found: true of the
 * file only if the range started from the flow the lines before it left.
 */
export type RangeReport =
  {type: 'lines'; lines: number} | {type: 'error'; problem: Problem} | RangeState

/**
 * Main → stream worker. `buffer` is transferred, and sent back with 'ack' for reuse. 'cut': the
 * bytes sent end where a tail lane starts; send the state there, then wait for 'disk' (the lanes
 * did not join: go on from the file) or the end of the thread.
 */
export type StreamInput =
  | {type: 'data'; buffer: ArrayBuffer; length: number}
  | {type: 'end'}
  | {type: 'cut'}
  | {type: 'disk'; from: number}

/** Stream worker → main. */
export type StreamOutput =
  | {type: 'ack'; buffer: ArrayBuffer}
  | {type: 'error'; problem: Problem}
  | RangeState
  | {type: 'result'; result: ValidationResult}
