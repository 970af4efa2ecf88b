import * as core from '@actions/core'
import {InvalidDatasetError, type CheckedFile} from './check.js'
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  CertificateError,
  InvalidResponseError
} from './client/errors.js'
import type {FileObject} from './client/files-client.js'
import type {RetryEvent} from './client/upload-with-retry.js'
import {Inputs, Outputs} from './constants.js'
import {InputError} from './input-error.js'
import type {LocalFile} from './search.js'
import type {Settings} from './settings.js'
import type {Outcome, UploadedFile} from './send.js'
import {BYTES_PER_TOKEN, type Problem, type ValidationResult} from './validate/index.js'

// The one place that writes what users see: logs, annotations, outputs and the job summary.

/** The runner shows at most 10 error and 10 warning annotations per step; the rest go to the log. */
const MAX_ANNOTATIONS = 10
/** Problems listed in the job summary per file; the log lists every one the validator kept. */
const MAX_SUMMARY_PROBLEMS = 50

const secrets: string[] = []
const annotations = {error: 0, warning: 0}

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

/** An annotation while the runner still shows them, else a plain log line. */
function annotate(
  severity: 'error' | 'warning',
  message: string,
  properties: core.AnnotationProperties = {}
): void {
  if (annotations[severity]++ < MAX_ANNOTATIONS) {
    ;(severity === 'error' ? core.error : core.warning)(message, properties)
  } else {
    const where = properties.file ? `${properties.file}:${properties.startLine ?? 1}: ` : ''
    core.info(`${where}${severity} ${properties.title ?? ''}: ${message}`)
  }
}

/**
 * Appends to the job summary. It exists only on a runner, and a summary that cannot be written
 * must not fail an upload that worked: the log already says it all.
 */
async function writeSummary(): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.summary.emptyBuffer()
    return
  }
  try {
    await core.summary.write()
  } catch (error) {
    core.summary.emptyBuffer()
    core.warning(`The job summary was not written: ${errorText(error)}`)
  }
}

function setOutputs(outputs: Partial<Record<Outputs, string>>): [string, string][] {
  const entries = Object.entries(outputs) as [string, string][]
  for (const [name, value] of entries) core.setOutput(name, value)
  return entries
}

// Finding files

export function reportUnmatched(unmatched: string[], settings: Settings): void {
  if (settings.ifNoFilesFound !== 'warn') return
  for (const reason of unmatched) annotate('warning', reason, {title: 'No file found'})
}

// Checking the data

/** Annotates a file's problems at file:line, logs them all, and summarises the dataset. */
export async function reportValidation(local: LocalFile, result: ValidationResult): Promise<void> {
  const {problems, errorCount, warningCount} = result
  const file = local.displayPath
  if (result.skipped) core.notice(`Not checked: ${result.skipped}`, {title: 'Dataset check', file})
  core.info(
    `Checked ${file}: ${samplesIn(result)} samples${result.sampleType ? ` (${result.sampleType})` : ''}, ${count(errorCount, 'error')}, ${count(warningCount, 'warning')}.`
  )
  for (const problem of problems) {
    annotate(problem.severity, problemText(problem), {
      title: problem.rule,
      file,
      startLine: problem.line ?? undefined
    })
  }
  const unlisted = errorCount + warningCount - problems.length
  if (unlisted > 0) core.info(`… and ${count(unlisted, 'more problem')} in ${file}, not listed.`)

  const verdict = result.valid
    ? `valid${warningCount ? `, ${count(warningCount, 'warning')}` : ''}`
    : `${count(errorCount, 'error')}, ${count(warningCount, 'warning')}`
  core.summary
    .addHeading(`Dataset check: ${result.valid ? '✅' : '❌'} ${escapeHtml(verdict)}`, 3)
    .addTable([
      [
        {data: code(file), header: true},
        {data: '', header: true}
      ],
      ...statsRows(result)
    ])
  const listed = problems.slice(0, MAX_SUMMARY_PROBLEMS)
  if (listed.length) {
    core.summary.addTable([
      ['line', 'severity', 'rule', 'problem'].map(data => ({data, header: true})),
      ...listed.map(p => [String(p.line ?? ''), p.severity, code(p.rule), escapeHtml(p.message)])
    ])
    const rest = errorCount + warningCount - listed.length
    if (rest > 0) core.summary.addRaw(`… and ${count(rest, 'more problem')} (see the log).`, true)
  }
  await writeSummary()
}

/** The validation outputs, over every file checked. */
export function reportValidationTotals(results: ValidationResult[]): void {
  setOutputs({
    [Outputs.Valid]: String(results.every(result => result.valid)),
    [Outputs.NumSamples]: String(results.reduce((sum, result) => sum + samplesIn(result), 0)),
    [Outputs.NumErrors]: String(results.reduce((sum, result) => sum + result.errorCount, 0))
  })
}

function samplesIn(result: ValidationResult): number {
  return Object.values(result.stats.samplesByType).reduce((sum, n) => sum + n, 0)
}

function statsRows(result: ValidationResult): string[][] {
  const {stats} = result
  const nonZero = (counts: Record<string, number>): string =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([name, n]) => `${name} ${n}`)
      .join(', ') || '–'
  return [
    ['size', formatBytes(stats.bytes)],
    ['lines', `${stats.lines} (blank ${stats.blankLines}, CRLF ${stats.crlfLines})`],
    [
      'samples',
      `${samplesIn(result)}: ${nonZero(stats.samplesByType)}; with errors ${stats.invalidSamples}`
    ],
    ['messages by role', nonZero(stats.messagesByRole)],
    ['assistant turns with weight 0', String(stats.assistantWeightZero)],
    ['tool calls', String(stats.toolCalls)],
    ['estimated tokens', `~${stats.estimatedTokens} (UTF-8 bytes of text ÷ ${BYTES_PER_TOKEN})`]
  ]
}

function problemText(problem: Problem): string {
  return problem.line === null ? problem.message : `line ${problem.line}: ${problem.message}`
}

// Uploading

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
    core.info(
      `  ${label}: ${Math.floor((sent / total) * 100)}% (${formatBytes(sent)} of ${formatBytes(total)}, ${rate.toFixed(1)} MB/s)`
    )
  }
}

export function reportRetry(
  local: LocalFile,
  {attempt, maxAttempts, error, delayMs}: RetryEvent
): void {
  const reason = error instanceof APIError ? `the API answered ${error.message}` : errorText(error)
  const wait = (delayMs / 1000).toFixed(1)
  core.warning(
    redact(
      `Attempt ${attempt} of ${maxAttempts} for ${local.displayPath} failed: ${reason}. Retrying in ${wait} s.`
    )
  )
}

export function reportRecovered(local: LocalFile, file: FileObject): void {
  core.info(
    `The API had stored ${local.displayPath} before that failure: using ${file.id} (created ${file.created_at}) instead of sending it again.`
  )
}

export function reportLookupFailed(local: LocalFile, error: unknown): void {
  core.warning(
    redact(
      `Could not look for ${local.displayPath} on Mistral (${errorText(error)}); uploading it instead.`
    )
  )
}

export function reportReused(local: LocalFile, file: FileObject): void {
  core.info(
    `${local.displayPath} is already on Mistral as ${file.filename} (${file.id}, same content-hashed name and size): reused, not uploaded.`
  )
}

/**
 * Outputs for every file that made it (`files`, `file-ids`, and the single-file outputs when
 * there is one file), a summary table, and an error for each file that did not.
 */
export async function reportUploads(settings: Settings, outcomes: Outcome[]): Promise<void> {
  const entries = outcomes.flatMap(({local, uploaded}) =>
    uploaded ? [fileEntry(local, uploaded)] : []
  )
  setOutputs({
    [Outputs.Files]: JSON.stringify(entries),
    [Outputs.FileIds]: JSON.stringify(entries.map(entry => entry['file-id']))
  })
  const [only] = outcomes
  if (outcomes.length === 1 && only.uploaded) setSingleFileOutputs(settings, only.uploaded)

  const failures = outcomes.filter(outcome => !outcome.uploaded)
  for (const {local, uploaded, seconds} of outcomes) {
    if (uploaded) logUploaded(local, uploaded, seconds)
  }
  for (const {local, error} of failures) annotateServerLines(error, local)
  core.summary
    .addHeading('Mistral file upload', 3)
    .addTable([SUMMARY_COLUMNS.map(data => ({data, header: true})), ...outcomes.map(summaryRow)])
  await writeSummary()

  const messages = failures.map(({error, local, attempts}) =>
    redact(describe(error, settings, local, attempts))
  )
  if (outcomes.length === 1 && messages.length === 1) {
    core.setFailed(messages[0])
  } else if (messages.length > 0) {
    failures.forEach(({local}, i) =>
      annotate('error', messages[i], {title: 'Upload failed', file: local.displayPath})
    )
    core.setFailed(
      `${failures.length} of ${count(outcomes.length, 'file')} failed to upload; the others are in the outputs.`
    )
  }
}

const SUMMARY_COLUMNS = [
  'file',
  'result',
  'file id',
  'name on Mistral',
  'bytes',
  'created at',
  'sample type',
  'sha256',
  'dataset check'
]

function summaryRow({local, uploaded, error}: Outcome): string[] {
  const check = checkText(local)
  if (!uploaded) {
    const failure = `failed: ${escapeHtml(redact(errorText(error)))}`
    return [code(local.displayPath), failure, '', '', String(local.size), '', '', '', check]
  }
  const {file, bytes, sha256, reused} = uploaded
  return [
    code(local.displayPath),
    reused ? 'reused' : 'uploaded',
    code(file.id),
    code(file.filename),
    String(bytes),
    String(file.created_at),
    file.sample_type ?? '',
    code(sha256),
    check
  ]
}

/** One element of the `files` output. */
function fileEntry(local: LocalFile, uploaded: UploadedFile): Record<string, unknown> {
  return {
    path: local.displayPath,
    'file-id': uploaded.file.id,
    filename: uploaded.file.filename,
    bytes: uploaded.bytes,
    'created-at': uploaded.file.created_at,
    sha256: uploaded.sha256,
    reused: uploaded.reused
  }
}

function setSingleFileOutputs(settings: Settings, {file, sha256, bytes}: UploadedFile): void {
  if (file.bytes === null) {
    core.info(`The API did not report the stored size; reporting the local size, ${bytes} bytes.`)
  }
  setOutputs({
    [Outputs.FileId]: file.id,
    [Outputs.Bytes]: String(bytes),
    [Outputs.CreatedAt]: String(file.created_at),
    [Outputs.Filename]: file.filename ?? '',
    [Outputs.Purpose]: file.purpose ?? settings.purpose,
    [Outputs.SampleType]: file.sample_type ?? '',
    [Outputs.Sha256]: sha256
  })
}

function logUploaded(local: LocalFile, uploaded: UploadedFile, seconds: number): void {
  if (uploaded.reused) return // said when it was found
  // A rate over a few milliseconds says nothing; show it once there is something to measure.
  const rate = seconds >= 0.5 ? `, ${(uploaded.bytes / 1e6 / seconds).toFixed(1)} MB/s` : ''
  core.info(
    `Uploaded ${local.displayPath} as ${uploaded.file.id} (${formatBytes(uploaded.bytes)} in ${seconds.toFixed(2)} s${rate})`
  )
}

function checkText(local: CheckedFile): string {
  const result = local.validation
  if (!result) return 'off'
  return result.valid ? `valid, ${samplesIn(result)} samples` : `${result.errorCount} errors`
}

/** The lines the API itself rejected, as annotations on the file. */
function annotateServerLines(error: unknown, local: LocalFile): void {
  if (!(error instanceof APIError)) return
  for (const {line, message} of error.lineErrors) {
    annotate('error', redact(message), {
      title: 'Rejected by the Mistral API',
      file: local.displayPath,
      startLine: line
    })
  }
}

// Failing

/** Fails the step for an error that stopped the whole run (bad input, invalid data, a bug). */
export async function reportFailure(error: unknown, settings?: Settings): Promise<void> {
  const message = redact(describe(error, settings))
  // A stack helps only for the unexpected; input and data errors say all there is.
  const expected = error instanceof InputError || error instanceof InvalidDatasetError
  if (!expected && error instanceof Error && error.stack) core.debug(redact(error.stack))
  core.setFailed(message)
  core.summary.addHeading('Mistral file upload failed', 3).addCodeBlock(message)
  await writeSummary()
}

function describe(error: unknown, settings?: Settings, local?: LocalFile, attempts = 1): string {
  if (error instanceof InputError || error instanceof InvalidDatasetError) return error.message
  const where = local ? ` ${local.displayPath}` : ''
  const prefix = `Upload of${where} failed${attempts > 1 ? ` after ${attempts} attempts` : ''}`
  if (error instanceof APIError) {
    const requestId = error.requestId ? ` (request id ${error.requestId})` : ''
    return `${prefix}: the Mistral API answered ${error.message}${requestId}. ${hintFor(error, settings)}`
  }
  if (error instanceof APITimeoutError) {
    return `${prefix}: ${error.message}. The network or ${settings?.serverUrl ?? 'the server'} is slow; re-run the job, or raise '${Inputs.AttemptTimeoutSeconds}'.`
  }
  if (error instanceof CertificateError) {
    return `${prefix}: ${error.message}. The certificate of ${settings?.serverUrl ?? 'the server'} did not verify; behind a proxy that inspects TLS, give Node its CA with NODE_EXTRA_CA_CERTS.`
  }
  if (error instanceof APIConnectionError) {
    return `${prefix}: ${error.message}. Check '${Inputs.ServerUrl}' (${settings?.serverUrl}), the network, and HTTPS_PROXY/NO_PROXY.`
  }
  if (error instanceof InvalidResponseError) {
    return `${prefix}: ${error.message}. The answer does not follow the Mistral API; check any proxy or gateway in between.`
  }
  return `${prefix}: ${errorText(error)}`
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
        ? `The server rejected ${count(error.lineErrors.length, 'line')}; see the annotations on the file.`
        : `The server rejected the request; fix what it names and run again.`
    case 429:
      return `Rate limited: wait, or lower how often this runs.`
    default:
      return error.status >= 500 ? `Mistral's API had a problem; re-run the job.` : ''
  }
}

// Text

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
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
