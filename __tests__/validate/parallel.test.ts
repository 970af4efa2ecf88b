import {describe, expect, it} from '@jest/globals'
import {planRanges} from '../../src/validate/file-range.js'
import {validateFile} from '../../src/validate/index.js'
import {LineSplitter} from '../../src/validate/lines.js'
import {
  validateFileParallel,
  type ParallelOptions,
  type ParallelRun
} from '../../src/validate/parallel.js'
import type {Purpose} from '../../src/validate/types.js'
import {hasKnownFields} from '../../src/validate/validator-state.js'
import {DatasetValidator} from '../../src/validate/validator.js'
import {lines} from './helpers.js'
import {threadedTestFiles} from './worker-bundle.js'

const files = threadedTestFiles('parallel-')
const file = files.file

const WORKERS = [1, 2, 3, 7]

/**
 * The file checked by 1, 2, 3 and 7 workers (ranges of any size) deep-equals validateFile's
 * result; returns how each run went, by worker count.
 */
async function expectSame(
  path: string,
  purpose: Purpose = 'fine-tune',
  options: ParallelOptions = {}
): Promise<Map<number, ParallelRun>> {
  const expected = await validateFile(path, purpose, options)
  const runs = new Map<number, ParallelRun>()
  for (const workers of WORKERS) {
    const result = await validateFileParallel(path, purpose, {
      ...options,
      workers,
      minRangeBytes: 1,
      workerScript: files.script,
      onRun: run => runs.set(workers, run)
    })
    expect({workers, result}).toStrictEqual({workers, result: expected})
  }
  return runs
}

/** Every run with two or more workers used them, and their result. */
function expectFastPath(runs: Map<number, ParallelRun>): void {
  for (const [workers, run] of runs) {
    expect({workers, ranges: run.ranges > 1 || workers === 1, rerun: run.rerun}).toEqual({
      workers,
      ranges: true,
      rerun: undefined
    })
  }
}

const chat = (i: number): object => ({
  messages: [
    {role: 'user', content: `Question ${i}: héllo wörld?`},
    {role: 'assistant', content: `Answer ${i}.`}
  ]
})
const text = (i: number): object => ({text: `Some pretraining text, number ${i}.`})
const request = (id: string): object => ({
  custom_id: id,
  body: {messages: [{role: 'user', content: `Say ${id}`}]}
})

describe('validateFileParallel', () => {
  it('knows every field of the validator (else it checks on one thread)', () => {
    // A failure here means DatasetValidator got a field that validator-state.ts does not class.
    expect(hasKnownFields(new DatasetValidator('fine-tune'))).toBe(true)
    expect(hasKnownFields(new DatasetValidator('batch'))).toBe(true)
  })

  it('numbers lines from firstLineNo, and looks for a BOM on line 1 only', () => {
    const seen: Array<[number, boolean, string]> = []
    const bom = Buffer.from('\ufeff{}\n{}\n')
    for (const firstLineNo of [1, 5]) {
      const splitter = new LineSplitter({firstLineNo})
      splitter.push(bom, line => seen.push([line.lineNo, line.bom, line.text]))
    }
    expect(seen).toEqual([
      [1, true, '{}'],
      [2, false, '{}'],
      [5, false, '\ufeff{}'],
      [6, false, '{}']
    ])
  })

  it('a valid file', async () => {
    expectFastPath(await expectSame(file(lines(60, i => JSON.stringify(chat(i))))))
  })

  it('a BOM, CRLF line ends and blank lines', async () => {
    const body = lines(50, i => {
      if (i % 9 === 0) return ''
      if (i % 13 === 0) return '   '
      return JSON.stringify(chat(i)) + (i % 4 === 0 ? '\r' : '')
    })
    expectFastPath(
      await expectSame(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)])))
    )
  })

  it('a BOM-like sequence after line 1 is no BOM', async () => {
    const body = `${JSON.stringify(chat(1))}\n\ufeff${JSON.stringify(chat(2))}\n`.repeat(10)
    expectFastPath(await expectSame(file(body)))
  })

  it('bad UTF-8, with multi-byte characters where the file is cut', async () => {
    const parts: Buffer[] = []
    for (let i = 1; i <= 40; i++) {
      if (i % 7 === 0) parts.push(Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]))
      else if (i % 11 === 0)
        parts.push(Buffer.from([0x22, 0xf0, 0x9f, 0x8e, 0x0a])) // cut-off 🎉
      else parts.push(Buffer.from(`${JSON.stringify({text: '日本語🎉é'.repeat(i % 5) + i})}\n`))
    }
    const content = Buffer.concat(parts)
    // Some nominal cut of each worker count falls inside a character (on a continuation byte).
    const inside = WORKERS.filter(w => w > 1).map(w =>
      Array.from(
        {length: w - 1},
        (_, k) => content[Math.floor((content.length * (k + 1)) / w)]
      ).some(b => b >= 0x80 && b < 0xc0)
    )
    expect(inside).toContain(true)
    expectFastPath(await expectSame(file(content)))
  })

  it('bad JSON and lines that are no sample', async () => {
    const bad = ['{"messages": [', 'nope', '[1, 2]', '"text"', '{}', '{"text": 1}', '{"labels": 3}']
    const body = lines(49, i => (i % 3 === 0 ? bad[i % bad.length] : JSON.stringify(chat(i))))
    expectFastPath(await expectSame(file(body)))
  })

  it('a file that is not JSON Lines at all', async () => {
    expectFastPath(await expectSame(file(lines(60, i => `name,age,${i}`))))
  })

  it('mixed sample types', async () => {
    const body = lines(60, i => {
      if (i % 10 === 0) return JSON.stringify(text(i))
      if (i % 17 === 0) return JSON.stringify({labels: {topic: 'x'}, text: 'classify me'})
      return JSON.stringify(chat(i))
    })
    expectFastPath(await expectSame(file(body)))
  })

  it('a sample type change exactly at the start of a range', async () => {
    // Lines of one length, so that the cut for 2 workers is at the start of line 21 of 40.
    const width = 120
    const line = (sample: object): string => JSON.stringify(sample).padEnd(width - 1, ' ')
    const ask = (i: number): object => ({messages: [{role: 'user', content: `Q${i}`}]})
    const body = lines(40, i => line(i >= 21 ? text(i) : ask(i)))
    const path = file(body)
    expect((await planRanges(path, body.length, 2))[1].start).toBe(20 * width)
    expectFastPath(await expectSame(path))
  })

  it('a first range with no sample type, the next with one', async () => {
    const body = lines(60, i =>
      i <= 30 ? `not json ${i} ${'-'.repeat(90)}` : JSON.stringify(i % 2 ? chat(i) : text(i))
    )
    const runs = await expectSame(file(body))
    expect(runs.get(7)?.rerun).toBe('flow') // range 1 of 7 ended with a type its successor lacked
  })

  it('lone CRs, which shift the line numbers after them', async () => {
    const body = lines(60, i =>
      i === 25 ? `${JSON.stringify(chat(i))}\r${JSON.stringify(text(i))}` : JSON.stringify(chat(i))
    )
    const runs = await expectSame(file(body))
    expect(runs.get(7)?.rerun).toBe('flow')
  })

  it('batch custom_ids unique, repeated within the file, and repeated across ranges', async () => {
    const unique = lines(60, i => JSON.stringify(request(`r${i}`)))
    expectFastPath(await expectSame(file(unique), 'batch'))
    const twice = lines(60, i => JSON.stringify(request(i === 60 ? 'r1' : `r${i}`)))
    const runs = await expectSame(file(twice), 'batch')
    for (const workers of [2, 3, 7]) expect(runs.get(workers)?.rerun).toBe('custom-id')
    const odd = lines(60, i => (i % 5 === 0 ? JSON.stringify({custom_id: 5, body: []}) : 'x'))
    await expectSame(file(odd), 'batch')
  })

  it('lines longer than a range, and over maxLineBytes', async () => {
    const long = JSON.stringify({text: 'x'.repeat(3000)})
    const body = lines(30, i => (i % 10 === 3 ? long : JSON.stringify(chat(i))))
    const path = file(body)
    await expectSame(path, 'fine-tune', {maxLineBytes: 1000})
    const runs = await expectSame(path)
    expect(runs.get(7)?.ranges).toBeLessThan(7) // cuts inside a long line fall to its end
    const one = file(lines(3, i => (i === 2 ? JSON.stringify({text: 'y'.repeat(5000)}) : '{}')))
    await expectSame(one, 'fine-tune', {maxLineBytes: 200})
  })

  it('a file without a final newline', async () => {
    const body = lines(30, i => JSON.stringify(chat(i)))
    await expectSame(file(`${body}${JSON.stringify(text(31))}`))
    await expectSame(file(`${body}{"messages": [`))
    await expectSame(file(`${body}   `))
  })

  it('the problem cap reached across ranges', async () => {
    const body = lines(70, i => (i % 2 ? JSON.stringify({messages: []}) : `bad ${i}`))
    for (const maxProblems of [0, 1, 10, 33])
      await expectSame(file(body), 'fine-tune', {maxProblems})
  })

  it('blank lines only, and a file too small for workers', async () => {
    await expectSame(file('\n \n\n\t\n'.repeat(10)))
    const runs = new Map<number, ParallelRun>()
    const small = file(lines(3, i => JSON.stringify(chat(i))))
    await validateFileParallel(small, 'fine-tune', {workers: 4, onRun: run => runs.set(4, run)})
    expect(runs.get(4)).toEqual({ranges: 1})
  })

  it('purpose ocr and an onChunk go to validateFile', async () => {
    const path = file('%PDF-1.7\n')
    const options = {workers: 3, minRangeBytes: 1, workerScript: files.script}
    expect(await validateFileParallel(path, 'ocr', options)).toStrictEqual(
      await validateFile(path, 'ocr')
    )
    let seen = 0
    const jsonl = file(lines(20, i => JSON.stringify(chat(i))))
    const result = await validateFileParallel(jsonl, 'fine-tune', {
      ...options,
      onChunk: chunk => (seen += chunk.length)
    })
    expect(result).toStrictEqual(await validateFile(jsonl, 'fine-tune'))
    expect(seen).toBe(result.stats.bytes)
  })
})

describe('validateFileParallel: failing workers', () => {
  const body = lines(40, i => JSON.stringify(chat(i)))
  const worker = (source: string): string => file(source, '.mjs')
  const run = (workerScript: string): Promise<unknown> =>
    validateFileParallel(file(body), 'fine-tune', {workers: 3, minRangeBytes: 1, workerScript})

  it('rejects, naming the file, when a worker throws', async () => {
    await expect(run(worker("throw new Error('boom')"))).rejects.toThrow(
      /^Validating .*\.jsonl failed: the worker thread threw: boom$/
    )
  })

  it('rejects when a worker exits early, with or without an exit code', async () => {
    await expect(run(worker('process.exit(3)'))).rejects.toThrow(
      /^Validating .*\.jsonl failed: the worker thread exited \(code 3\) before it was done$/
    )
    await expect(run(worker('// does nothing'))).rejects.toThrow(/exited \(code 0\) before/)
  })

  it('rejects when the worker script is missing', async () => {
    // Under jest import.meta.url is the .ts source, beside which no bundle lies.
    await expect(
      validateFileParallel(file(body), 'fine-tune', {workers: 2, minRangeBytes: 1})
    ).rejects.toThrow(/worker script .*validate-worker.index\.js is missing/)
  })
})
