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
import {InputError, InvalidDatasetError} from './errors.js'
import type {Settings} from './settings.js'
import {BYTES_PER_TOKEN, type Problem, type ValidationResult} from './validate/index.js'

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

/** The runner shows at most 10 error and 10 warning annotations per step; the rest go to the log. */
const MAX_ANNOTATIONS = 10
/** Problems listed in the job summary; the log lists every one the validator kept. */
const MAX_SUMMARY_PROBLEMS = 50

/** Annotates the first problems at file:line, logs them all, and summarises the dataset. */
export async function reportValidation(
  settings: Settings,
  result: ValidationResult
): Promise<void> {
  const {stats, problems, errorCount, warningCount} = result
  const file = settings.displayPath
  const samples = Object.values(stats.samplesByType).reduce((sum, n) => sum + n, 0)
  setOutputs({
    [Outputs.Valid]: String(result.valid),
    [Outputs.NumSamples]: String(samples),
    [Outputs.NumErrors]: String(errorCount)
  })

  if (result.skipped) core.notice(`Not checked: ${result.skipped}`, {title: 'Dataset check', file})
  core.info(
    `Checked ${file}: ${samples} samples${result.sampleType ? ` (${result.sampleType})` : ''}, ${count(errorCount, 'error')}, ${count(warningCount, 'warning')}.`
  )
  const annotated = {error: 0, warning: 0}
  for (const problem of problems) {
    if (annotated[problem.severity]++ < MAX_ANNOTATIONS) {
      const annotate = problem.severity === 'error' ? core.error : core.warning
      annotate(problemText(problem), {
        title: problem.rule,
        file,
        startLine: problem.line ?? undefined
      })
    } else {
      core.info(
        `${file}:${problem.line ?? 1}: ${problem.severity} ${problem.rule}: ${problem.message}`
      )
    }
  }
  const unlisted = errorCount + warningCount - problems.length
  if (unlisted > 0) core.info(`… and ${count(unlisted, 'more problem')}, not listed.`)

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
      ...statsRows(result, samples)
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

function statsRows(result: ValidationResult, samples: number): string[][] {
  const {stats} = result
  const nonZero = (counts: Record<string, number>): string =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([name, n]) => `${name} ${n}`)
      .join(', ') || '–'
  return [
    ['size', formatBytes(stats.bytes)],
    ['lines', `${stats.lines} (blank ${stats.blankLines}, CRLF ${stats.crlfLines})`],
    ['samples', `${samples}: ${nonZero(stats.samplesByType)}; with errors ${stats.invalidSamples}`],
    ['messages by role', nonZero(stats.messagesByRole)],
    ['assistant turns with weight 0', String(stats.assistantWeightZero)],
    ['tool calls', String(stats.toolCalls)],
    ['estimated tokens', `~${stats.estimatedTokens} (UTF-8 bytes of text ÷ ${BYTES_PER_TOKEN})`]
  ]
}

function problemText(problem: Problem): string {
  return problem.line === null ? problem.message : `line ${problem.line}: ${problem.message}`
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
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
  const outputs = setOutputs({
    [Outputs.FileId]: file.id,
    [Outputs.Bytes]: String(bytes),
    [Outputs.CreatedAt]: String(file.created_at),
    [Outputs.Filename]: file.filename ?? '',
    [Outputs.Purpose]: file.purpose ?? settings.purpose,
    [Outputs.SampleType]: file.sample_type ?? '',
    [Outputs.Sha256]: sha256
  })

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
      ...outputs.map(([name, value]) => [name, code(value)])
    ])
    .addRaw(
      `Uploaded <code>${escapeHtml(settings.displayPath)}</code> to ${escapeHtml(settings.serverUrl)}.`,
      true
    )
  await writeSummary()
}

/** Attempts made so far, for the final error. */
let attempts = 1

export function reportRetry({attempt, maxAttempts, error, delayMs}: RetryEvent): void {
  attempts = attempt + 1
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
export async function reportFailure(error: unknown, settings?: Settings): Promise<void> {
  const message = redact(describe(error, settings))
  if (error instanceof APIError && settings) {
    for (const {line, message: lineMessage} of error.lineErrors.slice(0, 10)) {
      core.error(redact(lineMessage), {
        title: 'Rejected by the Mistral API',
        file: settings.displayPath,
        startLine: line
      })
    }
  }
  // A stack helps only for the unexpected; input and data errors say all there is.
  const expected = error instanceof InputError || error instanceof InvalidDatasetError
  if (!expected && error instanceof Error && error.stack) {
    core.debug(redact(error.stack))
  }
  core.setFailed(message)
  core.summary.addHeading('Mistral file upload failed', 3).addCodeBlock(message)
  await writeSummary()
}

function describe(error: unknown, settings?: Settings): string {
  if (error instanceof InputError || error instanceof InvalidDatasetError) return error.message
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
