import {beforeEach, describe, expect, it, jest} from '@jest/globals'
import * as core from '../../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const {progressLogger} = await import('../../src/report/upload-log.js')

beforeEach(() => {
  jest.clearAllMocks()
})

/** A logger on a fake clock, fed (elapsed ms, bytes sent) pairs; returns the lines it logged. */
function feed(steps: Array<[number, number]>, total: number): string[] {
  let now = 0
  const log = progressLogger('data/train.jsonl', () => now)
  for (const [elapsed, sent] of steps) {
    now = elapsed
    log(sent, total)
  }
  return core.info.mock.calls.map(([line]) => line)
}

describe('progressLogger', () => {
  it('stays quiet for an upload that ends within 2 s', () => {
    const steps: Array<[number, number]> = Array.from({length: 10}, (_, i) => [
      i * 150,
      (i + 1) * 10
    ])
    expect(feed(steps, 100)).toEqual([])
  })

  it('logs each 10% step of a long upload, with the rate', () => {
    const MB = 1_000_000
    const steps: Array<[number, number]> = Array.from({length: 40}, (_, i) => [
      (i + 1) * 500,
      (i + 1) * 2.5 * MB
    ])
    const lines = feed(steps, 100 * MB)
    expect(lines).toHaveLength(9) // 10% … 90%; the end is reported by the upload itself
    expect(lines[0]).toBe('  data/train.jsonl: 10% (9.5 MiB of 95.4 MiB, 5.0 MB/s)')
    expect(lines.at(-1)).toMatch(/^ {2}data\/train\.jsonl: 90% /)
  })

  it('logs at least every 10 s when an upload crawls', () => {
    const steps: Array<[number, number]> = [
      [10_000, 1],
      [15_000, 2],
      [20_000, 3]
    ]
    expect(feed(steps, 1000)).toHaveLength(2)
  })
})
