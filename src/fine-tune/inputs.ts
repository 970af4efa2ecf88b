import {FILE_ID, flag, optional, readApiKey, readServerUrl} from '../input-readers.js'
import {isRecord} from '../json.js'
import {checkProxyEnv} from '../proxy-env.js'
import {InputError} from '../step-error.js'
import {DEFAULT_WEIGHT, Inputs, SUFFIX_MAX_LENGTH, SUFFIX_PATTERN} from './constants.js'
import type {FineTuneSettings, TrainingFile} from './settings.js'

// Reads and checks every input of the fine-tune step before any request; each bad input is an
// InputError that names it and says how to fix it.

const LIST_FORMS =
  "a JSON array of file ids (the upload step's file-ids output as it is) or one id per line"

export function getFineTuneSettings(): FineTuneSettings {
  const apiKey = readApiKey(
    true,
    'is required to create a fine-tuning job. Pass it from a secret: `api-key: ${{ secrets.MISTRAL_API_KEY }}`.'
  )
  const serverUrl = readServerUrl()
  const trainingFiles = optional(Inputs.TrainingFiles, readTrainingFiles)
  if (!trainingFiles) {
    throw new InputError(
      Inputs.TrainingFiles,
      `is required: the ids of the uploaded training files, as ${LIST_FORMS}; a line may end in :weight (default ${DEFAULT_WEIGHT}).`
    )
  }
  const validationFiles = optional(Inputs.ValidationFiles, readValidationFiles) ?? []
  for (const id of validationFiles) {
    if (trainingFiles.some(file => file.file_id === id)) {
      throw new InputError(
        Inputs.ValidationFiles,
        `${id} is also in '${Inputs.TrainingFiles}'. Validation data must not be trained on: give each file in one of the two.`
      )
    }
  }
  const model = optional(Inputs.Model, readModel)
  if (!model) {
    throw new InputError(
      Inputs.Model,
      'is required: the model to fine-tune, for example open-mistral-7b.'
    )
  }
  const settings: FineTuneSettings = {
    apiKey,
    serverUrl,
    trainingFiles,
    validationFiles,
    model,
    hyperparameters: optional(Inputs.Hyperparameters, readHyperparameters) ?? {},
    suffix: optional(Inputs.Suffix, readSuffix),
    wait: flag(Inputs.Wait, true)
  }
  checkProxyEnv(process.env, serverUrl, process.versions.node)
  return settings
}

/** `id` or `id:weight` per line, or a JSON array of ids or of `{file_id, weight}`. */
export function readTrainingFiles(value: string): TrainingFile[] {
  const input = Inputs.TrainingFiles
  const files = idEntries(input, value).map(({entry, where}): TrainingFile => {
    if (typeof entry === 'string') {
      const [id, weight, extra] = entry.split(':').map(part => part.trim())
      if (extra !== undefined) throw badId(input, entry, where)
      return {file_id: fileId(input, id, where), weight: readWeight(input, weight, entry)}
    }
    if (isRecord(entry) && typeof entry.file_id === 'string') {
      const weight = entry.weight ?? DEFAULT_WEIGHT
      if (typeof weight !== 'number' || !(weight > 0)) {
        throw new InputError(
          input,
          `${where}: weight must be a number greater than 0, such as 1 or 0.5.`
        )
      }
      return {file_id: fileId(input, entry.file_id, where), weight}
    }
    throw new InputError(input, `${where} must be a file id or {"file_id": "…", "weight": 1}.`)
  })
  assertUnique(
    input,
    files.map(file => file.file_id)
  )
  return files
}

/** One id per line, or a JSON array of ids; no weights. */
export function readValidationFiles(value: string): string[] {
  const input = Inputs.ValidationFiles
  const ids = idEntries(input, value).map(({entry, where}) => {
    if (typeof entry !== 'string') throw new InputError(input, `${where} must be a file id.`)
    if (entry.includes(':')) {
      throw new InputError(input, `"${entry}": validation files take no weight; give the id alone.`)
    }
    return fileId(input, entry, where)
  })
  assertUnique(input, ids)
  return ids
}

/** A JSON object of numbers (or null, the API's default), sent as `hyperparameters`. */
export function readHyperparameters(value: string): Record<string, number | null> {
  const input = Inputs.Hyperparameters
  const example = 'such as {"training_steps": 100, "learning_rate": 0.0001}'
  let json: unknown
  try {
    json = JSON.parse(value)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new InputError(input, `is not valid JSON (${reason}). Give a JSON object, ${example}.`)
  }
  if (!isRecord(json)) throw new InputError(input, `must be a JSON object, ${example}.`)
  for (const [name, setting] of Object.entries(json)) {
    if (setting !== null && (typeof setting !== 'number' || !Number.isFinite(setting))) {
      throw new InputError(
        input,
        `"${name}" is ${JSON.stringify(setting)}: every hyperparameter is a number (or null for the API's default).`
      )
    }
  }
  return json as Record<string, number | null>
}

export function readSuffix(value: string): string {
  if (value.length > SUFFIX_MAX_LENGTH || !SUFFIX_PATTERN.test(value)) {
    throw new InputError(
      Inputs.Suffix,
      `"${value}" must be 1 to ${SUFFIX_MAX_LENGTH} letters, digits, _ or - (it goes into the fine-tuned model's name).`
    )
  }
  return value
}

function readModel(value: string): string {
  if (/\s/.test(value)) {
    throw new InputError(Inputs.Model, `"${value}" must be one model name, without spaces.`)
  }
  return value
}

/** The items of a JSON array, or the non-blank lines, each with where it was for messages. */
function idEntries(input: string, value: string): Array<{entry: unknown; where: string}> {
  if (!value.startsWith('[')) {
    return value
      .split(/\r?\n/)
      .map((line, i) => ({entry: line.trim(), where: `line ${i + 1}`}))
      .filter(({entry}) => entry !== '')
  }
  let json: unknown
  try {
    json = JSON.parse(value)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new InputError(
      input,
      `starts with [ but is not a JSON array (${reason}). Give ${LIST_FORMS}.`
    )
  }
  if (!Array.isArray(json)) throw new InputError(input, `must be ${LIST_FORMS}.`)
  if (json.length === 0) throw new InputError(input, `is an empty array: give ${LIST_FORMS}.`)
  return json.map((entry, i) => ({
    entry: typeof entry === 'string' ? entry.trim() : entry,
    where: `item ${i + 1}`
  }))
}

function fileId(input: string, id: string, where: string): string {
  if (!FILE_ID.test(id)) throw badId(input, id, where)
  return id.toLowerCase()
}

function badId(input: string, id: string, where: string): InputError {
  return new InputError(
    input,
    `"${id}" (${where}) is not a file id. Ids are UUIDs, such as 3b4f2c1e-8a7d-4e6f-9b0a-1c2d3e4f5a6b, as the upload step outputs them in file-id and file-ids.`
  )
}

function readWeight(input: string, text: string | undefined, entry: string): number {
  if (text === undefined) return DEFAULT_WEIGHT
  const weight = Number(text)
  if (!/^\d*\.?\d+$/.test(text) || !(weight > 0)) {
    throw new InputError(
      input,
      `"${entry}": the weight after the colon must be a number greater than 0, such as 1 or 0.5.`
    )
  }
  return weight
}

/** An InputError for the first id given twice. */
function assertUnique(input: string, ids: string[]): void {
  const twice = ids.find((id, i) => ids.indexOf(id) !== i)
  if (twice !== undefined) {
    throw new InputError(
      input,
      `lists ${twice} twice: give each file once (a weight, id:2, counts it more).`
    )
  }
}
