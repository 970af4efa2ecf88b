// Per-file state of a JSONL validation: one JSON.parse per line, dispatch by sample type,
// problems capped, counts and stats uncapped.
import {depthExceeded, isRecord, MAX_JSON_DEPTH, type JsonObject} from '../json.js'
import {DEFAULT_MAX_LINE_BYTES, type Line} from './lines.js'
import {createBatchContext, checkBatch, type BatchContext} from './rules/batch.js'
import {checkClassifier} from './rules/classifier.js'
import {error, kind, warning} from './rules/common.js'
import {checkInstruct} from './rules/instruct.js'
import {checkPretrain} from './rules/pretrain.js'
import {createStats, finishStats} from './stats.js'
import type {
  DatasetStats,
  Problem,
  Purpose,
  SampleType,
  ValidateOptions,
  ValidationResult
} from './types.js'

/** POST /v1/files limit, read as MiB (the spec says "512 MB"). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024
/** The fine-tuning FAQ reports 413 Request Entity Too Large above "500MB". */
export const SIZE_WARNING_BYTES = 500_000_000
export const DEFAULT_MAX_PROBLEMS = 1000

export type JsonlPurpose = Exclude<Purpose, 'ocr'>

export class DatasetValidator {
  readonly purpose: JsonlPurpose
  readonly stats: DatasetStats = createStats()
  /** The file's sample type, from its first recognised line. */
  sampleType: SampleType | null = null
  errorCount = 0
  warningCount = 0
  private readonly maxProblems: number
  private readonly maxLineBytes: number
  private readonly problems: Problem[] = []
  private readonly ctx: BatchContext
  private typeLine = 0
  private nonBlankLines = 0
  private firstBlankLine = 0
  private firstCrlfLine = 0
  private bom = false

  constructor(purpose: JsonlPurpose, options: ValidateOptions = {}) {
    if (purpose !== 'fine-tune' && purpose !== 'batch') {
      throw new Error(`Unknown purpose ${JSON.stringify(purpose)}; expected fine-tune or batch`)
    }
    this.purpose = purpose
    this.maxProblems = options.maxProblems ?? DEFAULT_MAX_PROBLEMS
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES
    this.ctx = createBatchContext({lineNo: 0, stats: this.stats})
  }

  /** Take one line from the line reader. */
  line(line: Line): void {
    this.stats.lines++
    if (line.crlf) {
      this.stats.crlfLines++
      if (this.firstCrlfLine === 0) this.firstCrlfLine = line.lineNo
    }
    if (line.bom) this.bom = true
    if (line.error === undefined) {
      this.record(line.text, line.lineNo)
      return
    }
    this.nonBlankLines++
    this.stats.invalidSamples++
    this.add(
      line.error === 'too-long'
        ? error(
            line.lineNo,
            'file/line-too-long',
            `line is ${line.bytes} bytes; expected at most ${this.maxLineBytes} bytes per line (one JSON object per line)`
          )
        : error(
            line.lineNo,
            'file/invalid-utf8',
            'line is not valid UTF-8; expected the file to be saved as UTF-8'
          )
    )
  }

  /** Validate one decoded line (no newline); returns its problems, uncapped. */
  validateLine(text: string, lineNo: number): Problem[] {
    this.stats.lines++
    return this.record(text, lineNo)
  }

  private record(text: string, lineNo: number): Problem[] {
    let value: unknown
    if (text.length === 0) return this.blank(lineNo)
    // Before JSON.parse, which would hold every open level of a line of `[` by the megabyte.
    const tooDeep = depthExceeded(text)
    if (tooDeep !== -1) {
      return this.finishLine([
        error(
          lineNo,
          'file/too-deep',
          `line nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep (level ${MAX_JSON_DEPTH + 1} opens at column ${tooDeep + 1}); mistral-finetune reads lines with Python's json.loads, which gives up near ${MAX_JSON_DEPTH} levels`
        )
      ])
    }
    try {
      value = JSON.parse(text)
    } catch (e) {
      if (text.trim().length === 0) return this.blank(lineNo)
      return this.finishLine([
        error(
          lineNo,
          'file/invalid-json',
          `line is not valid JSON (${cut((e as Error).message)}); expected one JSON object per line`
        )
      ])
    }
    if (!isRecord(value)) {
      return this.finishLine([
        error(
          lineNo,
          'file/not-object',
          `line is ${kind(value)}; expected one JSON object per line`
        )
      ])
    }
    const ctx = this.ctx
    ctx.lineNo = lineNo
    let type: SampleType | null
    let problems: Problem[]
    if (this.purpose === 'batch') {
      type = 'batch'
      problems = checkBatch(value, ctx)
    } else {
      type = sampleTypeOf(value)
      switch (type) {
        case 'instruct':
          problems = checkInstruct(value, ctx)
          break
        case 'pretrain':
          problems = checkPretrain(value, ctx)
          break
        case 'classifier':
          problems = checkClassifier(value, ctx)
          break
        default:
          return this.finishLine([unknownType(value, lineNo)])
      }
    }
    this.stats.samplesByType[type]++
    if (this.sampleType === null) {
      this.sampleType = type
      this.typeLine = lineNo
    } else if (type !== this.sampleType) {
      problems.unshift(
        error(
          lineNo,
          'file/mixed-types',
          `line is a ${type} sample but the file starts with ${this.sampleType} samples (line ${this.typeLine}); expected one sample type per file`
        )
      )
    }
    return this.finishLine(problems)
  }

  private blank(lineNo: number): Problem[] {
    this.stats.blankLines++
    if (this.firstBlankLine === 0) this.firstBlankLine = lineNo
    return []
  }

  private finishLine(problems: Problem[]): Problem[] {
    this.nonBlankLines++
    let errors = 0
    for (const p of problems) {
      if (p.severity === 'error') errors++
      this.add(p)
    }
    if (errors > 0) this.stats.invalidSamples++
    return problems
  }

  private add(problem: Problem): void {
    if (problem.severity === 'error') this.errorCount++
    else this.warningCount++
    if (this.problems.length < this.maxProblems) this.problems.push(problem)
  }

  /** File-level checks, then the result. `fileBytes` is the size of the whole file. */
  finish(fileBytes: number): ValidationResult {
    const stats = finishStats(this.stats, fileBytes)
    const extra: Problem[] = []
    if (fileBytes === 0) {
      extra.push(error(null, 'file/empty', 'file is empty; expected at least one JSON line'))
    } else if (this.nonBlankLines === 0) {
      extra.push(
        error(
          null,
          'file/empty',
          `file has only blank lines (${stats.blankLines}); expected at least one JSON line`
        )
      )
    }
    extra.push(...sizeProblems(fileBytes))
    if (this.bom) {
      extra.push(
        warning(
          1,
          'file/bom',
          'file starts with a UTF-8 byte order mark; it is skipped here, but mistral-finetune (json.loads) rejects it: save the file as UTF-8 without BOM'
        )
      )
    }
    if (stats.crlfLines > 0) {
      extra.push(
        warning(
          this.firstCrlfLine,
          'file/crlf',
          `${stats.crlfLines} line(s) end in CRLF (first: line ${this.firstCrlfLine}); accepted, as JSON treats \\r as whitespace, but LF line ends are expected`
        )
      )
    }
    if (stats.blankLines > 0) {
      extra.push(
        warning(
          this.firstBlankLine,
          'file/blank-line',
          `${stats.blankLines} blank line(s) (first: line ${this.firstBlankLine}) are skipped here, but mistral-finetune (json.loads) rejects them: remove them`
        )
      )
    }
    for (const p of extra) {
      if (p.severity === 'error') this.errorCount++
      else this.warningCount++
    }
    const problems = sortProblems([...extra, ...this.problems]).slice(0, this.maxProblems)
    return {
      valid: this.errorCount === 0,
      problems,
      errorCount: this.errorCount,
      warningCount: this.warningCount,
      stats,
      sampleType: this.sampleType
    }
  }
}

/** The sample type a fine-tune line holds, by its keys; null when none matches. */
export function sampleTypeOf(record: JsonObject): SampleType | null {
  if (record.labels !== undefined) return 'classifier'
  if (record.messages !== undefined || record.interactions !== undefined) return 'instruct'
  if (record.text !== undefined || record.content !== undefined) return 'pretrain'
  return null
}

export function sizeProblems(fileBytes: number): Problem[] {
  if (fileBytes > MAX_FILE_BYTES) {
    return [
      error(
        null,
        'file/too-large',
        `file is ${fileBytes} bytes; the Files API accepts at most 512 MiB (${MAX_FILE_BYTES} bytes): split it`
      )
    ]
  }
  if (fileBytes > SIZE_WARNING_BYTES) {
    return [
      warning(
        null,
        'file/size-limit',
        `file is ${fileBytes} bytes; the docs report "413 Request Entity Too Large" above about 500 MB: consider splitting it`
      )
    ]
  }
  return []
}

/** File-level problems (line null) first, then by line; stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
}

function unknownType(record: JsonObject, lineNo: number): Problem {
  const keys = Object.keys(record)
  const shown =
    keys.length === 0 ? 'none' : keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', …' : '')
  const hint =
    record.custom_id !== undefined || record.body !== undefined
      ? '; it looks like a batch request: upload it with purpose batch'
      : ''
  return error(
    lineNo,
    'file/unknown-sample-type',
    `line has none of "messages", "text", "content" or "labels" (keys: ${shown}); expected an instruct, pretrain or classifier sample${hint}`
  )
}

function cut(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
