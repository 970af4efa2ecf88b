import * as core from '@actions/core'
import {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_SERVER_URL,
  DEFAULT_TIMEOUT_MINUTES,
  IF_NO_FILES_FOUND,
  Inputs,
  PURPOSES,
  VISIBILITIES
} from './constants.js'
import {InputError} from './step-error.js'
import {checkProxyEnv, maskProxyCredentials} from './proxy-env.js'
import {checkRemoteName} from './remote-name.js'
import {annotation, maskSecret} from './report/writer.js'
import type {Settings, Visibility} from './settings.js'

/** Shorter keys cannot be redacted without garbling the log (report/safe-text.ts). */
const MIN_KEY_LENGTH = 6

/** Reads and checks every input once; throws an InputError naming the input on anything wrong. */
export function getSettings(): Settings {
  // Masked first, so no later line can print it.
  const apiKey = core.getInput(Inputs.ApiKey)
  if (apiKey) maskSecret(apiKey)
  maskProxyCredentials(process.env)
  if (apiKey && apiKey.length < MIN_KEY_LENGTH) {
    throw new InputError(
      Inputs.ApiKey,
      `is ${apiKey.length} characters long: too short for a Mistral API key (they have 32), and too short to be masked in the log. Check the secret passed as 'api-key'.`
    )
  }
  const dryRun = flag(Inputs.DryRun, false)
  if (!apiKey && !dryRun) {
    throw new InputError(
      Inputs.ApiKey,
      'is required to upload. Pass it from a secret (`api-key: ${{ secrets.MISTRAL_API_KEY }}`), or set `dry-run: true` to only check the file (works in pull requests from forks, where secrets are absent).'
    )
  }
  const patterns = core.getInput(Inputs.Path)
  if (!patterns) {
    throw new InputError(Inputs.Path, 'is required: a file or glob, relative to the workspace.')
  }
  const remoteName = core.getInput(Inputs.RemoteName) || '{name}'
  checkRemoteName(remoteName)

  const settings: Settings = {
    patterns,
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    allowOutsideWorkspace: flag(Inputs.AllowOutsideWorkspace, false),
    ifNoFilesFound: oneOf(
      Inputs.IfNoFilesFound,
      core.getInput(Inputs.IfNoFilesFound) || 'error',
      IF_NO_FILES_FOUND
    ),
    purpose: oneOf(Inputs.Purpose, core.getInput(Inputs.Purpose) || 'fine-tune', PURPOSES),
    apiKey,
    serverUrl: getServerUrl(core.getInput(Inputs.ServerUrl) || DEFAULT_SERVER_URL),
    visibility: optional(Inputs.Visibility, value =>
      oneOf<Visibility>(Inputs.Visibility, value, VISIBILITIES)
    ),
    expiry: optional(Inputs.Expiry, value => wholeNumber(Inputs.Expiry, value, 1)),
    remoteName,
    reuseExisting: flag(Inputs.ReuseExisting, true),
    commit: process.env.GITHUB_SHA || undefined,
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
  // A dry run sends nothing, so how it would travel does not matter.
  if (!dryRun) checkProxyEnv(process.env, settings.serverUrl, process.versions.node)
  core.debug(`purpose = ${settings.purpose}`)
  core.debug(`server-url = ${settings.serverUrl}`)
  core.debug(`remote-name = ${settings.remoteName}`)
  return settings
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
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new InputError(
      Inputs.ServerUrl,
      `"${url.origin}" would send the key unencrypted: use https://. http:// is only for a server on this machine (localhost, 127.0.0.1, [::1]).`
    )
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new InputError(
      Inputs.ServerUrl,
      `"${url.origin}${url.pathname}" must not carry a query, fragment or credentials.`
    )
  }
  const base = `${url.origin}${url.pathname}`.replace(/\/+$/, '')
  // Every route the action calls starts with /v1: a base that ends in it would ask for /v1/v1/…
  if (!base.endsWith('/v1')) return base
  const fixed = base.slice(0, -'/v1'.length)
  annotation(
    'notice',
    `'${Inputs.ServerUrl}' is the API's base URL, without /v1: using ${fixed} instead of ${base}.`,
    {title: `Input '${Inputs.ServerUrl}'`}
  )
  return fixed
}

/** The URL parser has already written 127.1 or 0x7f.0.0.1 as 127.0.0.1, and IPv6 in brackets. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname)
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
