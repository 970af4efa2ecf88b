import {afterAll, afterEach, beforeAll, describe, expect, it} from '@jest/globals'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {FilesClient} from '../../src/client/files-client.js'
import {MockMistralServer, type MockServerOptions} from '../../mock-server/server.js'
import {runAction, type ActionRun} from '../../scripts/run-action.mjs'

// Runs the committed bundle, dist/batch/index.js, exactly as the runner does, against the local
// server. The first poll comes 5 s after the job is created, as it would on the real API, so
// each run that waits takes about that long: the jobs here are made to finish well before.

const ENTRY = fileURLToPath(new URL('../../dist/batch/index.js', import.meta.url))
const KEY = 'sk-batch-e2e-0123456789abcdef'
const FAST: MockServerOptions = {batchStepMs: 20, batchRequestsPerStep: 10}
const SLOW: MockServerOptions = {batchStepMs: 1000, batchRequestsPerStep: 1}

let workspace: string
let server: MockMistralServer | undefined

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'e2e-batch-'))
})
afterEach(async () => {
  await server?.close()
  server = undefined
})
afterAll(async () => {
  await rm(workspace, {recursive: true, force: true})
})

function lines(n: number): string {
  return Array.from({length: n}, (_, i) => {
    const body = {max_tokens: 8, messages: [{role: 'user', content: `question ${i}`}]}
    return `${JSON.stringify({custom_id: `req-${i}`, body})}\n`
  }).join('')
}

/** A server with one uploaded batch file of `requests` lines; its id. */
async function serverWithFile(options: MockServerOptions, requests = 10): Promise<string> {
  server = await MockMistralServer.start({apiKey: KEY, ...options})
  const file = path.join(workspace, 'batch.jsonl')
  await writeFile(file, lines(requests))
  const client = new FilesClient({serverUrl: server.url, apiKey: KEY, userAgent: 'e2e'})
  const size = Buffer.byteLength(lines(requests))
  const {file: stored} = await client.upload({path: file, size, purpose: 'batch'})
  return stored.id
}

function batch(
  inputs: Record<string, string>,
  onSpawn?: Parameters<typeof runAction>[0]['onSpawn']
): Promise<ActionRun> {
  return runAction({
    cwd: workspace,
    entry: ENTRY,
    inputs: {
      'api-key': KEY,
      'server-url': server?.url ?? '',
      model: 'mistral-small-latest',
      ...inputs
    },
    onSpawn
  })
}

/** The key may appear only in the command that asks the runner to mask it. */
function expectNoKey(run: ActionRun): void {
  const visible = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter(line => line !== `::add-mask::${KEY}`)
    .join('\n')
  expect(run.stdout).toContain(`::add-mask::${KEY}`)
  expect(visible).not.toContain(KEY)
  expect(run.summary).not.toContain(KEY)
  expect(JSON.stringify(run.outputs)).not.toContain(KEY)
}

function jobRequests(method: string, pattern: RegExp): number {
  return (server?.requests ?? []).filter(r => r.method === method && pattern.test(r.path)).length
}

describe('dist/batch/index.js', () => {
  it('creates the job, waits for it and saves its output file', async () => {
    const fileId = await serverWithFile(FAST)
    const run = await batch({'input-files': JSON.stringify([fileId]), 'download-path': 'results'})

    expect(run.code).toBe(0)
    const job = server?.jobs[0]
    expect(server?.jobs).toHaveLength(1)
    expect(job?.status).toBe('SUCCESS')
    expect(job?.metadata?.['github-step']).toMatch(/^-\.-\.-\.-\.[0-9a-f]{12}$/)
    const outputPath = path.join(workspace, 'results', `${job?.id}-output.jsonl`)
    expect(run.outputs).toEqual({
      'job-id': job?.id,
      status: 'SUCCESS',
      'total-requests': '10',
      'succeeded-requests': '10',
      'failed-requests': '0',
      'output-file-id': job?.output_file,
      'output-path': outputPath
    })
    const stored = server?.files.find(f => f.id === job?.output_file)
    expect(await readFile(outputPath, 'utf8')).toBe(await readFile(stored?.path ?? '', 'utf8'))
    expect(run.stdout).toMatch(/Batch job \S+ ended SUCCESS after .* 10 succeeded and 0 failed/)
    expect(run.summary).toContain('### Mistral batch job: ✅ SUCCESS')
    expect(run.summary).toContain(`<code>${job?.id}</code>`)
    expectNoKey(run)
  })

  it('warns with the count of failed requests and lists them when max-failed-requests is unset', async () => {
    const fileId = await serverWithFile({
      ...FAST,
      failCustomIds: id => (id === 'req-3' ? 422 : id === 'req-7')
    })
    const run = await batch({'input-files': fileId})

    expect(run.code).toBe(0)
    expect(run.outputs['failed-requests']).toBe('2')
    expect(run.outputs['error-file-id']).toBe(server?.jobs[0].error_file)
    expect(run.outputs['error-path']).toBeUndefined()
    expect(run.stdout).toMatch(
      /::warning title=Failed requests::2 of 10 requests of batch job \S+ failed: see the job summary/
    )
    expect(run.summary).toContain('#### Failed requests')
    expect(run.summary).toContain('| <code>req-3</code> | 422 | Unprocessable Entity |')
    expect(run.summary).toContain('| <code>req-7</code> | 400 | Invalid request |')
    expectNoKey(run)
  })

  it('fails when more requests failed than max-failed-requests', async () => {
    const fileId = await serverWithFile({
      ...FAST,
      failCustomIds: id => id === 'req-1' || id === 'req-2'
    })
    const run = await batch({
      'input-files': fileId,
      'max-failed-requests': '1',
      'download-path': 'out'
    })

    expect(run.code).toBe(1)
    const job = server?.jobs[0]
    const errorPath = path.join(workspace, 'out', `${job?.id}-error.jsonl`)
    expect(run.outputs['error-path']).toBe(errorPath)
    expect(run.stdout).toContain(
      `::error::2 of 10 requests of batch job ${job?.id} failed, more than 'max-failed-requests' (1) allows: see ${errorPath} and the job summary.`
    )
    expect((await readFile(errorPath, 'utf8')).trim().split('\n')).toHaveLength(2)
    expectNoKey(run)
  })

  it('ends once the job is created with wait: false', async () => {
    const fileId = await serverWithFile(SLOW)
    const run = await batch({'input-files': fileId, wait: 'false'})

    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({'job-id': server?.jobs[0].id, status: 'QUEUED'})
    expect(jobRequests('GET', /^\/v1\/batch\/jobs\/./)).toBe(0)
    expect(run.summary).toContain('not waited for')
    expectNoKey(run)
  })

  it('cancels the job when the workflow is cancelled (SIGINT) while it waits', async () => {
    const fileId = await serverWithFile(SLOW)
    const started = Date.now()
    const run = await batch({'input-files': fileId}, child => {
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes(' created: ')) child.kill('SIGINT')
      })
    })

    expect(Date.now() - started).toBeLessThan(5000) // before the first poll was due
    expect(run.code).toBe(1)
    const job = server?.jobs[0]
    expect(jobRequests('POST', /\/cancel$/)).toBe(1)
    expect(['CANCELLATION_REQUESTED', 'CANCELLED']).toContain(job?.status)
    expect(run.stdout).toContain(
      `The workflow was cancelled (SIGINT): cancelling batch job ${job?.id}.`
    )
    expect(run.stdout).toContain(
      'the job was cancelled too (its status is now CANCELLATION_REQUESTED)'
    )
    expect(run.outputs.status).toBe('CANCELLATION_REQUESTED')
    expectNoKey(run)
  })

  it('fails on an unknown file id, naming the input, and creates nothing', async () => {
    await serverWithFile(FAST)
    const run = await batch({'input-files': '0b7c5b1e-3f0a-4c6e-9d2a-8f1e2d3c4b5a'})

    expect(run.code).toBe(1)
    expect(server?.jobs).toHaveLength(0)
    expect(run.stdout).toMatch(
      /::error::Creating the batch job failed: the Mistral API answered 404 Not Found: File not found \(request id \w+\)\. Check 'input-files'/
    )
    expect(run.outputs).toEqual({})
    expectNoKey(run)
  })

  it('checks the inputs before any request', async () => {
    await serverWithFile(FAST)
    const before = server?.requests.length
    const run = await batch({'input-files': 'file-abc', metadata: '{"team": 7}'})

    expect(run.code).toBe(1)
    expect(server?.requests.length).toBe(before)
    expect(run.stdout).toContain(`::error::Input 'input-files': "file-abc" is not a file id`)
    expectNoKey(run)
  })

  it('stops waiting at wait-timeout-minutes, says the job still runs, and leaves it running', async () => {
    const fileId = await serverWithFile(SLOW)
    const run = await batch({'input-files': fileId, 'wait-timeout-minutes': '0.05'})

    expect(run.code).toBe(1)
    const job = server?.jobs[0]
    expect(run.stdout).toMatch(
      new RegExp(
        `::error::Stopped waiting after 3\\.\\d s \\('wait-timeout-minutes'\\): batch job ${job?.id} is still RUNNING`
      )
    )
    expect(jobRequests('POST', /\/cancel$/)).toBe(0)
    expect(job?.status).toBe('RUNNING')
    expect(run.outputs).toMatchObject({'job-id': job?.id, status: 'RUNNING'})
    expect(run.summary).toContain('⏳ still RUNNING')
    expectNoKey(run)
  })

  it('goes on waiting through transient 5xx answers while polling', async () => {
    const fileId = await serverWithFile(FAST)
    const fault = {kind: 'status', status: 503, headers: {'retry-after': '0'}} as const
    server?.inject('GET /v1/batch/jobs/{id}', fault, {...fault, status: 502})
    const run = await batch({'input-files': fileId})

    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('SUCCESS')
    expect(run.stdout).toMatch(
      /::warning::Polling batch job \S+ failed \(1 time in a row\): the API answered 503/
    )
    expect(run.stdout).toMatch(
      /Polling batch job \S+ failed \(2 times in a row\): the API answered 502/
    )
    expectNoKey(run)
  })

  it('leaves no duplicate job after an ambiguous failure on create', async () => {
    const fileId = await serverWithFile(SLOW)
    server?.inject('POST /v1/batch/jobs', {kind: 'store-then-status', status: 500})
    const run = await batch({'input-files': fileId, wait: 'false'})

    expect(run.code).toBe(0)
    expect(server?.jobs).toHaveLength(1)
    expect(jobRequests('POST', /^\/v1\/batch\/jobs$/)).toBe(1)
    expect(run.outputs['job-id']).toBe(server?.jobs[0].id)
    expect(run.stdout).toContain('::warning::Creating the batch job, attempt 1 of 5 failed')
    expect(run.stdout).toContain('found by the step')
    expectNoKey(run)
  })
})
