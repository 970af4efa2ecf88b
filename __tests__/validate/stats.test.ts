import {describe, expect, it} from '@jest/globals'
import {validateBuffer} from '../../src/validate/index.js'
import {addText, createStats, finishStats} from '../../src/validate/stats.js'
import {jsonl} from './helpers.js'

describe('stats', () => {
  it('counts characters of text as JavaScript does (UTF-16 units), not UTF-8 bytes', () => {
    const stats = createStats()
    addText(stats, 'abc') // 3
    addText(stats, 'é') // 1
    addText(stats, '日本') // 2
    addText(stats, '🎉') // 2: a surrogate pair
    expect(stats.textChars).toBe(8)
    expect(finishStats(stats, 100)).toMatchObject({bytes: 100, estimatedTokens: 2})
  })

  it('adds up a file, valid lines or not', () => {
    const weather = {
      type: 'function',
      function: {name: 'get_weather', description: 'd', parameters: {}}
    }
    const text = jsonl(
      {
        messages: [
          {role: 'system', content: 'sys'},
          {role: 'user', content: 'q1'},
          {role: 'assistant', content: 'a1', weight: 0},
          {role: 'user', content: 'q2'},
          {
            role: 'assistant',
            tool_calls: [{id: 'TX92Jm8Zi', function: {name: 'get_weather', arguments: '{}'}}]
          },
          {role: 'tool', content: 'sunny', tool_call_id: 'TX92Jm8Zi'},
          {role: 'assistant', content: 'It is sunny 🎉'}
        ],
        tools: [weather]
      },
      '',
      {messages: [{role: 'user', content: 'only a question'}]},
      'not json'
    )
    const result = validateBuffer(text.replace(/\n/g, '\r\n'), 'fine-tune')
    expect(result.stats).toEqual({
      bytes: Buffer.byteLength(text) + 4,
      lines: 4,
      blankLines: 1,
      crlfLines: 4,
      samplesByType: {instruct: 2, pretrain: 0, classifier: 0, batch: 0},
      invalidSamples: 2,
      messagesByRole: {system: 1, user: 3, assistant: 3, tool: 1},
      assistantWeightZero: 1,
      toolCalls: 1,
      // Contents sys, q1, a1, q2, sunny, the last answer, the arguments "{}", and line 3's question.
      textChars: 3 + 2 + 2 + 2 + 5 + 14 + 2 + 15, // 🎉 is 2 UTF-16 units
      estimatedTokens: Math.ceil(45 / 4)
    })
  })
})
