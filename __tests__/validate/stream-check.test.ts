import {beforeAll, describe, expect, it} from '@jest/globals'
import {readFileSync, truncateSync} from 'node:fs'
import {validateFile} from '../../src/validate/index.js'
import {StreamCheck, type StreamCheckOptions} from '../../src/validate/stream-check.js'
import type {Problem, ValidationResult, JsonlPurpose} from '../../src/validate/types.js'
import {lines} from './helpers.js'
import {threadedTestFiles} from './worker-bundle.js'

const files = threadedTestFiles('stream-check-')
const file = files.file

const chat = (i: number): string =>
  JSON.stringify({
    messages: [
      {role: 'user', content: `Question ${i}: 日本語 🎉?`},
      {role: 'assistant', content: `Answer ${i}.`}
    ]
  })

/** About `bytes` of fine-tune lines, good and bad, CRLF, blank, lone CR and long ones mixed. */
function dataset(bytes: number): Buffer {
  const parts = [Buffer.from([0xef, 0xbb, 0xbf])]
  let size = 3
  for (let i = 1; size < bytes; i++) {
    let line = chat(i)
    if (i % 97 === 0) line = '{"messages": ['
    if (i % 89 === 0) line = JSON.stringify({text: 'x'.repeat(40_000)})
    if (i % 83 === 0) line = ''
    if (i % 79 === 0) line += '\r'
    if (i % 73 === 0) line = `${chat(i)}\r${chat(i)}`
    const part = i % 101 === 0 ? Buffer.from([0x7b, 0xff, 0x0a]) : Buffer.from(`${line}\n`)
    parts.push(part)
    size += part.length
  }
  return Buffer.concat(parts)
}

const requests = (count: number): string =>
  Array.from(
    {length: count},
    (_, i) => `${JSON.stringify({custom_id: `r${i % 500}`, body: {prompt: `p${i}`}})}\n`
  ).join('')

type Modes = Pick<StreamCheckOptions, 'workerMinBytes' | 'tailLane'>
const THREADS: Array<[string, Modes]> = [
  ['on this thread', {}],
  ['on a worker', {workerMinBytes: 0}],
  ['in two lanes', {workerMinBytes: 0, tailLane: true}]
]

function start(
  path: string,
  purpose: JsonlPurpose,
  modes: Modes,
  options: StreamCheckOptions['options'] = {}
): StreamCheck {
  const size = readFileSync(path).length
  return new StreamCheck({path, size, purpose, options, workerScript: files.script, ...modes})
}

/** Push [from, to) of `data` in `chunkSize` chunks through one reused buffer, as the upload does. */
async function pushRange(
  check: StreamCheck,
  data: Buffer,
  chunkSize: number,
  from = 0,
  to = data.length
): Promise<void> {
  const chunk = Buffer.alloc(chunkSize)
  for (let at = from; at < to; at += chunkSize) {
    const length = data.copy(chunk, 0, at, Math.min(at + chunkSize, to))
    await check.push(chunk.subarray(0, length), at)
    chunk.fill(0x7b) // the caller reuses its buffer at once
  }
}

async function streamed(
  path: string,
  purpose: JsonlPurpose,
  modes: Modes,
  chunkSize: number,
  options: StreamCheckOptions['options'] = {}
): Promise<ValidationResult> {
  const check = start(path, purpose, modes, options)
  try {
    await pushRange(check, readFileSync(path), chunkSize)
    return await check.done()
  } finally {
    check.close()
  }
}

async function state(promise: Promise<unknown>): Promise<'pending' | 'settled'> {
  const pending = {}
  const first = await Promise.race([promise, new Promise(r => setTimeout(() => r(pending), 50))])
  return first === pending ? 'pending' : 'settled'
}

describe.each(THREADS)('StreamCheck %s', (_name, modes) => {
  const data = dataset(600_000)
  let path: string
  beforeAll(() => {
    path = file(data)
  })

  it.each([1, 7, 256 * 1024])('deep-equals validateFile, in chunks of %d bytes', async size => {
    const expected = await validateFile(path, 'fine-tune')
    expect(expected.errorCount).toBeGreaterThan(0)
    expect(await streamed(path, 'fine-tune', modes, size)).toStrictEqual(expected)
  })

  it('deep-equals validateFile for batch, with duplicate custom_ids, and a problem cap', async () => {
    const batch = file(requests(3000))
    const options = {maxProblems: 20}
    expect(await streamed(batch, 'batch', modes, 4096, options)).toStrictEqual(
      await validateFile(batch, 'batch', options)
    )
  })

  it('takes a retried attempt from byte 0, and overlapping chunks', async () => {
    const check = start(path, 'fine-tune', modes)
    await pushRange(check, data, 7, 0, 250_000)
    expect(check.checkedOffset).toBe(250_000)
    await pushRange(check, data, 64 * 1024) // the retry sends it all again
    const overlap = start(path, 'fine-tune', modes)
    for (let at = 0; at < data.length; at += 1000) {
      await overlap.push(data.subarray(Math.max(0, at - 300), at + 1000), Math.max(0, at - 300))
    }
    const expected = await validateFile(path, 'fine-tune')
    expect(await check.done()).toStrictEqual(expected)
    expect(await overlap.done()).toStrictEqual(expected)
  })

  it('finishes from disk after a partial push, or none', async () => {
    const expected = await validateFile(path, 'fine-tune')
    for (const pushed of [0, 1, 123_457, data.length]) {
      const check = start(path, 'fine-tune', modes)
      await pushRange(check, data, 256 * 1024, 0, pushed)
      expect({pushed, result: await check.finishFromDisk()}).toStrictEqual({
        pushed,
        result: expected
      })
    }
  })

  it('refuses a gap, and done() before the last byte', async () => {
    const check = start(path, 'fine-tune', modes)
    await check.push(data.subarray(0, 10), 0)
    expect(() => check.push(data.subarray(20, 30), 20)).toThrow(
      /a chunk at byte 20, but bytes from 10 were not pushed/
    )
    await expect(check.done()).rejects.toThrow(/10 of \d+ bytes were pushed; call finishFromDisk/)
    check.close()
  })

  it('leaves firstError pending for a valid file, and fires it at the end for a file error', async () => {
    const valid = file(`${chat(1)}\n${chat(2)}\n`)
    const check = start(valid, 'fine-tune', modes)
    await pushRange(check, readFileSync(valid), 5)
    expect((await check.done()).valid).toBe(true)
    expect(await state(check.firstError)).toBe('pending')
    const blank = file('\n\n')
    const empty = start(blank, 'fine-tune', modes)
    await pushRange(empty, readFileSync(blank), 1)
    const result = await empty.done()
    expect(await empty.firstError).toStrictEqual(result.problems.find(p => p.severity === 'error'))
  })

  it('close() rejects a pending result and makes push a no-op', async () => {
    const check = start(path, 'fine-tune', modes)
    await pushRange(check, data, 1000, 0, 5000)
    check.close()
    check.close()
    await check.push(data.subarray(5000, 6000), 5000)
    await expect(check.finishFromDisk()).rejects.toThrow(/StreamCheck of .* was closed/)
  })
})

describe('StreamCheck on a worker', () => {
  it('fires firstError while pushing, for an error in the first 1% of the file', async () => {
    const data = Buffer.from(lines(120_000, i => (i === 301 ? 'oops' : chat(i))))
    const path = file(data)
    const check = start(path, 'fine-tune', {}) // large enough for a worker by default
    let firedAt = -1
    let pushed = 0
    const watch = async (): Promise<void> => {
      await check.firstError
      firedAt = pushed
    }
    void watch()
    const chunk = 256 * 1024
    for (; pushed < data.length; pushed += chunk) {
      await check.push(data.subarray(pushed, pushed + chunk), pushed)
    }
    expect(data.length).toBeGreaterThan(8 * 1024 * 1024)
    expect(firedAt).toBeGreaterThan(0)
    expect(firedAt).toBeLessThan(data.length / 2)
    const result = await check.done()
    const first = result.problems.find(p => p.severity === 'error') as Problem
    expect(first.line).toBe(301)
    expect(await check.firstError).toStrictEqual(first)
    check.close()
  })

  it('holds push back while 4 MiB are with the worker', async () => {
    const data = dataset(12 * 1024 * 1024)
    const path = file(data)
    const check = start(path, 'fine-tune', {})
    const big = check.push(data.subarray(0, 8 * 1024 * 1024), 0)
    expect(await state(big)).toBe('pending')
    await big
    await pushRange(check, data, 256 * 1024, 8 * 1024 * 1024)
    expect(await check.done()).toStrictEqual(await validateFile(path, 'fine-tune'))
  })

  it('rejects, naming the file, when the worker throws or exits early', async () => {
    const data = dataset(3 * 1024 * 1024)
    const path = file(data)
    for (const [source, message] of [
      ["throw new Error('boom')", /^Validating .*\.jsonl failed: the worker thread threw: boom$/],
      ['process.exit(3)', /exited \(code 3\) before it was done/],
      ['// does nothing', /exited \(code 0\) before it was done/]
    ] as const) {
      const workerScript = file(source, '.mjs')
      const size = data.length
      const check = new StreamCheck({
        path,
        size,
        purpose: 'fine-tune',
        workerScript,
        workerMinBytes: 0
      })
      await pushRange(check, data, 256 * 1024) // pushes do not hang on a dead worker
      await expect(check.done()).rejects.toThrow(message)
      check.close()
    }
  })

  it('rejects when the file is shorter than its size when read from disk', async () => {
    const data = dataset(200_000)
    const path = file(data)
    const check = start(path, 'fine-tune', {workerMinBytes: 0})
    await pushRange(check, data, 4096, 0, 50_000)
    truncateSync(path, 100_000)
    await expect(check.finishFromDisk()).rejects.toThrow(
      /^Validating .*\.jsonl failed: the worker thread threw: .*ends at byte 100000, before 200\d+: it changed while read$/
    )
    check.close()
  })
})

describe('StreamCheck in two lanes', () => {
  type JoinOutcome = Parameters<NonNullable<StreamCheckOptions['onJoin']>>[0]

  /** How the lanes ended for `data`, pushed as the upload does; the result is validateFile's. */
  async function joined(
    text: string,
    purpose: JsonlPurpose = 'fine-tune'
  ): Promise<JoinOutcome | undefined> {
    const data = Buffer.from(text)
    const path = file(data)
    let outcome: JoinOutcome | undefined
    const check = new StreamCheck({
      path,
      size: data.length,
      purpose,
      workerScript: files.script,
      workerMinBytes: 0,
      tailLane: true,
      onJoin: how => {
        outcome = how
      }
    })
    await pushRange(check, data, 4096)
    expect(await check.done()).toStrictEqual(await validateFile(path, purpose))
    check.close()
    return outcome
  }

  it('joins the lanes, or reads on from the cut when the flow changed in the head or a custom_id is in both', async () => {
    expect(await joined(lines(2000, chat))).toBe('joined')
    const lateText = (i: number): string => (i === 15_000 ? `${chat(i)}\r{"text": "t"}` : chat(i))
    // Past the 1 MiB that headFlow reads: the tail started from the flow before the lone CR.
    expect(await joined(lines(40_000, lateText))).toBe('flow')
    const request = (id: string): string => JSON.stringify({custom_id: id, body: {prompt: id}})
    expect(
      await joined(
        lines(2000, i => request(`r${i}`)),
        'batch'
      )
    ).toBe('joined')
    expect(
      await joined(
        lines(2000, i => request(i === 2000 ? 'r1' : `r${i}`)),
        'batch'
      )
    ).toBe('custom-id')
  })

  it("fires the tail's error once the upload reaches the cut, before done()", async () => {
    const data = Buffer.from(lines(4000, i => (i === 3000 ? 'oops' : chat(i))))
    const path = file(data)
    const check = start(path, 'fine-tune', {workerMinBytes: 0, tailLane: true})
    await pushRange(check, data, 4096, 0, Math.floor(data.length / 2) - 4096)
    expect(await state(check.firstError)).toBe('pending') // the tail checked it, but alone
    await pushRange(check, data, 4096, Math.floor(data.length / 2) - 4096)
    expect((await check.firstError).line).toBe(3000)
    expect(await check.done()).toStrictEqual(await validateFile(path, 'fine-tune'))
    check.close()
  })
})
