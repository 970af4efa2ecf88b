import {APIError} from '../client/errors.js'
import type {FileObject} from '../client/files-client.js'
import type {RetryEvent} from '../client/at-most-once.js'
import type {LocalFile} from '../search.js'
import type {SendEvents} from '../send.js'
import {errorText} from './failure-text.js'
import {formatBytes, formatUnixTime} from './units.js'
import {info, annotation} from './writer.js'

// Log lines of the upload as it happens: start, progress, retries, recoveries, reuse.

/** What the send stage tells the log, file by file. */
export function uploadLog(serverUrl: string): SendEvents {
  return {
    onStart: (local, filename) =>
      info(
        `Uploading ${local.displayPath} (${formatBytes(local.size)}) to ${serverUrl} as ${filename}`
      ),
    progressFor: local => progressLogger(local.displayPath),
    onRetry: logRetry,
    onRecovered: (local: LocalFile, file: FileObject) =>
      info(
        `The API had stored ${local.displayPath} before that failure: using ${file.id} (created ${formatUnixTime(file.created_at)}) instead of sending it again.`
      ),
    onLookupFailed: (local, error) =>
      annotation(
        'warning',
        `Could not look for ${local.displayPath} on Mistral (${errorText(error)}); uploading it instead.`
      ),
    onReused: (local, file) =>
      info(
        `${local.displayPath} is already on Mistral as ${file.filename ?? '(no name)'} (${file.id}, same content-hashed name and size): reused, not uploaded.`
      ),
    onUploaded: (local, uploaded, seconds) => {
      if (uploaded.file.bytes === null) {
        info(
          `The API did not report the stored size of ${local.displayPath}; using the local size, ${uploaded.bytes} bytes.`
        )
      }
      // A rate over a few milliseconds says nothing; show it once there is something to measure.
      const rate = seconds >= 0.5 ? `, ${(uploaded.bytes / 1e6 / seconds).toFixed(1)} MB/s` : ''
      info(
        `Uploaded ${local.displayPath} as ${uploaded.file.id} (${formatBytes(uploaded.bytes)} in ${seconds.toFixed(2)} s${rate})`
      )
    }
  }
}

function logRetry(local: LocalFile, {attempt, maxAttempts, error, delayMs}: RetryEvent): void {
  const reason = error instanceof APIError ? `the API answered ${error.message}` : errorText(error)
  const wait = (delayMs / 1000).toFixed(1)
  annotation(
    'warning',
    `Attempt ${attempt} of ${maxAttempts} for ${local.displayPath} failed: ${reason}. Retrying in ${wait} s.`
  )
}

/**
 * Logs progress of a long upload: each 10% once it has run 2 s, and at least every 10 s.
 * A retry starts again from 0, and so does the logger.
 */
export function progressLogger(
  label: string,
  now = Date.now
): (sent: number, total: number) => void {
  let start = now()
  let lastLog = start
  let lastTenth = 0
  let lastSent = 0
  return (sent, total) => {
    const time = now()
    if (sent < lastSent) [start, lastLog, lastTenth] = [time, time, 0]
    lastSent = sent
    const tenth = Math.floor((sent / total) * 10)
    const due = (tenth > lastTenth && time - start >= 2000) || time - lastLog >= 10_000
    if (!due || sent === total) return
    lastTenth = tenth
    lastLog = time
    const rate = sent / 1e6 / Math.max((time - start) / 1000, 0.001)
    info(
      `  ${label}: ${Math.floor((sent / total) * 100)}% (${formatBytes(sent)} of ${formatBytes(total)}, ${rate.toFixed(1)} MB/s)`
    )
  }
}
