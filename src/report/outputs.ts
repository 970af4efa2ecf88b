import {Outputs} from '../constants.js'
import type {Outcome, UploadedFile} from '../send.js'
import type {LocalFile} from '../search.js'
import {samplesIn} from './check-log.js'
import type {UploadStep} from './upload-step.js'
import {setOutput} from './writer.js'

/**
 * Every output of the upload step, set once at the end. `files` and `file-ids` are always set
 * (`[]` when nothing was uploaded) so that `fromJSON` in a later step never breaks; the check's
 * outputs when a file was checked; the single-file outputs when one file was uploaded.
 */
export function setUploadOutputs(step: UploadStep): void {
  const outputs: Partial<Record<Outputs, string>> = {}
  const results = step.checked.flatMap(file => (file.validation ? [file.validation] : []))
  if (results.length > 0) {
    outputs[Outputs.Valid] = String(results.every(result => result.valid))
    outputs[Outputs.NumSamples] = String(results.reduce((sum, r) => sum + samplesIn(r), 0))
    outputs[Outputs.NumErrors] = String(results.reduce((sum, r) => sum + r.errorCount, 0))
  }
  const done = step.outcomes.filter((outcome): outcome is Required<Outcome> =>
    Boolean(outcome.uploaded)
  )
  const entries = done.map(({local, uploaded}) => fileEntry(local, uploaded))
  outputs[Outputs.Files] = JSON.stringify(entries)
  outputs[Outputs.FileIds] = JSON.stringify(entries.map(entry => entry['file-id']))

  if (step.outcomes.length === 1 && done.length === 1) {
    const {file, sha256, bytes} = done[0].uploaded
    outputs[Outputs.FileId] = file.id
    outputs[Outputs.Bytes] = String(bytes)
    outputs[Outputs.CreatedAt] = String(file.created_at)
    outputs[Outputs.Filename] = file.filename ?? ''
    outputs[Outputs.Purpose] = file.purpose ?? step.purpose ?? ''
    outputs[Outputs.SampleType] = file.sample_type ?? ''
    outputs[Outputs.Sha256] = sha256
  }
  for (const [name, value] of Object.entries(outputs)) setOutput(name, value)
}

/** One element of the `files` output. */
function fileEntry(local: LocalFile, uploaded: UploadedFile): Record<string, unknown> {
  return {
    path: local.displayPath,
    'file-id': uploaded.file.id,
    filename: uploaded.file.filename,
    bytes: uploaded.bytes,
    'created-at': uploaded.file.created_at,
    sha256: uploaded.sha256,
    reused: uploaded.reused
  }
}
