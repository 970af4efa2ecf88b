import * as core from '@actions/core'
import {InvalidDatasetError} from './errors.js'
import {getSettings} from './inputs.js'
import {reportFailure, reportUpload, reportValidation} from './report.js'
import type {Settings} from './settings.js'
import {uploadFile} from './upload-file.js'
import {validateFile} from './validate/index.js'

/** The story of a run: read the inputs, check the data, stream it to Mistral, report. */
export async function run(): Promise<void> {
  let settings: Settings | undefined
  try {
    settings = await getSettings()

    if (settings.validate || settings.dryRun) {
      const result = await validateFile(settings.path, settings.purpose)
      await reportValidation(settings, result)
      if (!result.valid) {
        throw new InvalidDatasetError(
          `${settings.displayPath} breaks the dataset rules (${result.errorCount} errors), so nothing was uploaded. The problems are annotated on the file and listed in the job summary.`
        )
      }
    }
    if (settings.dryRun) {
      core.info('Dry run: the file was checked and not uploaded.')
      return
    }

    core.info(`Uploading ${settings.displayPath} to ${settings.serverUrl} for ${settings.purpose}`)
    const started = performance.now()
    const result = await uploadFile(settings)
    await reportUpload(settings, result, (performance.now() - started) / 1000)
  } catch (error) {
    await reportFailure(error, settings)
  }
}
