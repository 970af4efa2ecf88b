import {beforeEach, describe, expect, it, jest} from '@jest/globals'
import * as core from '../../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const {annotate} = await import('../../src/report/annotations.js')

beforeEach(() => {
  jest.clearAllMocks()
})

describe('annotate', () => {
  it('annotates the first 10 of a severity, then logs the rest as lines that are not commands', () => {
    for (let line = 1; line <= 12; line++) {
      annotate('error', `bad key "a\n::error::injected ${line}"`, {
        title: 'r',
        file: 'a.jsonl',
        startLine: line
      })
    }
    annotate('warning', 'still shown', {file: 'a.jsonl'})

    expect(core.error).toHaveBeenCalledTimes(10)
    expect(core.warning).toHaveBeenCalledTimes(1)
    const logged = core.info.mock.calls.map(([text]) => text)
    expect(logged).toHaveLength(2)
    expect(logged[0]).toMatch(/^a\.jsonl:11: error r: bad key "a\n/)
    for (const line of logged.join('\n').split('\n')) expect(line.trimStart()).not.toMatch(/^::/)
  })
})
