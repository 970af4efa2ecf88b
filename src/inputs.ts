import * as core from '@actions/core'
import {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_TIMEOUT_MINUTES,
  IF_NO_FILES_FOUND,
  Inputs,
  PURPOSES,
  VISIBILITIES
} from './constants.js'
import {
  flag,
  oneOf,
  optional,
  positive,
  readApiKey,
  readServerUrl,
  wholeNumber
} from './input-readers.js'
import {checkProxyEnv} from './proxy-env.js'
import {checkRemoteName} from './remote-name.js'
import type {Settings, Visibility} from './settings.js'
import {InputError} from './step-error.js'

/** Reads and checks every input of the upload step once; throws an InputError naming the input. */
export function getSettings(): Settings {
  const dryRun = flag(Inputs.DryRun, false)
  const apiKey = readApiKey(
    !dryRun,
    'is required to upload. Pass it from a secret (`api-key: ${{ secrets.MISTRAL_API_KEY }}`), or set `dry-run: true` to only check the file (works in pull requests from forks, where secrets are absent).'
  )
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
    serverUrl: readServerUrl(),
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
