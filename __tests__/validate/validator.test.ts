import {describe, expect, it} from '@jest/globals'
import {DatasetValidator, MAX_FILE_BYTES, sizeProblems} from '../../src/validate/validator.js'

describe('DatasetValidator.validateLine', () => {
  it('validates line by line with per-file state', () => {
    const validator = new DatasetValidator('batch')
    expect(validator.validateLine('{"custom_id":"a","body":{}}', 1)).toEqual([])
    expect(validator.validateLine('{"custom_id":"a","body":{}}', 2).map(p => p.rule)).toEqual([
      'batch/duplicate-custom-id'
    ])
    expect(validator.validateLine('', 3)).toEqual([])
    const result = validator.finish(60)
    expect(result).toMatchObject({valid: false, errorCount: 1, warningCount: 1})
    expect(result.stats).toMatchObject({lines: 3, blankLines: 1})
  })
})

describe('size limits', () => {
  it('errors above 512 MiB and warns above 500 MB', () => {
    expect(sizeProblems(MAX_FILE_BYTES + 1).map(p => p.rule)).toEqual(['file/too-large'])
    expect(sizeProblems(MAX_FILE_BYTES).map(p => p.rule)).toEqual(['file/size-limit'])
    expect(sizeProblems(500_000_001).map(p => p.severity)).toEqual(['warning'])
    expect(sizeProblems(500_000_000)).toEqual([])
  })
})
