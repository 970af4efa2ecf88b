import {describe, expect, it} from '@jest/globals'
import {secondLine} from '../helpers.js'

const first = {text: 'I love this product!', labels: {sentiment: 'positive'}}

describe('classifier', () => {
  const valid: Array<[string, unknown]> = [
    ['text, one target', {text: 'Awful.', labels: {sentiment: 'negative'}}],
    [
      'text, several targets',
      {text: 'Great', labels: {sentiment: 'positive', 'is-english': 'yes'}}
    ],
    ['multi-label target', {text: 'Bad and rude', labels: {moderation: ['violence', 'insult']}}],
    ['empty label list', {text: 'Fine', labels: {moderation: []}}],
    [
      'chat input ending with a user message',
      {messages: [{role: 'user', content: 'I love it'}], labels: {sentiment: 'positive'}}
    ],
    [
      'chat input with several turns',
      {
        messages: [
          {role: 'user', content: 'Hi'},
          {role: 'assistant', content: 'Hello'},
          {role: 'user', content: 'You are useless'}
        ],
        labels: {sentiment: 'negative'}
      }
    ]
  ]
  it.each(valid)('valid: %s', (_name, sample) => {
    expect(secondLine(first, sample)).toEqual([])
  })

  const invalid: Array<[string, unknown, string[]]> = [
    ['labels is a list', {text: 'x', labels: ['positive']}, ['classifier/labels-type']],
    ['labels is a string', {text: 'x', labels: 'positive'}, ['classifier/labels-type']],
    ['labels is empty', {text: 'x', labels: {}}, ['classifier/labels-type']],
    ['label is a number', {text: 'x', labels: {stars: 5}}, ['classifier/label-value']],
    ['label is a boolean', {text: 'x', labels: {spam: true}}, ['classifier/label-value']],
    [
      'label list holds a number',
      {text: 'x', labels: {tags: ['a', 1]}},
      ['classifier/label-value']
    ],
    [
      'labels without text or messages',
      {labels: {sentiment: 'positive'}},
      ['classifier/missing-input']
    ],
    [
      'text and messages',
      {text: 'x', messages: [{role: 'user', content: 'x'}], labels: {a: 'b'}},
      ['classifier/text-and-messages']
    ],
    ['text is a number', {text: 1, labels: {a: 'b'}}, ['classifier/text-type']],
    ['messages is empty', {messages: [], labels: {a: 'b'}}, ['classifier/messages-type']],
    ['messages is a string', {messages: 'hi', labels: {a: 'b'}}, ['classifier/messages-type']],
    [
      'message with an unknown role',
      {messages: [{role: 'human', content: 'x'}], labels: {a: 'b'}},
      ['instruct/unknown-role']
    ],
    [
      'message without content',
      {messages: [{role: 'user'}], labels: {a: 'b'}},
      ['instruct/missing-content']
    ]
  ]
  it.each(invalid)('invalid: %s', (_name, sample, rules) => {
    expect(secondLine(first, sample)).toEqual(rules.map(r => `2 ${r}`))
  })
})
