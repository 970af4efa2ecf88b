import {describe, expect, it} from '@jest/globals'
import {createHash} from 'node:crypto'
import {closeSync, openSync, writeSync} from 'node:fs'
import {join} from 'node:path'
import {validateBuffer, validateFile} from '../../src/validate/index.js'
import {MAX_FILE_BYTES} from '../../src/validate/file-rules.js'
import {brief, chat, jsonl, tempFiles} from './helpers.js'

const files = tempFiles('validate-')
const file = files.file

const batchLine = (id: string): object => ({
  custom_id: id,
  body: {messages: [{role: 'user', content: 'hi'}]}
})

const turn = (q: string, a: string): {messages: Array<{role: string; content: string}>} => ({
  messages: [
    {role: 'user', content: q},
    {role: 'assistant', content: a}
  ]
})

describe('validateFile: fine-tune', () => {
  it('accepts a valid instruct file and reports its stats', async () => {
    const result = await validateFile(file(jsonl(chat, turn('2+2?', '4'))), 'fine-tune')
    expect(result).toMatchObject({
      valid: true,
      problems: [],
      errorCount: 0,
      warningCount: 0,
      sampleType: 'instruct'
    })
    expect(result.stats).toMatchObject({lines: 2, samplesByType: {instruct: 2}})
    expect(result.skipped).toBeUndefined()
  })

  it('rejects an empty file', async () => {
    const result = await validateFile(file(''), 'fine-tune')
    expect(result.valid).toBe(false)
    expect(result.problems).toEqual([
      {
        line: null,
        rule: 'file/empty',
        message: 'file is empty; expected at least one JSON line',
        severity: 'error'
      }
    ])
    expect(result.sampleType).toBeNull()
  })

  it('rejects a file of blank lines only', async () => {
    const result = await validateFile(file('\n  \n\r\n'), 'fine-tune')
    expect(brief(result)).toEqual(['null file/empty', '1 file/blank-line', '3 file/crlf'])
  })

  // mistral-finetune reads with Python's open(), which keeps a BOM, and json.loads rejects it.
  it('rejects a BOM for fine-tune, warns for batch, and parses line 1', async () => {
    const result = await validateFile(file(`\ufeff${jsonl(chat, chat)}`), 'fine-tune')
    expect(result.valid).toBe(false)
    expect(result.problems.map(p => `${p.line} ${p.rule} ${p.severity}`)).toEqual([
      '1 file/bom error'
    ])
    expect(result.stats.samplesByType.instruct).toBe(2)
    const batch = await validateFile(file(`\ufeff${jsonl(batchLine('a'))}`), 'batch')
    expect(batch.valid).toBe(true)
    expect(batch.problems.map(p => `${p.line} ${p.rule} ${p.severity}`)).toEqual([
      '1 file/bom warning'
    ])
  })

  it('accepts CRLF with one warning naming the count and the first line', async () => {
    const result = await validateFile(
      file(`${JSON.stringify(chat)}\n${jsonl(chat, chat).replace(/\n/g, '\r\n')}`),
      'fine-tune'
    )
    expect(result.valid).toBe(true)
    expect(result.problems).toEqual([
      {
        line: 2,
        rule: 'file/crlf',
        message:
          '2 lines end in CRLF (first: line 2); accepted, as JSON treats \\r as whitespace, but LF line ends are expected',
        severity: 'warning'
      }
    ])
  })

  // mistral-finetune calls json.loads on every line, which raises on a blank one.
  it('reports blank lines once, an error for fine-tune, and keeps line numbers right', async () => {
    const content = jsonl(chat, '', '   ', turn('q', 'a'), '', {
      messages: [{role: 'user', content: 'x'}]
    })
    const result = await validateFile(file(content), 'fine-tune')
    expect(brief(result)).toEqual(['2 file/blank-line', '6 instruct/last-role'])
    expect(result.problems[0]).toMatchObject({severity: 'error', line: 2})
    expect(result.problems[0].message).toMatch(/^3 blank lines \(first: line 2\)/)
    expect(result.stats).toMatchObject({lines: 6, blankLines: 3})
    const batch = await validateFile(file(jsonl(batchLine('a'), '', batchLine('b'))), 'batch')
    expect(batch.valid).toBe(true)
    expect(batch.problems.map(p => `${p.line} ${p.rule} ${p.severity}`)).toEqual([
      '2 file/blank-line warning'
    ])
  })

  it('accepts unicode everywhere', async () => {
    const content = jsonl(
      turn('日本語で答えて 🎌', 'はい、もちろんです。'),
      turn('Ça va ? \u2028', 'Oui 👍🏽')
    )
    const result = await validateFile(file(content), 'fine-tune')
    expect(result.valid).toBe(true)
    expect(result.stats.textChars).toBe(
      '日本語で答えて 🎌はい、もちろんです。Ça va ? \u2028Oui 👍🏽'.length
    )
  })

  it('reports invalid UTF-8 on its line and goes on', async () => {
    const content = Buffer.concat([
      Buffer.from(jsonl(chat, chat)),
      Buffer.from('{"messages":[{"role":"user","content":"caf'),
      Buffer.from([0xe9]), // latin-1 é
      Buffer.from('"},{"role":"assistant","content":"ok"}]}\n'),
      Buffer.from(jsonl(chat))
    ])
    const result = await validateFile(file(content), 'fine-tune')
    expect(brief(result)).toEqual(['3 file/invalid-utf8'])
    expect(result.stats).toMatchObject({lines: 4, invalidSamples: 1})
    expect(result.stats.samplesByType.instruct).toBe(3)
  })

  it('reports a truncated UTF-8 character at the end of the file', async () => {
    const content = Buffer.concat([Buffer.from(jsonl(chat)), Buffer.from('🎉').subarray(0, 3)])
    expect(brief(await validateFile(file(content), 'fine-tune'))).toEqual(['2 file/invalid-utf8'])
  })

  it('reads lines of several MB', async () => {
    const long = 'word '.repeat(1_000_000) // 5 MB
    const result = await validateFile(file(jsonl(chat, turn(long, long), chat)), 'fine-tune')
    expect(result.valid).toBe(true)
    expect(result.stats.textChars).toBeGreaterThan(10_000_000)
  })

  it('reports a line over maxLineBytes without holding it', async () => {
    const long = 'x'.repeat(3 * 1024 * 1024)
    const result = await validateFile(file(jsonl(chat, {text: long}, chat)), 'fine-tune', {
      maxLineBytes: 1024 * 1024
    })
    expect(brief(result)).toEqual(['2 file/line-too-long'])
    expect(result.problems[0].message).toBe(
      `line is ${long.length + 12} bytes; expected at most 1048576 bytes per line (one JSON object per line)`
    )
  })

  it('finds the one error deep in a 50,000-line file', async () => {
    const good = JSON.stringify(chat)
    const bad = JSON.stringify({messages: [{role: 'user', content: 'no answer'}]})
    const lines = Array.from({length: 50_000}, (_, i) => (i === 43_209 ? bad : good))
    const result = await validateFile(file(`${lines.join('\n')}\n`), 'fine-tune')
    expect(brief(result)).toEqual(['43210 instruct/last-role'])
    expect(result.stats).toMatchObject({lines: 50_000, invalidSamples: 1})
  })

  it('rejects a file that mixes sample types, on each odd line', async () => {
    const content = jsonl(
      chat,
      {text: 'a pretrain sample'},
      chat,
      {text: 'x', labels: {a: 'b'}},
      {content: 'more pretrain'}
    )
    const result = await validateFile(file(content), 'fine-tune')
    expect(brief(result)).toEqual([
      '2 file/mixed-types',
      '4 file/mixed-types',
      '5 file/mixed-types'
    ])
    expect(result.problems[0].message).toBe(
      'line is a pretrain sample but the file starts with instruct samples (line 1); expected one sample type per file'
    )
    expect(result.sampleType).toBe('instruct')
    expect(result.stats.samplesByType).toEqual({instruct: 2, pretrain: 2, classifier: 1, batch: 0})
  })

  it('rejects lines that are not JSON objects, or of no known type', async () => {
    const content = jsonl(chat, '{"messages": [', '[1, 2]', '"text"', 'null', {id: 1, prompt: 'x'})
    const result = await validateFile(file(content), 'fine-tune')
    expect(brief(result)).toEqual([
      '2 file/invalid-json',
      '3 file/not-object',
      '4 file/not-object',
      '5 file/not-object',
      '6 file/unknown-sample-type'
    ])
    expect(result.problems[1].message).toBe('line is an array; expected one JSON object per line')
    expect(result.problems[4].message).toMatch(/keys: id, prompt/)
  })

  it('detects pretrain and classifier files', async () => {
    const pretrain = await validateFile(file(jsonl({text: 'a'}, {text: 'b'})), 'fine-tune')
    expect(pretrain).toMatchObject({valid: true, sampleType: 'pretrain'})
    const classifier = await validateFile(file(jsonl({text: 'a', labels: {x: 'y'}})), 'fine-tune')
    expect(classifier).toMatchObject({valid: true, sampleType: 'classifier'})
  })

  it('caps problems at maxProblems but counts them all', async () => {
    const bad = {messages: [{role: 'user', content: 'x'}]}
    const content = jsonl(...Array.from({length: 30}, () => bad), {text: 'x'}, '')
    const result = await validateFile(file(content), 'fine-tune', {maxProblems: 10})
    expect(result.problems).toHaveLength(10)
    // 30 last-role errors, the mixed-types line and the blank last line (an error for fine-tune).
    expect(result.errorCount).toBe(32)
    expect(result.warningCount).toBe(0)
    expect(result.problems[9].line).toBe(10)
  })

  it('caps at 1000 by default', async () => {
    const content = jsonl(...Array.from({length: 1500}, () => ({messages: []})))
    const result = await validateFile(file(content), 'fine-tune')
    expect(result.problems).toHaveLength(1000)
    expect(result.errorCount).toBe(1500)
  })

  it('throws when the file cannot be read', async () => {
    await expect(validateFile(join(files.dir, 'missing.jsonl'), 'fine-tune')).rejects.toThrow(
      /ENOENT/
    )
    await expect(validateFile(files.dir, 'fine-tune')).rejects.toThrow(/not a file/)
  })

  it('throws on an unknown purpose', async () => {
    await expect(validateFile(file(jsonl(chat)), 'audio' as 'batch')).rejects.toThrow(
      /Unknown purpose "audio"/
    )
  })
})

describe('validateFile: batch', () => {
  it('accepts a batch file and flags duplicates', async () => {
    const req = (
      id: string
    ): {custom_id: string; body: {messages: Array<{role: string; content: string}>}} => ({
      custom_id: id,
      body: {messages: [{role: 'user', content: 'x'}]}
    })
    const ok = await validateFile(file(jsonl(req('0'), req('1'))), 'batch')
    expect(ok).toMatchObject({valid: true, sampleType: 'batch'})
    const dup = await validateFile(file(jsonl(req('0'), req('1'), req('0'))), 'batch')
    expect(brief(dup)).toEqual(['3 batch/duplicate-custom-id'])
  })
})

describe('validateFile: ocr', () => {
  it('accepts a PDF without reading it as JSONL', async () => {
    const result = await validateFile(file('%PDF-1.7\n\x00\x01 binary', '-scan.pdf'), 'ocr')
    expect(result).toMatchObject({valid: true, problems: [], sampleType: null})
    expect(result.stats.bytes).toBe(18)
    expect(result.stats.lines).toBe(0)
  })

  it('rejects a PNG named .pdf', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
    expect(brief(await validateFile(file(png, '-fake.pdf'), 'ocr'))).toEqual([
      'null ocr/magic-mismatch'
    ])
  })

  it('skips unknown types with a reason', async () => {
    const result = await validateFile(file('7z\xbc\xaf', '-a.7z'), 'ocr')
    expect(result.valid).toBe(true)
    expect(result.skipped).toMatch(/OCR checks skipped/)
  })

  it('rejects an empty document', async () => {
    expect(brief(await validateFile(file('', '-empty.pdf'), 'ocr'))).toEqual(['null file/empty'])
  })

  // The file is written sparse, just over the limit: cheap on Linux and macOS, but on Windows it
  // would take real disk space and time, so there the test is only listed, with the reason.
  if (process.platform === 'win32') {
    it.todo(
      'checks size limits from the file size: not run on Windows, where sparse files are not cheap'
    )
  } else {
    it('checks size limits from the file size, reading only the head', async () => {
      const path = join(files.dir, 'huge.pdf')
      const fd = openSync(path, 'w')
      writeSync(fd, '%PDF-1.7\n')
      writeSync(fd, 'x', MAX_FILE_BYTES) // sparse: MAX_FILE_BYTES + 1 bytes in all
      closeSync(fd)
      const result = await validateFile(path, 'ocr')
      expect(brief(result)).toEqual(['null file/too-large', 'null ocr/size'])
      expect(result.valid).toBe(false)
    })
  }
})

describe('validateBuffer', () => {
  it('takes a string or bytes', () => {
    expect(validateBuffer(jsonl(chat), 'fine-tune').valid).toBe(true)
    expect(validateBuffer(Buffer.from(jsonl(chat)), 'fine-tune').valid).toBe(true)
  })
})

describe('validateFile onChunk', () => {
  it('sees every byte once, so a caller can hash the file in the same pass', async () => {
    const content = '{"text":"héllo wörld"}\n'.repeat(200_000) // several 1 MiB chunks
    const big = file(content)
    const hash = createHash('sha256')
    const result = await validateFile(big, 'fine-tune', {onChunk: chunk => hash.update(chunk)})
    expect(result.valid).toBe(true)
    expect(hash.digest('hex')).toBe(createHash('sha256').update(content).digest('hex'))
  })
})
