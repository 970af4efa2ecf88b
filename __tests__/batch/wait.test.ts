import {describe, expect, it} from '@jest/globals'
import {waitForJob, type Progress, type WaitOptions, type WaitResult} from '../../src/batch/wait.js'
import {
  APIConnectionError,
  AuthenticationError,
  InternalServerError,
  RateLimitError
} from '../../src/client/errors.js'
import type {BatchJob, BatchStatus} from '../../src/client/jobs-client.js'

// The wait loop on an injected clock: every sleep advances it, nothing really waits.

function job(status: BatchStatus, completed = 0, total = 100): BatchJob {
  return {
    id: 'job-1',
    status,
    input_files: [],
    endpoint: '/v1/chat/completions',
    errors: [],
    created_at: 0,
    total_requests: total,
    completed_requests: completed,
    succeeded_requests: completed,
    failed_requests: 0
  }
}

interface Harness {
  wait: (first: BatchJob, extra?: Partial<WaitOptions>) => Promise<WaitResult>
  sleeps: number[]
  polls: number[]
  progress: Progress[]
  failures: Array<{failures: number; delayMs: number}>
  time: () => number
}

/** A fake clock, the sleeps it was asked for, and the polls made at which times. */
function harness(answers: Array<BatchJob | Error | ((time: number) => BatchJob | Error)>): Harness {
  let time = 0
  const sleeps: number[] = []
  const polls: number[] = []
  const progress: Progress[] = []
  const failures: Array<{failures: number; delayMs: number}> = []
  const options = {
    now: () => time,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      time += ms
    },
    onProgress: (p: Progress) => progress.push(p),
    onPollFailed: ({failures: n, delayMs}: {failures: number; delayMs: number}) =>
      failures.push({failures: n, delayMs})
  }
  let i = 0
  const getJob = async (): Promise<BatchJob> => {
    polls.push(time)
    const next = answers[Math.min(i++, answers.length - 1)]
    const answer = typeof next === 'function' ? next(time) : next
    if (answer instanceof Error) throw answer
    return answer
  }
  const wait = async (first: BatchJob, extra: Partial<WaitOptions> = {}): Promise<WaitResult> =>
    waitForJob(getJob, first, {timeoutMs: 3_600_000, ...options, ...extra})
  return {wait, sleeps, polls, progress, failures, time: () => time}
}

describe('waitForJob', () => {
  it('polls from 5 s, growing by half up to 30 s', async () => {
    const h = harness([...Array.from({length: 9}, () => job('RUNNING', 10)), job('SUCCESS', 100)])
    const result = await h.wait(job('QUEUED'))
    expect(result.end).toBe('final')
    expect(h.sleeps).toEqual([5000, 7500, 11250, 16875, 25312.5, 30000, 30000, 30000, 30000, 30000])
  })

  it('treats CANCELLATION_REQUESTED as not final, and each final status as final', async () => {
    for (const status of ['SUCCESS', 'FAILED', 'TIMEOUT_EXCEEDED', 'CANCELLED'] as const) {
      const h = harness([job('CANCELLATION_REQUESTED'), job(status)])
      const result = await h.wait(job('RUNNING'))
      expect(result).toEqual({job: job(status), end: 'final'})
      expect(h.polls).toHaveLength(2)
    }
  })

  it('returns at once for a job that has already ended', async () => {
    const h = harness([])
    expect((await h.wait(job('SUCCESS'))).end).toBe('final')
    expect(h.polls).toEqual([])
  })

  it('logs progress at most every 30 s, with an estimate, and ends with one final line', async () => {
    // 1 request a second once it runs: the estimate is what is left at that rate.
    const h = harness([
      (t: number) => (t >= 120_000 ? job('SUCCESS', 100) : job('RUNNING', t / 2000))
    ])
    await h.wait(job('QUEUED'))
    const times = h.progress.map(p => p.elapsedMs)
    for (let i = 1; i < times.length - 1; i++)
      expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(30_000)
    expect(h.progress.at(-1)).toMatchObject({final: true, job: {status: 'SUCCESS'}})
    expect(h.progress.filter(p => p.final)).toHaveLength(1)
    const late = h.progress.at(-2) as Progress
    const left = (100 - late.job.completed_requests) * 2000
    expect(late.remainingMs).toBeCloseTo(left, -2)
    expect(h.progress[0].remainingMs).toBeUndefined() // nothing measured yet
  })

  it('retries 429, 5xx and resets under the upload rules, and the wait goes on', async () => {
    const h = harness([
      new InternalServerError(503, '', '', {}),
      new RateLimitError(429, '', '', {'retry-after': '7'}),
      new APIConnectionError('connection failed: ECONNRESET'),
      job('SUCCESS', 100)
    ])
    const result = await h.wait(job('RUNNING'))
    expect(result.end).toBe('final')
    expect(h.failures.map(f => f.failures)).toEqual([1, 2, 3])
    expect(h.failures[1].delayMs).toBe(7000) // Retry-After
    expect(h.sleeps[2]).toBe(7000)
    expect(h.failures[0].delayMs).toBeGreaterThanOrEqual(750) // backoff: 1 s less up to 25%
    expect(h.failures[0].delayMs).toBeLessThanOrEqual(1000)
  })

  it('caps a Retry-After at the longest poll interval', async () => {
    const h = harness([new RateLimitError(429, '', '', {'retry-after': '600'}), job('SUCCESS')])
    await h.wait(job('RUNNING'))
    expect(h.failures[0].delayMs).toBe(30_000)
  })

  it('throws a failure that no retry can mend', async () => {
    const h = harness([new AuthenticationError(401, 'Unauthorized', '', {})])
    await expect(h.wait(job('RUNNING'))).rejects.toBeInstanceOf(AuthenticationError)
  })

  it('stops at the deadline with the job as last seen, polling once at the deadline', async () => {
    const h = harness([job('RUNNING', 40)])
    const result = await h.wait(job('QUEUED'), {timeoutMs: 20_000})
    expect(result).toEqual({job: job('RUNNING', 40), end: 'timeout', lastError: undefined})
    expect(h.time()).toBe(20_000)
    expect(h.polls.at(-1)).toBe(20_000)
  })

  it('reports the last failure when the time ran out while polls failed', async () => {
    const error = new InternalServerError(502, '', '', {})
    const h = harness([error])
    const result = await h.wait(job('RUNNING'), {timeoutMs: 12_000})
    expect(result.end).toBe('timeout')
    expect(result.lastError).toBe(error)
  })

  it('ends at once when the signal aborts during a sleep or a poll', async () => {
    const controller = new AbortController()
    const h = harness([job('RUNNING')])
    const sleeping = await waitForJob(async () => job('RUNNING'), job('QUEUED'), {
      timeoutMs: 60_000,
      signal: controller.signal,
      sleep: async () => controller.abort()
    })
    expect(sleeping.end).toBe('cancelled')
    expect(h.polls).toEqual([])

    const again = new AbortController()
    const polling = await waitForJob(
      () => {
        again.abort()
        return new Promise<BatchJob>(() => {}) // never answers
      },
      job('QUEUED'),
      {timeoutMs: 60_000, signal: again.signal, sleep: async () => {}}
    )
    expect(polling).toEqual({job: job('QUEUED'), end: 'cancelled'})
  })

  it('sleeps for real with the default sleep, and a signal cuts it short', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    const started = Date.now()
    const result = await waitForJob(async () => job('RUNNING'), job('QUEUED'), {
      timeoutMs: 60_000,
      signal: controller.signal
    })
    expect(result.end).toBe('cancelled')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
