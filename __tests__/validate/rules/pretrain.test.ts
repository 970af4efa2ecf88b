import {describe, expect, it} from '@jest/globals'
import {createStats} from '../../../src/validate/stats.js'
import {checkPretrain} from '../../../src/validate/rules/pretrain.js'
import {secondLine} from '../helpers.js'

const first = {text: 'Text of document 1'}

describe('pretrain', () => {
  const valid: Array<[string, unknown]> = [
    ['text', {text: 'Text contained in document n°2'}],
    ['content instead of text', {content: 'Some text'}],
    ['unicode and escapes', {text: 'Ça va ? 日本語 🎉 \\n \u2028 "quoted"'}],
    ['extra keys are ignored', {text: 'x', source: 'wiki', id: 3}]
  ]
  it.each(valid)('valid: %s', (_name, sample) => {
    expect(secondLine(first, sample)).toEqual([])
  })

  const invalid: Array<[string, unknown, string[]]> = [
    ['text and content', {text: 'a', content: 'b'}, ['pretrain/text-and-content']],
    ['text and null content', {text: 'a', content: null}, ['pretrain/text-and-content']],
    ['text is a number', {text: 42}, ['pretrain/text-type']],
    ['text is null', {text: null}, ['pretrain/text-type']],
    ['content is a list', {content: ['a', 'b']}, ['pretrain/text-type']],
    ['text is empty (warning)', {text: ''}, ['pretrain/empty-text']]
  ]
  it.each(invalid)('invalid: %s', (_name, sample, rules) => {
    expect(secondLine(first, sample)).toEqual(rules.map(r => `2 ${r}`))
  })

  it('checkPretrain counts the characters of the text', () => {
    const stats = createStats()
    expect(checkPretrain({text: 'héllo'}, {lineNo: 1, stats})).toEqual([])
    expect(stats.textChars).toBe(5)
  })
})
