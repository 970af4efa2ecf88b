import {describe, expect, it} from '@jest/globals'
import {addSecret, logText, markdownCode, markdownText, redact} from '../../src/report/safe-text.js'

const KEY = 'sk-safe-text-0123456789'
addSecret(KEY)

describe('redact', () => {
  it('replaces every copy of a secret', () => {
    expect(redact(`a ${KEY} b ${KEY}`)).toBe('a *** b ***')
  })

  it('leaves a secret too short to tell from a word alone', () => {
    addSecret('ab')
    expect(redact('tab cab')).toBe('tab cab')
  })
})

describe('markdownText', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&#60;img src=x onerror=alert(1)&#62;'],
    ['<a href="https://evil">x</a>', '&#60;a href="https://evil"&#62;x&#60;/a&#62;'],
    ['a | b', 'a &#124; b'],
    [
      '*bold* _it_ `code` [link](u) ~~s~~ $x$',
      '&#42;bold&#42; &#95;it&#95; &#96;code&#96; &#91;link&#93;(u) &#126;&#126;s&#126;&#126; &#36;x&#36;'
    ],
    ['back\\slash & amp', 'back&#92;slash &#38; amp'],
    ['two\nlines\r\nhere', 'two lines here']
  ])('%j leaves no markup: %s', (text, safe) => {
    expect(markdownText(text)).toBe(safe)
  })

  it('redacts before it escapes, so escaping cannot split a secret', () => {
    expect(markdownText(`key ${KEY}|`)).toBe('key &#42;&#42;&#42;&#124;')
  })
})

describe('markdownCode', () => {
  it('wraps escaped text in a code span, and nothing in nothing', () => {
    expect(markdownCode('a<b')).toBe('<code>a&#60;b</code>')
    expect(markdownCode('')).toBe('')
  })
})

describe('logText', () => {
  /** Lines as the runner splits them, each checked as the runner checks for a command. */
  const commands = (text: string): string[] =>
    logText(text)
      .split(/\r\n|\r|\n/)
      .filter(line => line.trimStart().startsWith('::') || line.includes('##['))

  it.each([
    ['a name\n::error::injected'],
    ['CR alone\r::add-mask::x'],
    ['indented\n   ::warning file=a::x'],
    ['::set-output name=a::b'],
    ['legacy anywhere ##[error]x']
  ])('%j cannot become a workflow command', text => {
    expect(commands(text)).toEqual([])
  })

  it('keeps ordinary text as it is, colons included', () => {
    expect(logText('Uploaded a.jsonl as file-1 (12 B in 0.10 s): ok :: fine')).toBe(
      'Uploaded a.jsonl as file-1 (12 B in 0.10 s): ok :: fine'
    )
  })

  it('redacts', () => {
    expect(logText(`echo ${KEY}`)).toBe('echo ***')
  })
})
