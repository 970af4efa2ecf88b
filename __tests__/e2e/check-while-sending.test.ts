import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {copyFile, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {MockMistralServer} from '../../mock-server/server.js'
import {ACTION_ENTRY, runAction, type ActionRun} from '../../scripts/run-action.mjs'

// The check runs in the same pass as the upload (issue 16), on a worker thread for files from
// 8 MiB: an invalid line anywhere still means nothing stored, no request completed, and the
// same report as a dry run's.

const KEY = 'sk-one-pass-0123456789'
const LINES = 90_000 // about 10 MiB: above the size from which the upload's bytes go to a worker
const good = (i: number): string =>
  JSON.stringify({
    messages: [
      {role: 'user', content: `question ${i}: ${'the quick brown fox '.repeat(4)}`},
      {role: 'assistant', content: `answer ${i}`}
    ]
  })
const endsWithUser = (i: number): string =>
  JSON.stringify({messages: [{role: 'user', content: `question ${i}`}]})

let workspace: string
let server: MockMistralServer

async function dataset(name: string, badLine?: number): Promise<void> {
  const lines = Array.from({length: LINES}, (_, i) =>
    i + 1 === badLine ? endsWithUser(i) : good(i)
  )
  await writeFile(path.join(workspace, name), `${lines.join('\n')}\n`)
}

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'e2e-one-pass-'))
  await mkdir(path.join(workspace, 'many'))
  await dataset('good.jsonl')
  for (const percent of [1, 50, 99]) {
    await dataset(`bad-at-${percent}.jsonl`, Math.round((LINES * percent) / 100))
  }
})
afterAll(async () => {
  await rm(workspace, {recursive: true, force: true})
})
beforeEach(async () => {
  server = await MockMistralServer.start({apiKey: KEY})
})
afterEach(async () => {
  await server.close()
})

function run(inputs: Record<string, string>, entry = ACTION_ENTRY): Promise<ActionRun> {
  return runAction({cwd: workspace, entry, inputs: {'server-url': server.url, ...inputs}})
}

/** What the user is told about the data: problem lines, annotations, the check's outputs. */
function report(result: ActionRun): object {
  const told = result.stdout
    .split('\n')
    .filter(line => /^::error title=|\.jsonl:\d+: (error|warning) /.test(line))
  const {valid, 'num-samples': samples, 'num-errors': errors} = result.outputs
  const table = result.summary
    .split('\n')
    .filter(line => /^\| \d+ \| (error|warning) \|/.test(line))
  return {told, valid, samples, errors, table}
}

/** No upload completed: every POST /v1/files was cut before the server could answer. */
function nothingStored(): void {
  expect(server.files).toHaveLength(0)
  expect(server.uploads().filter(request => request.status !== null)).toEqual([])
}

describe('checked while sent', () => {
  it('uploads a valid file checked on the way out', async () => {
    const result = await run({path: 'good.jsonl', 'api-key': KEY})
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({valid: 'true', 'num-samples': String(LINES)})
    expect(server.files).toHaveLength(1)
    expect(server.files[0].bytes).toBe(Number(result.outputs.bytes))
  })

  it.each([1, 50, 99])(
    'stores nothing when line %i%% of the way is invalid, and reports as a dry run does',
    async percent => {
      const file = `bad-at-${percent}.jsonl`
      const sent = await run({path: file, 'api-key': KEY})
      expect(sent.code).toBe(1)
      nothingStored()
      expect(sent.outputs['file-id']).toBeUndefined()
      const dry = await run({path: file, 'dry-run': 'true'})
      expect(dry.code).toBe(1)
      expect(report(sent)).toEqual(report(dry))
      const line = Math.round((LINES * percent) / 100)
      expect(report(dry)).toMatchObject({valid: 'false', errors: '1'})
      expect(sent.stdout).toContain(`::error title=instruct/last-role,file=${file},line=${line}::`)
    }
  )

  it('stores none of several files when one is invalid, first or last', async () => {
    for (const [i, bad] of [0, 3].entries()) {
      const dir = path.join(workspace, 'many', String(i))
      await mkdir(dir)
      for (let j = 0; j < 4; j++) {
        const source = j === bad ? 'bad-at-50.jsonl' : 'good.jsonl'
        await copyFile(path.join(workspace, source), path.join(dir, `part-${j}.jsonl`))
      }
      const result = await run({path: `many/${i}/*.jsonl`, 'api-key': KEY})
      expect(result.code).toBe(1)
      nothingStored()
      expect(result.stdout).toMatch(
        new RegExp(`::error title=instruct/last-role,file=many/${i}/part-${bad}\\.jsonl,line=`)
      )
    }
  })
})

describe('a worker thread that crashes', () => {
  // dist/index.js beside a worker that runs the real one, then throws at the first message it
  // gets, once the check is under way: the runner's bundle layout, with the crash injected where only a bug could put it.
  let entry: string
  beforeAll(async () => {
    const dist = path.join(workspace, 'dist')
    await mkdir(path.join(dist, 'validate-worker'), {recursive: true})
    entry = path.join(dist, 'index.js')
    await copyFile(ACTION_ENTRY, entry)
    for (const name of ['package.json', 'sourcemap-register.cjs']) {
      await copyFile(path.join(path.dirname(ACTION_ENTRY), name), path.join(dist, name))
    }
    const real = path.join(path.dirname(ACTION_ENTRY), 'validate-worker/index.js')
    await copyFile(real, path.join(dist, 'validate-worker/real.js'))
    await writeFile(
      path.join(dist, 'validate-worker/index.js'),
      [
        "import {parentPort} from 'node:worker_threads'",
        "import './real.js'",
        'let messages = 0',
        "parentPort.on('message', () => {",
        "  if (++messages === 1) throw new Error('injected crash')",
        '})',
        ''
      ].join('\n')
    )
  })

  it('fails the upload step clearly and stores nothing', async () => {
    const result = await run({path: 'good.jsonl', 'api-key': KEY}, entry)
    expect(result.code).toBe(1)
    nothingStored()
    expect(result.stdout).toMatch(
      /^::error::Upload failed: Validating .*good\.jsonl failed: the worker thread threw: injected crash\. The dataset check stopped before the end of the file, and nothing was stored\./m
    )
    expect(result.outputs['file-id']).toBeUndefined()
  })

  it('fails a dry run clearly', async () => {
    const result = await run({path: 'good.jsonl', 'dry-run': 'true'}, entry)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /^::error::Dry run failed: Validating .*good\.jsonl failed: the worker thread threw: injected crash\./m
    )
    expect(server.requests).toHaveLength(0)
  })
})
