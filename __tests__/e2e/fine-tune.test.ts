import {afterEach, describe, expect, it} from '@jest/globals'
import type {ChildProcess} from 'node:child_process'
import path from 'node:path'
import {MockMistralServer, type MockServerOptions} from '../../mock-server/server.js'
import {runAction, type ActionRun} from '../../scripts/run-action.mjs'

// Runs the bundle dist/fine-tune/index.js as the runner does, against the local server: by
// default it answers 410 under /v1/fine_tuning/jobs, as Mistral does; `legacyFineTuning` serves
// the retired routes. A run that waits polls first after 5 s, so each such test takes about 6 s.

const ENTRY = path.resolve('dist/fine-tune/index.js')
const KEY = 'sk-e2e-fine-tune-0123456789'
const SAMPLE =
  '{"messages":[{"role":"user","content":"2+2?"},{"role":"assistant","content":"4"}]}\n'

let server: MockMistralServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function start(options: MockServerOptions = {}): Promise<MockMistralServer> {
  server = await MockMistralServer.start({apiKey: KEY, ...options})
  return server
}

/** Stores a file on the server as the upload step would, and returns its id. */
async function uploadFile(
  on: MockMistralServer,
  name = 'train.jsonl',
  purpose = 'fine-tune'
): Promise<string> {
  const form = new FormData()
  form.append('purpose', purpose)
  form.append('file', new Blob([SAMPLE.repeat(20)]), name)
  const reply = await fetch(`${on.url}/v1/files`, {
    method: 'POST',
    body: form,
    headers: {authorization: `Bearer ${KEY}`}
  })
  expect(reply.status).toBe(200)
  return ((await reply.json()) as {id: string}).id
}

function fineTune(
  on: MockMistralServer,
  inputs: Record<string, string>,
  onSpawn?: (child: ChildProcess) => void
): Promise<ActionRun> {
  return runAction({
    entry: ENTRY,
    inputs: {'api-key': KEY, 'server-url': on.url, model: 'open-mistral-7b', ...inputs},
    onSpawn
  })
}

const jobRequests = (on: MockMistralServer): Array<{method: string; path: string}> =>
  on.requests.filter(r => r.path.startsWith('/v1/fine_tuning/jobs'))

/** The key may appear only in the command that asks the runner to mask it. */
function expectNoKey(run: ActionRun): void {
  const visible = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter(line => line !== `::add-mask::${KEY}`)
    .join('\n')
  expect(visible).not.toContain(KEY)
  expect(run.summary).not.toContain(KEY)
  expect(JSON.stringify(run.outputs)).not.toContain(KEY)
}

const errorLines = (run: ActionRun): string[] =>
  run.stdout.split('\n').filter(line => line.startsWith('::error'))

describe('dist/fine-tune/index.js', () => {
  it('on 410 fails after exactly one request, not retried, saying what remains', async () => {
    const on = await start()
    const id = await uploadFile(on)
    const run = await fineTune(on, {'training-files': JSON.stringify([id])})

    expect(run.code).toBe(1)
    expect(jobRequests(on)).toEqual([
      expect.objectContaining({method: 'POST', path: '/v1/fine_tuning/jobs'})
    ])
    expect(on.requests).toHaveLength(2) // the upload, then the one POST
    const errors = errorLines(run)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /^::error::Mistral has retired its fine-tuning jobs API: POST \/v1\/fine_tuning\/jobs answered 410 Gone \("The fine-tuning API has been retired\.", request id \w+\), and nothing replaces it: no job was created, and the request was not retried\./
    )
    expect(errors[0]).toContain(`The uploaded file ids stay valid (${id})`)
    expect(errors[0]).toContain('What remains: batch jobs (the batch step')
    expect(errors[0]).toContain('self-hosted training with mistral-finetune')
    expect(run.outputs).toEqual({})
    expect(run.summary).toContain('### Mistral fine-tuning: the jobs API is retired (410 Gone)')
    expectNoKey(run)
  })

  it('against the legacy routes creates the job with weighted training_files, waits to SUCCESS and sets the outputs', async () => {
    const on = await start({legacyFineTuning: true, fineTuningStepMs: 10})
    const [a, b, v] = [
      await uploadFile(on, 'a.jsonl'),
      await uploadFile(on, 'b.jsonl'),
      await uploadFile(on, 'validation.jsonl')
    ]
    const run = await fineTune(on, {
      'training-files': `${a}:2\n${b}`,
      'validation-files': v,
      hyperparameters: '{"training_steps": 3}',
      suffix: 'e2e'
    })

    expect(errorLines(run)).toEqual([])
    expect(run.code).toBe(0)
    expect(on.fineTuningJobs).toHaveLength(1)
    const [job] = on.fineTuningJobs
    const create = on.requests.find(r => r.method === 'POST' && r.path === '/v1/fine_tuning/jobs')
    expect(create?.json).toEqual({
      model: 'open-mistral-7b',
      training_files: [
        {file_id: a, weight: 2},
        {file_id: b, weight: 1}
      ],
      validation_files: [v],
      hyperparameters: {training_steps: 3},
      suffix: 'e2e',
      auto_start: true
    })
    expect(job.status).toBe('SUCCESS')
    expect(run.outputs).toEqual({
      'job-id': job.id,
      status: 'SUCCESS',
      'fine-tuned-model': job.fine_tuned_model
    })
    expect(job.fine_tuned_model).toMatch(/^ft:open-mistral-7b:\w{8}:\d{8}:e2e:/)
    expect(jobRequests(on).filter(r => r.method === 'GET').length).toBeGreaterThanOrEqual(1)
    expect(run.stdout).toContain(`Created fine-tuning job ${job.id}: QUEUED`)
    expect(run.stdout).toMatch(
      new RegExp(`Fine-tuning job ${job.id} ended SUCCESS after \\d+ s: fine-tuned model ft:`)
    )
    expect(run.summary).toContain('### Mistral fine-tuning job: ✅ SUCCESS')
    expect(run.summary).toContain(`<code>${job.id}</code>`)
    expect(errorLines(run)).toEqual([])
    expectNoKey(run)
  })

  it("with wait: false ends once the job is created, from the upload step's file-ids", async () => {
    const on = await start({legacyFineTuning: true, fineTuningStepMs: 10_000})
    const id = await uploadFile(on)
    const run = await fineTune(on, {'training-files': JSON.stringify([id]), wait: 'false'})

    expect(run.code).toBe(0)
    expect(jobRequests(on)).toEqual([expect.objectContaining({method: 'POST'})])
    expect(run.outputs).toEqual({
      'job-id': on.fineTuningJobs[0].id,
      status: 'QUEUED',
      'fine-tuned-model': ''
    })
    expectNoKey(run)
  })

  it('cancels the job when the workflow is cancelled (SIGINT) while it waits', async () => {
    const on = await start({legacyFineTuning: true, fineTuningStepMs: 60_000})
    const id = await uploadFile(on)
    const started = Date.now()
    const run = await fineTune(on, {'training-files': id}, child => {
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Created fine-tuning job ')) child.kill('SIGINT')
      })
    })

    expect(Date.now() - started).toBeLessThan(5000) // before the first poll was due
    expect(run.code).toBe(1)
    const [job] = on.fineTuningJobs
    expect(jobRequests(on).map(r => `${r.method} ${r.path}`)).toEqual([
      'POST /v1/fine_tuning/jobs',
      `POST /v1/fine_tuning/jobs/${job.id}/cancel`
    ])
    expect(job.status).toBe('CANCELLATION_REQUESTED')
    expect(run.stdout).toContain(
      `The workflow was cancelled (SIGINT): cancelling fine-tuning job ${job.id}.`
    )
    expect(errorLines(run)).toEqual([
      `::error::The workflow was cancelled (SIGINT) while the step waited for fine-tuning job ${job.id}: the job was cancelled too (its status is now CANCELLATION_REQUESTED).`
    ])
    expect(run.stdout).not.toContain(' ended ')
    expect(run.outputs).toEqual({
      'job-id': job.id,
      status: 'CANCELLATION_REQUESTED',
      'fine-tuned-model': ''
    })
    expect(run.summary).toContain('### Mistral fine-tuning job cancelled with the workflow')
    expectNoKey(run)
  }, 15_000)

  it('fails the step when the job ends FAILED_VALIDATION', async () => {
    const on = await start({legacyFineTuning: true, fineTuningStepMs: 10})
    const id = await uploadFile(on, 'requests.jsonl', 'batch') // not fine-tuning data: validation fails
    const run = await fineTune(on, {'training-files': id})

    expect(run.code).toBe(1)
    const [job] = on.fineTuningJobs
    expect(job.status).toBe('FAILED_VALIDATION')
    expect(run.outputs).toEqual({
      'job-id': job.id,
      status: 'FAILED_VALIDATION',
      'fine-tuned-model': ''
    })
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        new RegExp(`^::error::Fine-tuning job ${job.id} ended FAILED_VALIDATION: the API rejected`)
      )
    ])
    expectNoKey(run)
  })

  it.each<[string, Record<string, string>, string]>([
    ['no key', {'api-key': ''}, "Input 'api-key': is required"],
    ['no training files', {'training-files': ''}, "Input 'training-files': is required"],
    [
      'an id that is no UUID',
      {'training-files': 'file-abc'},
      'Input \'training-files\': "file-abc"'
    ],
    ['no model', {model: ''}, "Input 'model': is required"],
    ['hyperparameters not an object', {hyperparameters: '[]'}, "Input 'hyperparameters': must be"],
    ['a suffix too long', {suffix: 'x'.repeat(19)}, 'Input \'suffix\': "xxxxxxxxxxxxxxxxxxx"']
  ])('with %s fails before any request', async (_name, inputs, message) => {
    const on = await start({legacyFineTuning: true})
    const run = await fineTune(on, {
      'training-files': '3b4f2c1e-8a7d-4e6f-9b0a-1c2d3e4f5a6b',
      ...inputs
    })

    expect(run.code).toBe(1)
    expect(on.requests).toEqual([])
    expect(errorLines(run)).toEqual([expect.stringContaining(`::error::${message}`)])
    expect(run.outputs).toEqual({})
    expectNoKey(run)
  })
})
