import {createReadStream} from 'node:fs'
import {mkdir, mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {parseErrorBody} from '../client/errors.js'
import type {FilesClient} from '../client/files-client.js'
import type {BatchJob} from '../client/jobs-client.js'
import {withRetries} from '../client/with-retries.js'
import {isRecord} from '../json.js'
import {DOWNLOAD_MAX_ATTEMPTS, DOWNLOAD_TIMEOUT_MS, FAILED_REQUESTS_SHOWN} from './constants.js'

/** One line of a job's error file, as the summary shows it. */
export interface FailedRequest {
  customId: string
  /** The HTTP status the request got, as text; '' when the line has none. */
  status: string
  message: string
}

export interface Results {
  outputPath?: string
  errorPath?: string
  /** The first lines of the error file. */
  failedRequests: FailedRequest[]
}

export interface ResultEvents {
  onDownloaded?: (kind: 'output' | 'error', file: string, bytes: number) => void
  onRetry?: (kind: 'output' | 'error', error: unknown, delayMs: number) => void
  /** The error file could not be read for the summary; the step goes on without its table. */
  onErrorFileUnread?: (error: unknown) => void
}

const MESSAGE_MAX = 300

/**
 * Saves the job's output and error files in `dir` when it is set, streamed to disk. The first
 * failed requests are read from the error file, fetched to a temporary directory when `dir` is
 * not set: only the table's lines are kept in memory, whatever the file's size.
 */
export async function fetchResults(
  files: FilesClient,
  job: BatchJob,
  dir: string | undefined,
  events: ResultEvents = {}
): Promise<Results> {
  const results: Results = {failedRequests: []}
  const save = async (kind: 'output' | 'error', fileId: string, dest: string): Promise<void> => {
    const bytes = await withRetries(() => files.download(fileId, dest, DOWNLOAD_TIMEOUT_MS), {
      maxAttempts: DOWNLOAD_MAX_ATTEMPTS,
      onRetry: ({error, delayMs}) => events.onRetry?.(kind, error, delayMs)
    })
    events.onDownloaded?.(kind, dest, bytes)
  }
  if (dir !== undefined) {
    await mkdir(dir, {recursive: true})
    if (job.output_file) {
      results.outputPath = path.join(dir, `${job.id}-output.jsonl`)
      await save('output', job.output_file, results.outputPath)
    }
    if (job.error_file) {
      results.errorPath = path.join(dir, `${job.id}-error.jsonl`)
      await save('error', job.error_file, results.errorPath)
    }
  }
  if (!job.error_file || job.failed_requests === 0) return results
  if (results.errorPath) {
    results.failedRequests = await readFailedRequests(results.errorPath)
    return results
  }
  const temp = await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), 'batch-errors-'))
  try {
    const file = path.join(temp, 'error.jsonl')
    await withRetries(() => files.download(job.error_file ?? '', file, DOWNLOAD_TIMEOUT_MS), {
      maxAttempts: DOWNLOAD_MAX_ATTEMPTS
    })
    results.failedRequests = await readFailedRequests(file)
  } catch (error) {
    events.onErrorFileUnread?.(error)
  } finally {
    await rm(temp, {recursive: true, force: true})
  }
  return results
}

/** The first `max` lines of an error file, read line by line; the rest is not read. */
export async function readFailedRequests(
  file: string,
  max = FAILED_REQUESTS_SHOWN
): Promise<FailedRequest[]> {
  const input = createReadStream(file)
  const lines = createInterface({input, crlfDelay: Number.POSITIVE_INFINITY})
  const found: FailedRequest[] = []
  try {
    for await (const line of lines) {
      if (line.trim() === '') continue
      found.push(failedRequest(line))
      if (found.length >= max) break
    }
  } finally {
    lines.close()
    input.destroy()
  }
  return found
}

/**
 * `{custom_id, response: {status_code, body}, error: {message, code}}`, the shape Mistral's
 * error files have; whatever is missing is left empty, and a line that is not JSON is shown.
 */
export function failedRequest(line: string): FailedRequest {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch {
    return {customId: '', status: '', message: cut(`not JSON: ${line}`)}
  }
  if (!isRecord(json)) return {customId: '', status: '', message: cut(line)}
  const {custom_id: customId, response, error} = json
  const status = isRecord(response) ? response.status_code : undefined
  const code = isRecord(error) ? error.code : undefined
  let message = isRecord(error) && typeof error.message === 'string' ? error.message : ''
  if (!message && isRecord(response) && response.body !== undefined) {
    const body = typeof response.body === 'string' ? response.body : JSON.stringify(response.body)
    message = parseErrorBody(body).reason
  }
  return {
    customId: typeof customId === 'string' || typeof customId === 'number' ? String(customId) : '',
    status: scalar(status) || scalar(code),
    message: cut(message)
  }
}

function scalar(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

function cut(text: string): string {
  return text.length > MESSAGE_MAX ? `${text.slice(0, MESSAGE_MAX)}…` : text
}
