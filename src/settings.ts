import type {PURPOSES, VISIBILITIES} from './constants.js'

export type Purpose = (typeof PURPOSES)[number]
export type Visibility = (typeof VISIBILITIES)[number]

/** Everything the action needs, parsed and checked once from the inputs. */
export interface Settings {
  /** Absolute path of the file to upload. */
  path: string
  /** The path as shown to users: relative to the workspace when inside it. */
  displayPath: string
  /** Size of the file in bytes, from stat. */
  size: number
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
