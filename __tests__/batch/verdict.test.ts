import {describe, expect, it} from '@jest/globals'
import type {BatchSettings} from '../../src/batch/settings.js'
import {NotFoundError} from '../../src/client/errors.js'
import type {BatchJob} from '../../src/client/jobs-client.js'
import type {BatchStep} from '../../src/report/batch-step.js'
import {batchSummary} from '../../src/report/batch-summary.js'
import {batchVerdict} from '../../src/report/batch-verdict.js'

const settings: BatchSettings = {
  apiKey: 'sk-x',
  serverUrl: 'https://api.mistral.ai',
  inputFiles: ['f'],
  endpoint: '/v1/chat/completions',
  metadata: {},
  wait: true,
  waitTimeoutMs: 60_000,
  marker: {key: 'github-step', value: 'm'}
}

function job(over: Partial<BatchJob> = {}): BatchJob {
  return {
    id: 'job-1',
    status: 'SUCCESS',
    input_files: ['f'],
    endpoint: '/v1/chat/completions',
    errors: [],
    created_at: 1_796_000_000,
    started_at: 1_796_000_003,
    completed_at: 1_796_000_063,
    total_requests: 10,
    completed_requests: 10,
    succeeded_requests: 10,
    failed_requests: 0,
    ...over
  }
}

const failed = {succeeded_requests: 7, failed_requests: 3}

describe('batchVerdict', () => {
  it('passes a job that succeeded whole', () => {
    expect(batchVerdict({settings, job: job(), end: 'final'})).toEqual({})
  })

  it('warns on failed requests when max-failed-requests is unset', () => {
    const verdict = batchVerdict({settings, job: job(failed), end: 'final'})
    expect(verdict.warning).toMatch(
      /^3 of 10 requests of batch job job-1 failed: see the job summary\. Set 'max-failed-requests'/
    )
  })

  it('fails only past max-failed-requests', () => {
    const step = (max: number): BatchStep => ({
      settings: {...settings, maxFailedRequests: max},
      job: job(failed),
      end: 'final'
    })
    expect(batchVerdict(step(2)).failure).toContain("more than 'max-failed-requests' (2) allows")
    expect(batchVerdict(step(3))).toEqual({
      note: "3 of 10 requests of batch job job-1 failed, within 'max-failed-requests' (3)."
    })
  })

  it.each([
    ['FAILED', 'ended FAILED: Input file not found.'],
    ['TIMEOUT_EXCEEDED', "raise 'timeout-hours'"],
    ['CANCELLED', 'cancelled outside this step']
  ] as const)('fails a job that ended %s', (status, text) => {
    const errors = [{message: 'Input file not found', count: 1}]
    expect(batchVerdict({settings, job: job({status, errors}), end: 'final'}).failure).toContain(
      text
    )
  })

  it('fails at the wait timeout, saying the job runs on', () => {
    const step: BatchStep = {
      settings,
      job: job({status: 'RUNNING', completed_requests: 4}),
      end: 'timeout',
      waitedMs: 60_000
    }
    expect(batchVerdict(step).failure).toBe(
      "Stopped waiting after 1 min 0 s ('wait-timeout-minutes'): batch job job-1 is still RUNNING (4 of 10 requests done). It was not cancelled and runs on, up to its own time limit ('timeout-hours'), but this step fetched no results. Raise 'wait-timeout-minutes', or set 'wait: false' and fetch the results later by the job id."
    )
  })

  it('names input-files for a 404 on create, and the job for a failure after it', () => {
    const notFound = new NotFoundError(404, 'File not found', '', {})
    const onCreate = batchVerdict({settings, stage: 'create', failure: notFound}).failure
    expect(onCreate).toContain(
      "Creating the batch job failed: the Mistral API answered 404 Not Found: File not found. Check 'input-files'"
    )
    const onWait = batchVerdict({
      settings,
      stage: 'wait',
      job: job({status: 'RUNNING'}),
      failure: notFound
    }).failure
    expect(onWait).toContain('Batch job job-1 was created (last seen RUNNING) and is not cancelled')
  })
})

describe('batchSummary', () => {
  it('shows the job, its first failed requests and errors, escaped', () => {
    const step: BatchStep = {
      settings,
      end: 'final',
      job: job({
        ...failed,
        model: 'm|x',
        errors: [{message: '<b>bad</b>', count: 3}],
        error_file: 'e1'
      }),
      results: {failedRequests: [{customId: 'r|1', status: '400', message: '*bold*'}]}
    }
    const text = batchSummary(step, batchVerdict(step))
    expect(text).toContain('### Mistral batch job: ⚠️ SUCCESS, 3 requests failed')
    expect(text).toContain('| model | <code>m&#124;x</code> |')
    expect(text).toContain('| queued for | 3.0 s |')
    expect(text).toContain('| ran for | 1 min 0 s |')
    expect(text).toContain('#### Failed requests (first 1 of 3)')
    expect(text).toContain('| <code>r&#124;1</code> | 400 | &#42;bold&#42; |')
    expect(text).toContain('| &#60;b&#62;bad&#60;/b&#62; | 3 |')
    expect(text).toContain('| error file | <code>e1</code> |')
  })
})
