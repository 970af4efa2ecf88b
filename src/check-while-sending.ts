// Validation in the same pass as the upload: each file is checked from the bytes the upload reads,
// and no body gets its closing boundary until every file of the step has passed.
import {availableParallelism} from 'node:os'
import type {CheckedFile} from './check.js'
import {UploadWithheldError} from './client/errors.js'
import type {BodyHooks} from './client/multipart.js'
import {UPLOAD_CONCURRENCY} from './constants.js'
import {deferred, ignoreRejection} from './promises.js'
import type {LocalFile} from './search.js'
import {sendFiles, type Outcome, type SendEvents} from './send.js'
import type {Settings} from './settings.js'
import type {ValidationResult} from './validate/index.js'
import {StreamCheck} from './validate/stream-check.js'
import type {JsonlPurpose} from './validate/types.js'

export interface CheckedAndSent {
  checked: CheckedFile[]
  /** Meaningless when a file is invalid: then every upload was cut before its end. */
  outcomes: Outcome[]
}

/**
 * Uploads `files` while checking them. The guarantee of a check before the upload still holds:
 * when any file breaks the rules, none is stored.
 * - The first files (as many as are sent at once) are checked from their upload's own bytes, on
 *   a worker thread (up to the middle of the file, when a core is free for its tail: see
 *   tail-lane.ts); the others, which wait for a free upload slot, are checked from disk
 *   meanwhile, so no upload waits on a file that is not being read.
 * - Each body holds its closing boundary until every file has its result. On the first error
 *   anywhere, every upload still sending or waiting is destroyed before that boundary: the
 *   server has an incomplete multipart body and stores nothing.
 * - The checks then read what their upload did not send from disk, so every problem of every
 *   file is reported, as when the check comes first.
 */
export async function checkWhileSending(
  settings: Settings,
  files: LocalFile[],
  onChecked: (file: LocalFile, result: ValidationResult) => void,
  events: SendEvents
): Promise<CheckedAndSent> {
  const purpose = settings.purpose as JsonlPurpose
  // With fewer files than cores, a file's check takes a second core for its tail (tail-lane.ts).
  const tailLane = files.length < availableParallelism()
  const checks = files.map(
    file => new StreamCheck({path: file.path, size: file.size, purpose, tailLane})
  )
  const settled = files.map(() => false)
  const verdicts = files.map(() => deferred<ValidationResult>())
  let invalid: string | undefined
  const gate = deferred<void>()
  const breakGate = (file: LocalFile): void => {
    invalid ??= file.displayPath
    gate.reject(new UploadWithheldError(`not finished: ${invalid} breaks the dataset rules`))
  }
  void ignoreRejection(gate.promise) // rejected before anyone waits, when a check fails early
  const settle = async (index: number, fromUpload: boolean): Promise<void> => {
    if (settled[index]) return
    settled[index] = true
    const check = checks[index]
    try {
      const result = await (fromUpload ? check.done() : check.finishFromDisk())
      if (!result.valid) breakGate(files[index])
      verdicts[index].resolve(result)
    } catch (error) {
      breakGate(files[index])
      verdicts[index].reject(error)
    }
  }
  const breakAtFirstError = async (index: number): Promise<void> => {
    await checks[index].firstError
    breakGate(files[index])
  }
  const openOnceAllPass = async (): Promise<void> => {
    await Promise.allSettled(verdicts.map(verdict => verdict.promise))
    if (invalid === undefined) gate.resolve()
  }
  for (let index = 0; index < files.length; index++) {
    void breakAtFirstError(index)
    // Later files wait for an upload slot, which frees only once the gate opens: read them now.
    if (index >= UPLOAD_CONCURRENCY) void settle(index, false)
  }
  void openOnceAllPass()

  const hooksFor = (index: number): BodyHooks => ({
    onFileChunk: async (chunk, offset) => {
      if (invalid !== undefined) await gate.promise // rejects: the body stops here
      if (!settled[index]) await checks[index].push(chunk, offset)
    },
    beforeEnd: async () => {
      void settle(index, true)
      await gate.promise // opens once every file passed, breaks at the first error
    }
  })
  const index = new Map(files.map((file, i) => [file, i]))
  try {
    const outcomes = await sendFiles(
      settings,
      files,
      {
        ...events,
        // An upload that ended before its last byte (a 4xx, a withheld body): finish from disk.
        onSettled: local => void settle(index.get(local) ?? -1, false)
      },
      hooksFor
    )
    const checked: CheckedFile[] = []
    for (let i = 0; i < files.length; i++) {
      const validation = await verdicts[i].promise
      onChecked(files[i], validation)
      checked.push({...files[i], validation})
    }
    return {checked, outcomes}
  } finally {
    for (const check of checks) check.close()
  }
}
