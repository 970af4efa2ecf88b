import * as core from '@actions/core'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_SERVER_URL,
  DEFAULT_TIMEOUT_MINUTES,
  Inputs,
  MAX_FILE_BYTES,
  PURPOSES,
  VISIBILITIES
} from './constants.js'
import {InputError} from './errors.js'
import {maskSecret} from './report.js'
import type {Settings, Visibility} from './settings.js'

/** Reads and checks every input once; throws an InputError naming the input on anything wrong. */
export async function getSettings(): Promise<Settings> {
  // Masked first, so no later line can print it.
  const apiKey = core.getInput(Inputs.ApiKey)
  if (apiKey) maskSecret(apiKey)
  const dryRun = flag(Inputs.DryRun, false)
  if (!apiKey && !dryRun) {
    throw new InputError(
      Inputs.ApiKey,
      'is required to upload. Pass it from a secret (`api-key: ${{ secrets.MISTRAL_API_KEY }}`), or set `dry-run: true` to only check the file (works in pull requests from forks, where secrets are absent).'
    )
  }

  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const {file, displayPath, size} = await getFile(core.getInput(Inputs.Path), workspace)

  const settings: Settings = {
    path: file,
    displayPath,
    size,
    purpose: oneOf(Inputs.Purpose, core.getInput(Inputs.Purpose) || 'fine-tune', PURPOSES),
    apiKey,
    serverUrl: getServerUrl(core.getInput(Inputs.ServerUrl) || DEFAULT_SERVER_URL),
    visibility: optional(Inputs.Visibility, value =>
      oneOf<Visibility>(Inputs.Visibility, value, VISIBILITIES)
    ),
    expiry: optional(Inputs.Expiry, value => wholeNumber(Inputs.Expiry, value, 1)),
    maxAttempts:
      optional(Inputs.MaxAttempts, value => wholeNumber(Inputs.MaxAttempts, value, 1, 20)) ??
      DEFAULT_MAX_ATTEMPTS,
    timeoutMs:
      (optional(Inputs.TimeoutMinutes, value => positive(Inputs.TimeoutMinutes, value)) ??
        DEFAULT_TIMEOUT_MINUTES) * 60_000,
    attemptTimeoutMs: optional(
      Inputs.AttemptTimeoutSeconds,
      value => positive(Inputs.AttemptTimeoutSeconds, value) * 1000
    ),
    validate: flag(Inputs.Validate, true),
    dryRun
  }
  core.debug(`path = ${settings.displayPath} (${settings.size} bytes)`)
  core.debug(`purpose = ${settings.purpose}`)
  core.debug(`server-url = ${settings.serverUrl}`)
  return settings
}

async function getFile(
  input: string,
  workspace: string
): Promise<{file: string; displayPath: string; size: number}> {
  if (!input) {
    throw new InputError(Inputs.Path, 'is required: the file to upload, relative to the workspace.')
  }
  const file = path.resolve(workspace, input)
  const relative = path.relative(workspace, file)
  const displayPath = relative && !relative.startsWith('..') ? relative : file
  const stats = await stat(file).catch(() => undefined)
  if (!stats) {
    throw new InputError(
      Inputs.Path,
      `${displayPath} does not exist. Paths are relative to the workspace (${workspace}); did the step that makes it run, or is actions/checkout missing?`
    )
  }
  if (stats.isDirectory()) {
    throw new InputError(Inputs.Path, `${displayPath} is a directory; name one file in it.`)
  }
  if (!stats.isFile()) throw new InputError(Inputs.Path, `${displayPath} is not a regular file.`)
  if (stats.size === 0) {
    throw new InputError(Inputs.Path, `${displayPath} is empty; there is nothing to upload.`)
  }
  if (stats.size > MAX_FILE_BYTES) {
    throw new InputError(
      Inputs.Path,
      `${displayPath} is ${stats.size} bytes, over the API's limit of ${MAX_FILE_BYTES} bytes (512 MiB). Split it into several files.`
    )
  }
  return {file, displayPath, size: stats.size}
}

function oneOf<T extends string>(input: Inputs, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(input, `"${value}" is not valid. Use one of: ${allowed.join(', ')}.`)
}

/** true or false in any case, as YAML writes them; empty takes the default. */
function flag(input: Inputs, fallback: boolean): boolean {
  const value = core.getInput(input)
  if (value === '') return fallback
  if (/^true$/i.test(value)) return true
  if (/^false$/i.test(value)) return false
  throw new InputError(input, `"${value}" must be true or false.`)
}

/** An input that may be left out: undefined when empty, else parsed. */
function optional<T>(input: Inputs, parse: (value: string) => T): T | undefined {
  const value = core.getInput(input)
  return value === '' ? undefined : parse(value)
}

function getServerUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(
      Inputs.ServerUrl,
      `"${value}" is not a URL. Use e.g. ${DEFAULT_SERVER_URL} (the default).`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(Inputs.ServerUrl, `"${value}" must start with https:// or http://.`)
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new InputError(
      Inputs.ServerUrl,
      `"${url.origin}${url.pathname}" must not carry a query, fragment or credentials.`
    )
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}

function wholeNumber(input: Inputs, value: string, min: number, max?: number): number {
  const number = Number(value)
  if (!/^\d+$/.test(value) || number < min || number > (max ?? Number.MAX_SAFE_INTEGER)) {
    const range = max === undefined ? `of at least ${min}` : `from ${min} to ${max}`
    throw new InputError(input, `"${value}" must be a whole number ${range}.`)
  }
  return number
}

/** A number of seconds or minutes: decimals allowed, so 0.5 is half a minute. */
function positive(input: Inputs, value: string): number {
  const number = Number(value)
  if (!/^\d*\.?\d+$/.test(value) || !(number > 0)) {
    throw new InputError(input, `"${value}" must be a number greater than 0, such as 10 or 0.5.`)
  }
  return number
}
