// Helpers for the validator tests (not a test file: jest only runs *.test.ts).
import {afterAll, beforeAll} from '@jest/globals'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {validateBuffer} from '../../src/validate/index.js'
import type {ValidationResult, JsonlPurpose} from '../../src/validate/types.js'

/** Records (objects, or raw strings taken as they are) as JSONL text. */
export function jsonl(...records: unknown[]): string {
  return `${records.map(r => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')}\n`
}

/** `count` lines of JSONL text, line i (from 1) given by `line(i)`. */
export function lines(count: number, line: (i: number) => string): string {
  return Array.from({length: count}, (_, i) => `${line(i + 1)}\n`).join('')
}

/** Problems as "line rule" strings, e.g. "2 instruct/last-role". */
export function brief(result: ValidationResult): string[] {
  return result.problems.map(p => `${p.line} ${p.rule}`)
}

/**
 * Validate `first` (a valid sample of the type under test) followed by `sample`, so that every
 * problem must be reported on line 2.
 */
export function secondLine(
  first: unknown,
  sample: unknown,
  purpose: JsonlPurpose = 'fine-tune'
): string[] {
  return brief(validateBuffer(jsonl(first, sample), purpose))
}

export const chat = {
  messages: [
    {role: 'user', content: 'What is the best French cheese?'},
    {role: 'assistant', content: 'Comté.'}
  ]
}

export interface TempFiles {
  /** The directory, once the test file's beforeAll has run. */
  readonly dir: string
  /** Writes `content` to a new file, f<n> + `suffix` (default .jsonl); returns its path. */
  file(content: string | Buffer, suffix?: string): string
}

/** A temporary directory for a test file's files, removed after them. Call at its top. */
export function tempFiles(prefix: string): TempFiles {
  let dir = ''
  let n = 0
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix))
  })
  afterAll(() => {
    rmSync(dir, {recursive: true, force: true})
  })
  return {
    get dir() {
      return dir
    },
    file(content, suffix = '.jsonl') {
      const path = join(dir, `f${++n}${suffix}`)
      writeFileSync(path, content)
      return path
    }
  }
}
