import {beforeEach, describe, expect, it, jest} from '@jest/globals'
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import * as core from '../../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const {getBatchSettings, parseInputFiles, parseMetadata, stepMarker} =
  await import('../../src/batch/inputs.js')

const ID = '0b7c5b1e-3f0a-4c6e-9d2a-8f1e2d3c4b5a'
const ID2 = '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b'
const valid = {'api-key': 'sk-test-key', 'input-files': ID}
const env = {GITHUB_WORKSPACE: '/work/space'}

beforeEach(() => {
  jest.clearAllMocks()
})

describe('getBatchSettings', () => {
  it('reads a minimal set of inputs with the defaults', () => {
    core.useInputs(valid)
    const settings = getBatchSettings(env)
    expect(settings).toEqual({
      apiKey: 'sk-test-key',
      serverUrl: 'https://api.mistral.ai',
      inputFiles: [ID],
      endpoint: '/v1/chat/completions',
      model: undefined,
      metadata: {},
      timeoutHours: undefined,
      wait: true,
      waitTimeoutMs: 60 * 60_000,
      downloadPath: undefined,
      maxFailedRequests: undefined,
      marker: {key: 'github-step', value: expect.stringMatching(/^-\.-\.-\.-\.[0-9a-f]{12}$/)}
    })
    expect(core.setSecret).toHaveBeenCalledWith('sk-test-key')
  })

  it('reads every input', () => {
    core.useInputs({
      ...valid,
      'input-files': `${ID}\n\n  ${ID2}  \n`,
      endpoint: '/v1/embeddings',
      model: 'mistral-embed',
      metadata: '{"team": "search"}',
      'timeout-hours': '168',
      'wait-timeout-minutes': '0.5',
      'download-path': 'results',
      'max-failed-requests': '0'
    })
    expect(getBatchSettings(env)).toMatchObject({
      inputFiles: [ID, ID2],
      endpoint: '/v1/embeddings',
      model: 'mistral-embed',
      metadata: {team: 'search'},
      timeoutHours: 168,
      waitTimeoutMs: 30_000,
      downloadPath: '/work/space/results',
      maxFailedRequests: 0
    })
  })

  it.each([
    [{'api-key': ''}, "Input 'api-key': is required to create a batch job."],
    [{'input-files': ''}, "Input 'input-files': is required"],
    [
      {endpoint: '/v1/files'},
      `Input 'endpoint': "/v1/files" is not valid. Use one of: /v1/chat/completions,`
    ],
    [{'timeout-hours': '0'}, `Input 'timeout-hours': "0" must be a whole number from 1 to 168.`],
    [
      {'timeout-hours': '169'},
      `Input 'timeout-hours': "169" must be a whole number from 1 to 168.`
    ],
    [{'timeout-hours': '1.5'}, `Input 'timeout-hours': "1.5" must be a whole number`],
    [{wait: 'yes'}, `Input 'wait': "yes" must be true or false.`],
    [
      {'wait-timeout-minutes': '0'},
      `Input 'wait-timeout-minutes': "0" must be a number greater than 0`
    ],
    [
      {'max-failed-requests': '-1'},
      `Input 'max-failed-requests': "-1" must be a whole number of at least 0.`
    ],
    [
      {'server-url': 'http://example.com'},
      'Input \'server-url\': "http://example.com" would send the key unencrypted'
    ]
  ])('refuses %j', (inputs, message) => {
    core.useInputs({...valid, ...inputs})
    expect(() => getBatchSettings(env)).toThrow(message)
  })

  it.each(['download-path', 'max-failed-requests'])('refuses %s with wait: false', input => {
    core.useInputs({...valid, wait: 'false', [input]: input === 'download-path' ? 'out' : '3'})
    expect(() => getBatchSettings(env)).toThrow(`Input '${input}': needs \`wait: true\``)
  })

  it('refuses a download-path that is a file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'batch-inputs-'))
    await writeFile(path.join(dir, 'taken'), '')
    core.useInputs({...valid, 'download-path': 'taken'})
    expect(() => getBatchSettings({GITHUB_WORKSPACE: dir})).toThrow(
      `Input 'download-path': ${path.join(dir, 'taken')} is a file: give a directory.`
    )
  })
})

describe('parseInputFiles', () => {
  it('takes the upload step’s file-ids output as it is', () => {
    expect(parseInputFiles(JSON.stringify([ID, ID2]))).toEqual([ID, ID2])
  })

  it.each([
    ['[]', 'is an empty list'],
    ['[1]', 'must be a JSON array of strings'],
    ['["a",', 'starts with `[` but is not a JSON array'],
    ['file-abc', '"file-abc" is not a file id: ids are UUIDs'],
    [`${ID}x`, 'is not a file id'],
    [`${ID}\n${ID}`, `lists ${ID} twice`],
    ['   \n ', 'is required']
  ])('refuses %j', (text, message) => {
    expect(() => parseInputFiles(text)).toThrow(message)
  })
})

describe('parseMetadata', () => {
  it('takes an object of strings at the bounds', () => {
    const metadata = {a: 'x', ['k'.repeat(32)]: 'v'.repeat(512)}
    expect(parseMetadata(JSON.stringify(metadata))).toEqual(metadata)
  })

  it.each([
    ['not json', 'is not JSON'],
    ['["a"]', 'must be a JSON object of strings'],
    ['{"": "x"}', 'key "" has 0 characters; keys have 1 to 32.'],
    [JSON.stringify({['k'.repeat(33)]: 'x'}), 'has 33 characters; keys have 1 to 32.'],
    ['{"n": 7}', '"n" must be a string'],
    ['{"n": ""}', 'the value of "n" has 0 characters; values have 1 to 512.'],
    [JSON.stringify({n: 'v'.repeat(513)}), 'has 513 characters'],
    ['{"github-step": "x"}', 'key "github-step" is the step\'s own']
  ])('refuses %s', (text, message) => {
    expect(() => parseMetadata(text)).toThrow(`Input 'metadata': `)
    expect(() => parseMetadata(text)).toThrow(message)
  })
})

describe('stepMarker', () => {
  it('names the run, attempt, job and step, with a random part', () => {
    const run = {
      GITHUB_RUN_ID: '123',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_JOB: 'build',
      GITHUB_ACTION: '__owner_repo_2'
    }
    expect(stepMarker(run, 'abc')).toEqual({
      key: 'github-step',
      value: '123.2.build.__owner_repo_2.abc'
    })
    expect(stepMarker(run).value).not.toBe(stepMarker(run).value)
  })

  it('stays within the API’s 512 characters and a safe alphabet', () => {
    const long = 'é/'.repeat(300)
    const value = stepMarker({GITHUB_JOB: long, GITHUB_ACTION: long}).value
    expect(value.length).toBeLessThanOrEqual(512)
    expect(value).toMatch(/^[\w.-]+$/)
  })
})
