// The second lane of an upload's check. One thread checks about 100 MB/s, less than a fast link
// carries: so the upload's own bytes are checked only up to a line start near the middle of the
// file (the cut), and the rest, the tail, is checked meanwhile from disk on a worker of its own.
// The two join as validateFileParallel's ranges do (parallel.ts); when they cannot, the upload's
// check reads on from the cut itself.
import type {Worker} from 'node:worker_threads'
import {deferred, ignoreRejection} from '../promises.js'
import {planRanges, type ByteRange} from './file-range.js'
import {headFlow} from './parallel.js'
import type {RangeReport, RangeStart, RangeState, StreamJob} from './protocol.js'
import {startWorker} from './threads.js'
import type {Problem} from './types.js'
import {hasKnownFields, type Fields} from './validator-state.js'
import {DatasetValidator} from './validator.js'

export class TailLane {
  /** Where the tail starts: a line start, the end of what the upload's check takes. */
  readonly cut: number
  /** The flow of the file's head, which the tail starts from. */
  readonly flow: Promise<Fields>
  /** The tail's state, once checked; rejects, naming the file, when its worker fails. */
  readonly state: Promise<RangeState>
  /**
   * The tail's first error, as soon as it is found; stays pending when there is none. True of
   * the file only if the lines before the cut end with `flow`.
   */
  readonly firstError: Promise<Problem>
  private readonly worker: Worker
  private over = false

  /**
   * A tail lane for `path`, or undefined when the file has no line start to cut at, or the
   * validator's state cannot be joined (hasKnownFields).
   */
  static async start(
    job: Pick<StreamJob, 'path' | 'size' | 'purpose' | 'options'>,
    script: string | URL
  ): Promise<TailLane | undefined> {
    if (!hasKnownFields(new DatasetValidator(job.purpose, job.options))) return undefined
    const [head, tail] = await planRanges(job.path, job.size, 2)
    return tail === undefined ? undefined : new TailLane(job, head, tail, script)
  }

  private constructor(
    job: Pick<StreamJob, 'path' | 'purpose' | 'options'>,
    head: ByteRange,
    tail: ByteRange,
    script: string | URL
  ) {
    this.cut = tail.start
    this.flow = headFlow(job.path, job.purpose, job.options, head)
    const state = deferred<RangeState>()
    const firstError = deferred<Problem>()
    this.state = state.promise
    this.firstError = firstError.promise
    // Read by whoever joins the lanes, if anyone: a failure before then is no unhandled rejection.
    void ignoreRejection(this.state)
    void ignoreRejection(this.flow)
    // The worker counts the head's lines (the tail's first line number), then checks the tail.
    const {path, purpose, options} = job // not a spread: the caller's job is a stream job
    const range = {kind: 'range', path, purpose, options, range: tail, count: head} as const
    this.worker = startWorker(script, range, () => this.over, state.reject)
    const begin = async (lines: number): Promise<void> => {
      try {
        const start: RangeStart = {firstLineNo: lines + 1, flow: await this.flow}
        this.worker.postMessage(start)
      } catch (error) {
        state.reject(error) // the head could not be read
        this.close()
      }
    }
    this.worker.on('message', (report: RangeReport) => {
      if (report.type === 'lines') void begin(report.lines)
      else if (report.type === 'error') firstError.resolve(report.problem)
      else {
        this.over = true
        state.resolve(report)
      }
    })
  }

  /** Stop the tail's worker (safe at any time). */
  close(): void {
    if (this.over) return
    this.over = true
    void this.worker.terminate()
  }
}
