import {reportBatchStep} from '../report/batch-report.js'
import type {BatchStep} from '../report/batch-step.js'
import {logDownloaded, logDownloadRetry, logErrorFileUnread} from '../report/batch-log.js'
import {watchCancellation} from '../cancellation.js'
import {getBatchSettings} from './inputs.js'
import {fetchResults} from './results.js'
import {cancelJob, clients, createJob, waitForEnd} from './stages.js'

/** The story of a batch step: read the inputs, create the job, wait, fetch the results, report. */
export async function run(): Promise<void> {
  const step: BatchStep = {}
  const cancellation = watchCancellation()
  try {
    const settings = getBatchSettings()
    step.settings = settings
    const {jobs, files} = clients(settings)

    step.stage = 'create'
    await createJob(jobs, settings, step)
    if (settings.wait) {
      step.stage = 'wait'
      await waitForEnd(jobs, settings, step, cancellation)
    }
    // Cancelled while the job was being created or waited for: it must not run on unseen.
    if (cancellation.received) {
      await cancelJob(jobs, step, cancellation.received)
    } else if (step.end === 'final' && step.job) {
      step.stage = 'download'
      step.results = await fetchResults(files, step.job, settings.downloadPath, {
        onDownloaded: logDownloaded,
        onRetry: logDownloadRetry,
        onErrorFileUnread: logErrorFileUnread
      })
    }
    step.stage = undefined
  } catch (error) {
    step.failure = error
  }
  cancellation.dispose()
  await reportBatchStep(step)
  // A poll left in flight by the signal would hold the process until its timeout: exit now.
  if (cancellation.received) process.exit()
}
