import {describe, expect, it} from '@jest/globals'
import {validateBuffer} from '../../../src/validate/index.js'
import {brief, jsonl, secondLine} from '../helpers.js'

const request = (
  id: unknown,
  content = 'What is the best French cheese?'
): {
  custom_id: unknown
  body: {model: string; max_tokens: number; messages: Array<{role: string; content: string}>}
} => ({
  custom_id: id,
  body: {model: 'mistral-small-latest', max_tokens: 100, messages: [{role: 'user', content}]}
})
const first = request('0')

describe('batch', () => {
  const valid: Array<[string, unknown]> = [
    ['chat request', request('1')],
    ['body without model', {custom_id: '1', body: {messages: [{role: 'user', content: 'x'}]}}],
    ['embeddings request', {custom_id: 'emb-1', body: {input: ['a', 'b']}}],
    [
      'ocr request',
      {
        custom_id: 'doc-1',
        body: {document: {type: 'document_url', document_url: 'https://x/y.pdf'}}
      }
    ],
    ['unicode custom_id', request('clé-🎉')]
  ]
  it.each(valid)('valid: %s', (_name, sample) => {
    expect(secondLine(first, sample, 'batch')).toEqual([])
  })

  const invalid: Array<[string, unknown, string[]]> = [
    ['no custom_id', {body: {messages: []}}, ['batch/missing-custom-id']],
    ['custom_id null', {custom_id: null, body: {}}, ['batch/missing-custom-id']],
    ['custom_id is a number', request(1), ['batch/custom-id-type']],
    ['custom_id repeats line 1', request('0'), ['batch/duplicate-custom-id']],
    ['no body', {custom_id: '1'}, ['batch/body']],
    ['body is a string', {custom_id: '1', body: '{"messages": []}'}, ['batch/body']],
    ['body is a list', {custom_id: '1', body: []}, ['batch/body']],
    ['line is an array', [request('1')], ['file/not-object']],
    [
      'a fine-tune sample',
      {messages: [{role: 'user', content: 'x'}]},
      ['batch/missing-custom-id', 'batch/body']
    ]
  ]
  it.each(invalid)('invalid: %s', (_name, sample, rules) => {
    expect(secondLine(first, sample, 'batch')).toEqual(rules.map(r => `2 ${r}`))
  })

  it('reports each duplicate custom_id with the line of its first use', () => {
    const result = validateBuffer(
      jsonl(request('a'), request('b'), request('a'), request('a')),
      'batch'
    )
    expect(brief(result)).toEqual(['3 batch/duplicate-custom-id', '4 batch/duplicate-custom-id'])
    expect(result.problems[0].message).toBe(
      'custom_id "a" is already used on line 1; expected a unique custom_id per request'
    )
    expect(result.sampleType).toBe('batch')
    expect(result.stats.samplesByType.batch).toBe(4)
  })

  it('counts request text for the token estimate', () => {
    const result = validateBuffer(
      jsonl(request('a', 'abcd'), {custom_id: 'b', body: {input: ['ab', 'cd']}}),
      'batch'
    )
    expect(result.stats.textChars).toBe(8)
    expect(result.stats.estimatedTokens).toBe(2)
  })

  it('hints at purpose batch when a batch file is checked as fine-tune', () => {
    const result = validateBuffer(jsonl(request('a')), 'fine-tune')
    expect(brief(result)).toEqual(['1 file/unknown-sample-type'])
    expect(result.problems[0].message).toMatch(/upload it with purpose batch/)
  })
})
