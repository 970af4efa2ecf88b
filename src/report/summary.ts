import type {CheckedFile} from '../check.js'
import type {Outcome} from '../send.js'
import {InvalidDatasetError} from '../step-error.js'
import {CHARS_PER_TOKEN} from '../validate/stats.js'
import type {ValidationResult} from '../validate/types.js'
import {samplesIn} from './check-log.js'
import {describeFailure, errorText, hintFor} from './failure-text.js'
import {markdownCode, markdownText} from './safe-text.js'
import {count, formatBytes, formatUnixTime, shortHash} from './units.js'
import type {UploadStep} from './upload-step.js'

// The job summary of the upload step, in Markdown: a check table with a row per file, the
// problems found, the uploads, and what stopped the run.

/** Problems listed in the summary per file; the log lists every one the validator kept. */
const MAX_SUMMARY_PROBLEMS = 50

export function uploadSummary(step: UploadStep): string {
  const sections: string[] = []
  const checked = step.checked.filter(file => file.validation)
  if (checked.length > 0) sections.push(checkSection(checked))
  if (step.outcomes.length > 0) sections.push(uploadSection(step.outcomes))
  // Invalid data is the check's own verdict, which its tables already show.
  if (step.failure !== undefined && !(step.failure instanceof InvalidDatasetError)) {
    sections.push(
      `### Mistral file upload failed\n\n${markdownText(describeFailure(step.failure, 'Upload'))}\n`
    )
  } else if (step.dryRun && step.failure === undefined) {
    sections.push(`Dry run: ${count(step.checked.length, 'file')} checked, nothing uploaded.\n`)
  }
  return sections.join('\n')
}

function checkSection(files: CheckedFile[]): string {
  const results = files.map(file => file.validation as ValidationResult)
  const valid = results.every(result => result.valid)
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0)
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0)
  const verdict = valid
    ? `✅ valid${warnings ? `, ${count(warnings, 'warning')}` : ''}`
    : `❌ ${count(errors, 'error')}, ${count(warnings, 'warning')}`
  const rows = files.map(file => checkRow(file, file.validation as ValidationResult))
  const parts = [
    `### Dataset check: ${verdict}\n`,
    table(
      [
        'file',
        'check',
        'samples',
        'size',
        'lines',
        'messages by role',
        'tool calls',
        'estimated tokens'
      ],
      rows
    ),
    `Estimated tokens: characters of text ÷ ${CHARS_PER_TOKEN}, not a tokenizer count.\n`
  ]
  const problems = files.flatMap(file => problemRows(file, file.validation as ValidationResult))
  if (problems.length > 0) {
    parts.push('#### Problems\n', table(['file', 'line', 'severity', 'rule', 'problem'], problems))
  }
  for (const file of files) {
    const {problems: kept, errorCount, warningCount} = file.validation as ValidationResult
    const rest = errorCount + warningCount - Math.min(kept.length, MAX_SUMMARY_PROBLEMS)
    if (rest > 0) {
      parts.push(
        `… and ${count(rest, 'more problem')} in ${markdownCode(file.displayPath)} (see the log).\n`
      )
    }
  }
  return parts.join('\n')
}

function checkRow(file: CheckedFile, result: ValidationResult): string[] {
  const {stats} = result
  const check = result.skipped
    ? `not checked: ${result.skipped}`
    : result.valid
      ? `✅ valid${result.warningCount ? `, ${count(result.warningCount, 'warning')}` : ''}`
      : `❌ ${count(result.errorCount, 'error')}, ${count(result.warningCount, 'warning')}`
  const oddLines = [
    stats.blankLines ? `${stats.blankLines} blank` : '',
    stats.crlfLines ? `${stats.crlfLines} CRLF` : ''
  ].filter(Boolean)
  const type = result.sampleType ? ` ${result.sampleType}` : ''
  const withErrors = stats.invalidSamples ? `, ${stats.invalidSamples} with errors` : ''
  return [
    markdownCode(file.displayPath),
    markdownText(check),
    markdownText(`${samplesIn(result)}${type}${withErrors}`),
    formatBytes(stats.bytes),
    `${stats.lines}${oddLines.length ? ` (${oddLines.join(', ')})` : ''}`,
    markdownText(nonZero(stats.messagesByRole)),
    String(stats.toolCalls),
    `~${stats.estimatedTokens}`
  ]
}

function problemRows(file: CheckedFile, result: ValidationResult): string[][] {
  return result.problems
    .slice(0, MAX_SUMMARY_PROBLEMS)
    .map(problem => [
      markdownCode(file.displayPath),
      String(problem.line ?? ''),
      problem.severity,
      markdownCode(problem.rule),
      markdownText(problem.message)
    ])
}

function uploadSection(outcomes: Outcome[]): string {
  const rows = outcomes.map(({local, uploaded, error}) => {
    if (!uploaded) {
      const hint = hintFor(error)
      const failure = `❌ failed: ${errorText(error)}${hint ? `. ${hint}` : ''}`
      return [markdownCode(local.displayPath), markdownText(failure), '', '', '', '', '', '']
    }
    const {file, bytes, sha256, reused} = uploaded
    return [
      markdownCode(local.displayPath),
      reused ? '♻️ reused' : '✅ uploaded',
      markdownCode(file.id),
      markdownCode(file.filename ?? ''),
      formatBytes(bytes),
      markdownText(formatUnixTime(file.created_at)),
      markdownText(file.sample_type ?? ''),
      markdownCode(shortHash(sha256))
    ]
  })
  return [
    '### Mistral file upload\n',
    table(
      ['file', 'result', 'file id', 'name on Mistral', 'size', 'created', 'sample type', 'sha256'],
      rows
    )
  ].join('\n')
}

/** `user 20, assistant 20`, leaving out the zeros. */
function nonZero(counts: Record<string, number>): string {
  const parts = Object.entries(counts).filter(([, n]) => n > 0)
  return parts.map(([name, n]) => `${name} ${n}`).join(', ') || '–'
}

/** A Markdown table of cells already made safe. */
function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  return `${[line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')}\n`
}
