import {describe, expect, it, jest} from '@jest/globals'
import {APIConnectionError, APIError} from '../../src/client/errors.js'
import type {FineTuningJob} from '../../src/client/jobs-client.js'
import {cancelJob, nextIntervalMs, waitForJob, type WaitOptions} from '../../src/fine-tune/wait.js'

// The wait with an injected clock: `sleep` moves it on, so no test waits for real.

const ID = '0f8e4b1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b'
const job = (status: string, extra: Partial<FineTuningJob> = {}): FineTuningJob => ({
  id: ID,
  status,
  ...extra
})

/** A fake clock and a getJob that answers each poll from `answers` (a function throws). */
interface Harness {
  getJob: jest.Mock<(id: string) => Promise<FineTuningJob>>
  sleeps: number[]
  wait: (created?: FineTuningJob) => Promise<FineTuningJob>
}

function harness(
  answers: Array<FineTuningJob | (() => never)>,
  options: WaitOptions = {}
): Harness {
  let clock = 1_000_000
  const sleeps: number[] = []
  const getJob = jest.fn(async (id: string) => {
    expect(id).toBe(ID)
    const answer = answers.shift()
    if (answer === undefined) throw new Error('polled after the last answer')
    return typeof answer === 'function' ? answer() : answer
  })
  const wait = (created = job('QUEUED')): Promise<FineTuningJob> =>
    waitForJob(getJob, created, {
      now: () => clock,
      sleep: async ms => {
        sleeps.push(ms)
        clock += ms
      },
      random: () => 0,
      ...options
    })
  return {getJob, sleeps, wait}
}

const fail = (error: Error) => (): never => {
  throw error
}

describe('nextIntervalMs', () => {
  it('grows by half from 5 s and stops at 30 s', () => {
    const intervals = [5000]
    while (intervals.length < 8) intervals.push(nextIntervalMs(intervals.at(-1) as number))
    expect(intervals).toEqual([5000, 7500, 11250, 16875, 25313, 30000, 30000, 30000])
  })
})

describe('waitForJob', () => {
  it('polls at a growing interval until SUCCESS and returns the job as last read', async () => {
    const done = job('SUCCESS', {fine_tuned_model: 'ft:open-mistral-7b:abc:20261202:x:0f8e4b1a'})
    const {sleeps, wait, getJob} = harness([
      job('VALIDATING'),
      job('VALIDATED'),
      job('RUNNING'),
      job('RUNNING'),
      job('RUNNING'),
      job('RUNNING'),
      done
    ])
    await expect(wait()).resolves.toEqual(done)
    expect(sleeps).toEqual([5000, 7500, 11250, 16875, 25313, 30000, 30000])
    expect(getJob).toHaveBeenCalledTimes(7)
  })

  it.each(['FAILED', 'FAILED_VALIDATION', 'CANCELLED'])('ends at %s, a final status', async s => {
    const {wait, getJob} = harness([job('RUNNING'), job(s)])
    await expect(wait()).resolves.toMatchObject({status: s})
    expect(getJob).toHaveBeenCalledTimes(2)
  })

  it('goes on past CANCELLATION_REQUESTED, which is not final', async () => {
    const {wait, getJob} = harness([job('CANCELLATION_REQUESTED'), job('CANCELLED')])
    await expect(wait()).resolves.toMatchObject({status: 'CANCELLED'})
    expect(getJob).toHaveBeenCalledTimes(2)
  })

  it('does not poll a job created in a final status', async () => {
    const {wait, getJob, sleeps} = harness([])
    await expect(wait(job('SUCCESS'))).resolves.toMatchObject({status: 'SUCCESS'})
    expect(getJob).not.toHaveBeenCalled()
    expect(sleeps).toEqual([])
  })

  it('tells progress at most every 30 s, and tells every poll', async () => {
    const onProgress = jest.fn<NonNullable<WaitOptions['onProgress']>>()
    const onPoll = jest.fn<NonNullable<WaitOptions['onPoll']>>()
    const running = Array.from({length: 9}, () => job('RUNNING'))
    const {wait} = harness([...running, job('SUCCESS')], {onProgress, onPoll})
    await wait()
    const elapsed = onProgress.mock.calls.map(([, ms]) => ms)
    // Polls at 5, 12.5, 23.8, 40.6, 65.9, 95.9, 125.9, 155.9, 185.9 s, then SUCCESS at 215.9 s.
    expect(elapsed).toEqual([40625, 95938, 125938, 155938, 185938])
    expect(onPoll).toHaveBeenCalledTimes(10)
  })

  it('rides out transient failures, waiting at least the interval, and resets the count', async () => {
    const onPollFailure = jest.fn<NonNullable<WaitOptions['onPollFailure']>>()
    const busy = APIError.from(503, {'retry-after': '40'}, '')
    const reset = new APIConnectionError('connection failed: ECONNRESET')
    const {wait, sleeps} = harness(
      [fail(busy), fail(reset), job('RUNNING'), fail(reset), job('SUCCESS')],
      {onPollFailure}
    )
    await expect(wait()).resolves.toMatchObject({status: 'SUCCESS'})
    // 40 s asked by Retry-After; then the 5 s interval beats a 2 s backoff; then 7.5 s.
    expect(sleeps).toEqual([5000, 40000, 5000, 7500, 7500])
    expect(onPollFailure.mock.calls.map(([f]) => [f.failures, f.delayMs])).toEqual([
      [1, 40000],
      [2, 5000],
      [1, 7500]
    ])
  })

  it('gives up after 5 transient failures in a row, with the last error', async () => {
    const errors = Array.from({length: 5}, (_, i) => APIError.from(502, {}, `bad gateway ${i}`))
    const {wait, getJob} = harness(errors.map(fail))
    await expect(wait()).rejects.toBe(errors[4])
    expect(getJob).toHaveBeenCalledTimes(5)
  })

  it('stops at once on a 410 or another failure that cannot succeed again', async () => {
    const gone = APIError.from(410, {}, '{"message":"The fine-tuning API has been retired."}')
    const onPollFailure = jest.fn()
    const {wait, getJob} = harness([job('RUNNING'), fail(gone)], {onPollFailure})
    await expect(wait()).rejects.toBe(gone)
    expect(getJob).toHaveBeenCalledTimes(2)
    expect(onPollFailure).not.toHaveBeenCalled()
  })

  it('tells a status the spec does not list once, and waits on', async () => {
    const onUnknownStatus = jest.fn<NonNullable<WaitOptions['onUnknownStatus']>>()
    const {wait} = harness([job('WARMING_UP'), job('WARMING_UP'), job('SUCCESS')], {
      onUnknownStatus
    })
    await expect(wait()).resolves.toMatchObject({status: 'SUCCESS'})
    expect(onUnknownStatus.mock.calls.map(([j]) => j.status)).toEqual(['WARMING_UP'])
  })

  it('returns the job as last read as soon as the signal aborts, during a sleep', async () => {
    const controller = new AbortController()
    const getJob = jest.fn(async () => job('RUNNING'))
    let sleeps = 0
    const waited = waitForJob(getJob, job('QUEUED'), {
      signal: controller.signal,
      // The first sleep ends; the second never does, unless the signal stops the wait.
      sleep: async () => {
        if (sleeps++ > 0) await new Promise(() => {})
      }
    })
    setTimeout(() => controller.abort(), 10)
    await expect(waited).resolves.toEqual(job('RUNNING'))
    expect(getJob).toHaveBeenCalledTimes(1)
  })

  it('leaves a poll in flight when the signal aborts, and polls no more', async () => {
    const controller = new AbortController()
    const getJob = jest.fn(() => new Promise<FineTuningJob>(() => {}))
    const waited = waitForJob(getJob, job('RUNNING'), {
      signal: controller.signal,
      sleep: async () => {}
    })
    setTimeout(() => controller.abort(), 10)
    await expect(waited).resolves.toEqual(job('RUNNING'))
    expect(getJob).toHaveBeenCalledTimes(1)
  })

  it('does not poll at all once the signal has aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    const {wait, getJob} = harness([job('SUCCESS')], {signal: controller.signal})
    await expect(wait()).resolves.toEqual(job('QUEUED'))
    expect(getJob).not.toHaveBeenCalled()
  })
})

describe('cancelJob', () => {
  const clock = (): {now: () => number; sleep: (ms: number) => Promise<void>; slept: number[]} => {
    let time = 1_000_000
    const slept: number[] = []
    return {
      now: () => time,
      sleep: async ms => {
        slept.push(ms)
        time += ms
      },
      slept
    }
  }

  it('returns the job as the cancel answered it, giving each attempt the time left', async () => {
    const cancel = jest.fn<(id: string, timeoutMs: number) => Promise<FineTuningJob>>(async id =>
      job('CANCELLATION_REQUESTED', {id})
    )
    const outcome = await cancelJob(cancel, job('RUNNING'), clock())
    expect(outcome).toEqual({job: job('CANCELLATION_REQUESTED')})
    expect(cancel).toHaveBeenCalledWith(ID, 5000)
  })

  it('tries a transient failure again, at most 3 times within 5 s, and never throws', async () => {
    const errors = [0, 1, 2].map(i => APIError.from(503, {}, `busy ${i}`))
    const cancel = jest.fn<(id: string, timeoutMs: number) => Promise<FineTuningJob>>(async () => {
      throw errors[cancel.mock.calls.length - 1]
    })
    const time = clock()
    const outcome = await cancelJob(cancel, job('RUNNING'), time)
    expect(outcome.job).toEqual(job('RUNNING'))
    expect(errors).toContain(outcome.error)
    expect(cancel.mock.calls.length).toBeGreaterThanOrEqual(1)
    expect(cancel.mock.calls.length).toBeLessThanOrEqual(3)
    expect(time.slept.reduce((a, b) => a + b, 0)).toBeLessThan(5000)
    for (const [, timeoutMs] of cancel.mock.calls) expect(timeoutMs).toBeGreaterThan(0)
  })

  it('does not try again a cancel the API refused', async () => {
    const refused = APIError.from(404, {}, '{"detail":"Job not found"}')
    const cancel = jest.fn(async (): Promise<FineTuningJob> => {
      throw refused
    })
    await expect(cancelJob(cancel, job('RUNNING'), clock())).resolves.toEqual({
      job: job('RUNNING'),
      error: refused
    })
    expect(cancel).toHaveBeenCalledTimes(1)
  })
})
