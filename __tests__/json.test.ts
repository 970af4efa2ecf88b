// depthExceeded (src/json.ts): the check the validator and parseErrorBody run before JSON.parse.
import {describe, expect, it} from '@jest/globals'
import {depthExceeded, MAX_JSON_DEPTH} from '../src/json.js'

const nest = (levels: number, leaf = '0'): string =>
  `${'['.repeat(levels)}${leaf}${']'.repeat(levels)}`

describe('depthExceeded', () => {
  it('is -1 for ordinary JSON, and for text too short to be valid JSON nested past the limit', () => {
    expect(depthExceeded('{"messages":[{"role":"user","content":"hi"}]}')).toBe(-1)
    expect(depthExceeded('')).toBe(-1)
    // 1001 levels take 2002 characters; shorter text that deep is invalid, and cheap to parse.
    expect(depthExceeded('['.repeat(2001))).toBe(-1)
    expect(depthExceeded('['.repeat(2002))).toBe(1000)
  })

  it('allows exactly the limit, and points at the bracket that opens the level after it', () => {
    expect(MAX_JSON_DEPTH).toBe(1000)
    expect(depthExceeded(nest(1000))).toBe(-1)
    expect(depthExceeded(nest(1001))).toBe(1000)
    expect(depthExceeded(`{"a":${nest(1000)}}`)).toBe(5 + 999)
    expect(depthExceeded(`${'{"a":'.repeat(1001)}0${'}'.repeat(1001)}`)).toBe(5000)
    expect(depthExceeded(nest(3), 2)).toBe(2)
  })

  it('counts arrays and objects together', () => {
    const mixed = `${'[{"a":'.repeat(501)}0${'}]'.repeat(501)}`
    expect(depthExceeded(mixed)).toBe(6 * 500)
  })

  it('skips strings, escaped quotes and backslashes included', () => {
    expect(depthExceeded(JSON.stringify({t: '['.repeat(5000)}))).toBe(-1)
    expect(depthExceeded(JSON.stringify({t: `\\"${'{'.repeat(5000)}`}))).toBe(-1)
    // A string ending in a backslash closes: the nesting after it counts (the object is level 1).
    const afterBackslash = `{"t":"a\\\\","u":${nest(1001)}}`
    expect(depthExceeded(afterBackslash)).toBe(afterBackslash.indexOf('[') + 999)
    // An escaped quote does not close: the brackets after it are still inside the string.
    expect(depthExceeded(`["a\\"${'['.repeat(3000)}"]`)).toBe(-1)
  })

  it('stops at an unterminated string, where JSON.parse stops too', () => {
    expect(depthExceeded(`["${'['.repeat(3000)}`)).toBe(-1)
  })

  it('is -1 for wide but shallow text with thousands of brackets', () => {
    expect(depthExceeded(JSON.stringify(Array.from({length: 5000}, () => [{}])))).toBe(-1)
  })

  it('does not let stray closing brackets hide the depth that follows', () => {
    expect(depthExceeded(`${']'.repeat(10)}${'['.repeat(2000)}`)).toBe(1010)
  })

  it('answers a 16 MiB run of [ at the first level past the limit', () => {
    const started = performance.now()
    expect(depthExceeded('['.repeat(16 * 1024 * 1024))).toBe(1000)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
