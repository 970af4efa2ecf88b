import {createHash} from 'node:crypto'
import {sha256File} from './client/sha256.js'
import {namesContent} from './remote-name.js'
import {reportValidation, reportValidationTotals} from './report.js'
import type {LocalFile} from './search.js'
import type {Settings} from './settings.js'
import {validateFile, type ValidationResult} from './validate/index.js'

/** The data broke the dataset rules: the problems are already reported; nothing was uploaded. */
export class InvalidDatasetError extends Error {
  override name = 'InvalidDatasetError'
}

export interface CheckedFile extends LocalFile {
  /** Known before upload only when remote-name needs it; the upload computes it anyway. */
  sha256?: string
  /** Absent when validation is off. */
  validation?: ValidationResult
}

/**
 * Validates every file (one streaming pass each, hashing in the same pass when the remote name
 * needs the hash), reports each, and throws if any is invalid: then nothing is uploaded.
 */
export async function checkFiles(settings: Settings, files: LocalFile[]): Promise<CheckedFile[]> {
  const needsHash = namesContent(settings.remoteName) && !settings.dryRun
  const checked: CheckedFile[] = []
  for (const file of files) {
    if (settings.validate || settings.dryRun)
      checked.push(await validate(settings, file, needsHash))
    else checked.push({...file, sha256: needsHash ? await sha256File(file.path) : undefined})
  }
  const validations = checked.flatMap(file => (file.validation ? [file.validation] : []))
  if (validations.length > 0) reportValidationTotals(validations)

  const invalid = checked.filter(file => file.validation?.valid === false)
  if (invalid.length > 0) {
    const errors = invalid.reduce((sum, file) => sum + (file.validation?.errorCount ?? 0), 0)
    const names = invalid.map(file => file.displayPath).join(', ')
    throw new InvalidDatasetError(
      `${names} ${invalid.length === 1 ? 'breaks' : 'break'} the dataset rules (${errors} errors), so nothing was uploaded. The problems are annotated on the file and listed in the job summary.`
    )
  }
  return checked
}

async function validate(
  settings: Settings,
  file: LocalFile,
  needsHash: boolean
): Promise<CheckedFile> {
  const hash = createHash('sha256')
  let hashed = 0
  const validation = await validateFile(file.path, settings.purpose, {
    onChunk: needsHash
      ? chunk => {
          hash.update(chunk)
          hashed += chunk.length
        }
      : undefined
  })
  await reportValidation(file, validation)
  if (!needsHash) return {...file, validation}
  // The OCR check reads only the head of a document: hash the whole file then.
  const sha256 = hashed === file.size ? hash.digest('hex') : await sha256File(file.path)
  return {...file, sha256, validation}
}
