import {describe, expect, it} from '@jest/globals'
import {MAX_FILE_BYTES, sizeProblems} from '../../src/validate/file-rules.js'

describe('size limits', () => {
  it('errors above 512 MiB and warns above 500 MB', () => {
    expect(sizeProblems(MAX_FILE_BYTES + 1).map(p => p.rule)).toEqual(['file/too-large'])
    expect(sizeProblems(MAX_FILE_BYTES).map(p => p.rule)).toEqual(['file/size-limit'])
    expect(sizeProblems(500_000_001).map(p => p.severity)).toEqual(['warning'])
    expect(sizeProblems(500_000_000)).toEqual([])
  })
})
