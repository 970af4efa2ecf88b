import {beforeEach, describe, expect, it, jest} from '@jest/globals'
import * as core from '../../__fixtures__/core.js'
import {APIError, GoneError} from '../../src/client/errors.js'
import type {FineTuneSettings} from '../../src/fine-tune/settings.js'
import {InputError} from '../../src/step-error.js'

jest.unstable_mockModule('@actions/core', () => core)
const {fineTuneFailure} = await import('../../src/report/fine-tune-failure.js')
const {fineTuneSummary} = await import('../../src/report/fine-tune-summary.js')
const {reportFineTuneStep} = await import('../../src/report/fine-tune-report.js')
const {formatDuration} = await import('../../src/report/fine-tune-log.js')

const A = '3b4f2c1e-8a7d-4e6f-9b0a-1c2d3e4f5a6b'
const B = '9c8d7e6f-5a4b-4c3d-8e2f-1a0b9c8d7e6f'
const JOB = '0f8e4b1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b'
const settings: FineTuneSettings = {
  apiKey: 'sk-report-test',
  serverUrl: 'https://api.mistral.ai',
  trainingFiles: [{file_id: A, weight: 2}],
  validationFiles: [B],
  model: 'open-mistral-7b',
  hyperparameters: {training_steps: 10},
  suffix: 'demo',
  wait: true
}
const gone = (): APIError =>
  APIError.from(
    410,
    {'x-request-id': 'req-1'},
    '{"object":"error","message":"The fine-tuning API has been retired."}'
  )

beforeEach(() => {
  jest.clearAllMocks()
})

describe('fineTuneFailure', () => {
  it('says on a 410 that the API is retired, that the file ids stay valid, and what remains', () => {
    const message = fineTuneFailure({settings, failure: gone()})
    expect(gone()).toBeInstanceOf(GoneError)
    expect(message).toBe(
      `Mistral has retired its fine-tuning jobs API: POST /v1/fine_tuning/jobs answered 410 Gone ("The fine-tuning API has been retired.", request id req-1), and nothing replaces it: no job was created, and the request was not retried. The uploaded file ids stay valid (${A}, ${B}): the files remain on Mistral, unchanged. What remains: batch jobs (the batch step, on files uploaded with purpose batch), or self-hosted training with mistral-finetune (https://github.com/mistralai/mistral-finetune) on the same JSONL files.`
    )
  })

  it('names the job when the 410 came while waiting for it', () => {
    const message = fineTuneFailure({settings, job: {id: JOB, status: 'RUNNING'}, failure: gone()})
    expect(message).toContain(`GET /v1/fine_tuning/jobs/${JOB} answered 410 Gone`)
    expect(message).toContain('The uploaded file ids stay valid')
  })

  it('gives an input error as it is', () => {
    const failure = new InputError('model', 'is required.')
    expect(fineTuneFailure({failure})).toBe("Input 'model': is required.")
  })

  it('points at the file ids when the create answers 404', () => {
    const failure = APIError.from(404, {}, '{"detail":"File not found"}')
    expect(fineTuneFailure({settings, failure})).toMatch(
      /^Creating the fine-tuning job failed: the Mistral API answered 404 Not Found: File not found\..*check the ids in 'training-files' and 'validation-files'/
    )
  })

  it('says where a wait that failed left the job', () => {
    const failure = APIError.from(503, {}, '')
    const message = fineTuneFailure({settings, job: {id: JOB, status: 'RUNNING'}, failure})
    expect(message).toMatch(new RegExp(`^Waiting for fine-tuning job ${JOB} failed: .*503`))
    expect(message).toContain('It was RUNNING when last read and may still be running at Mistral.')
  })

  it.each([
    ['FAILED', /the training failed/],
    ['FAILED_VALIDATION', /rejected its files/],
    ['CANCELLED', /cancelled/]
  ])('fails a job that ended %s', (status, reason) => {
    const message = fineTuneFailure({settings, job: {id: JOB, status}, waitedMs: 1})
    expect(message).toMatch(new RegExp(`^Fine-tuning job ${JOB} ended ${status}: `))
    expect(message).toMatch(reason)
  })

  it('says that the job was cancelled with the workflow, and its new status', () => {
    const step = {
      settings,
      job: {id: JOB, status: 'CANCELLATION_REQUESTED'},
      waitedMs: 1,
      cancelled: {signal: 'SIGINT'}
    }
    expect(fineTuneFailure(step)).toBe(
      `The workflow was cancelled (SIGINT) while the step waited for fine-tuning job ${JOB}: the job was cancelled too (its status is now CANCELLATION_REQUESTED).`
    )
    expect(fineTuneSummary(step, fineTuneFailure(step))).toContain(
      '### Mistral fine-tuning job cancelled with the workflow'
    )
  })

  it('says when the cancel failed that the job may still run', () => {
    const error = APIError.from(503, {}, '')
    const message = fineTuneFailure({
      settings,
      job: {id: JOB, status: 'RUNNING'},
      cancelled: {signal: 'SIGTERM', error}
    })
    expect(message).toMatch(
      new RegExp(
        `^The workflow was cancelled \\(SIGTERM\\) while the step waited for fine-tuning job ${JOB}\\. Cancelling it failed: .*503`
      )
    )
    expect(message).toContain('It was RUNNING when last read and may still be running at Mistral')
  })

  it('is undefined for a job that succeeded, or one not waited for', () => {
    expect(fineTuneFailure({settings, job: {id: JOB, status: 'SUCCESS'}, waitedMs: 5})).toBe(
      undefined
    )
    expect(fineTuneFailure({settings, job: {id: JOB, status: 'QUEUED'}})).toBe(undefined)
  })
})

describe('fineTuneSummary', () => {
  it('shows the job in one table row, with weights and escaped text from the server', () => {
    const job = {id: JOB, status: 'SUCCESS', model: 'open|mistral', fine_tuned_model: 'ft:*x*'}
    const summary = fineTuneSummary({settings, job, waitedMs: 125_000}, undefined)
    expect(summary).toContain('### Mistral fine-tuning job: ✅ SUCCESS')
    expect(summary).toContain(`| <code>${JOB}</code> | open&#124;mistral | ✅ SUCCESS |`)
    expect(summary).toContain('<code>ft:&#42;x&#42;</code>')
    expect(summary).toContain(`<code>${A}</code> ×2 | <code>${B}</code> | <code>demo</code>`)
    expect(summary).toContain('| 2 min 5 s |')
    expect(summary).toContain('Hyperparameters: <code>{"training&#95;steps":10}</code>')
  })

  it('titles a 410 as the retired API', () => {
    const summary = fineTuneSummary({settings, failure: gone()}, 'Mistral has retired …')
    expect(summary).toBe(
      '### Mistral fine-tuning: the jobs API is retired (410 Gone)\n\nMistral has retired …\n'
    )
  })
})

describe('reportFineTuneStep', () => {
  it('sets each output once and fails once', async () => {
    await reportFineTuneStep({settings, job: {id: JOB, status: 'FAILED'}, waitedMs: 3000})
    expect(core.setOutput.mock.calls).toEqual([
      ['job-id', JOB],
      ['status', 'FAILED'],
      ['fine-tuned-model', '']
    ])
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.info).toHaveBeenCalledWith(`Fine-tuning job ${JOB} ended FAILED after 3 s`)
  })

  it('sets no output when no job was created', async () => {
    await reportFineTuneStep({settings, failure: gone()})
    expect(core.setOutput).not.toHaveBeenCalled()
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(/^Mistral has retired its fine-tuning jobs API/)
    )
  })

  it('succeeds quietly for a job created without waiting', async () => {
    await reportFineTuneStep({
      settings: {...settings, wait: false},
      job: {id: JOB, status: 'QUEUED'}
    })
    expect(core.setOutput).toHaveBeenCalledWith('status', 'QUEUED')
    expect(core.setFailed).not.toHaveBeenCalled()
  })
})

describe('formatDuration', () => {
  it.each([
    [400, '0 s'],
    [59_400, '59 s'],
    [60_000, '1 min 0 s'],
    [3_599_000, '59 min 59 s'],
    [7_380_000, '2 h 3 min']
  ])('%d ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })
})
