import type {IF_NO_FILES_FOUND, VISIBILITIES} from './constants.js'
import type {Purpose} from './validate/index.js'

export type {Purpose}
export type Visibility = (typeof VISIBILITIES)[number]
export type IfNoFilesFound = (typeof IF_NO_FILES_FOUND)[number]

/** Everything the action needs, parsed and checked once from the inputs. */
export interface Settings {
  /** Files and globs, one per line, `!pattern` to exclude; relative to the workspace. */
  patterns: string
  /** Where relative paths start: GITHUB_WORKSPACE, else the working directory. */
  workspace: string
  /** Upload files whose real path is outside the workspace too (off: they are refused). */
  allowOutsideWorkspace: boolean
  /** What a pattern that matches nothing does. */
  ifNoFilesFound: IfNoFilesFound
  /** Template for the name on Mistral, e.g. `{stem}-{sha256:12}{ext}`. */
  remoteName: string
  /** Reuse a file already on Mistral with the same content-hashed name and size. */
  reuseExisting: boolean
  /** The commit being built (GITHUB_SHA), for {sha} in remote-name. */
  commit?: string
  /** What the file is for on Mistral's side. */
  purpose: Purpose
  /** The API key; masked before anything is logged. Empty only in a dry run. */
  apiKey: string
  /** Base URL of the API, without a trailing slash (a path prefix is kept for gateways). */
  serverUrl: string
  /** Sent only when set. */
  visibility?: Visibility
  /** Sent only when set; the API does not document the unit. */
  expiry?: number
  /** Attempts in all, the first included. */
  maxAttempts: number
  /** Deadline for all attempts and waits, in milliseconds. */
  timeoutMs: number
  /** Limit for one attempt, in milliseconds; unset: derived from the file size. */
  attemptTimeoutMs?: number
  /** Check the data before uploading; an invalid file is not uploaded. */
  validate: boolean
  /** Check only: nothing is uploaded and no key is needed. */
  dryRun: boolean
}
