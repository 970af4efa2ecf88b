// Worker threads of the validator: where the bundled worker script is, and a worker's failure
// as an Error that names the file.
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {Job} from './protocol.js'

// From dist/index.js the worker is dist/validate-worker/index.js; from a step's bundle in
// dist/<step>/ it is one folder up. Not literals in `new URL(…, import.meta.url)`: ncc (webpack)
// would take those for assets to bundle, and emit an empty one.
const SCRIPTS = ['./validate-worker/index.js', '../validate-worker/index.js']

/** The bundled worker (dist/validate-worker/index.js) beside the running bundle. */
export function defaultWorkerScript(): URL {
  const urls = SCRIPTS.map(script => new URL(script, import.meta.url))
  const found = urls.find(url => existsSync(url))
  if (found === undefined) {
    throw new Error(
      `The validator's worker script ${fileURLToPath(urls[0])} is missing; build it with npm run build`
    )
  }
  return found
}

/** A check's worker thread failed: threw, sent what could not be read, or exited early. */
export class CheckThreadError extends Error {
  override name = 'CheckThreadError'
}

/**
 * Start a worker on `job`. `fail` is called (at most once) with an Error naming the file when the
 * worker throws, a message cannot be read, or the worker exits while `done()` is still false.
 */
export function startWorker(
  script: string | URL,
  job: Job,
  done: () => boolean,
  fail: (error: Error) => void
): Worker {
  const worker = new Worker(script, {workerData: job})
  let failed = false
  const once = (message: string, cause?: unknown): void => {
    if (failed) return
    failed = true
    fail(new CheckThreadError(`Validating ${job.path} failed: ${message}`, {cause}))
  }
  worker.on('error', error => once(`the worker thread threw: ${error.message}`, error))
  worker.on('messageerror', error => once(`a worker message could not be read`, error))
  worker.on('exit', code => {
    if (!done()) once(`the worker thread exited (code ${code}) before it was done`)
  })
  return worker
}
