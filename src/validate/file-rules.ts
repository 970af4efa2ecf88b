// File-level rules of a JSONL file: its size, its line ends and blank lines, and whether it is
// JSON Lines at all. See docs/validation-rules.md, "File rules".
import {count, error, show, warning} from './rules/common.js'
import type {JsonlPurpose, Problem} from './types.js'

/** POST /v1/files limit, read as MiB (the spec says "512 MB"). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024
/** The fine-tuning FAQ reports 413 Request Entity Too Large above "500MB". */
export const SIZE_WARNING_BYTES = 500_000_000
/** A line that did not give a JSON object, held while the file's first lines are judged. */
export interface HeldFailure {
  problem: Problem
  text: string
  binary: boolean
}

/** A first line that opens a JSON array, or an object written over many lines. */
export const JSON_DOCUMENT_START = /^\s*(\[\s*$|\[\s*\{(?!.*\]\s*$)|\{\s*$)/

/** What the reader saw of the file's line ends and blank lines. */
export interface LineEnds {
  bom: boolean
  crlfLines: number
  firstCrlfLine: number
  loneCrs: number
  firstLoneCrLine: number
  blankLines: number
  firstBlankLine: number
}

export function lineEndProblems(purpose: JsonlPurpose, ends: LineEnds): Problem[] {
  const problems: Problem[] = []
  // mistral-finetune reads fine-tuning files, and json.loads rejects a BOM or a blank line: an
  // error there. What the batch service does with them is not published: a warning.
  const strict = purpose === 'fine-tune' ? error : warning
  const readers =
    purpose === 'fine-tune' ? 'mistral-finetune (json.loads) rejects' : 'strict readers reject'
  if (ends.bom) {
    problems.push(
      strict(
        1,
        'file/bom',
        `file starts with a UTF-8 byte order mark, which ${readers}: save the file as UTF-8 without BOM`
      )
    )
  }
  if (ends.crlfLines > 0) {
    problems.push(
      warning(
        ends.firstCrlfLine,
        'file/crlf',
        `${count(ends.crlfLines, 'line')} end${ends.crlfLines === 1 ? 's' : ''} in CRLF (first: line ${ends.firstCrlfLine}); accepted, as JSON treats \\r as whitespace, but LF line ends are expected`
      )
    )
  }
  if (ends.loneCrs > 0) {
    problems.push(
      warning(
        ends.firstLoneCrLine,
        'file/lone-cr',
        `${count(ends.loneCrs, 'line')} end${ends.loneCrs === 1 ? 's' : ''} in a lone CR (first: line ${ends.firstLoneCrLine}); mistral-finetune reads a CR as a line end, as is done here, but LF line ends are expected`
      )
    )
  }
  if (ends.blankLines > 0) {
    problems.push(
      strict(
        ends.firstBlankLine,
        'file/blank-line',
        `${count(ends.blankLines, 'blank line')} (first: line ${ends.firstBlankLine}), which ${readers}: remove them`
      )
    )
  }
  return problems
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

/** One problem for a file whose first lines are none of them JSON objects: what it looks like. */
export function notJsonlProblem(first: HeldFailure[], failures: number, lines: number): Problem {
  const texts = first.map(failure => failure.text)
  const head = texts[0] ?? ''
  let looks: string
  let fix: string
  if (first.some(failure => failure.binary)) {
    looks = 'a binary file or text that is not UTF-8 (Parquet, Excel, UTF-16…)'
    fix = 'export it as UTF-8 JSON Lines'
  } else if (head.trimStart().startsWith('[')) {
    looks = 'one JSON array'
    fix = 'write each element on its own line, without the brackets and the commas between them'
  } else if (head.trimStart().startsWith('{')) {
    looks = 'JSON with each object spread over many lines'
    fix = 'write each object on one line, e.g. with `jq -c`'
  } else if (everyHas(texts, '\t')) {
    looks = 'TSV (tab-separated values)'
    fix = 'turn each row into one JSON object on its own line'
  } else if (everyHas(texts, ',')) {
    looks = 'CSV (comma-separated values)'
    fix = 'turn each row into one JSON object on its own line'
  } else {
    looks = 'plain text'
    fix = 'for pretraining, write each document as {"text": "…"} on its own line'
  }
  return error(
    null,
    'file/not-jsonl',
    `file is not JSON Lines: it looks like ${looks} (line 1: ${show(head, 60)}); ${failures} of its ${lines} lines are not JSON objects. Mistral needs one JSON object per line, such as {"messages": […]}: ${fix}`
  )
}

/** Every line holds the separator (quoted fields make the counts differ, so they are not compared). */
function everyHas(texts: string[], separator: string): boolean {
  return texts.every(text => text.includes(separator))
}
