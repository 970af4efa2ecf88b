import {afterEach, describe, expect, it} from '@jest/globals'
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {
  createBatchJobOnce,
  findJobByMarker,
  type CreateJobOptions
} from '../../src/client/create-batch-job.js'
import {
  APITimeoutError,
  InvalidResponseError,
  NotFoundError,
  UnprocessableEntityError
} from '../../src/client/errors.js'
import {FilesClient} from '../../src/client/files-client.js'
import {JobsClient, type BatchJob} from '../../src/client/jobs-client.js'
import {withRetries} from '../../src/client/with-retries.js'
import {MockMistralServer, type Fault, type MockServerOptions} from '../../mock-server/server.js'

const KEY = 'sk-jobs-0123456789'
const MARKER = {key: 'github-step', value: '1.1.build.step.abcdef012345'}
const LINES = Array.from(
  {length: 6},
  (_, i) => `{"custom_id":"r${i}","body":{"messages":[]}}\n`
).join('')

let server: MockMistralServer
afterEach(async () => {
  await server.close()
})

async function start(options: MockServerOptions = {}): Promise<{jobs: JobsClient; fileId: string}> {
  server = await MockMistralServer.start({apiKey: KEY, batchStepMs: 10, ...options})
  const clientOptions = {serverUrl: server.url, apiKey: KEY, userAgent: 'test'}
  const dir = await mkdtemp(path.join(tmpdir(), 'jobs-client-'))
  await writeFile(path.join(dir, 'b.jsonl'), LINES)
  const files = new FilesClient(clientOptions)
  const {file} = await files.upload({
    path: path.join(dir, 'b.jsonl'),
    size: LINES.length,
    purpose: 'batch'
  })
  return {jobs: new JobsClient(clientOptions), fileId: file.id}
}

/** The create loop with waits recorded, not slept. */
async function create(
  jobs: JobsClient,
  fileId: string,
  options: Partial<CreateJobOptions> = {}
): Promise<{
  result?: Awaited<ReturnType<typeof createBatchJobOnce>>
  error?: unknown
  waits: number[]
}> {
  const waits: number[] = []
  const request = {input_files: [fileId], endpoint: '/v1/chat/completions' as const, model: 'm'}
  try {
    const result = await createBatchJobOnce(jobs, request, MARKER, {
      maxAttempts: 5,
      timeoutMs: 60_000,
      sleep: async ms => void waits.push(ms),
      ...options
    })
    return {result, waits}
  } catch (error) {
    return {error, waits}
  }
}

function posts(): number {
  return server.requests.filter(r => r.method === 'POST' && r.path === '/v1/batch/jobs').length
}

describe('JobsClient', () => {
  it('creates, gets, lists and cancels a batch job', async () => {
    const {jobs, fileId} = await start({batchStepMs: 1000})
    const created = await jobs.createBatchJob({
      input_files: [fileId],
      endpoint: '/v1/chat/completions',
      model: 'mistral-small-latest',
      metadata: {team: 'search'},
      timeout_hours: 2
    })
    expect(created).toMatchObject({
      status: 'QUEUED',
      input_files: [fileId],
      endpoint: '/v1/chat/completions',
      model: 'mistral-small-latest',
      metadata: {team: 'search'},
      total_requests: 6,
      output_file: null,
      errors: []
    })
    expect(await jobs.getBatchJob(created.id)).toEqual(created)
    expect((await jobs.listBatchJobs()).map(j => j.id)).toEqual([created.id])
    expect((await jobs.cancelBatchJob(created.id)).status).toBe('CANCELLATION_REQUESTED')
  })

  it('lets a job run to SUCCESS with an output file', async () => {
    const {jobs, fileId} = await start()
    let job = await jobs.createBatchJob({
      input_files: [fileId],
      endpoint: '/v1/chat/completions',
      model: 'm'
    })
    while (job.status !== 'SUCCESS') {
      await new Promise(resolve => setTimeout(resolve, 20))
      job = await jobs.getBatchJob(job.id)
    }
    expect(job).toMatchObject({completed_requests: 6, succeeded_requests: 6, failed_requests: 0})
    expect(job.output_file).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('answers 404 for an unknown file and a job that does not exist', async () => {
    const {jobs} = await start()
    const missing = '0b7c5b1e-3f0a-4c6e-9d2a-8f1e2d3c4b5a'
    await expect(
      jobs.createBatchJob({input_files: [missing], endpoint: '/v1/chat/completions'})
    ).rejects.toBeInstanceOf(NotFoundError)
    await expect(jobs.getBatchJob(missing)).rejects.toBeInstanceOf(NotFoundError)
  })

  it('refuses an answer that is not a batch job', async () => {
    const {jobs} = await start()
    const id = '0b7c5b1e-3f0a-4c6e-9d2a-8f1e2d3c4b5a'
    server.inject(
      'GET /v1/batch/jobs/{id}',
      {kind: 'status', status: 200, body: {id, status: 'DONE'}},
      {kind: 'status', status: 200, body: {id, status: 'RUNNING'}}
    )
    await expect(jobs.getBatchJob(id)).rejects.toThrow('has an unknown `status`')
    await expect(jobs.getBatchJob(id)).rejects.toThrow('has no numeric `total_requests`')
  })
})

describe('createBatchJobOnce', () => {
  it('sends the marker beside the metadata and creates one job', async () => {
    const {jobs, fileId} = await start()
    const {result} = await create(jobs, fileId)
    expect(result).toMatchObject({attempts: 1, recovered: false})
    expect(server.jobs[0].metadata).toEqual({[MARKER.key]: MARKER.value})
  })

  it.each<[string, Fault]>([
    ['a 500 after the job was created', {kind: 'store-then-status', status: 500}],
    ['a truncated answer', {kind: 'truncated-json'}]
  ])('finds the job after %s instead of creating another', async (_, fault) => {
    const {jobs, fileId} = await start()
    server.inject('POST /v1/batch/jobs', fault)
    const {result, waits} = await create(jobs, fileId)
    expect(server.jobs).toHaveLength(1)
    expect(posts()).toBe(1)
    expect(result).toMatchObject({attempts: 2, recovered: true, job: {id: server.jobs[0].id}})
    expect(waits).toHaveLength(1)
  })

  it('finds a job the server created after the client gave up', async () => {
    const {jobs, fileId} = await start()
    server.inject('POST /v1/batch/jobs', {kind: 'store-late', ms: 300})
    const {result} = await create(jobs, fileId, {
      attemptTimeoutMs: 200,
      sleep: ms => new Promise(resolve => setTimeout(resolve, Math.min(ms, 200)))
    })
    expect(server.jobs).toHaveLength(1)
    expect(result?.recovered).toBe(true)
  })

  it('creates again when a reset left nothing, after looking', async () => {
    const {jobs, fileId} = await start()
    server.inject('POST /v1/batch/jobs', {kind: 'reset-before-response'})
    const {result} = await create(jobs, fileId, {lookWindowMs: 0})
    expect(result).toMatchObject({attempts: 2, recovered: false})
    expect(server.jobs).toHaveLength(1)
    expect(server.requests.some(r => r.method === 'GET' && r.path === '/v1/batch/jobs')).toBe(true)
  })

  it('retries a 429 without looking, since nothing was created', async () => {
    const {jobs, fileId} = await start()
    server.inject('POST /v1/batch/jobs', {
      kind: 'status',
      status: 429,
      headers: {'retry-after': '2'}
    })
    const {result, waits} = await create(jobs, fileId)
    expect(result?.attempts).toBe(2)
    expect(waits).toEqual([2000])
    expect(server.requests.some(r => r.path === '/v1/batch/jobs' && r.method === 'GET')).toBe(false)
  })

  it('throws a 4xx at once and the last transient failure after max attempts', async () => {
    const {jobs, fileId} = await start()
    server.inject('POST /v1/batch/jobs', {kind: 'status', status: 422})
    expect((await create(jobs, fileId)).error).toBeInstanceOf(UnprocessableEntityError)
    expect(posts()).toBe(1)
    server.inject('POST /v1/batch/jobs', ...Array(3).fill({kind: 'status', status: 503}))
    const {error} = await create(jobs, fileId, {maxAttempts: 3, lookWindowMs: 0})
    expect(error).toMatchObject({status: 503})
    expect(server.jobs).toHaveLength(0)
  })

  it('gives up on a stalled server at the deadline', async () => {
    const {jobs, fileId} = await start()
    server.inject('POST /v1/batch/jobs', {kind: 'stall'})
    const {error} = await create(jobs, fileId, {timeoutMs: 300, maxAttempts: 1})
    expect(error).toBeInstanceOf(APITimeoutError)
  })
})

describe('findJobByMarker', () => {
  it('matches the marker on the client, not another step’s job', async () => {
    const {jobs, fileId} = await start({batchStepMs: 1000})
    const base = {input_files: [fileId], endpoint: '/v1/chat/completions' as const}
    await jobs.createBatchJob({...base, metadata: {[MARKER.key]: `${MARKER.value}x`}})
    const mine = await jobs.createBatchJob({...base, metadata: {[MARKER.key]: MARKER.value}})
    await jobs.createBatchJob({...base})
    const found = (await findJobByMarker(jobs, MARKER, Date.now() - 60_000)) as BatchJob
    expect(found.id).toBe(mine.id)
    expect(await findJobByMarker(jobs, {...MARKER, value: 'other'}, 0)).toBeUndefined()
  })
})

describe('withRetries', () => {
  it('repeats transient failures and stops at a permanent one', async () => {
    const waits: number[] = []
    let calls = 0
    const value = await withRetries(
      async () => {
        if (++calls < 3) throw new InvalidResponseError('garbled', 200, '')
        return 'ok'
      },
      {maxAttempts: 3, sleep: async ms => void waits.push(ms)}
    )
    expect(value).toBe('ok')
    expect(waits).toHaveLength(2)
    const notFound = new NotFoundError(404, '', '', {})
    await expect(withRetries(async () => Promise.reject(notFound), {maxAttempts: 5})).rejects.toBe(
      notFound
    )
  })
})
