// StreamCheck: the validator fed by the upload, so that a file is checked in the same pass as it
// is sent; on a worker thread for a large file, on this thread for a small one.
import type {Worker} from 'node:worker_threads'
import {deferred, ignoreRejection} from '../promises.js'
import {readRange} from './file-range.js'
import {LineSplitter, type Line} from './lines.js'
import {joinRanges} from './parallel.js'
import type {StreamInput, StreamJob, StreamOutput} from './protocol.js'
import {TailLane} from './tail-lane.js'
import {defaultWorkerScript, startWorker} from './threads.js'
import type {Problem, ValidateOptions, ValidationResult, JsonlPurpose} from './types.js'
import {flowOf, sameData} from './validator-state.js'
import {DatasetValidator} from './validator.js'

/** Below this a worker's start-up (tens of ms) costs more than the check: this thread checks. */
export const STREAM_WORKER_MIN_BYTES = 8 * 1024 * 1024
/** Bytes sent to the worker in one message; chunks are gathered up to this. */
const BATCH_BYTES = 1024 * 1024
/** At most this many batches are with the worker: push() waits beyond (4 MiB in flight). */
const MAX_BATCHES = 4

export interface StreamCheckOptions {
  path: string
  /** The file's size: push() takes bytes [0, size), and the result is for that size. */
  size: number
  purpose: JsonlPurpose
  options?: Pick<ValidateOptions, 'maxProblems' | 'maxLineBytes'>
  /** The bundled worker.ts; default dist/validate-worker/index.js beside the running bundle. */
  workerScript?: string | URL
  /** Files from this size are checked on a worker thread; default STREAM_WORKER_MIN_BYTES. */
  workerMinBytes?: number
  /**
   * A file checked on a worker gets a second one for its tail (tail-lane.ts), checked from disk
   * while the upload's bytes are checked up to the tail. For when the step has a core to spare.
   */
  tailLane?: boolean
  /** Told how the two lanes ended: joined, or the upload's lane read on ('flow', 'custom-id'). */
  onJoin?: (outcome: ReturnType<typeof joinRanges>) => void
}

type Answer = Extract<StreamOutput, {type: 'state' | 'result'}>

/**
 * Checks the bytes of a file as they are uploaded, with validateFile's result.
 *
 * Contract: push each chunk with its file offset and await the promise push() returns before the
 * next push: it resolves at once while fewer than 4 MiB are with the worker, later otherwise
 * (backpressure; it never rejects for a worker failure, which done() reports). Bytes below the
 * check's offset are skipped, so a retried attempt may push again from 0; a gap throws; bytes
 * past the tail lane's cut, which the tail checks, are taken and ignored. When the last byte is
 * pushed, call done(); when the upload stopped early, finishFromDisk() reads the rest from the
 * file. Call close() when the check is no longer wanted (always safe).
 */
export class StreamCheck {
  /** The first error found, while pushing or at the end; stays pending when there is none. */
  private readonly first = deferred<Problem>() // resolved again, it keeps the first
  readonly firstError = this.first.promise
  private readonly settings: StreamCheckOptions
  /** Bytes accepted so far: the next push must start at or below this. */
  private offset = 0
  /** Where the bytes this check takes end: the file's size, or the tail lane's cut. */
  private end: number
  private tail: TailLane | undefined
  /** Set while the tail lane is being planned: pushes wait for it, to know the cut. */
  private planning: Promise<void> | undefined
  private ended = false // done() or finishFromDisk() was called: pushes are ignored
  private closed = false
  /** The worker sent its result, and ends by itself. */
  private settled = false
  // This thread's check (small files).
  private validator: DatasetValidator | undefined
  private splitter: LineSplitter | undefined
  private sink: ((line: Line) => void) | undefined
  // The worker's check (large files).
  private worker: Worker | undefined
  private failure: Error | undefined
  private readonly free: ArrayBuffer[] = []
  private batch: Uint8Array<ArrayBuffer> | undefined
  private batchBytes = 0
  private inFlight = 0
  private waiting: Array<() => void> = []
  private result: Promise<ValidationResult> | undefined
  /** The worker's answer awaited: its state at the cut, or its result. */
  private reply:
    {type: Answer['type']; resolve(a: Answer): void; reject(e: Error): void} | undefined

  constructor(settings: StreamCheckOptions) {
    this.settings = settings
    const {path, size, purpose, options = {}} = settings
    this.end = size
    if (size < (settings.workerMinBytes ?? STREAM_WORKER_MIN_BYTES)) {
      const validator = new DatasetValidator(purpose, options)
      validator.onError = problem => this.first.resolve(problem)
      this.validator = validator
      this.splitter = new LineSplitter({maxLineBytes: options.maxLineBytes})
      this.sink = validator.line.bind(validator)
      return
    }
    const {maxProblems, maxLineBytes} = options // only data crosses to the thread
    const job = {kind: 'stream', path, size, purpose, options: {maxProblems, maxLineBytes}} as const
    const script = settings.workerScript ?? defaultWorkerScript()
    const over = (): boolean => this.settled || this.closed
    this.worker = startWorker(script, job, over, error => this.fail(error))
    this.worker.on('message', (output: StreamOutput) => this.receive(output))
    if (settings.tailLane === true) this.planning = this.planTail(job, script)
  }

  /** Bytes checked or on their way to the worker: where a push must start at the latest. */
  get checkedOffset(): number {
    return this.offset
  }

  /** Take `chunk`, the file's bytes from `offset`; copied, so the caller may reuse it at once. */
  push(chunk: Uint8Array, offset: number): Promise<void> {
    if (this.planning !== undefined) return this.pushOncePlanned(chunk, offset)
    if (offset >= this.end) return Promise.resolve() // the tail lane checks these bytes
    if (offset > this.offset) {
      throw new Error(
        `StreamCheck of ${this.settings.path}: a chunk at byte ${offset}, but bytes from ${this.offset} were not pushed`
      )
    }
    const skip = this.offset - offset
    if (skip >= chunk.length || this.ended || this.closed) return Promise.resolve()
    const bytes = chunk.subarray(skip, Math.min(chunk.length, skip + this.end - this.offset))
    this.offset += bytes.length
    if (this.splitter !== undefined && this.sink !== undefined) {
      this.splitter.push(bytes, this.sink)
      return Promise.resolve()
    }
    if (this.failure !== undefined) return Promise.resolve()
    for (let at = 0; at < bytes.length;) {
      this.batch ??= new Uint8Array(this.free.pop() ?? new ArrayBuffer(BATCH_BYTES))
      const n = Math.min(bytes.length - at, BATCH_BYTES - this.batchBytes)
      this.batch.set(bytes.subarray(at, at + n), this.batchBytes)
      this.batchBytes += n
      at += n
      if (this.batchBytes === BATCH_BYTES) this.send()
    }
    // At the cut the lanes join at once: an error in the tail stops the upload from there.
    if (this.tail !== undefined && this.offset === this.end) void ignoreRejection(this.done())
    if (this.inFlight < MAX_BATCHES) return Promise.resolve()
    return new Promise(resolve => {
      this.waiting.push(resolve)
    })
  }

  /** The result, once every byte of the file was pushed. */
  done(): Promise<ValidationResult> {
    if (this.offset < this.end && this.result === undefined) {
      return Promise.reject(
        new Error(
          `StreamCheck of ${this.settings.path}: ${this.offset} of ${this.end} bytes were pushed; call finishFromDisk()`
        )
      )
    }
    return this.finish(null)
  }

  /** The result, reading what was not pushed from the file (the upload stopped early). */
  finishFromDisk(): Promise<ValidationResult> {
    return this.finish(this.offset < this.end ? this.offset : null)
  }

  /** Stop the worker; a done() still pending rejects. */
  close(): void {
    if (this.closed) return
    this.closed = true
    this.reply?.reject(new Error(`StreamCheck of ${this.settings.path} was closed`))
    if (this.worker !== undefined) void this.worker.terminate()
    this.tail?.close()
    this.releasePush()
  }

  private async planTail(job: StreamJob, script: string | URL): Promise<void> {
    try {
      this.tail = await TailLane.start(job, script)
    } catch {
      this.tail = undefined // the cut could not be read: this lane checks the whole file
    }
    if (this.closed) this.tail?.close()
    this.end = this.tail?.cut ?? this.settings.size
  }

  private async pushOncePlanned(chunk: Uint8Array, offset: number): Promise<void> {
    await this.planning
    this.planning = undefined
    return this.push(chunk, offset)
  }

  private finish(from: number | null): Promise<ValidationResult> {
    this.result ??= this.run(from)
    return this.result
  }

  private async run(from: number | null): Promise<ValidationResult> {
    const result = await this.check(from)
    const first = result.problems.find(p => p.severity === 'error')
    if (first !== undefined) this.first.resolve(first)
    return result
  }

  private async check(from: number | null): Promise<ValidationResult> {
    this.ended = true
    const {path, size} = this.settings
    await this.planning
    if (this.closed) throw new Error(`StreamCheck of ${path} was closed`)
    const {validator, splitter, sink} = this
    if (validator !== undefined && splitter !== undefined && sink !== undefined) {
      if (from !== null)
        await readRange(path, {start: from, end: size}, c => splitter.push(c, sink))
      splitter.end(sink)
      return validator.finish(size)
    }
    if (this.failure !== undefined) throw this.failure
    if (this.tail !== undefined && from === null) return this.join(this.tail)
    this.tail?.close() // the upload stopped before the cut: this lane reads on to the end itself
    const answer = await this.ask(from === null ? {type: 'end'} : {type: 'disk', from}, 'result')
    return answer.result
  }

  /**
   * The result of this lane (up to the cut) and the tail's, joined; when they do not join (the
   * tail started from another flow, or a custom_id is in both), this lane reads on from the cut.
   * The tail's first error counts from the moment this lane is known to end with its flow.
   */
  private async join(tail: TailLane): Promise<ValidationResult> {
    const [head, flow] = await Promise.all([this.ask({type: 'cut'}, 'state'), tail.flow])
    if (sameData(flowOf(head.state), flow)) void this.fireAt(tail.firstError)
    const validator = new DatasetValidator(this.settings.purpose, this.settings.options)
    const outcome = joinRanges(validator, [head, await tail.state], flow)
    this.settings.onJoin?.(outcome)
    if (outcome === 'joined') {
      this.settled = true
      void this.worker?.terminate()
      return validator.finish(this.settings.size)
    }
    return (await this.ask({type: 'disk', from: this.end}, 'result')).result
  }

  private async fireAt(error: Promise<Problem>): Promise<void> {
    this.first.resolve(await error)
  }

  /** Post `input` (after what is gathered) and wait for the worker's answer of `type`. */
  private async ask<T extends Answer['type']>(
    input: StreamInput,
    type: T
  ): Promise<Extract<Answer, {type: T}>> {
    return new Promise((resolve, reject) => {
      this.reply = {type, resolve: resolve as (answer: Answer) => void, reject}
      if (this.batchBytes > 0) this.send()
      this.post(input)
    })
  }

  private send(): void {
    const buffer = (this.batch as Uint8Array<ArrayBuffer>).buffer
    this.post({type: 'data', buffer, length: this.batchBytes}, [buffer])
    this.batch = undefined
    this.batchBytes = 0
    this.inFlight++
  }

  private post(input: StreamInput, transfer: ArrayBuffer[] = []): void {
    this.worker?.postMessage(input, transfer)
  }

  private receive(output: StreamOutput): void {
    switch (output.type) {
      case 'ack':
        this.inFlight--
        this.free.push(output.buffer)
        if (this.inFlight < MAX_BATCHES) this.releasePush()
        break
      case 'error':
        this.first.resolve(output.problem)
        break
      case 'state':
      case 'result': {
        if (output.type === 'result') this.settled = true // the worker ends by itself
        const reply = this.reply
        this.reply = undefined
        if (reply?.type === output.type) reply.resolve(output)
        break
      }
    }
  }

  private fail(error: Error): void {
    this.failure = error
    this.reply?.reject(error)
    this.releasePush()
  }

  private releasePush(): void {
    const waiting = this.waiting
    this.waiting = []
    for (const resolve of waiting) resolve()
  }
}
