import {afterAll, beforeAll, beforeEach, describe, expect, it, jest} from '@jest/globals'
import {mkdir, mkdtemp, rm, truncate, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const {getSettings} = await import('../src/inputs.js')
const {MAX_FILE_BYTES} = await import('../src/constants.js')

let workspace: string
const valid = {path: 'data/train.jsonl', 'api-key': 'sk-test'}

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'inputs-'))
  await mkdir(path.join(workspace, 'data'))
  await writeFile(path.join(workspace, 'data/train.jsonl'), '{"text":"hello"}\n')
  await writeFile(path.join(workspace, 'data/empty.jsonl'), '')
  await writeFile(path.join(workspace, 'data/huge.jsonl'), '')
  await truncate(path.join(workspace, 'data/huge.jsonl'), MAX_FILE_BYTES + 1) // sparse
  process.env.GITHUB_WORKSPACE = workspace
})
afterAll(async () => {
  delete process.env.GITHUB_WORKSPACE
  await rm(workspace, {recursive: true, force: true})
})
beforeEach(() => {
  jest.clearAllMocks()
})

describe('getSettings', () => {
  it('reads a minimal set of inputs with the defaults', async () => {
    core.useInputs(valid)
    expect(await getSettings()).toEqual({
      path: path.join(workspace, 'data/train.jsonl'),
      displayPath: path.join('data', 'train.jsonl'),
      size: 17,
      purpose: 'fine-tune',
      apiKey: 'sk-test',
      serverUrl: 'https://api.mistral.ai',
      visibility: undefined,
      expiry: undefined,
      maxAttempts: 5,
      timeoutMs: 30 * 60_000,
      attemptTimeoutMs: undefined,
      validate: true,
      dryRun: false
    })
  })

  it('needs no key for a dry run', async () => {
    core.useInputs({path: 'data/train.jsonl', 'dry-run': 'TRUE', validate: 'False'})
    expect(await getSettings()).toMatchObject({apiKey: '', dryRun: true, validate: false})
    expect(core.setSecret).not.toHaveBeenCalled()
  })

  it('masks the key before it logs anything', async () => {
    core.useInputs(valid)
    await getSettings()
    expect(core.setSecret).toHaveBeenCalledWith('sk-test')
    const firstLog = Math.min(...[core.debug, core.info].flatMap(fn => fn.mock.invocationCallOrder))
    expect(core.setSecret.mock.invocationCallOrder[0]).toBeLessThan(firstLog)
  })

  it('takes every optional input', async () => {
    core.useInputs({
      ...valid,
      purpose: 'batch',
      'server-url': 'https://gateway.example.com/mistral/',
      visibility: 'user',
      expiry: '48',
      'max-attempts': '1',
      'timeout-minutes': '0.5',
      'attempt-timeout-seconds': '2.5'
    })
    expect(await getSettings()).toMatchObject({
      purpose: 'batch',
      serverUrl: 'https://gateway.example.com/mistral',
      visibility: 'user',
      expiry: 48,
      maxAttempts: 1,
      timeoutMs: 30_000,
      attemptTimeoutMs: 2500
    })
  })

  it('accepts an absolute path outside the workspace and shows it whole', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'outside-'))
    await writeFile(path.join(outside, 'x.jsonl'), '{}\n')
    core.useInputs({...valid, path: path.join(outside, 'x.jsonl')})
    expect((await getSettings()).displayPath).toBe(path.join(outside, 'x.jsonl'))
  })

  it.each([
    [{'api-key': ''}, /^Input 'api-key': is required to upload\. .*or set `dry-run: true`/],
    [{validate: 'yes'}, /^Input 'validate': "yes" must be true or false\./],
    [{'dry-run': '1'}, /^Input 'dry-run': "1" must be true or false\./],
    [{path: ''}, /^Input 'path': is required/],
    [{path: 'data/missing.jsonl'}, /^Input 'path': data\/missing\.jsonl does not exist/],
    [{path: 'data'}, /^Input 'path': data is a directory/],
    [{path: 'data/empty.jsonl'}, /^Input 'path': data\/empty\.jsonl is empty/],
    [{path: 'data/huge.jsonl'}, /^Input 'path': .* over the API's limit .* Split it/],
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
  ])('rejects %j', async (overrides, message) => {
    core.useInputs({...valid, ...overrides})
    await expect(getSettings()).rejects.toThrow(message)
  })
})
