// validateFileParallel: one file checked by several worker threads, one range each, with the
// result of validateFile (deep-equal), or validateFile's own run where that cannot be proved.
//
// Identity. Ranges start at line starts, so no line is split. A worker is told its first line
// number (the LFs before its range, which the workers count first) and starts its validator from
// the "flow" the file's head gives (sample type and its line, line-number shift, the not-JSONL
// verdict: see validator-state.ts), which the main thread reads while the workers start. The
// ranges' counts, firsts and problems then add up to the one-thread state exactly when
//   - every range but the last ended with the flow that the next range started from, and
//   - no custom_id (batch) occurs in two ranges (each worker returns a hash of each of its ids).
// That is the fast path, and the common case; when either fails (say, a later range whose first
// sample type differs from the file's, or a custom_id repeated across ranges, or a hash
// collision), the file is checked again by validateFile on this thread.
import {stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {planRanges, readRange, type ByteRange} from './file-range.js'
import {validateFile} from './index.js'
import {LineSplitter} from './lines.js'
import type {RangeJob, RangeReport, RangeStart, RangeState, WorkerOptions} from './protocol.js'
import {defaultWorkerScript, startWorker} from './threads.js'
import type {Purpose, ValidateOptions, ValidationResult, JsonlPurpose} from './types.js'
import {
  absorb,
  flowOf,
  hasKnownFields,
  repeatsAHash,
  sameData,
  type Fields
} from './validator-state.js'
import {DatasetValidator} from './validator.js'

/** Least bytes per range by default: below that a worker's start-up costs more than it saves. */
export const MIN_RANGE_BYTES = 4 * 1024 * 1024
/** Bytes of the file's head read for its flow, once a line has been seen. */
const HEAD_BYTES = 1024 * 1024

export interface ParallelOptions extends ValidateOptions {
  /** Worker threads, at most; default os.availableParallelism(). 1 or less: one thread. */
  workers?: number
  /** The bundled worker.ts; default dist/validate-worker/index.js beside the running bundle. */
  workerScript?: string | URL
  /** Least bytes a range gets; default MIN_RANGE_BYTES. Tests set it small. */
  minRangeBytes?: number
  /** Told how the file was checked (for logs and tests). */
  onRun?: (run: ParallelRun) => void
}

export interface ParallelRun {
  /** Ranges checked by workers; 1 when the file went to validateFile directly. */
  ranges: number
  /** Why the workers' result was not used and validateFile ran instead, if it was not. */
  rerun?: 'flow' | 'custom-id'
}

/**
 * validateFile on worker threads. A small file, `workers` ≤ 1, purpose ocr or an `onChunk`
 * (which needs the chunks in order on this thread) go to validateFile directly.
 * Rejects with an Error naming the file when a worker fails.
 */
export async function validateFileParallel(
  path: string,
  purpose: Purpose,
  options: ParallelOptions = {}
): Promise<ValidationResult> {
  const oneThread = async (run: ParallelRun = {ranges: 1}): Promise<ValidationResult> => {
    options.onRun?.(run)
    return validateFile(path, purpose, options)
  }
  const info = await stat(path)
  const wanted = Math.min(
    options.workers ?? availableParallelism(),
    Math.floor(info.size / (options.minRangeBytes ?? MIN_RANGE_BYTES))
  )
  if (purpose === 'ocr' || !info.isFile() || wanted < 2 || options.onChunk !== undefined) {
    return oneThread()
  }
  const validator = new DatasetValidator(purpose, options)
  if (!hasKnownFields(validator)) return oneThread()
  const ranges = await planRanges(path, info.size, wanted)
  if (ranges.length < 2) return oneThread()

  const workerOptions: WorkerOptions = {
    maxProblems: options.maxProblems,
    maxLineBytes: options.maxLineBytes
  }
  const head = headFlow(path, purpose, workerOptions, ranges[0])
  const script = options.workerScript ?? defaultWorkerScript()
  // Together: when a worker fails first, the head's own failure (say, the file went) is handled.
  const [reports, flow] = await Promise.all([
    runRanges(script, {path, purpose, options: workerOptions}, ranges, head),
    head
  ])
  const joined = joinRanges(validator, reports, flow)
  if (joined !== 'joined') return oneThread({ranges: ranges.length, rerun: joined})
  options.onRun?.({ranges: ranges.length})
  return validator.finish(info.size)
}

/**
 * Add the ranges' states, in file order, into `validator` (fresh), when they make the one-thread
 * state: every range but the last ended with `flow`, the one the ranges after it started from,
 * and no custom_id is in two ranges. Otherwise it says which failed and `validator` is untouched.
 */
export function joinRanges(
  validator: DatasetValidator,
  ranges: RangeState[],
  flow: Fields
): 'joined' | NonNullable<ParallelRun['rerun']> {
  if (!ranges.slice(0, -1).every(r => sameData(flowOf(r.state), flow))) return 'flow'
  if (repeatsAHash(ranges.map(r => r.ids ?? new Float64Array(0)))) return 'custom-id'
  for (const range of ranges) absorb(validator, range.state)
  return 'joined'
}

/**
 * The flow after the first lines of the file: what a later range most likely starts with. Read
 * until a line gave the sample type, or a line was seen and HEAD_BYTES are read, or range 0 ends.
 */
export async function headFlow(
  path: string,
  purpose: JsonlPurpose,
  options: WorkerOptions,
  range: ByteRange
): Promise<Fields> {
  const validator = new DatasetValidator(purpose, options)
  const splitter = new LineSplitter({maxLineBytes: options.maxLineBytes})
  const sink = validator.line.bind(validator)
  let read = 0
  await readRange(path, range, chunk => {
    splitter.push(chunk, sink)
    read += chunk.length
    if (validator.sampleType !== null) return false
    return !(read >= HEAD_BYTES && validator.stats.lines > 0)
  })
  return flowOf(validator)
}

/**
 * One worker per range. Each but the last counts its range's lines first; range i is started
 * once the counts of the ranges before it and the head's flow are known.
 */
function runRanges(
  script: string | URL,
  job: Pick<RangeJob, 'path' | 'purpose' | 'options'>,
  ranges: ByteRange[],
  head: Promise<Fields>
): Promise<RangeState[]> {
  return new Promise((resolve, reject) => {
    const last = ranges.length - 1
    const lines: number[] = []
    const reports: RangeState[] = []
    let flow: Fields | undefined
    let started = 0
    let left = ranges.length
    const fail = (error: Error): void => {
      for (const worker of workers) void worker.terminate()
      reject(error)
    }
    const workers = ranges.map((range, i) => {
      const worker = startWorker(
        script,
        {kind: 'range', ...job, range, count: i < last ? range : null},
        () => reports[i] !== undefined,
        fail
      )
      worker.on('message', (report: RangeReport) => {
        if (report.type === 'lines') {
          lines[i] = report.lines
          startReady()
        } else if (report.type === 'state') {
          reports[i] = report
          if (--left === 0) resolve(reports)
        }
      })
      return worker
    })
    const startReady = (): void => {
      let firstLineNo = 1
      for (let i = 0; i <= last; i++) {
        if (i > 0) {
          if (flow === undefined || lines[i - 1] === undefined) return
          firstLineNo += lines[i - 1]
        }
        if (i === started) {
          const start: RangeStart = {firstLineNo, flow: i === 0 ? null : (flow ?? null)}
          workers[i].postMessage(start)
          started++
        }
      }
    }
    const whenHeadRead = async (): Promise<void> => {
      try {
        flow = await head
      } catch (error) {
        fail(error as Error)
        return
      }
      startReady()
    }
    startReady()
    void whenHeadRead()
  })
}
