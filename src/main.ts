import * as core from '@actions/core'
import {checkFiles} from './check.js'
import {getSettings} from './inputs.js'
import {count, reportFailure, reportUnmatched, reportUploads} from './report.js'
import {findFiles} from './search.js'
import type {Settings} from './settings.js'
import {uploadFiles} from './send.js'

/** The story of a run: read the inputs, find the files, check the data, upload, report. */
export async function run(): Promise<void> {
  let settings: Settings | undefined
  try {
    settings = getSettings()
    const {files, unmatched} = await findFiles(
      settings.patterns,
      settings.workspace,
      settings.ifNoFilesFound
    )
    reportUnmatched(unmatched, settings)

    const checked = await checkFiles(settings, files)
    if (settings.dryRun) {
      core.info(`Dry run: ${count(files.length, 'file')} checked, nothing uploaded.`)
      return
    }

    if (files.length > 0) {
      core.info(
        `Uploading ${count(files.length, 'file')} to ${settings.serverUrl} for ${settings.purpose}`
      )
    }
    const outcomes = await uploadFiles(settings, checked)
    await reportUploads(settings, outcomes)
  } catch (error) {
    await reportFailure(error, settings)
  }
}
