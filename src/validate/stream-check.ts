// StreamCheck: the validator fed by the upload, so that a file is checked in the same pass as it
// is sent; on a worker thread for a large file, on this thread for a small one.
import type {Worker} from 'node:worker_threads'
import {readRange} from './file-range.js'
import {LineSplitter, type Line} from './lines.js'
import type {StreamInput, StreamOutput} from './protocol.js'
import {defaultWorkerScript, startWorker} from './threads.js'
import type {Problem, ValidateOptions, ValidationResult, JsonlPurpose} from './types.js'
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
}

/**
 * Checks the bytes of a file as they are uploaded, with validateFile's result.
 *
 * Contract: push each chunk with its file offset and await the promise push() returns before the
 * next push: it resolves at once while fewer than 4 MiB are with the worker, later otherwise
 * (backpressure; it never rejects for a worker failure, which done() reports). Bytes below the
 * check's offset are skipped, so a retried attempt may push again from 0; a gap throws. When the
 * last byte is pushed, call done(); when the upload stopped early, finishFromDisk() reads the
 * rest from the file. Call close() when the check is no longer wanted (always safe).
 */
export class StreamCheck {
  /** The first error found, while pushing or at the end; stays pending when there is none. */
  readonly firstError: Promise<Problem>
  private readonly settings: StreamCheckOptions
  private resolveFirstError!: (problem: Problem) => void
  private fired = false
  /** Bytes accepted so far: the next push must start at or below this. */
  private offset = 0
  private ended = false
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
  private settle: {resolve(r: ValidationResult): void; reject(e: Error): void} | undefined

  constructor(settings: StreamCheckOptions) {
    this.settings = settings
    this.firstError = new Promise(resolve => {
      this.resolveFirstError = resolve
    })
    const {path, size, purpose, options = {}} = settings
    if (size < (settings.workerMinBytes ?? STREAM_WORKER_MIN_BYTES)) {
      const validator = new DatasetValidator(purpose, options)
      validator.onError = problem => this.fire(problem)
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
  }

  /** Bytes checked or on their way to the worker: where a push must start at the latest. */
  get checkedOffset(): number {
    return this.offset
  }

  /** Take `chunk`, the file's bytes from `offset`; copied, so the caller may reuse it at once. */
  push(chunk: Uint8Array, offset: number): Promise<void> {
    if (offset > this.offset) {
      throw new Error(
        `StreamCheck of ${this.settings.path}: a chunk at byte ${offset}, but bytes from ${this.offset} were not pushed`
      )
    }
    const skip = this.offset - offset
    if (skip >= chunk.length || this.ended || this.closed) return Promise.resolve()
    const bytes = chunk.subarray(
      skip,
      Math.min(chunk.length, skip + this.settings.size - this.offset)
    )
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
    if (this.inFlight < MAX_BATCHES) return Promise.resolve()
    return new Promise(resolve => {
      this.waiting.push(resolve)
    })
  }

  /** The result, once every byte of the file was pushed. */
  done(): Promise<ValidationResult> {
    if (this.offset < this.settings.size && this.result === undefined) {
      return Promise.reject(
        new Error(
          `StreamCheck of ${this.settings.path}: ${this.offset} of ${this.settings.size} bytes were pushed; call finishFromDisk()`
        )
      )
    }
    return this.finish(null)
  }

  /** The result, reading what was not pushed from the file (the upload stopped early). */
  finishFromDisk(): Promise<ValidationResult> {
    return this.finish(this.offset < this.settings.size ? this.offset : null)
  }

  /** Stop the worker; a done() still pending rejects. */
  close(): void {
    if (this.closed) return
    this.closed = true
    this.settle?.reject(new Error(`StreamCheck of ${this.settings.path} was closed`))
    if (this.worker !== undefined) void this.worker.terminate()
    this.releasePush()
  }

  private finish(from: number | null): Promise<ValidationResult> {
    this.result ??= this.run(from)
    return this.result
  }

  private async run(from: number | null): Promise<ValidationResult> {
    const result = await this.check(from)
    const first = result.problems.find(p => p.severity === 'error')
    if (first !== undefined) this.fire(first)
    return result
  }

  private async check(from: number | null): Promise<ValidationResult> {
    this.ended = true
    const {path, size} = this.settings
    if (this.closed) throw new Error(`StreamCheck of ${path} was closed`)
    const {validator, splitter, sink} = this
    if (validator !== undefined && splitter !== undefined && sink !== undefined) {
      if (from !== null)
        await readRange(path, {start: from, end: size}, c => splitter.push(c, sink))
      splitter.end(sink)
      return validator.finish(size)
    }
    if (this.failure !== undefined) throw this.failure
    return new Promise((resolve, reject) => {
      this.settle = {resolve, reject}
      if (this.batchBytes > 0) this.send()
      this.post(from === null ? {type: 'end'} : {type: 'disk', from})
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
        this.fire(output.problem)
        break
      case 'result':
        this.settled = true
        this.settle?.resolve(output.result)
        break
    }
  }

  private fire(problem: Problem): void {
    if (this.fired) return
    this.fired = true
    this.resolveFirstError(problem)
  }

  private fail(error: Error): void {
    this.failure = error
    this.settle?.reject(error)
    this.releasePush()
  }

  private releasePush(): void {
    const waiting = this.waiting
    this.waiting = []
    for (const resolve of waiting) resolve()
  }
}
