import * as core from '@actions/core'
import {DEFAULT_SERVER_URL} from './constants.js'
import {maskProxyCredentials} from './proxy-env.js'
import {annotation, maskSecret} from './report/writer.js'
import {InputError} from './step-error.js'

// Readers of the inputs every step shares, each throwing an InputError that names the input.

/** A file id as the Files API gives it: a UUID. */
export const FILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Shorter keys cannot be redacted without garbling the log (report/safe-text.ts). */
const MIN_KEY_LENGTH = 6

/**
 * `api-key`, masked before anything else is read or logged, with the credentials of any proxy
 * variable. `required` false lets it be empty (a dry run); `missing` says how to pass it.
 */
export function readApiKey(required: boolean, missing: string): string {
  const apiKey = core.getInput('api-key')
  if (apiKey) maskSecret(apiKey)
  maskProxyCredentials(process.env)
  if (apiKey && apiKey.length < MIN_KEY_LENGTH) {
    throw new InputError(
      'api-key',
      `is ${apiKey.length} characters long: too short for a Mistral API key (they have 32), and too short to be masked in the log. Check the secret passed as 'api-key'.`
    )
  }
  if (!apiKey && required) throw new InputError('api-key', missing)
  return apiKey
}

/** `server-url`: https:// anywhere, http:// on this machine only; /v1 taken off with a notice. */
export function readServerUrl(): string {
  return serverUrl(core.getInput('server-url') || DEFAULT_SERVER_URL)
}

export function oneOf<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(input, `"${value}" is not valid. Use one of: ${allowed.join(', ')}.`)
}

/** true or false in any case, as YAML writes them; empty takes the default. */
export function flag(input: string, fallback: boolean): boolean {
  const value = core.getInput(input)
  if (value === '') return fallback
  if (/^true$/i.test(value)) return true
  if (/^false$/i.test(value)) return false
  throw new InputError(input, `"${value}" must be true or false.`)
}

/** An input that may be left out: undefined when empty, else parsed. */
export function optional<T>(input: string, parse: (value: string) => T): T | undefined {
  const value = core.getInput(input)
  return value === '' ? undefined : parse(value)
}

function serverUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(
      'server-url',
      `"${value}" is not a URL. Use e.g. ${DEFAULT_SERVER_URL} (the default).`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError('server-url', `"${value}" must start with https:// or http://.`)
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new InputError(
      'server-url',
      `"${url.origin}" would send the key unencrypted: use https://. http:// is only for a server on this machine (localhost, 127.0.0.1, [::1]).`
    )
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new InputError(
      'server-url',
      `"${url.origin}${url.pathname}" must not carry a query, fragment or credentials.`
    )
  }
  const base = `${url.origin}${url.pathname}`.replace(/\/+$/, '')
  // Every route the action calls starts with /v1: a base that ends in it would ask for /v1/v1/…
  if (!base.endsWith('/v1')) return base
  const fixed = base.slice(0, -'/v1'.length)
  annotation(
    'notice',
    `'${'server-url'}' is the API's base URL, without /v1: using ${fixed} instead of ${base}.`,
    {title: `Input '${'server-url'}'`}
  )
  return fixed
}

/** The URL parser has already written 127.1 or 0x7f.0.0.1 as 127.0.0.1, and IPv6 in brackets. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname)
}

export function wholeNumber(input: string, value: string, min: number, max?: number): number {
  const number = Number(value)
  if (!/^\d+$/.test(value) || number < min || number > (max ?? Number.MAX_SAFE_INTEGER)) {
    const range = max === undefined ? `of at least ${min}` : `from ${min} to ${max}`
    throw new InputError(input, `"${value}" must be a whole number ${range}.`)
  }
  return number
}

/** A number of seconds or minutes: decimals allowed, so 0.5 is half a minute. */
export function positive(input: string, value: string): number {
  const number = Number(value)
  if (!/^\d*\.?\d+$/.test(value) || !(number > 0)) {
    throw new InputError(input, `"${value}" must be a number greater than 0, such as 10 or 0.5.`)
  }
  return number
}
