// Dataset validator: checks a file for the Mistral Files API before it is uploaded.
// Pure library code (no @actions imports); rules are listed in docs/validation-rules.md.
import {open, stat} from 'node:fs/promises'
import {basename} from 'node:path'
import {forEachLine, LineSplitter} from './lines.js'
import {error} from './rules/common.js'
import {checkOcrDocument, OCR_HEAD_BYTES} from './rules/ocr.js'
import {createStats, finishStats} from './stats.js'
import type {Problem, Purpose, ValidateOptions, ValidationResult, JsonlPurpose} from './types.js'
import {sizeProblems, sortProblems} from './file-rules.js'
import {DatasetValidator} from './validator.js'

export {PURPOSES, type Problem, type Purpose, type ValidationResult} from './types.js'
export {CHARS_PER_TOKEN} from './stats.js'
export {MAX_FILE_BYTES} from './file-rules.js'

/**
 * Validate a dataset file for `purpose` in one streaming pass (memory stays flat).
 * Throws only when the file cannot be read; every problem with the data is in the result.
 */
export async function validateFile(
  path: string,
  purpose: Purpose,
  options: ValidateOptions = {}
): Promise<ValidationResult> {
  const info = await stat(path)
  if (!info.isFile()) throw new Error(`${path} is not a file`)
  if (purpose === 'ocr') return validateOcrFile(path, info.size, options)
  const validator = new DatasetValidator(purpose, options)
  await forEachLine(path, line => validator.line(line), options)
  return validator.finish(info.size)
}

/** Validate JSONL held in memory (tests, small inputs); same rules as validateFile. */
export function validateBuffer(
  data: Uint8Array | string,
  purpose: JsonlPurpose,
  options: ValidateOptions = {}
): ValidationResult {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const validator = new DatasetValidator(purpose, options)
  const splitter = new LineSplitter({maxLineBytes: options.maxLineBytes})
  const sink = validator.line.bind(validator)
  splitter.push(bytes, sink)
  splitter.end(sink)
  return validator.finish(bytes.byteLength)
}

async function validateOcrFile(
  path: string,
  size: number,
  options: ValidateOptions
): Promise<ValidationResult> {
  const head = Buffer.alloc(Math.min(size, OCR_HEAD_BYTES))
  if (head.length > 0) {
    const file = await open(path, 'r')
    try {
      await file.read(head, 0, head.length, 0)
    } finally {
      await file.close()
    }
  }
  const problems: Problem[] =
    size === 0 ? [error(null, 'file/empty', 'file is empty; expected a document')] : []
  problems.push(...sizeProblems(size))
  const check = checkOcrDocument({name: basename(path), size, head})
  problems.push(...check.problems)
  const errorCount = problems.filter(p => p.severity === 'error').length
  const result: ValidationResult = {
    valid: errorCount === 0,
    problems: sortProblems(problems).slice(0, options.maxProblems ?? Infinity),
    errorCount,
    warningCount: problems.length - errorCount,
    stats: finishStats(createStats(), size),
    sampleType: null
  }
  if (check.skipped !== undefined) result.skipped = check.skipped
  return result
}
