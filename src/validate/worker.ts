// Entry of the validator's worker threads, bundled on its own (dist/validate-worker/index.js):
// one range of a file for validateFileParallel or a tail lane, or the bytes of an upload for
// StreamCheck.
import {once} from 'node:events'
import {parentPort, workerData, type MessagePort} from 'node:worker_threads'
import {countLf, readRange} from './file-range.js'
import {LineSplitter} from './lines.js'
import type {
  Job,
  RangeJob,
  RangeReport,
  RangeStart,
  RangeState,
  StreamInput,
  StreamJob,
  StreamOutput
} from './protocol.js'
import type {Problem} from './types.js'
import {customIdHashes, seedFlow, stateOf} from './validator-state.js'
import {DatasetValidator} from './validator.js'

/** Count the lines asked for (for the ranges after), then check the range from where it starts. */
async function checkRange(port: MessagePort, job: RangeJob): Promise<void> {
  const post = (report: RangeReport, transfer: ArrayBuffer[] = []): void => {
    port.postMessage(report, transfer)
  }
  const starting = once(port, 'message') // messages wait in the port until it is listened to
  if (job.count !== null) post({type: 'lines', lines: await countLf(job.path, job.count)})
  const [start] = (await starting) as [RangeStart]
  const validator = new DatasetValidator(job.purpose, job.options)
  if (start.flow !== null) seedFlow(validator, start.flow)
  postFirstError(validator, post)
  const splitter = new LineSplitter({
    maxLineBytes: job.options.maxLineBytes,
    firstLineNo: start.firstLineNo
  })
  const sink = validator.line.bind(validator)
  await readRange(job.path, job.range, chunk => splitter.push(chunk, sink))
  splitter.end(sink)
  postState(validator, post)
}

function postFirstError(
  validator: DatasetValidator,
  post: (message: {type: 'error'; problem: Problem}) => void
): void {
  validator.onError = problem => {
    validator.onError = undefined
    post({type: 'error', problem})
  }
}

/** What the validator found, as a range's state (its custom_ids hashed, for batch files). */
function postState(
  validator: DatasetValidator,
  post: (message: RangeState, transfer: ArrayBuffer[]) => void
): void {
  const ids = validator.purpose === 'batch' ? customIdHashes(validator) : null
  post({type: 'state', state: stateOf(validator), ids}, ids === null ? [] : [ids.buffer])
}

/** Check the chunks sent, in order; then the rest of the file from disk when asked. */
function checkStream(port: MessagePort, job: StreamJob): void {
  const post = (output: StreamOutput, transfer: ArrayBuffer[] = []): void => {
    port.postMessage(output, transfer)
  }
  const validator = new DatasetValidator(job.purpose, job.options)
  postFirstError(validator, post)
  const splitter = new LineSplitter({maxLineBytes: job.options.maxLineBytes})
  const sink = validator.line.bind(validator)
  const finish = (): void => {
    port.off('message', onMessage) // nothing else keeps the thread alive: it ends
    splitter.end(sink)
    post({type: 'result', result: validator.finish(job.size)})
  }
  const onMessage = (input: StreamInput): void => {
    switch (input.type) {
      case 'data':
        splitter.push(new Uint8Array(input.buffer, 0, input.length), sink)
        post({type: 'ack', buffer: input.buffer}, [input.buffer]) // the splitter kept a copy
        break
      case 'end':
        finish()
        break
      case 'cut':
        postState(validator, post)
        break
      case 'disk':
        port.off('message', onMessage)
        void fromDisk(input.from)
        break
    }
  }
  const fromDisk = async (from: number): Promise<void> => {
    try {
      await readRange(job.path, {start: from, end: job.size}, chunk => {
        splitter.push(chunk, sink)
      })
    } catch (error) {
      crash(error)
      return
    }
    finish()
  }
  port.on('message', onMessage)
}

/** Throw outside the promise chain: the Worker's 'error' event then carries the error. */
function crash(error: unknown): void {
  process.nextTick(() => {
    throw error
  })
}

async function main(port: MessagePort | null, job: Job): Promise<void> {
  if (port === null) throw new Error('worker.ts runs in a worker thread')
  try {
    if (job.kind === 'range') await checkRange(port, job)
    else checkStream(port, job)
  } catch (error) {
    crash(error)
  }
}

void main(parentPort, workerData as Job)
