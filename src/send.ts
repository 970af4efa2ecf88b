import type {CheckedFile} from './check.js'
import {findFile} from './client/find-file.js'
import {FilesClient, type FileObject} from './client/files-client.js'
import type {BodyHooks} from './client/multipart.js'
import type {RetryEvent} from './client/at-most-once.js'
import {uploadWithRetry} from './client/upload-with-retry.js'
import {ACTION_NAME, ACTION_VERSION, UPLOAD_CONCURRENCY} from './constants.js'
import {namesContent, remoteName} from './remote-name.js'
import type {LocalFile} from './search.js'
import type {Settings} from './settings.js'

/** A page of the file list is a few KiB: a minute is ample on any link. */
const LOOKUP_TIMEOUT_MS = 60_000

export interface UploadedFile {
  file: FileObject
  sha256: string
  /** The size to trust: the API's, or the local one when the API answered null. */
  bytes: number
  /** Already on Mistral under its content-hashed name: nothing was sent. */
  reused: boolean
}

/** What became of one file: uploaded (or reused), or the error that stopped it. */
export interface Outcome {
  local: CheckedFile
  seconds: number
  /** Attempts made, as the retry loop counts them, on success and failure alike; 0 when reused. */
  attempts: number
  uploaded?: UploadedFile
  error?: unknown
}

/** What the send stage tells whoever reports it, file by file; every one is optional. */
export interface SendEvents {
  onReused?: (local: LocalFile, file: FileObject) => void
  onLookupFailed?: (local: LocalFile, error: unknown) => void
  onStart?: (local: LocalFile, filename: string) => void
  progressFor?: (local: LocalFile) => (sent: number, total: number) => void
  onRetry?: (local: LocalFile, retry: RetryEvent) => void
  onRecovered?: (local: LocalFile, file: FileObject) => void
  onUploaded?: (local: LocalFile, uploaded: UploadedFile, seconds: number) => void
  /** The file's sending is over, whatever became of it. */
  onSettled?: (local: LocalFile) => void
}

/**
 * Uploads every file, a few at a time, each under the retry rules, unless an identical copy is
 * already on Mistral. A failure does not stop the others: every file gets an outcome, in order.
 */
export async function sendFiles(
  settings: Settings,
  files: CheckedFile[],
  events: SendEvents = {},
  hooksFor?: (index: number) => BodyHooks
): Promise<Outcome[]> {
  const client = new FilesClient({
    serverUrl: settings.serverUrl,
    apiKey: settings.apiKey,
    userAgent: `${ACTION_NAME}/${ACTION_VERSION} node/${process.versions.node}`
  })
  const outcomes: Outcome[] = new Array(files.length)
  let next = 0
  const worker = async (): Promise<void> => {
    for (let index = next++; index < files.length; index = next++) {
      outcomes[index] = await sendOne(client, settings, files[index], events, hooksFor?.(index))
      events.onSettled?.(files[index])
    }
  }
  await Promise.all(Array.from({length: Math.min(UPLOAD_CONCURRENCY, files.length)}, worker))
  return outcomes
}

async function sendOne(
  client: FilesClient,
  settings: Settings,
  local: CheckedFile,
  events: SendEvents,
  hooks: BodyHooks | undefined
): Promise<Outcome> {
  const started = performance.now()
  const seconds = (): number => (performance.now() - started) / 1000
  let attempts = 1
  try {
    const filename = remoteName(settings.remoteName, {...local, commit: settings.commit})
    if (settings.reuseExisting && namesContent(settings.remoteName)) {
      const existing = await findExisting(client, local, filename, settings, events)
      if (existing) {
        events.onReused?.(local, existing)
        const uploaded = {
          file: existing,
          sha256: local.sha256 ?? '',
          bytes: local.size,
          reused: true
        }
        return {local, seconds: seconds(), attempts: 0, uploaded}
      }
    }
    events.onStart?.(local, filename)
    const result = await uploadWithRetry(
      client,
      {
        path: local.path,
        size: local.size,
        filename,
        purpose: settings.purpose,
        visibility: settings.visibility,
        expiry: settings.expiry,
        onProgress: events.progressFor?.(local),
        hooks
      },
      {
        maxAttempts: settings.maxAttempts,
        // One deadline per file: the look for an existing copy spent part of it.
        timeoutMs: Math.max(1, settings.timeoutMs - (performance.now() - started)),
        attemptTimeoutMs: settings.attemptTimeoutMs,
        onRetry: retry => {
          attempts = retry.attempt + 1
          events.onRetry?.(local, retry)
        },
        onRecovered: file => events.onRecovered?.(local, file)
      }
    )
    const uploaded = {file: result.file, sha256: result.sha256, bytes: result.bytes, reused: false}
    events.onUploaded?.(local, uploaded, seconds())
    return {local, seconds: seconds(), attempts: result.attempts, uploaded}
  } catch (error) {
    return {local, seconds: seconds(), attempts, error}
  }
}

/**
 * The copy already on Mistral, if any: same content-hashed name and size, and the same sha256
 * where the API reports a `signature`. The look has the time of one attempt, within the step's
 * deadline. A failed look is no reason to fail the file: it is uploaded instead.
 */
async function findExisting(
  client: FilesClient,
  local: CheckedFile,
  filename: string,
  settings: Settings,
  events: SendEvents
): Promise<FileObject | undefined> {
  const timeoutMs = Math.min(settings.attemptTimeoutMs ?? LOOKUP_TIMEOUT_MS, settings.timeoutMs)
  const target = {filename, size: local.size, purpose: settings.purpose, sha256: local.sha256}
  try {
    return await findFile(client, target, timeoutMs)
  } catch (error) {
    events.onLookupFailed?.(local, error)
    return undefined
  }
}
