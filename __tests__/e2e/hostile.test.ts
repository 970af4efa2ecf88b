import {afterEach, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {MockMistralServer} from '../../mock-server/server.js'
import {runAction, type ActionRun} from '../../scripts/run-action.mjs'

// dist/index.js against a hostile server and hostile data: nothing leaks, nothing is injected,
// nothing hangs or balloons, and no file is stored twice.

const KEY = 'sk-hostile-0123456789abcdefghij'
const SAMPLE =
  '{"messages":[{"role":"user","content":"2+2?"},{"role":"assistant","content":"4"}]}\n'
const SIZE = SAMPLE.length * 20

let workspace: string
let server: MockMistralServer

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'e2e-hostile-'))
  await mkdir(path.join(workspace, 'data'))
  await writeFile(path.join(workspace, 'data/train.jsonl'), SAMPLE.repeat(20))
})
beforeEach(async () => {
  server = await MockMistralServer.start({apiKey: KEY})
})
afterEach(async () => {
  await server.close()
})

function upload(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    cwd: workspace,
    inputs: {path: 'data/train.jsonl', 'api-key': KEY, 'server-url': server.url, ...inputs},
    env: {RUNNER_DEBUG: '1'}
  })
}

/** Every part of the key 8 characters or longer: none may be visible anywhere. */
function expectNoPartOfKey(run: ActionRun): void {
  const visible = [
    ...`${run.stdout}\n${run.stderr}`.split('\n').filter(line => line !== `::add-mask::${KEY}`),
    run.summary,
    JSON.stringify(run.outputs)
  ].join('\n')
  for (let start = 0; start + 8 <= KEY.length; start++) {
    expect(visible).not.toContain(KEY.slice(start, start + 8))
  }
}

/** Log lines the runner would read as workflow commands, besides the action's own. */
function injectedCommands(run: ActionRun): string[] {
  return run.stdout
    .split(/\r\n|\r|\n/)
    .filter(line => /^\s*::/.test(line) || line.includes('##['))
    .filter(line => /injected/.test(line) && !/^::(error|warning|notice)[ :]/.test(line))
}

const fileAnswer = (overrides: Record<string, unknown>): Record<string, unknown> => ({
  id: 'b3a5c1de-0000-4000-8000-000000000001',
  object: 'file',
  bytes: SIZE,
  created_at: 1_796_185_583,
  filename: 'train.jsonl',
  purpose: 'fine-tune',
  sample_type: 'instruct',
  ...overrides
})

describe('the key never appears, even in part', () => {
  it.each([
    // Each cut falls on the key's last character: all the rest would show if cut before redacted.
    [
      'a JSON reason cut at 500 characters',
      400,
      {message: `${'x'.repeat(501 - KEY.length)}${KEY}`}
    ],
    ['a body that is not JSON, cut at 200', 200, `${'y'.repeat(201 - KEY.length)}${KEY} and more`],
    ['a request id that echoes it', 400, {message: 'bad'}]
  ])('%s', async (_name, status, body) => {
    server.inject('POST /v1/files', {
      kind: 'status',
      status,
      body,
      headers: {'x-request-id': `req-${KEY}`}
    })
    const run = await upload({'max-attempts': '1'})
    expect(run.code).toBe(1)
    expectNoPartOfKey(run)
  })

  it('in the fields of a 2xx answer: outputs and summary', async () => {
    const echoed = fileAnswer({id: KEY, filename: KEY, purpose: KEY, sample_type: KEY})
    server.inject('POST /v1/files', {kind: 'status', status: 200, body: echoed})
    const run = await upload()
    expect(run.code).toBe(0)
    expect(run.outputs['file-id']).toBe('***')
    expectNoPartOfKey(run)
  })
})

describe('outside text never becomes a workflow command or markup', () => {
  it('a server id, name and sample type', async () => {
    const answer = fileAnswer({
      id: 'f-1\n::add-mask::injected\r::error::injected ##[error]injected',
      filename: 'x\n::warning::injected',
      sample_type: '<img src=x onerror=alert(1)><a href="https://evil">injected</a>'
    })
    server.inject('POST /v1/files', {kind: 'status', status: 200, body: answer})
    const run = await upload()
    expect(run.code).toBe(0)
    expect(injectedCommands(run)).toEqual([])
    expect(run.summary).not.toMatch(/<(img|a)\b/)
  })

  it('a 422 with more line errors than the runner annotates', async () => {
    const errors = Array.from({length: 12}, (_, i) => ({
      message: `bad\n::error::injected ${i}`,
      line_number: i + 1
    }))
    server.inject('POST /v1/files', {
      kind: 'status',
      status: 422,
      body: {detail: 'Invalid file format.', errors}
    })
    const run = await upload({validate: 'false'})
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^data\/train\.jsonl:12: error Rejected by the Mistral API: bad/m)
    expect(injectedCommands(run)).toEqual([])
  })

  it('a file name with a line break, and data problems past the 10th', async () => {
    const name = 'evil\n::error::injected-by-name.jsonl'
    await writeFile(path.join(workspace, 'data', name), '{"k\\n::error::injected": 1}\n'.repeat(12))
    const run = await upload({path: 'data/evil*', 'dry-run': 'true'})
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/:12: error /)
    expect(injectedCommands(run)).toEqual([])
    expect(run.summary).not.toContain('\n::error::injected-by-name')
  })
})

describe('nothing hangs, nothing balloons', () => {
  it('a reuse lookup that trickles a byte a second gives up at the attempt limit', async () => {
    server.inject('GET /v1/files', {kind: 'trickle', intervalMs: 1000})
    const run = await upload({
      'remote-name': '{stem}-{sha256:12}{ext}',
      'attempt-timeout-seconds': '2'
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /Could not look for data\/train\.jsonl .*no complete answer within 2\.0 s/
    )
    expect(server.files).toHaveLength(1)
  })

  it('a list without end is cut at 1 MiB', async () => {
    server.inject('GET /v1/files', {kind: 'endless'})
    const run = await upload({'remote-name': '{stem}-{sha256:12}{ext}'})
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Could not look .*a body over 1 MiB/)
    expect(server.files).toHaveLength(1)
  })

  it('an answer to the upload without end fails clearly', async () => {
    server.inject('POST /v1/files', {kind: 'endless'})
    const run = await upload({'max-attempts': '1'})
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::Upload of data\/train\.jsonl failed: the API answered 200 with a body over 1 MiB/
    )
  })
})

describe('no duplicate when the server is slow', () => {
  it('a server that stores the file after the attempt timed out: found, not sent again', async () => {
    server.inject('POST /v1/files', {kind: 'store-late', ms: 3500})
    const run = await upload({'attempt-timeout-seconds': '1'})
    expect(run.code).toBe(0)
    expect(server.uploads()).toHaveLength(1)
    expect(server.files).toHaveLength(1)
    expect(run.outputs['file-id']).toBe(server.files[0].id)
    expect(run.stdout).toContain('The API had stored data/train.jsonl before that failure')
  })
})

describe('a redirect is named, and not followed', () => {
  it('fails at once with the Location', async () => {
    server.inject('POST /v1/files', {
      kind: 'status',
      status: 307,
      body: '',
      headers: {location: 'https://elsewhere.example/v1/files'}
    })
    const run = await upload()
    expect(run.code).toBe(1)
    expect(server.uploads()).toHaveLength(1)
    expect(run.stdout).toMatch(
      /::error::Upload of data\/train\.jsonl failed: the Mistral API answered 307 Temporary Redirect.*redirects to https:\/\/elsewhere\.example\/v1\/files; redirects are not followed/
    )
  })
})

describe('an answer without the optional fields', () => {
  it('still reports the upload that worked', async () => {
    server.inject('POST /v1/files', {
      kind: 'status',
      status: 200,
      body: {id: 'b3a5c1de-0000-4000-8000-000000000002', created_at: 1, bytes: SIZE}
    })
    const run = await upload()
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      'file-id': 'b3a5c1de-0000-4000-8000-000000000002',
      filename: '',
      purpose: 'fine-tune',
      'sample-type': ''
    })
  })
})
