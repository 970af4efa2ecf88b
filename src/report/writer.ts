import * as core from '@actions/core'
import {addSecret, logText, redact} from './safe-text.js'

// The only writer of what users see: the log, annotations, outputs, the job summary and the
// step's result. Everything passes through safe-text first.

export type Severity = 'error' | 'warning' | 'notice'
const ANNOTATE = {error: core.error, warning: core.warning, notice: core.notice}
export type AnnotationProperties = core.AnnotationProperties

/** Masks a secret in the runner's log and keeps it out of everything written here. */
export function maskSecret(secret: string): void {
  core.setSecret(secret)
  addSecret(secret)
}

export function info(text: string): void {
  core.info(logText(text))
}

export function debug(text: string): void {
  core.debug(redact(text)) // core escapes its line breaks
}

/** An annotation (shown on the run and, with a file, on that file's line). */
export function annotation(
  severity: Severity,
  message: string,
  properties: AnnotationProperties = {}
): void {
  const safe: AnnotationProperties = {...properties}
  if (safe.title !== undefined) safe.title = redact(safe.title)
  if (safe.file !== undefined) safe.file = redact(safe.file)
  ANNOTATE[severity](redact(message), safe)
}

export function setOutput(name: string, value: string): void {
  core.setOutput(name, redact(value))
}

/** Fails the step with a message (an error annotation without a file). */
export function fail(message: string): void {
  core.setFailed(redact(message))
}

/**
 * Appends Markdown to the job summary. It exists only on a runner, and a summary that cannot be
 * written must not fail a step that worked: the log already says it all.
 */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(redact(markdown), true).write()
  } catch (error) {
    core.warning(
      redact(
        `The job summary was not written: ${error instanceof Error ? error.message : String(error)}`
      )
    )
  } finally {
    core.summary.emptyBuffer()
  }
}
