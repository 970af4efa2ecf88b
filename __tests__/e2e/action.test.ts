import {afterEach, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {MockMistralServer, type MockServerOptions} from '../../mock-server/server.js'
import {runAction, type ActionRun} from '../../scripts/run-action.mjs'

// Runs the committed bundle, dist/index.js, exactly as the runner does.

const KEY = 'sk-e2e-0123456789abcdef'
const SAMPLE =
  '{"messages":[{"role":"user","content":"2+2?"},{"role":"assistant","content":"4"}]}\n'

let workspace: string
let server: MockMistralServer

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'e2e-workspace-'))
  await mkdir(path.join(workspace, 'data'))
  await writeFile(path.join(workspace, 'data/train.jsonl'), SAMPLE.repeat(50))
  await writeFile(path.join(workspace, 'data/bad lines.jsonl'), `${SAMPLE}oops\n${SAMPLE}{"a":\n`)
  await writeFile(path.join(workspace, 'data/données.jsonl'), SAMPLE)
})
beforeEach(async () => {
  server = await startServer()
})
afterEach(async () => {
  await server.close()
})

function startServer(options: MockServerOptions = {}): Promise<MockMistralServer> {
  return MockMistralServer.start({apiKey: KEY, ...options})
}

function upload(
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction({
    cwd: workspace,
    inputs: {path: 'data/train.jsonl', 'api-key': KEY, 'server-url': server.url, ...inputs},
    env
  })
}

/** The key may appear only in the command that asks the runner to mask it. */
function expectNoKey(run: ActionRun, key = KEY): void {
  const visible = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter(line => line !== `::add-mask::${key}`)
    .join('\n')
  expect(visible).not.toContain(key)
  expect(run.summary).not.toContain(key)
  expect(JSON.stringify(run.outputs)).not.toContain(key)
}

describe('dist/index.js', () => {
  it('uploads the file and sets outputs equal to what the server stored', async () => {
    const run = await upload({}, {RUNNER_DEBUG: '1'})

    expect(run.code).toBe(0)
    expect(server.files).toHaveLength(1)
    const stored = server.files[0]
    expect(run.outputs).toEqual({
      'file-id': stored.id,
      bytes: String(SAMPLE.length * 50),
      'created-at': String(stored.created_at),
      filename: 'train.jsonl',
      purpose: 'fine-tune',
      'sample-type': 'instruct',
      sha256: stored.sha256,
      valid: 'true',
      'num-samples': '50',
      'num-errors': '0',
      files: JSON.stringify([
        {
          path: 'data/train.jsonl',
          'file-id': stored.id,
          filename: 'train.jsonl',
          bytes: SAMPLE.length * 50,
          'created-at': stored.created_at,
          sha256: stored.sha256,
          reused: false
        }
      ]),
      'file-ids': JSON.stringify([stored.id])
    })
    expect(stored.bytes).toBe(SAMPLE.length * 50)
    expect(run.summary).toContain(stored.id)
    // The table shows the hash shortened and the time in UTC; the outputs keep the full values.
    expect(run.summary).toContain(`<code>${stored.sha256.slice(0, 12)}…</code>`)
    expect(run.summary).not.toContain(stored.sha256)
    expect(run.summary).toContain(
      `${new Date(stored.created_at * 1000).toISOString().slice(0, 19).replace('T', ' ')} UTC`
    )
    expect(run.stdout).toContain(`::add-mask::${KEY}`)
    expect(run.stdout.indexOf('::add-mask::')).toBeLessThan(run.stdout.indexOf('::debug::'))
    expectNoKey(run)
  })

  it('sends purpose, visibility and expiry when set', async () => {
    await writeFile(path.join(workspace, 'data/batch.jsonl'), '{"custom_id":"1","body":{}}\n')
    const run = await upload({
      path: 'data/batch.jsonl',
      purpose: 'batch',
      visibility: 'user',
      expiry: '48'
    })
    expect(run.code).toBe(0)
    expect(server.uploads()[0].fields).toEqual({purpose: 'batch', visibility: 'user', expiry: '48'})
    expect(run.outputs.purpose).toBe('batch')
    expect(run.outputs['sample-type']).toBe('batch_request')
  })

  it('keeps a non-ASCII file name', async () => {
    const run = await upload({path: 'data/données.jsonl'})
    expect(run.code).toBe(0)
    expect(server.files[0].filename).toBe('données.jsonl')
    expect(run.outputs.filename).toBe('données.jsonl')
  })

  it('reports the local size, and says so, when the API answers "bytes": null', async () => {
    await server.close()
    server = await startServer({bytesNull: true})
    const run = await upload()
    expect(run.code).toBe(0)
    expect(run.outputs.bytes).toBe(String(SAMPLE.length * 50))
    expect(run.stdout).toContain('The API did not report the stored size')
  })

  it('fails on bad input before any request, naming the input', async () => {
    const run = await upload({path: 'data/nope.jsonl'})
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("::error::Input 'path': data/nope.jsonl does not exist")
    expect(server.requests).toHaveLength(0)
    // `files` and `file-ids` are always set, so `fromJSON` in a later step never breaks.
    expect(run.outputs).toEqual({files: '[]', 'file-ids': '[]'})
  })

  it('fails with the status, the reason and a hint for a wrong key, and never shows it', async () => {
    const wrong = 'sk-wrong-key-do-not-print'
    const run = await upload({'api-key': wrong}, {RUNNER_DEBUG: '1'})
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::Upload of data\/train\.jsonl failed: the Mistral API answered 401 Unauthorized: Unauthorized \(request id [^)]+\)\. Check the secret passed as 'api-key'/
    )
    expect(run.summary).toContain('401 Unauthorized')
    expectNoKey(run, wrong)
    expect(run.outputs['file-id']).toBeUndefined()
  })

  it('annotates the lines the API rejected at file:line', async () => {
    const run = await upload({path: 'data/bad lines.jsonl', validate: 'false'})
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error title=Rejected by the Mistral API,file=data\/bad lines\.jsonl,line=2::/
    )
    expect(run.stdout).toMatch(
      /::error title=Rejected by the Mistral API,file=data\/bad lines\.jsonl,line=4::/
    )
    expect(run.stdout).toMatch(
      /422 Unprocessable Entity: Invalid file format\..*see the annotations/
    )
  })

  it('keeps a key the server echoes back out of the log and the summary', async () => {
    server.inject('POST /v1/files', {
      kind: 'status',
      status: 400,
      body: {message: `bad key ${KEY}`}
    })
    const run = await upload({}, {RUNNER_DEBUG: '1'})
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('400 Bad Request: bad key ***')
    expectNoKey(run)
  })

  it('retries, then explains, an unreachable server', async () => {
    const url = server.url
    await server.close()
    const run = await runAction({
      cwd: workspace,
      inputs: {path: 'data/train.jsonl', 'api-key': KEY, 'server-url': url, 'max-attempts': '2'}
    })
    server = await startServer()
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::warning::Attempt 1 of 2 for data\/train\.jsonl failed: connection failed: ECONNREFUSED .*\. Retrying in \d\.\d s\./
    )
    expect(run.stdout).toMatch(
      /::error::Upload of data\/train\.jsonl failed after 2 attempts: connection failed: ECONNREFUSED.*Check 'server-url'/
    )
  })

  it('still uploads when the job summary cannot be written', async () => {
    const run = await upload({}, {GITHUB_STEP_SUMMARY: path.join(workspace, 'no/such/summary.md')})
    expect(run.code).toBe(0)
    expect(run.outputs['file-id']).toBe(server.files[0].id)
    expect(run.stdout).toContain('::warning::The job summary was not written')
  })
})

describe('the bundle', () => {
  // Start-up is paid by every step: an HTTP library loaded for nothing costs ~50 ms of it.
  it("loads no HTTP library: requests go through Node's own http", async () => {
    const licenses = await readFile(new URL('../../dist/licenses.txt', import.meta.url), 'utf8')
    expect(licenses).not.toMatch(/^undici$/m)

    // Node loads its internal undici when anything touches fetch, Headers and the like.
    const probe = path.join(workspace, 'probe.mjs')
    await writeFile(
      probe,
      "process.on('exit', () => console.log('internal undici loaded:', " +
        "process.moduleLoadList.some(m => m.includes('undici'))))\n"
    )
    const run = await upload({}, {NODE_OPTIONS: `--import=${pathToFileURL(probe).href}`})
    expect(run.code).toBe(0)
    expect(run.outputs['file-id']).toBe(server.files[0].id)
    expect(run.stdout).toContain('internal undici loaded: false')
  })
})
