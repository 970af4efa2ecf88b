import {describe, expect, it} from '@jest/globals'
import {formatBytes} from '../../src/report/units.js'

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KiB'],
    [400 * 1024 * 1024, '400.0 MiB'],
    [3 * 1024 ** 3, '3.0 GiB']
  ])('%d bytes read %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})
