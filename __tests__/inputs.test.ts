import {afterEach, beforeEach, describe, expect, it, jest} from '@jest/globals'
import * as core from '../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const {getSettings} = await import('../src/inputs.js')
const {PROXY_VARIABLES} = await import('../src/proxy-env.js')

const valid = {path: 'data/train.jsonl', 'api-key': 'sk-test'}

const PROXY_NAMES = [...PROXY_VARIABLES, 'NO_PROXY', 'no_proxy']
const savedProxyEnv = Object.fromEntries(PROXY_NAMES.map(name => [name, process.env[name]]))

beforeEach(() => {
  jest.clearAllMocks()
  process.env.GITHUB_WORKSPACE = '/work/space'
  process.env.GITHUB_SHA = 'abc123def456'
  for (const name of PROXY_NAMES) delete process.env[name]
})
afterEach(() => {
  for (const [name, value] of Object.entries(savedProxyEnv)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
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
      allowOutsideWorkspace: false,
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
      'attempt-timeout-seconds': '2.5',
      'allow-outside-workspace': 'true'
    })
    expect(getSettings()).toMatchObject({
      allowOutsideWorkspace: true,
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
    ],
    [{'allow-outside-workspace': 'yes'}, /^Input 'allow-outside-workspace': "yes" must be true/],
    [{'remote-name': '{stem}-{sha256:1}{ext}'}, /^Input 'remote-name': \{sha256:1\} keeps too/]
  ])('rejects %j', (overrides, message) => {
    core.useInputs({...valid, ...overrides})
    expect(() => getSettings()).toThrow(message)
  })
})

describe('api-key', () => {
  it.each(['a', 'abcde'])('refuses %j, too short to be masked, without showing it', key => {
    core.useInputs({...valid, 'api-key': key})
    let message = ''
    try {
      getSettings()
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toBe(
      `Input 'api-key': is ${key.length} characters long: too short for a Mistral API key (they have 32), and too short to be masked in the log. Check the secret passed as 'api-key'.`
    )
  })

  it.each(['sk-tes', 'sk-test', 'test-key', 'x'.repeat(32)])('takes %j', key => {
    core.useInputs({...valid, 'api-key': key})
    expect(getSettings().apiKey).toBe(key)
  })
})

describe('server-url', () => {
  it.each([
    'http://localhost:8080',
    'http://LOCALHOST',
    'http://127.0.0.1:1234',
    'http://127.1.2.3',
    'http://127.1',
    'http://[::1]:9000',
    'https://gateway.example.com',
    'https://10.0.0.5:8443'
  ])('takes %s', url => {
    core.useInputs({...valid, 'server-url': url})
    expect(() => getSettings()).not.toThrow()
  })

  it.each([
    ['http://api.mistral.ai', 'http://api.mistral.ai'],
    ['http://10.0.0.5:8080/gw', 'http://10.0.0.5:8080'],
    ['http://128.0.0.1', 'http://128.0.0.1'],
    ['http://localhost.example.com', 'http://localhost.example.com'],
    ['http://127.0.0.1.nip.io', 'http://127.0.0.1.nip.io'],
    ['http://[::2]', 'http://[::2]'],
    ['http://0.0.0.0:8787', 'http://0.0.0.0:8787']
  ])('refuses %s, which would send the key in clear, and says to use https://', (url, origin) => {
    core.useInputs({...valid, 'server-url': url, 'dry-run': 'true'})
    expect(() => getSettings()).toThrow(
      `Input 'server-url': "${origin}" would send the key unencrypted: use https://. http:// is only for a server on this machine (localhost, 127.0.0.1, [::1]).`
    )
  })
})

describe('proxy variables', () => {
  const INVALID = 'http://user:pa/ss@host:3128'

  function failure(): string {
    try {
      getSettings()
    } catch (error) {
      return (error as Error).message
    }
    return ''
  }

  it.each(PROXY_VARIABLES)(
    'fails on a %s that is not a URL, naming it, never showing its credentials',
    name => {
      process.env[name] = INVALID
      core.useInputs(valid)
      const message = failure()
      expect(message).toBe(
        `Environment variable ${name} is not a valid URL ("http://***@host:3128", credentials hidden), so no request can go through it. Write it as http://host:port, with any user and password percent-encoded (a / in the password is %2F), or unset it.`
      )
      expect(message).not.toContain('pa/ss')
      expect(message).not.toContain('user:')
      // and masked, should anything else print it
      expect(core.setSecret).toHaveBeenCalledWith('user:pa/ss')
    }
  )

  it.each([
    ['not a url', '"not a url"'],
    ['http://proxy:3128\nX-Injected: 1', '"http://proxy:3128\\nX-Injected: 1"'],
    ['http://a@b@ho st:1', '"http://***@ho st:1"']
  ])('fails on %j', (value, shown) => {
    process.env.HTTPS_PROXY = value
    core.useInputs(valid)
    expect(failure()).toContain(`Environment variable HTTPS_PROXY is not a valid URL (${shown}`)
  })

  it('does not check the variables in a dry run, which sends nothing', () => {
    process.env.HTTPS_PROXY = INVALID
    core.useInputs({path: 'data/train.jsonl', 'dry-run': 'true'})
    expect(() => getSettings()).not.toThrow()
    expect(core.warning).not.toHaveBeenCalled()
  })

  it('masks the password and the whole user:password of a valid proxy URL, before logging', () => {
    process.env.HTTPS_PROXY = 'http://user:secret@proxy:3128'
    process.env.http_proxy = 'http://bob:p%40ss%2Fw0rd@proxy:8080'
    process.env.HTTP_PROXY = 'http://tok3n-only@proxy:8080'
    core.useInputs(valid)
    getSettings()
    const masked = core.setSecret.mock.calls.map(([secret]) => secret)
    expect(masked).toEqual(
      expect.arrayContaining([
        'secret',
        'user:secret',
        Buffer.from('user:secret').toString('base64'), // Node's Proxy-Authorization
        'p%40ss%2Fw0rd',
        'p@ss/w0rd',
        'bob:p%40ss%2Fw0rd',
        'bob:p@ss/w0rd',
        'tok3n-only'
      ])
    )
    // A user name beside a password is not a secret: masking it would blank it everywhere.
    expect(masked).not.toContain('user')
    expect(masked).not.toContain('bob')
    const firstLog = Math.min(...core.debug.mock.invocationCallOrder)
    expect(Math.max(...core.setSecret.mock.invocationCallOrder)).toBeLessThan(firstLog)
  })

  it('masks nothing for a proxy without credentials', () => {
    process.env.HTTPS_PROXY = 'http://proxy:3128'
    core.useInputs(valid)
    getSettings()
    expect(core.setSecret.mock.calls).toEqual([['sk-test']])
  })
})
