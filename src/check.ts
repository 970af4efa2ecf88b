import {createHash} from 'node:crypto'
import {sha256File} from './client/sha256.js'
import {namesContent} from './remote-name.js'
import {count} from './report/units.js'
import type {LocalFile} from './search.js'
import type {Settings} from './settings.js'
import {InvalidDatasetError} from './step-error.js'
import type {ValidationResult} from './validate/index.js'
import {validateFileParallel} from './validate/parallel.js'

export interface CheckedFile extends LocalFile {
  /** Known before upload only when remote-name needs it; the upload computes it anyway. */
  sha256?: string
  /** Absent when validation is off. */
  validation?: ValidationResult
}

/**
 * Validates every file (one streaming pass each, hashing in the same pass when the remote name
 * needs the hash), telling `onChecked` about each as it is done.
 */
export async function checkFiles(
  settings: Settings,
  files: LocalFile[],
  onChecked?: (file: LocalFile, result: ValidationResult) => void
): Promise<CheckedFile[]> {
  const needsHash = namesContent(settings.remoteName) && !settings.dryRun
  const checked: CheckedFile[] = []
  for (const file of files) {
    if (!settings.validate && !settings.dryRun) {
      checked.push({...file, sha256: needsHash ? await sha256File(file.path) : undefined})
      continue
    }
    const result = await validate(settings, file, needsHash)
    onChecked?.(file, result.validation)
    checked.push(result)
  }
  return checked
}

/**
 * The check runs in the same pass as the upload unless the upload needs its result first: a
 * dry run, a content-hashed remote name (the hash is taken in the check's pass, before any
 * request), or an OCR document (checked from its first bytes only).
 */
export function checksWhileSending(settings: Settings): boolean {
  return (
    settings.validate &&
    !settings.dryRun &&
    settings.purpose !== 'ocr' &&
    !namesContent(settings.remoteName)
  )
}

/** Throws when any file broke the rules: then nothing is uploaded. */
export function assertAllValid(checked: CheckedFile[]): void {
  const invalid = checked.filter(file => file.validation?.valid === false)
  if (invalid.length === 0) return
  const errors = invalid.reduce((sum, file) => sum + (file.validation?.errorCount ?? 0), 0)
  const names = invalid.map(file => file.displayPath).join(', ')
  throw new InvalidDatasetError(
    `${names} ${invalid.length === 1 ? 'breaks' : 'break'} the dataset rules (${count(errors, 'error')}), so nothing was uploaded. The problems are annotated on the file and listed in the job summary.`
  )
}

async function validate(
  settings: Settings,
  file: LocalFile,
  needsHash: boolean
): Promise<CheckedFile & {validation: ValidationResult}> {
  const hash = createHash('sha256')
  let hashed = 0
  // On every core, unless the hash is taken in the same pass (which reads the chunks in order).
  const validation = await validateFileParallel(file.path, settings.purpose, {
    onChunk: needsHash
      ? chunk => {
          hash.update(chunk)
          hashed += chunk.length
        }
      : undefined
  })
  if (!needsHash) return {...file, validation}
  // The OCR check reads only the head of a document: hash the whole file then.
  const sha256 = hashed === file.size ? hash.digest('hex') : await sha256File(file.path)
  return {...file, sha256, validation}
}
