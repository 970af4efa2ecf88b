import path from 'node:path'
import {Inputs} from './constants.js'
import {InputError} from './step-error.js'

// The `remote-name` template: the name a file gets on Mistral.

const PLACEHOLDER = /\{([a-z0-9]+)(?::(\d+))?\}/g
const KNOWN = new Set(['name', 'stem', 'ext', 'sha256', 'sha'])
/**
 * A name that carries the hash stands for the content (reuse-existing): 8 hex digits are 32 bits,
 * so two versions of one file of the same size share a name about once in 4 billion.
 */
const MIN_SHA256_DIGITS = 8

export interface NameFacts {
  /** The local file. */
  path: string
  /** Its content hash, needed when the template uses {sha256}. */
  sha256?: string
  /** The commit (GITHUB_SHA), needed when the template uses {sha}. */
  commit?: string
}

/** Throws an InputError naming the first placeholder the template cannot fill. */
export function checkRemoteName(template: string): void {
  for (const [placeholder, key, digits] of template.matchAll(PLACEHOLDER)) {
    if (!KNOWN.has(key)) {
      throw new InputError(
        Inputs.RemoteName,
        `${placeholder} is not a placeholder. Use {name}, {stem}, {ext}, {sha256}, {sha256:N} or {sha}.`
      )
    }
    if (digits !== undefined && ((key !== 'sha256' && key !== 'sha') || Number(digits) < 1)) {
      throw new InputError(
        Inputs.RemoteName,
        `${placeholder}: only {sha256:N} and {sha:N} take a length of 1 or more.`
      )
    }
    if (key === 'sha256' && digits !== undefined && Number(digits) < MIN_SHA256_DIGITS) {
      throw new InputError(
        Inputs.RemoteName,
        `${placeholder} keeps too little of the hash: a file already on Mistral with the same name and size is reused as if it held the same bytes, and with ${digits} hex digit${digits === '1' ? '' : 's'} a different file often matches. Use {sha256:${MIN_SHA256_DIGITS}} or more ({sha256:12} is usual), or {sha256} for the whole hash.`
      )
    }
  }
  if (/[/\\]/.test(template.replace(PLACEHOLDER, ''))) {
    throw new InputError(Inputs.RemoteName, `"${template}" must be a file name, without / or \\.`)
  }
}

/** Whether the name carries the content hash, so an identical name means identical content. */
export function namesContent(template: string): boolean {
  return [...template.matchAll(PLACEHOLDER)].some(([, key]) => key === 'sha256')
}

/** Fills the template: {name} base name, {stem} without extension, {ext} with its dot. */
export function remoteName(template: string, facts: NameFacts): string {
  const name = path.basename(facts.path)
  const ext = path.extname(name)
  const values: Record<string, string | undefined> = {
    name,
    stem: name.slice(0, name.length - ext.length),
    ext,
    sha256: facts.sha256,
    sha: facts.commit
  }
  return template.replace(PLACEHOLDER, (placeholder, key: string, digits?: string) => {
    const value = values[key]
    if (value === undefined) {
      throw new InputError(
        Inputs.RemoteName,
        `${placeholder} has no value here${key === 'sha' ? ' (GITHUB_SHA is not set)' : ''}.`
      )
    }
    return digits === undefined ? value : value.slice(0, Number(digits))
  })
}
