import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {
  forEachLine,
  LineSplitter,
  readLines,
  splitLines,
  type Line
} from '../../src/validate/lines.js'

async function collect(chunks: Iterable<Uint8Array>, maxLineBytes?: number): Promise<Line[]> {
  const lines: Line[] = []
  for await (const line of splitLines(chunks, {maxLineBytes})) lines.push(line)
  return lines
}

/** The input cut into one-byte chunks, as split2's "split utf8 chars" test does. */
function bytewise(input: Buffer): Buffer[] {
  return Array.from(input, b => Buffer.from([b]))
}

function texts(lines: Line[]): string[] {
  return lines.map(l => l.text)
}

const UNICODE = 'héllo wörld 🎉 日本語 ∑'

describe('splitLines', () => {
  it('splits on \\n and numbers lines from 1', async () => {
    const lines = await collect([Buffer.from('a\nbb\nccc\n')])
    expect(lines.map(l => [l.lineNo, l.text, l.bytes])).toEqual([
      [1, 'a', 2],
      [2, 'bb', 3],
      [3, 'ccc', 4]
    ])
  })

  it('emits a last line without a trailing newline, and no extra line after one', async () => {
    expect(texts(await collect([Buffer.from('a\nb')]))).toEqual(['a', 'b'])
    expect(texts(await collect([Buffer.from('a\nb\n')]))).toEqual(['a', 'b'])
    expect(texts(await collect([Buffer.from('')]))).toEqual([])
  })

  it('keeps blank lines as empty text', async () => {
    expect(texts(await collect([Buffer.from('a\n\n\nb\n')]))).toEqual(['a', '', '', 'b'])
  })

  it('split utf8 chars: one byte per chunk', async () => {
    const input = Buffer.from(`${UNICODE}\n{"x":"${UNICODE}"}\n`)
    const lines = await collect(bytewise(input))
    expect(texts(lines)).toEqual([UNICODE, `{"x":"${UNICODE}"}`])
    expect(lines.every(l => l.error === undefined)).toBe(true)
  })

  it('\\n at the end of a chunk', async () => {
    const lines = await collect([Buffer.from('abc\n'), Buffer.from('def\n'), Buffer.from('g')])
    expect(texts(lines)).toEqual(['abc', 'def', 'g'])
  })

  it('\\n at the start of a chunk', async () => {
    const lines = await collect([Buffer.from('abc'), Buffer.from('\ndef'), Buffer.from('\n')])
    expect(texts(lines)).toEqual(['abc', 'def'])
  })

  it('a multi-byte character split across chunks at any offset', async () => {
    const input = Buffer.from(`${UNICODE}\n`)
    for (let cut = 1; cut < input.length; cut++) {
      const lines = await collect([input.subarray(0, cut), input.subarray(cut)])
      expect(texts(lines)).toEqual([UNICODE])
    }
  })

  it('truncated utf-8 char at EOF is an invalid-utf8 line, not a crash', async () => {
    const input = Buffer.concat([Buffer.from('ok\nab'), Buffer.from('🎉').subarray(0, 2)])
    for (const chunks of [[input], bytewise(input)]) {
      const lines = await collect(chunks)
      expect(lines.map(l => [l.lineNo, l.text, l.error])).toEqual([
        [1, 'ok', undefined],
        [2, '', 'invalid-utf8']
      ])
    }
  })

  it('invalid bytes mark only their own line', async () => {
    const input = Buffer.concat([
      Buffer.from('one\n'),
      Buffer.from([0x74, 0xff, 0x77, 0x6f, 0x0a]),
      Buffer.from([0xc0, 0xaf, 0x0a]), // overlong '/'
      Buffer.from([0xed, 0xa0, 0x80, 0x0a]), // UTF-16 surrogate
      Buffer.from('four é\n')
    ])
    for (const chunks of [[input], bytewise(input)]) {
      const lines = await collect(chunks)
      expect(lines.map(l => l.error ?? l.text)).toEqual([
        'one',
        'invalid-utf8',
        'invalid-utf8',
        'invalid-utf8',
        'four é'
      ])
    }
  })

  it('strips and flags CRLF, also when \\r and \\n are in different chunks', async () => {
    const input = Buffer.from('a\r\nb\nc\r\n')
    for (const chunks of [[input], bytewise(input)]) {
      const lines = await collect(chunks)
      expect(lines.map(l => [l.text, l.crlf, l.bytes])).toEqual([
        ['a', true, 3],
        ['b', false, 2],
        ['c', true, 3]
      ])
    }
  })

  it('keeps a \\r that is not followed by \\n', async () => {
    const lines = await collect([Buffer.from('a\rb\nc\r')])
    expect(lines.map(l => [l.text, l.crlf])).toEqual([
      ['a\rb', false],
      ['c\r', false]
    ])
  })

  it('strips a BOM on line 1 only, even one byte at a time', async () => {
    const input = Buffer.from('\ufeff{"a":1}\n\ufeffx\n')
    for (const chunks of [[input], bytewise(input)]) {
      const lines = await collect(chunks)
      expect(lines.map(l => [l.text, l.bom, l.bytes])).toEqual([
        ['{"a":1}', true, 11],
        ['\ufeffx', false, 5]
      ])
    }
  })

  it('a file that is only a BOM is one empty line', async () => {
    const lines = await collect([Buffer.from([0xef, 0xbb, 0xbf])])
    expect(lines.map(l => [l.text, l.bom])).toEqual([['', true]])
  })

  it('line bytes add up to the input size', async () => {
    const input = Buffer.from(`\ufeffa\r\n\n${UNICODE}\r\nlast`)
    const lines = await collect(bytewise(input))
    expect(lines.reduce((n, l) => n + l.bytes, 0)).toBe(input.length)
  })

  it('accepts plain Uint8Array chunks', async () => {
    const u8 = new Uint8Array(Buffer.from('x\ny\n'))
    expect(texts(await collect([u8.subarray(0, 3), u8.subarray(3)]))).toEqual(['x', 'y'])
  })

  it('reports a line over maxLineBytes as too-long and goes on with the next', async () => {
    const input = Buffer.from(`short\n${'x'.repeat(50)}\nafter\n${'y'.repeat(50)}`)
    for (const chunks of [[input], bytewise(input)]) {
      const lines = await collect(chunks, 10)
      expect(lines.map(l => [l.lineNo, l.error ?? l.text, l.bytes])).toEqual([
        [1, 'short', 6],
        [2, 'too-long', 51],
        [3, 'after', 6],
        [4, 'too-long', 50]
      ])
    }
  })

  it('a line of exactly maxLineBytes is accepted, with CRLF and BOM around it', async () => {
    const input = Buffer.from(`\ufeff${'a'.repeat(10)}\r\n${'b'.repeat(10)}\r\n`)
    for (const chunks of [[input], bytewise(input)]) {
      const lines = await collect(chunks, 10)
      expect(lines.map(l => l.error ?? l.text)).toEqual(['a'.repeat(10), 'b'.repeat(10)])
    }
  })

  it('LineSplitter is synchronous: lines come out during push', () => {
    const splitter = new LineSplitter()
    const seen: string[] = []
    splitter.push(Buffer.from('a\nb'), l => seen.push(l.text))
    expect(seen).toEqual(['a'])
    splitter.push(Buffer.from('c\n'), l => seen.push(l.text))
    expect(seen).toEqual(['a', 'bc'])
    splitter.end(l => seen.push(l.text))
    expect(seen).toEqual(['a', 'bc'])
  })
})

describe('readLines', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lines-'))
  })
  afterAll(() => {
    rmSync(dir, {recursive: true, force: true})
  })

  it('reads a file with lines of several MB across 1 MiB chunks', async () => {
    const big = `{"text":"${'é'.repeat(3 * 1024 * 1024)}"}`
    const path = join(dir, 'big.jsonl')
    writeFileSync(path, `{"a":1}\n${big}\n${big}\r\n{"b":2}`)
    const lines: Line[] = []
    for await (const line of readLines(path)) lines.push(line)
    expect(lines.map(l => l.text.length)).toEqual([7, big.length, big.length, 7])
    expect(lines[1].text).toBe(big)
    expect(lines[2].crlf).toBe(true)
  })

  it('forEachLine gives the same lines, reading ahead in two buffers that take turns', async () => {
    // Distinct lines over several 1 MiB reads: a buffer refilled too early would garble them.
    const path = join(dir, 'many.jsonl')
    const text = Array.from({length: 60_000}, (_, i) => `{"i":${i},"t":"${UNICODE}"}`).join('\n')
    writeFileSync(path, text)
    const seen: Line[] = []
    const chunks: number[] = []
    await forEachLine(path, line => seen.push(line), {onChunk: c => chunks.push(c.length)})
    expect(chunks.length).toBeGreaterThan(2)
    expect(chunks.reduce((a, b) => a + b)).toBe(readFileSync(path).length)
    expect(seen.map(l => l.text)).toEqual(text.split('\n'))
  })

  it('forEachLine stops at the first throw and passes it on, a read ahead still in flight', async () => {
    const path = join(dir, 'throws.jsonl')
    writeFileSync(path, '{"a":1}\n'.repeat(300_000)) // 2.4 MB: a read is in flight at line 1
    const boom = new Error('check failed')
    let lines = 0
    const pass = forEachLine(path, () => {
      lines++
      throw boom
    })
    await expect(pass).rejects.toBe(boom)
    expect(lines).toBe(1)
  })
})
