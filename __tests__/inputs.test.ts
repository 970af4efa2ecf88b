import {beforeEach, describe, expect, it, jest} from '@jest/globals'
import * as core from '../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const {getSettings} = await import('../src/inputs.js')

const valid = {path: 'data/train.jsonl', 'api-key': 'sk-test'}

beforeEach(() => {
  jest.clearAllMocks()
  process.env.GITHUB_WORKSPACE = '/work/space'
  process.env.GITHUB_SHA = 'abc123def456'
})

describe('getSettings', () => {
  it.each([
    'https://api.mistral.ai/v1',
    'https://api.mistral.ai/v1/',
    'http://127.0.0.1:8080/gw/v1'
  ])('takes /v1 off a server-url such as %s, with a notice', url => {
    core.useInputs({...valid, 'server-url': url})
    const expected = url.replace(/\/v1\/?$/, '')
    expect(getSettings().serverUrl).toBe(expected)
    expect(core.notice).toHaveBeenCalledWith(
      `'server-url' is the API's base URL, without /v1: using ${expected} instead of ${expected}/v1.`,
      {title: "Input 'server-url'"}
    )
  })

  it('keeps a path that only contains v1', () => {
    core.useInputs({...valid, 'server-url': 'https://gw.example.com/v1beta'})
    expect(getSettings().serverUrl).toBe('https://gw.example.com/v1beta')
    expect(core.notice).not.toHaveBeenCalled()
  })

  it('reads a minimal set of inputs with the defaults', () => {
    core.useInputs(valid)
    expect(getSettings()).toEqual({
      patterns: 'data/train.jsonl',
      workspace: '/work/space',
      ifNoFilesFound: 'error',
      purpose: 'fine-tune',
      apiKey: 'sk-test',
      serverUrl: 'https://api.mistral.ai',
      visibility: undefined,
      expiry: undefined,
      remoteName: '{name}',
      reuseExisting: true,
      commit: 'abc123def456',
      maxAttempts: 5,
      timeoutMs: 30 * 60_000,
      attemptTimeoutMs: undefined,
      validate: true,
      dryRun: false
    })
  })

  it('masks the key before it logs anything', () => {
    core.useInputs(valid)
    getSettings()
    expect(core.setSecret).toHaveBeenCalledWith('sk-test')
    const firstLog = Math.min(...[core.debug, core.info].flatMap(fn => fn.mock.invocationCallOrder))
    expect(core.setSecret.mock.invocationCallOrder[0]).toBeLessThan(firstLog)
  })

  it('takes every optional input', () => {
    core.useInputs({
      ...valid,
      path: 'data/*.jsonl\n!data/test.jsonl',
      purpose: 'batch',
      'server-url': 'https://gateway.example.com/mistral/',
      visibility: 'user',
      expiry: '48',
      'if-no-files-found': 'warn',
      'remote-name': '{stem}-{sha256:12}{ext}',
      'reuse-existing': 'false',
      'max-attempts': '1',
      'timeout-minutes': '0.5',
      'attempt-timeout-seconds': '2.5'
    })
    expect(getSettings()).toMatchObject({
      patterns: 'data/*.jsonl\n!data/test.jsonl',
      purpose: 'batch',
      serverUrl: 'https://gateway.example.com/mistral',
      visibility: 'user',
      expiry: 48,
      ifNoFilesFound: 'warn',
      remoteName: '{stem}-{sha256:12}{ext}',
      reuseExisting: false,
      maxAttempts: 1,
      timeoutMs: 30_000,
      attemptTimeoutMs: 2500
    })
  })

  it.each([
    ['1', 1],
    ['20', 20]
  ])('accepts max-attempts %s, an end of the range 1 to 20', (value, attempts) => {
    core.useInputs({...valid, 'max-attempts': value})
    expect(getSettings().maxAttempts).toBe(attempts)
  })

  it('needs no key for a dry run', () => {
    core.useInputs({path: 'data/train.jsonl', 'dry-run': 'TRUE', validate: 'False'})
    expect(getSettings()).toMatchObject({apiKey: '', dryRun: true, validate: false})
    expect(core.setSecret).not.toHaveBeenCalled()
  })

  it.each([
    [{'api-key': ''}, /^Input 'api-key': is required to upload\. .*or set `dry-run: true`/],
    [{path: ''}, /^Input 'path': is required/],
    [{validate: 'yes'}, /^Input 'validate': "yes" must be true or false\./],
    [{'dry-run': '1'}, /^Input 'dry-run': "1" must be true or false\./],
    [{'reuse-existing': 'maybe'}, /^Input 'reuse-existing': "maybe" must be true or false\./],
    [
      {'if-no-files-found': 'fail'},
      /^Input 'if-no-files-found': "fail" is not valid\. Use one of: error, warn, ignore\./
    ],
    [{'remote-name': '{date}.jsonl'}, /^Input 'remote-name': \{date\} is not a placeholder/],
    [{'remote-name': 'data/{name}'}, /^Input 'remote-name': "data\/\{name\}" must be a file name/],
    [
      {purpose: 'finetune'},
      /^Input 'purpose': "finetune" is not valid\. Use one of: fine-tune, batch, ocr\./
    ],
    [
      {visibility: 'public'},
      /^Input 'visibility': "public" is not valid\. Use one of: workspace, user\./
    ],
    [{expiry: '1.5'}, /^Input 'expiry': "1\.5" must be a whole number of at least 1\./],
    [{expiry: '0'}, /^Input 'expiry': "0" must be a whole number of at least 1\./],
    [{expiry: 'soon'}, /^Input 'expiry'/],
    [{'max-attempts': '0'}, /^Input 'max-attempts': "0" must be a whole number from 1 to 20\./],
    [{'max-attempts': '21'}, /^Input 'max-attempts': "21" must be a whole number from 1 to 20\./],
    [{'max-attempts': 'three'}, /^Input 'max-attempts'/],
    [{'timeout-minutes': '0'}, /^Input 'timeout-minutes': "0" must be a number greater than 0/],
    [{'timeout-minutes': '-1'}, /^Input 'timeout-minutes': "-1" must be a number greater than 0/],
    [{'timeout-minutes': '1e3'}, /^Input 'timeout-minutes'/],
    [
      {'attempt-timeout-seconds': 'fast'},
      /^Input 'attempt-timeout-seconds': "fast" must be a number/
    ],
    [{'server-url': 'api.mistral.ai'}, /^Input 'server-url': "api\.mistral\.ai" is not a URL/],
    [
      {'server-url': 'ftp://api.mistral.ai'},
      /^Input 'server-url': .* must start with https:\/\/ or http:\/\//
    ],
    [
      {'server-url': 'https://u:p@api.mistral.ai'},
      /^Input 'server-url': "https:\/\/api\.mistral\.ai\/" must not carry/
    ]
  ])('rejects %j', (overrides, message) => {
    core.useInputs({...valid, ...overrides})
    expect(() => getSettings()).toThrow(message)
  })
})
