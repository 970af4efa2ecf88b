import {assertAllValid, checkFiles, checksWhileSending} from './check.js'
import {checkWhileSending} from './check-while-sending.js'
import {getSettings} from './inputs.js'
import {logCheck, warnUnmatched} from './report/check-log.js'
import {uploadLog} from './report/upload-log.js'
import {reportUploadStep} from './report/upload-report.js'
import type {UploadStep} from './report/upload-step.js'
import {findFiles} from './search.js'
import {sendFiles} from './send.js'

/** The story of a run: read the inputs, find the files, check the data, upload, report. */
export async function run(): Promise<void> {
  const step: UploadStep = {dryRun: false, checked: [], outcomes: []}
  try {
    const settings = getSettings()
    step.purpose = settings.purpose
    step.dryRun = settings.dryRun

    const {files, unmatched} = await findFiles(
      settings.patterns,
      settings.workspace,
      settings.ifNoFilesFound,
      {allowOutsideWorkspace: settings.allowOutsideWorkspace}
    )
    if (settings.ifNoFilesFound === 'warn') warnUnmatched(unmatched)

    if (checksWhileSending(settings)) {
      const sent = await checkWhileSending(settings, files, logCheck, uploadLog(settings.serverUrl))
      step.checked = sent.checked
      assertAllValid(step.checked)
      step.outcomes = sent.outcomes
    } else {
      step.checked = await checkFiles(settings, files, logCheck)
      assertAllValid(step.checked)
      if (!settings.dryRun) {
        step.outcomes = await sendFiles(settings, step.checked, uploadLog(settings.serverUrl))
      }
    }
  } catch (error) {
    step.failure = error
  }
  await reportUploadStep(step)
}
