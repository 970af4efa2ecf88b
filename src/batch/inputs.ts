import {randomBytes} from 'node:crypto'
import {statSync} from 'node:fs'
import path from 'node:path'
import type {JobMarker} from '../client/create-batch-job.js'
import {BATCH_ENDPOINTS, type BatchEndpoint} from '../client/jobs-client.js'
import {
  FILE_ID,
  flag,
  oneOf,
  optional,
  positive,
  readApiKey,
  readServerUrl,
  wholeNumber
} from '../input-readers.js'
import {isRecord} from '../json.js'
import {debug} from '../report/writer.js'
import {InputError} from '../step-error.js'
import {
  DEFAULT_ENDPOINT,
  DEFAULT_WAIT_TIMEOUT_MINUTES,
  Inputs,
  MARKER_KEY,
  METADATA_KEY_LENGTH,
  METADATA_VALUE_LENGTH,
  TIMEOUT_HOURS
} from './constants.js'
import type {BatchSettings} from './settings.js'

/** Reads and checks every input of the batch step once; throws an InputError naming the input. */
export function getBatchSettings(env: NodeJS.ProcessEnv = process.env): BatchSettings {
  const apiKey = readApiKey(
    true,
    'is required to create a batch job. Pass it from a secret: `api-key: ${{ secrets.MISTRAL_API_KEY }}`.'
  )
  const wait = flag(Inputs.Wait, true)
  const settings: BatchSettings = {
    apiKey,
    serverUrl: readServerUrl(),
    inputFiles: parseInputFiles(optional(Inputs.InputFiles, value => value) ?? ''),
    endpoint: oneOf<BatchEndpoint>(
      Inputs.Endpoint,
      optional(Inputs.Endpoint, value => value) ?? DEFAULT_ENDPOINT,
      BATCH_ENDPOINTS
    ),
    model: optional(Inputs.Model, value => value),
    metadata: optional(Inputs.Metadata, parseMetadata) ?? {},
    timeoutHours: optional(Inputs.TimeoutHours, value =>
      wholeNumber(Inputs.TimeoutHours, value, TIMEOUT_HOURS.min, TIMEOUT_HOURS.max)
    ),
    wait,
    waitTimeoutMs:
      (optional(Inputs.WaitTimeoutMinutes, value => positive(Inputs.WaitTimeoutMinutes, value)) ??
        DEFAULT_WAIT_TIMEOUT_MINUTES) * 60_000,
    downloadPath: optional(Inputs.DownloadPath, value =>
      checkDirectory(path.resolve(env.GITHUB_WORKSPACE || process.cwd(), value))
    ),
    maxFailedRequests: optional(Inputs.MaxFailedRequests, value =>
      wholeNumber(Inputs.MaxFailedRequests, value, 0)
    ),
    marker: stepMarker(env)
  }
  if (!wait) {
    for (const [input, value] of [
      [Inputs.DownloadPath, settings.downloadPath],
      [Inputs.MaxFailedRequests, settings.maxFailedRequests]
    ] as const) {
      if (value !== undefined) {
        throw new InputError(
          input,
          `needs \`${Inputs.Wait}: true\`: it applies once the job has ended, and with \`${Inputs.Wait}: false\` the step ends when the job is created. Remove one of the two.`
        )
      }
    }
  }
  debug(`endpoint = ${settings.endpoint}`)
  debug(`server-url = ${settings.serverUrl}`)
  debug(`marker = ${settings.marker.key}: ${settings.marker.value}`)
  return settings
}

/** A JSON array of ids (the upload step's `file-ids` as it is), or one id per line. */
export function parseInputFiles(text: string): string[] {
  const input = Inputs.InputFiles
  const trimmed = text.trim()
  if (trimmed === '') {
    throw new InputError(
      input,
      "is required: the ids of files uploaded with `purpose: batch`, as a JSON array (the upload step's `file-ids` output) or one per line."
    )
  }
  let ids: string[]
  if (trimmed.startsWith('[')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(trimmed)
    } catch {
      throw new InputError(input, 'starts with `[` but is not a JSON array of strings.')
    }
    if (!Array.isArray(parsed) || !parsed.every(id => typeof id === 'string')) {
      throw new InputError(input, 'must be a JSON array of strings, such as `["<file id>"]`.')
    }
    ids = parsed.map(id => id.trim())
  } else {
    ids = trimmed
      .split(/\r?\n/)
      .map(line => line.trim())
      .filter(line => line !== '')
  }
  if (ids.length === 0) throw new InputError(input, 'is an empty list: give at least one file id.')
  for (const id of ids) {
    if (!FILE_ID.test(id)) {
      throw new InputError(
        input,
        `${JSON.stringify(id.slice(0, 80))} is not a file id: ids are UUIDs, as the upload step's \`file-id\` and \`file-ids\` outputs give them.`
      )
    }
  }
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i)
  if (repeated) {
    throw new InputError(input, `lists ${repeated} twice: each file would be run twice.`)
  }
  return ids
}

/** A JSON object of strings: keys of 1–32 characters, values of 1–512. */
export function parseMetadata(text: string): Record<string, string> {
  const input = Inputs.Metadata
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new InputError(
      input,
      'is not JSON: give an object of strings, such as `{"team": "search"}`.'
    )
  }
  if (!isRecord(parsed)) {
    throw new InputError(input, 'must be a JSON object of strings, such as `{"team": "search"}`.')
  }
  const metadata: Record<string, string> = {}
  for (const [key, value] of Object.entries(parsed)) {
    const shown = JSON.stringify(key.slice(0, 40))
    if (key.length < METADATA_KEY_LENGTH.min || key.length > METADATA_KEY_LENGTH.max) {
      throw new InputError(
        input,
        `key ${shown} has ${key.length} characters; keys have ${METADATA_KEY_LENGTH.min} to ${METADATA_KEY_LENGTH.max}.`
      )
    }
    if (key === MARKER_KEY) {
      throw new InputError(
        input,
        `key "${MARKER_KEY}" is the step's own: it tags the job so that a retry never creates a second one. Use another key.`
      )
    }
    if (typeof value !== 'string') {
      throw new InputError(input, `${shown} must be a string; write numbers and flags in quotes.`)
    }
    if (value.length < METADATA_VALUE_LENGTH.min || value.length > METADATA_VALUE_LENGTH.max) {
      throw new InputError(
        input,
        `the value of ${shown} has ${value.length} characters; values have ${METADATA_VALUE_LENGTH.min} to ${METADATA_VALUE_LENGTH.max}.`
      )
    }
    metadata[key] = value
  }
  return metadata
}

/** The directory itself may not exist yet (it is created), but it must not be a file. */
function checkDirectory(dir: string): string {
  try {
    if (!statSync(dir).isDirectory()) {
      throw new InputError(Inputs.DownloadPath, `${dir} is a file: give a directory.`)
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  return dir
}

/**
 * `<run id>.<run attempt>.<job>.<step>.<12 random hex digits>`: the run, attempt and step make
 * it readable on Mistral's side; the random part keeps two steps of one job apart whatever
 * their ids, and a local run without GITHUB_* variables unique too.
 */
export function stepMarker(
  env: NodeJS.ProcessEnv,
  random = randomBytes(6).toString('hex')
): JobMarker {
  const parts = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB, env.GITHUB_ACTION]
  const known = parts.map(part => (part ?? '').replace(/[^\w.-]/g, '_').slice(0, 100) || '-')
  return {key: MARKER_KEY, value: [...known, random].join('.')}
}
