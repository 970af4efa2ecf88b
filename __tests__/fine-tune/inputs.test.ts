import {beforeEach, describe, expect, it, jest} from '@jest/globals'
import * as core from '../../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const {getFineTuneSettings} = await import('../../src/fine-tune/inputs.js')

const A = '3b4f2c1e-8a7d-4e6f-9b0a-1c2d3e4f5a6b'
const B = '9c8d7e6f-5a4b-4c3d-8e2f-1a0b9c8d7e6f'
const C = '11111111-2222-4333-8444-555555555555'
const valid = {'api-key': 'sk-fine-tune-test', 'training-files': A, model: 'open-mistral-7b'}

beforeEach(() => {
  jest.clearAllMocks()
})

function settingsFrom(inputs: Record<string, string>): ReturnType<typeof getFineTuneSettings> {
  core.useInputs(inputs)
  return getFineTuneSettings()
}

function thrownBy(read: () => unknown): Error {
  try {
    read()
  } catch (error) {
    return error as Error
  }
  throw new Error('nothing was thrown')
}

describe('getFineTuneSettings', () => {
  it('reads the minimal inputs with the defaults, and masks the key first', () => {
    expect(settingsFrom(valid)).toEqual({
      apiKey: 'sk-fine-tune-test',
      serverUrl: 'https://api.mistral.ai',
      trainingFiles: [{file_id: A, weight: 1}],
      validationFiles: [],
      model: 'open-mistral-7b',
      hyperparameters: {},
      suffix: undefined,
      wait: true
    })
    expect(core.setSecret).toHaveBeenCalledWith('sk-fine-tune-test')
    expect(core.setSecret.mock.invocationCallOrder[0]).toBeLessThan(
      core.getInput.mock.invocationCallOrder[1]
    )
  })

  it("takes the upload step's file-ids output as it is", () => {
    const {trainingFiles} = settingsFrom({...valid, 'training-files': JSON.stringify([A, B])})
    expect(trainingFiles).toEqual([
      {file_id: A, weight: 1},
      {file_id: B, weight: 1}
    ])
  })

  it('takes one id per line, each with an optional :weight, and {file_id, weight} in JSON', () => {
    const lines = settingsFrom({
      ...valid,
      'training-files': `${A}:2\n\n  ${B.toUpperCase()}  \n${C}:0.5`
    })
    expect(lines.trainingFiles).toEqual([
      {file_id: A, weight: 2},
      {file_id: B, weight: 1},
      {file_id: C, weight: 0.5}
    ])
    const json = settingsFrom({
      ...valid,
      'training-files': `[{"file_id":"${A}","weight":3},"${B}"]`
    })
    expect(json.trainingFiles).toEqual([
      {file_id: A, weight: 3},
      {file_id: B, weight: 1}
    ])
  })

  it('reads validation files, hyperparameters, suffix and wait', () => {
    const settings = settingsFrom({
      ...valid,
      'validation-files': `["${B}","${C}"]`,
      hyperparameters: '{"training_steps": 10, "learning_rate": 0.0001, "epochs": null}',
      suffix: 'my-model_2',
      wait: 'FALSE'
    })
    expect(settings).toMatchObject({
      validationFiles: [B, C],
      hyperparameters: {training_steps: 10, learning_rate: 0.0001, epochs: null},
      suffix: 'my-model_2',
      wait: false
    })
  })

  it.each<[string, Record<string, string>, string]>([
    ['no key', {'api-key': ''}, "Input 'api-key': is required to create a fine-tuning job."],
    ['no training files', {'training-files': ''}, "Input 'training-files': is required:"],
    [
      'an id that is no UUID',
      {'training-files': 'file-abc'},
      '"file-abc" (line 1) is not a file id'
    ],
    ['a comma list', {'training-files': `${A},${B}`}, 'is not a file id'],
    ['broken JSON', {'training-files': `["${A}"`}, 'starts with [ but is not a JSON array'],
    ['an empty array', {'training-files': '[]'}, 'is an empty array'],
    ['a number in the array', {'training-files': '[1]'}, 'item 1 must be a file id or'],
    ['a weight of 0', {'training-files': `${A}:0`}, 'must be a number greater than 0'],
    ['a weight that is text', {'training-files': `${A}:heavy`}, 'must be a number greater than 0'],
    [
      'a JSON weight of -1',
      {'training-files': `[{"file_id":"${A}","weight":-1}]`},
      'item 1: weight'
    ],
    ['an id twice', {'training-files': `${A}\n${A}:2`}, `lists ${A} twice`],
    ['a validation weight', {'validation-files': `${B}:2`}, 'validation files take no weight'],
    ['a file in both lists', {'validation-files': A}, `Input 'validation-files': ${A} is also in`],
    ['no model', {model: ''}, "Input 'model': is required"],
    ['a model with a space', {model: 'open mistral'}, 'one model name, without spaces'],
    ['hyperparameters not JSON', {hyperparameters: '{steps: 1}'}, 'is not valid JSON'],
    ['hyperparameters an array', {hyperparameters: '[1]'}, 'must be a JSON object'],
    ['a hyperparameter as text', {hyperparameters: '{"epochs":"2"}'}, '"epochs" is "2"'],
    ['a suffix of 19 characters', {suffix: 'a'.repeat(19)}, 'must be 1 to 18 letters'],
    ['a suffix with a dot', {suffix: 'v1.2'}, 'must be 1 to 18 letters'],
    ['wait not a boolean', {wait: 'yes'}, `Input 'wait': "yes" must be true or false.`],
    ['an http server-url', {'server-url': 'http://example.com'}, "Input 'server-url'"]
  ])('throws an InputError naming the input for %s', (_name, inputs, message) => {
    core.useInputs({...valid, ...inputs})
    const thrown = thrownBy(getFineTuneSettings)
    expect(thrown).toMatchObject({name: 'InputError'})
    expect(thrown.message).toContain(message)
    expect(thrown.message).not.toContain('sk-fine-tune-test')
  })
})
