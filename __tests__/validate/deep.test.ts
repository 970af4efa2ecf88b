// Deeply nested or pathological lines end as an ordinary error at their line, in bounded memory:
// a line of `[` by the megabyte, and ~5,000 levels inside the values the rules print.
import {afterAll, beforeAll, describe, expect, it, jest} from '@jest/globals'
import {closeSync, mkdtempSync, openSync, rmSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {validateBuffer, validateFile} from '../../src/validate/index.js'
import {show} from '../../src/validate/rules/common.js'
import type {ValidationResult} from '../../src/validate/types.js'
import {brief, chat, jsonl} from './helpers.js'

const MiB = 1024 * 1024
/** `levels` arrays, one inside the other, around `leaf`. */
const nest = (levels: number, leaf = '0'): string =>
  `${'['.repeat(levels)}${leaf}${']'.repeat(levels)}`
/** `levels` objects, one inside the other, around `leaf`. */
const nestObjects = (levels: number, leaf = '0'): string =>
  `${'{"a":'.repeat(levels)}${leaf}${'}'.repeat(levels)}`

const chatLine = JSON.stringify(chat)
const batchLine = '{"custom_id":"ok","body":{}}'

/** Validate `line` as line 2 of 3, between two valid lines of its purpose. */
function middle(line: string, purpose: 'fine-tune' | 'batch' = 'fine-tune'): ValidationResult {
  const valid = purpose === 'batch' ? batchLine : chatLine
  const third = purpose === 'batch' ? batchLine.replace('ok', 'ok2') : valid
  return validateBuffer(jsonl(valid, line, third), purpose)
}

/** How many times `run` calls JSON.parse on `text`. */
function parsesOf(text: string, run: () => void): number {
  const parse = jest.spyOn(JSON, 'parse')
  try {
    run()
    return parse.mock.calls.filter(call => call[0] === text).length
  } finally {
    parse.mockRestore()
  }
}

const deep = nest(5000)
const deepObject = nestObjects(5000)
const user = '{"role":"user","content":"hi"}'
const tools =
  '"tools":[{"type":"function","function":{"name":"f","description":"d","parameters":{}}}]'

describe('deeply nested values (~5,000 levels) in the fields the rules print', () => {
  it.each([
    ['role', `{"messages":[${user},{"role":${deep},"content":"ok"}]}`, 'fine-tune'],
    ['role (objects)', `{"messages":[${user},{"role":${deepObject},"content":"ok"}]}`, 'fine-tune'],
    [
      'weight',
      `{"messages":[${user},{"role":"assistant","content":"ok","weight":${deep}}]}`,
      'fine-tune'
    ],
    ['labels', `{"text":"hi","labels":{"topic":${deep}}}`, 'fine-tune'],
    ['labels (objects)', `{"text":"hi","labels":{"topic":${deepObject}}}`, 'fine-tune'],
    ['custom_id', `{"custom_id":${deep},"body":{}}`, 'batch'],
    ['custom_id (objects)', `{"custom_id":${deepObject},"body":{}}`, 'batch'],
    [
      'tools[0].type',
      `{${tools.replace('"function","function"', `${deep},"function"`)},"messages":[${user},{"role":"assistant","content":"ok"}]}`,
      'fine-tune'
    ],
    [
      'content chunk type',
      `{"messages":[{"role":"user","content":[{"type":${deep}}]},{"role":"assistant","content":"ok"}]}`,
      'fine-tune'
    ],
    [
      'tool_calls[0].id',
      `{${tools},"messages":[${user},{"role":"assistant","tool_calls":[{"id":${deep},"function":{"name":"f","arguments":"{}"}}]}]}`,
      'fine-tune'
    ],
    ['the body of a batch request', `{"custom_id":"deep","body":{"messages":${deep}}}`, 'batch']
  ] as const)('%s: one file/too-deep error at its line', (_field, line, purpose) => {
    const result = middle(line, purpose)
    expect(brief(result)).toEqual(['2 file/too-deep'])
    expect(result.problems[0].message).toMatch(/more than 1000 levels/)
    expect(result.stats.invalidSamples).toBe(1)
  })

  it('checks a line nested exactly 1000 levels deep with the rules, and shows its value', () => {
    // The line's object is level 1, messages 2, the message 3: role adds 997 levels.
    const role = nest(997)
    const result = middle(`{"messages":[${user},{"role":${role},"content":"ok"}]}`)
    expect(brief(result)).toEqual(['2 instruct/unknown-role', '2 instruct/last-role'])
    expect(result.problems[0].message).toContain('messages[1].role [[[[')
    expect(brief(middle(`{"messages":[${user},{"role":${nest(998)},"content":"ok"}]}`))).toEqual([
      '2 file/too-deep'
    ])
  })

  it('does not count brackets inside strings', () => {
    const text = `${'['.repeat(5000)}\\"${'{'.repeat(5000)}\\\\`
    const line = JSON.stringify({messages: [{role: 'user', content: text}, chat.messages[1]]})
    expect(brief(middle(line))).toEqual([])
  })

  it('accepts a wide but shallow line with thousands of brackets', () => {
    const line = JSON.stringify({
      text: 'x',
      labels: {a: 'b'},
      extra: Array.from({length: 5000}, () => [{}])
    })
    expect(brief(validateBuffer(jsonl(line), 'fine-tune'))).toEqual([])
  })
})

describe('a line of megabytes of `[`', () => {
  it('is one file/too-deep error at its line, and never reaches JSON.parse', () => {
    const line = '['.repeat(4 * MiB)
    let result: ValidationResult | undefined
    expect(parsesOf(line, () => (result = middle(line)))).toBe(0)
    expect(brief(result!)).toEqual(['2 file/too-deep'])
    expect(result!.problems[0].message).toContain('column 1001')
  })

  it("as a tool call's arguments string is a tool/arguments-json error, without JSON.parse", () => {
    const args = '['.repeat(4 * MiB)
    const line = JSON.stringify({
      tools: [{type: 'function', function: {name: 'f', description: 'd', parameters: {}}}],
      messages: [
        {role: 'user', content: 'hi'},
        {
          role: 'assistant',
          tool_calls: [{id: 'abcdefghi', function: {name: 'f', arguments: args}}]
        },
        {role: 'tool', tool_call_id: 'abcdefghi', content: 'done'},
        {role: 'assistant', content: 'ok'}
      ]
    })
    let result: ValidationResult | undefined
    expect(parsesOf(args, () => (result = middle(line)))).toBe(0)
    expect(brief(result!)).toEqual(['2 tool/arguments-json'])
    expect(result!.problems[0].message).toMatch(/more than 1000 levels/)
  })

  it('rejects tool call arguments nested past the limit, as json.loads would', () => {
    const line = JSON.stringify({
      tools: [{type: 'function', function: {name: 'f', description: 'd', parameters: {}}}],
      messages: [
        {role: 'user', content: 'hi'},
        {
          role: 'assistant',
          tool_calls: [{id: 'abcdefghi', function: {name: 'f', arguments: nest(1001)}}]
        },
        {role: 'tool', tool_call_id: 'abcdefghi', content: 'done'},
        {role: 'assistant', content: 'ok'}
      ]
    })
    expect(brief(middle(line))).toEqual(['2 tool/arguments-json'])
  })

  describe('in a file', () => {
    let dir: string
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'deep-'))
    })
    afterAll(() => {
      rmSync(dir, {recursive: true, force: true})
    })

    it('is reported at its line, across many read chunks, and the next lines are checked', async () => {
      const path = join(dir, 'brackets.jsonl')
      const fd = openSync(path, 'w')
      writeSync(fd, `${chatLine}\n`)
      const chunk = Buffer.alloc(MiB, '[')
      for (let i = 0; i < 8; i++) writeSync(fd, chunk)
      writeSync(fd, `\n${chatLine}\n{"messages":[]}\n`)
      closeSync(fd)
      const result = await validateFile(path, 'fine-tune')
      expect(brief(result)).toEqual(['2 file/too-deep', '4 instruct/empty-messages'])
      expect(result.stats.lines).toBe(4)
    })
  })
})

describe('show', () => {
  it('does not throw on a value nested 100,000 levels deep', () => {
    const value = JSON.parse(nest(100_000))
    expect(show(value)).toBe(`${'['.repeat(39)}…`)
    expect(show(JSON.parse(nestObjects(100_000)), 12)).toBe('{"a":{"a":{…')
  })

  it('cuts a huge value without writing it all out', () => {
    expect(show(new Array(1_000_000).fill(1), 10)).toBe('[1,1,1,1,…')
    expect(show('x'.repeat(10 * MiB), 5)).toBe('"xxx…')
  })

  it.each([
    ['x'],
    [''],
    [123],
    [-0.5],
    [null],
    [true],
    [{}],
    [[]],
    [{a: [1, 'b', null, {c: {}}], 'd"e': false}],
    [[[], [[]], {}]],
    ['quote " and \\ and \n and \u2028 and 😀'],
    ['a'.repeat(39)],
    ['a'.repeat(38)],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]]
  ])('writes %j as JSON.stringify does, cut to 40 characters', value => {
    const json = JSON.stringify(value)
    expect(show(value)).toBe(json.length > 40 ? `${json.slice(0, 39)}…` : json)
  })

  it('writes what JSON.stringify writes for values JSON has no words for', () => {
    expect(show(undefined)).toBe('undefined')
    expect(show({a: undefined, b: 1})).toBe('{"b":1}')
    expect(show([undefined, NaN, Infinity])).toBe('[null,null,null]')
  })
})
