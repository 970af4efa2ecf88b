import {beforeEach, describe, expect, it, jest} from '@jest/globals'
import * as core from '../../__fixtures__/core.js'
import type {CheckedFile} from '../../src/check.js'
import type {FileObject} from '../../src/client/files-client.js'
import {validateBuffer} from '../../src/validate/index.js'

jest.unstable_mockModule('@actions/core', () => core)
const {setUploadOutputs} = await import('../../src/report/outputs.js')

const GOOD = '{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"yo"}]}\n'
const local: CheckedFile = {
  path: '/w/a.jsonl',
  displayPath: 'a.jsonl',
  size: GOOD.length,
  validation: validateBuffer(GOOD, 'fine-tune')
}
const file = {id: 'file-1', created_at: 1, filename: 'a.jsonl', bytes: GOOD.length} as FileObject

const outputs = (): Record<string, string> =>
  Object.fromEntries(core.setOutput.mock.calls.map(([name, value]) => [name, String(value)]))

beforeEach(() => {
  jest.clearAllMocks()
})

describe('setUploadOutputs', () => {
  it('sets files and file-ids to [] in a dry run, beside the check outputs', () => {
    setUploadOutputs({dryRun: true, checked: [local], outcomes: []})
    expect(outputs()).toEqual({
      valid: 'true',
      'num-samples': '1',
      'num-errors': '0',
      files: '[]',
      'file-ids': '[]'
    })
  })

  it('sets files and file-ids to [] when the run stopped before any file was found', () => {
    setUploadOutputs({dryRun: false, checked: [], outcomes: [], failure: new Error('x')})
    expect(outputs()).toEqual({files: '[]', 'file-ids': '[]'})
  })

  it('sets each output once, and the purpose asked for when the API does not echo one', () => {
    const uploaded = {file, sha256: 'f'.repeat(64), bytes: GOOD.length, reused: false}
    setUploadOutputs({
      purpose: 'batch',
      dryRun: false,
      checked: [local],
      outcomes: [{local, seconds: 1, attempts: 1, uploaded}]
    })
    const names = core.setOutput.mock.calls.map(([name]) => name)
    expect(names).toHaveLength(new Set(names).size)
    expect(outputs()).toMatchObject({
      'file-id': 'file-1',
      purpose: 'batch',
      'file-ids': '["file-1"]',
      sha256: 'f'.repeat(64)
    })
  })
})
