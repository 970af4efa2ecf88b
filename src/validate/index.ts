// Dataset validator: checks a file for the Mistral Files API before it is uploaded.
// Pure library code (no @actions imports); rules are listed in docs/validation-rules.md.
import {open, stat} from 'node:fs/promises'
import {basename} from 'node:path'
import {forEachLine, LineSplitter} from './lines.js'
import {error} from './rules/common.js'
import {checkOcrDocument, OCR_HEAD_BYTES} from './rules/ocr.js'
import {createStats, finishStats} from './stats.js'
import type {Problem, Purpose, ValidateOptions, ValidationResult} from './types.js'
import {DatasetValidator, sizeProblems, sortProblems, type JsonlPurpose} from './validator.js'

export type {
  DatasetStats,
  Problem,
  Purpose,
  Role,
  RuleContext,
  SampleType,
  Severity,
  ValidateOptions,
  ValidationResult
} from './types.js'
export type {Line, LineError, LineOptions, LineSink} from './lines.js'
export {
  CHUNK_SIZE,
  DEFAULT_MAX_LINE_BYTES,
  LineSplitter,
  forEachLine,
  readLines,
  splitLines
} from './lines.js'
export {BYTES_PER_TOKEN, createStats} from './stats.js'
export {
  DEFAULT_MAX_PROBLEMS,
  DatasetValidator,
  MAX_FILE_BYTES,
  SIZE_WARNING_BYTES,
  sampleTypeOf,
  type JsonlPurpose
} from './validator.js'
export {checkInstruct} from './rules/instruct.js'
export {checkPretrain} from './rules/pretrain.js'
export {checkClassifier} from './rules/classifier.js'
export {checkBatch, createBatchContext, type BatchContext} from './rules/batch.js'
export {checkOcrDocument, OCR_MAX_BYTES, type OcrCheck, type OcrDocument} from './rules/ocr.js'

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

/** A validator to feed line by line with validateLine. */
export function createContext(
  purpose: JsonlPurpose,
  options: ValidateOptions = {}
): DatasetValidator {
  return new DatasetValidator(purpose, options)
}

/** Validate one decoded JSONL line (without its newline); returns that line's problems. */
export function validateLine(text: string, lineNo: number, ctx: DatasetValidator): Problem[] {
  return ctx.validateLine(text, lineNo)
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
