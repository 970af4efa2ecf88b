import {describe, expect, it} from '@jest/globals'
import type {CheckedFile} from '../../src/check.js'
import {APIError} from '../../src/client/errors.js'
import type {FileObject} from '../../src/client/files-client.js'
import {uploadSummary} from '../../src/report/summary.js'
import type {Outcome} from '../../src/send.js'
import {InputError, InvalidDatasetError} from '../../src/step-error.js'
import {validateBuffer} from '../../src/validate/index.js'

const GOOD = '{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"yo"}]}\n'
const BAD = '{"messages":[{"role":"user","content":"hi"}]}\n'
const SHA = 'ab'.repeat(32)

function checked(displayPath: string, data: string): CheckedFile {
  const validation = validateBuffer(data, 'fine-tune')
  return {path: `/w/${displayPath}`, displayPath, size: data.length, validation}
}

function stored(id: string, overrides: Partial<FileObject> = {}): FileObject {
  return {
    id,
    object: 'file',
    bytes: 1536,
    created_at: 1_796_185_583,
    filename: 'train.jsonl',
    purpose: 'fine-tune',
    sample_type: 'instruct',
    source: 'upload',
    ...overrides
  }
}

/** Every tag the summary opens, minus those it closes: 0 each when the markup is clean. */
function unclosedTags(markdown: string): Record<string, number> {
  const open: Record<string, number> = {}
  for (const [, slash, name] of markdown.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    open[name] = (open[name] ?? 0) + (slash ? -1 : 1)
  }
  return open
}

describe('uploadSummary', () => {
  const files = [
    checked('data/a.jsonl', GOOD.repeat(3)),
    checked('data/b.jsonl', GOOD),
    checked('data/c.jsonl', GOOD)
  ]
  const uploaded: Outcome = {
    local: files[0],
    seconds: 1,
    attempts: 1,
    uploaded: {file: stored('file-a'), sha256: SHA, bytes: 1536, reused: false}
  }
  const reused: Outcome = {
    local: files[1],
    seconds: 0,
    attempts: 0,
    uploaded: {file: stored('file-b'), sha256: SHA, bytes: 83, reused: true}
  }
  const failed: Outcome = {
    local: files[2],
    seconds: 1,
    attempts: 2,
    error: APIError.from(401, {}, '{"message":"Unauthorized"}')
  }
  const summary = uploadSummary({
    dryRun: false,
    checked: files,
    outcomes: [uploaded, reused, failed]
  })
  const rows = (heading: string): string[] =>
    (summary.split(heading)[1] ?? '').split('\n\n')[1].split('\n').slice(2)

  it('has one check table with a row per file', () => {
    expect(summary.match(/### Dataset check/g)).toHaveLength(1)
    expect(rows('### Dataset check')).toEqual([
      expect.stringMatching(
        /^\| <code>data\/a\.jsonl<\/code> \| ✅ valid \| 3 instruct \| 246 B \| 3 \|/
      ),
      expect.stringMatching(/^\| <code>data\/b\.jsonl<\/code> \| ✅ valid \| 1 instruct \|/),
      expect.stringMatching(/^\| <code>data\/c\.jsonl<\/code> \| ✅ valid \| 1 instruct \|/)
    ])
  })

  it('shows sizes in human units, created-at in UTC and the sha256 shortened', () => {
    const [a, b] = rows('### Mistral file upload')
    expect(a).toBe(
      '| <code>data/a.jsonl</code> | ✅ uploaded | <code>file-a</code> | <code>train.jsonl</code> | 1.5 KiB | 2026-12-02 04:26:23 UTC | instruct | <code>abababababab…</code> |'
    )
    expect(b).toContain('| ♻️ reused |')
    expect(summary).not.toContain(SHA)
  })

  it('shows a failed upload with its hint, and no size as if it were stored', () => {
    const c = rows('### Mistral file upload')[2]
    expect(c).toBe(
      "| <code>data/c.jsonl</code> | ❌ failed: 401 Unauthorized: Unauthorized. Check the secret passed as 'api-key': it must be set for this repository and be an active Mistral API key. |  |  |  |  |  |  |"
    )
  })

  it('lists problems in one table, naming the file of each', () => {
    const bad = [checked('data/a.jsonl', GOOD), checked('data/z.jsonl', GOOD + BAD + BAD)]
    const text = uploadSummary({
      dryRun: true,
      checked: bad,
      outcomes: [],
      failure: new InvalidDatasetError('x')
    })
    expect(text).toContain('### Dataset check: ❌ 2 errors, 0 warnings')
    expect(
      text.match(
        /\| <code>data\/z\.jsonl<\/code> \| [23] \| error \| <code>instruct\/last-role<\/code> \|/g
      )
    ).toHaveLength(2)
    expect(text).not.toContain('failed') // the check's verdict is the table itself
  })

  it('escapes every piece of outside text, and leaves no tag unclosed', () => {
    const hostile = checked('data/<img src=x onerror=alert(1)>|.jsonl', GOOD)
    const file = stored('<a href="https://evil">id</a>', {
      filename: '**bold**',
      sample_type: '<img src=x>'
    })
    const text = uploadSummary({
      dryRun: false,
      checked: [hostile],
      outcomes: [
        {
          local: hostile,
          seconds: 1,
          attempts: 1,
          uploaded: {file, sha256: SHA, bytes: 1, reused: false}
        }
      ]
    })
    expect(text).not.toMatch(/<(img|a)\b/)
    expect(text).not.toContain('**bold**')
    expect(Object.values(unclosedTags(text)).every(n => n === 0)).toBe(true)
    expect(Object.keys(unclosedTags(text))).toEqual(['code'])
  })

  it('says what stopped the run, except invalid data, which the tables show', () => {
    const text = uploadSummary({
      dryRun: false,
      checked: [],
      outcomes: [],
      failure: new InputError('path', 'is required.')
    })
    expect(text).toBe("### Mistral file upload failed\n\nInput 'path': is required.\n")
  })

  it('says a dry run uploaded nothing', () => {
    const text = uploadSummary({dryRun: true, checked: [files[0]], outcomes: []})
    expect(text).toContain('Dry run: 1 file checked, nothing uploaded.')
  })
})
