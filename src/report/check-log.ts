import type {LocalFile} from '../search.js'
import type {Problem, ValidationResult} from '../validate/index.js'
import {annotate} from './annotations.js'
import {count} from './units.js'
import {annotation, info} from './writer.js'

// Log lines and annotations of finding and checking the files.

/** Why each line of `path` matched nothing, when if-no-files-found says to warn. */
export function warnUnmatched(reasons: string[]): void {
  for (const reason of reasons) annotate('warning', reason, {title: 'No file found'})
}

/** A file's verdict in the log, and each problem annotated at file:line. */
export function logCheck(local: LocalFile, result: ValidationResult): void {
  const {problems, errorCount, warningCount} = result
  const file = local.displayPath
  if (result.skipped) {
    annotation('notice', `Not checked: ${result.skipped}`, {title: 'Dataset check', file})
  }
  const type = result.sampleType ? ` (${result.sampleType})` : ''
  info(
    `Checked ${file}: ${count(samplesIn(result), 'sample')}${type}, ${count(errorCount, 'error')}, ${count(warningCount, 'warning')}.`
  )
  for (const problem of problems) {
    annotate(problem.severity, problemText(problem), {
      title: problem.rule,
      file,
      startLine: problem.line ?? undefined
    })
  }
  const unlisted = errorCount + warningCount - problems.length
  if (unlisted > 0) info(`… and ${count(unlisted, 'more problem')} in ${file}, not listed.`)
}

export function samplesIn(result: ValidationResult): number {
  return Object.values(result.stats.samplesByType).reduce((sum, n) => sum + n, 0)
}

function problemText(problem: Problem): string {
  return problem.line === null ? problem.message : `line ${problem.line}: ${problem.message}`
}
