import {describe, expect, it} from '@jest/globals'
import {checkRemoteName, namesContent, remoteName} from '../src/remote-name.js'

const facts = {path: '/w/data/train.v2.jsonl', sha256: 'ab'.repeat(32), commit: 'c0ffee1234567890'}

describe('remoteName', () => {
  it.each([
    ['{name}', 'train.v2.jsonl'],
    ['{stem}{ext}', 'train.v2.jsonl'],
    ['{stem}-{sha256:12}{ext}', 'train.v2-abababababab.jsonl'],
    ['{sha256}.jsonl', `${'ab'.repeat(32)}.jsonl`],
    ['{stem}@{sha:7}{ext}', 'train.v2@c0ffee1.jsonl'],
    ['{sha}-{name}', 'c0ffee1234567890-train.v2.jsonl'],
    ['fixed.jsonl', 'fixed.jsonl']
  ])('%s gives %s', (template, name) => {
    checkRemoteName(template)
    expect(remoteName(template, facts)).toBe(name)
  })

  it('says when a value is missing', () => {
    expect(() => remoteName('{sha}{ext}', {path: 'a.jsonl'})).toThrow(
      /^Input 'remote-name': \{sha\} has no value here \(GITHUB_SHA is not set\)\./
    )
  })
})

describe('checkRemoteName', () => {
  it.each([
    ['{date}', /\{date\} is not a placeholder/],
    ['{name:3}', /only \{sha256:N\} and \{sha:N\} take a length/],
    ['{sha256:0}', /only \{sha256:N\} and \{sha:N\} take a length of 1 or more/],
    [
      '{stem}-{sha256:1}{ext}',
      /^Input 'remote-name': \{sha256:1\} keeps too little of the hash: .* with 1 hex digit a different file often matches\. Use \{sha256:8\} or more/
    ],
    [
      '{sha256:7}{ext}',
      /^Input 'remote-name': \{sha256:7\} keeps too little of the hash: .* 7 hex digits/
    ],
    ['dir/{name}', /must be a file name, without \/ or \\/],
    ['dir\\{name}', /must be a file name, without \/ or \\/],
    ['{stem}\\{sha:7}{ext}', /"\{stem\}\\\{sha:7\}\{ext\}" must be a file name/]
  ])('rejects %s', (template, message) => {
    expect(() => checkRemoteName(template)).toThrow(message)
  })

  it.each(['{sha256:8}', '{stem}-{sha256:12}{ext}', '{sha256:64}', '{sha:1}{ext}', '{sha:7}'])(
    'takes %s: 8 hex digits of the content hash at least; any length of the commit',
    template => {
      expect(() => checkRemoteName(template)).not.toThrow()
    }
  )
})

describe('namesContent', () => {
  it('is true only when the name carries the content hash', () => {
    expect(namesContent('{stem}-{sha256:12}{ext}')).toBe(true)
    expect(namesContent('{sha256}')).toBe(true)
    expect(namesContent('{name}')).toBe(false)
    expect(namesContent('{sha}-{name}')).toBe(false)
  })
})
