import * as core from '@actions/core'
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  InvalidResponseError
} from './client/errors.js'
import type {FileObject, UploadResult} from './client/files.js'
import type {RetryEvent} from './client/upload.js'
import {Inputs, Outputs} from './constants.js'
import {InputError} from './errors.js'
import type {Settings} from './settings.js'

// The one place that writes what users see: logs, annotations, outputs and the job summary.

const secrets: string[] = []

/** Masks a secret in the runner's log and keeps it out of everything written here. */
export function maskSecret(secret: string): void {
  core.setSecret(secret)
  secrets.push(secret)
}

/** Hides secrets in text bound for errors and the summary (which the runner does not mask). */
function redact(text: string): string {
  // A real key is 32 characters; replacing a one- or two-letter test key would garble every word.
  return secrets
    .filter(secret => secret.length >= 6)
    .reduce((out, secret) => out.split(secret).join('***'), text)
}

/** The job summary exists only on a runner; elsewhere the log already says it all. */
async function writeSummary(): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.write()
  else core.summary.emptyBuffer()
}

/**
 * Logs progress of a long upload: each 10% once it has run 2 s, and at least every 10 s.
 * A retry starts again from 0, and so does the logger.
 */
export function progressLogger(now = Date.now): (sent: number, total: number) => void {
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
    core.info(
      `  ${Math.floor((sent / total) * 100)}% (${formatBytes(sent)} of ${formatBytes(total)}, ${rate.toFixed(1)} MB/s)`
    )
  }
}

export async function reportUpload(
  settings: Settings,
  result: UploadResult,
  seconds: number
): Promise<void> {
  const {file, sha256, bytes} = result
  if (file.bytes === null) {
    core.info(`The API did not report the stored size; reporting the local size, ${bytes} bytes.`)
  }
  const outputs: Record<Outputs, string> = {
    [Outputs.FileId]: file.id,
    [Outputs.Bytes]: String(bytes),
    [Outputs.CreatedAt]: String(file.created_at),
    [Outputs.Filename]: file.filename ?? '',
    [Outputs.Purpose]: file.purpose ?? settings.purpose,
    [Outputs.SampleType]: file.sample_type ?? '',
    [Outputs.Sha256]: sha256
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)

  // A rate over a few milliseconds says nothing; show it once there is something to measure.
  const rate = seconds >= 0.5 ? `, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s` : ''
  core.info(
    `Uploaded ${settings.displayPath} as ${file.id} (${formatBytes(bytes)} in ${seconds.toFixed(2)} s${rate})`
  )
  core.summary
    .addHeading('Mistral file upload', 3)
    .addTable([
      [
        {data: 'output', header: true},
        {data: 'value', header: true}
      ],
      ...Object.entries(outputs).map(([name, value]) => [name, code(value)])
    ])
    .addRaw(
      `Uploaded <code>${escapeHtml(settings.displayPath)}</code> to ${escapeHtml(settings.serverUrl)}.`,
      true
    )
  await writeSummary()
}

export function reportRetry({attempt, maxAttempts, error, delayMs}: RetryEvent): void {
  const reason = error instanceof APIError ? `the API answered ${error.message}` : errorText(error)
  core.warning(
    redact(
      `Attempt ${attempt} of ${maxAttempts} failed: ${reason}. Retrying in ${(delayMs / 1000).toFixed(1)} s.`
    )
  )
}

export function reportRecovered(file: FileObject): void {
  core.info(
    `The API had stored the file before that failure: using ${file.id} (created ${file.created_at}) instead of sending it again.`
  )
}

/** Fails the step with what went wrong and what to do; the server's line errors become annotations. */
export async function reportFailure(
  error: unknown,
  settings?: Settings,
  attempts = 1
): Promise<void> {
  const message = redact(describe(error, settings, attempts))
  if (error instanceof APIError && settings) {
    for (const {line, message: lineMessage} of error.lineErrors.slice(0, 10)) {
      core.error(redact(lineMessage), {
        title: 'Rejected by the Mistral API',
        file: settings.displayPath,
        startLine: line
      })
    }
  }
  // A stack helps only for the unexpected; input errors say all there is.
  if (!(error instanceof InputError) && error instanceof Error && error.stack) {
    core.debug(redact(error.stack))
  }
  core.setFailed(message)
  core.summary.addHeading('Mistral file upload failed', 3).addCodeBlock(message)
  await writeSummary()
}

function describe(error: unknown, settings?: Settings, attempts = 1): string {
  if (error instanceof InputError) return error.message
  const where = settings ? ` ${settings.displayPath}` : ''
  const prefix = `Upload of${where} failed${attempts > 1 ? ` after ${attempts} attempts` : ''}`
  if (error instanceof APIError) {
    const requestId = error.requestId ? ` (request id ${error.requestId})` : ''
    return `${prefix}: the Mistral API answered ${error.message}${requestId}. ${hintFor(error, settings)}`
  }
  if (error instanceof APITimeoutError) {
    return `${prefix}: ${error.message}. The network or ${settings?.serverUrl ?? 'the server'} is slow; re-run the job.`
  }
  if (error instanceof APIConnectionError) {
    return `${prefix}: ${error.message}. Check '${Inputs.ServerUrl}' (${settings?.serverUrl}), the network, and HTTPS_PROXY/NO_PROXY.`
  }
  if (error instanceof InvalidResponseError) {
    return `${prefix}: ${error.message}. The answer does not follow the Mistral API; check any proxy or gateway in between.`
  }
  return `${prefix}: ${errorText(error)}`
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function hintFor(error: APIError, settings?: Settings): string {
  switch (error.status) {
    case 401:
      return `Check the secret passed as '${Inputs.ApiKey}': it must be set for this repository and be an active Mistral API key.`
    case 403:
      return `The key may not upload files in this workspace; check its permissions.`
    case 404:
      return `Check '${Inputs.ServerUrl}' (${settings?.serverUrl}): it is the API's base URL, without /v1.`
    case 413:
      return `The file is over the size the server accepts; split it into smaller files.`
    case 422:
      return error.lineErrors.length
        ? `The server rejected ${error.lineErrors.length} line(s); see the annotations on the file.`
        : `The server rejected the request; fix what it names and run again.`
    case 429:
      return `Rate limited: wait, or lower how often this runs.`
    default:
      return error.status >= 500 ? `Mistral's API had a problem; re-run the job.` : ''
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}

function code(value: string): string {
  return `<code>${escapeHtml(value)}</code>`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, char => `&#${char.charCodeAt(0)};`)
}
