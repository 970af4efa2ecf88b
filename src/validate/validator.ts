// Per-file state of a JSONL validation: one JSON.parse per line, dispatch by sample type,
// problems capped, counts and stats uncapped.
import {depthExceeded, isRecord, MAX_JSON_DEPTH} from '../json.js'
import {DEFAULT_MAX_LINE_BYTES, type Line} from './lines.js'
import {error, kind} from './rules/common.js'
import {
  JSON_DOCUMENT_START,
  lineEndProblems,
  notJsonlProblem,
  sizeProblems,
  sortProblems,
  type HeldFailure
} from './file-rules.js'
import {createBatchContext, type BatchContext} from './rules/batch.js'
import {checkSample} from './sample.js'
import {createStats, finishStats} from './stats.js'
import type {
  DatasetStats,
  Problem,
  JsonlPurpose,
  SampleType,
  ValidateOptions,
  ValidationResult
} from './types.js'

export const DEFAULT_MAX_PROBLEMS = 1000

/** Lines that decide whether a file is JSON Lines at all: see `notJsonl`. */
export const SNIFF_LINES = 5

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
  /** Lines added by splitting at lone CRs, which shift every later line number. */
  private extraLines = 0
  private loneCrs = 0
  private firstLoneCrLine = 0
  /** The failures of the first lines, until a line gives an object (null: judged). */
  private held: HeldFailure[] | null = []
  /** The first lines were none of them JSON objects: per-line failures are counted, not listed. */
  private notJsonl: HeldFailure[] | null = null
  private parseFailures = 0
  onError: ((problem: Problem) => void) | undefined // sees each error as found (stream-check.ts)

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
    const lineNo = line.lineNo + this.extraLines
    if (line.crlf) {
      this.stats.crlfLines++
      if (this.firstCrlfLine === 0) this.firstCrlfLine = lineNo
    }
    if (line.bom) this.bom = true
    if (line.error === undefined) {
      // mistral-finetune reads with Python's universal newlines, where a lone CR ends a line too.
      if (this.purpose === 'fine-tune' && line.text.includes('\r')) this.splitAtCr(line, lineNo)
      else this.validateLine(line.text, lineNo)
      return
    }
    this.stats.lines++
    this.failedParse(
      line.error === 'too-long'
        ? error(
            lineNo,
            'file/line-too-long',
            `line is ${line.bytes} bytes; expected at most ${this.maxLineBytes} bytes per line (one JSON object per line)`
          )
        : error(
            lineNo,
            'file/invalid-utf8',
            'line is not valid UTF-8; expected the file to be saved as UTF-8'
          ),
      '',
      line.error === 'invalid-utf8'
    )
  }

  private splitAtCr(line: Line, lineNo: number): void {
    const parts = line.text.split('\r')
    // A CR that ends the file's last line (no LF after it) ends that line: nothing follows it.
    if (!line.crlf && parts[parts.length - 1] === '') parts.pop()
    this.loneCrs += parts.length - 1
    if (this.firstLoneCrLine === 0 && parts.length > 1) this.firstLoneCrLine = lineNo
    this.extraLines += parts.length - 1
    for (let k = 0; k < parts.length; k++) this.validateLine(parts[k], lineNo + k)
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
      return this.failedParse(
        error(
          lineNo,
          'file/invalid-json',
          `line is not valid JSON (${cut((e as Error).message)}); expected one JSON object per line`
        ),
        text
      )
    }
    if (!isRecord(value)) {
      return this.failedParse(
        error(
          lineNo,
          'file/not-object',
          `line is ${kind(value)}; expected one JSON object per line`
        ),
        text
      )
    }
    if (this.held !== null) this.judge(false)
    this.ctx.lineNo = lineNo
    const {type, problems} = checkSample(this.purpose, value, this.ctx)
    if (type === null) return this.finishLine(problems)
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

  /**
   * A line that gave no JSON object. While the first lines are judged its problem is held; once
   * the file is judged not JSON Lines at all, it is counted but not listed (one file-level
   * problem says what the file is instead).
   */
  private failedParse(problem: Problem, text: string, binary = false): Problem[] {
    this.parseFailures++
    this.nonBlankLines++
    this.stats.invalidSamples++
    if (this.held === null) {
      if (this.notJsonl === null) this.add(problem)
      else this.errorCount++
    } else {
      this.held.push({problem, text, binary})
      // A first line of "[" or "{" opens one JSON document: its elements may parse line by line.
      const opens = this.held.length === 1 && JSON_DOCUMENT_START.test(text)
      if (opens || this.held.length === SNIFF_LINES) this.judge(true)
    }
    return [problem]
  }

  private judge(notJsonl: boolean): void {
    const held = this.held ?? []
    this.held = null
    if (notJsonl) {
      this.notJsonl = held
      this.errorCount += held.length
      if (held.length > 0) this.onError?.(held[0].problem)
    } else {
      for (const failure of held) this.add(failure.problem)
    }
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
    if (problem.severity === 'error') this.onError?.(problem)
    if (this.problems.length < this.maxProblems) this.problems.push(problem)
  }

  /** File-level checks, then the result. `fileBytes` is the size of the whole file. */
  finish(fileBytes: number): ValidationResult {
    // A file of one bad line gets that line's own message; two or more, and nothing else, are a file.
    if (this.held !== null) this.judge(this.held.length >= 2)
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
    extra.push(
      ...lineEndProblems(this.purpose, {
        bom: this.bom,
        crlfLines: stats.crlfLines,
        firstCrlfLine: this.firstCrlfLine,
        loneCrs: this.loneCrs,
        firstLoneCrLine: this.firstLoneCrLine,
        blankLines: stats.blankLines,
        firstBlankLine: this.firstBlankLine
      })
    )
    for (const p of extra) {
      if (p.severity === 'error') this.errorCount++
      else this.warningCount++
    }
    // Not counted itself: it stands for the failed lines, which are.
    if (this.notJsonl !== null) {
      extra.push(notJsonlProblem(this.notJsonl, this.parseFailures, stats.lines))
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

function cut(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
