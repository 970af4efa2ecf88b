import {watchCancellation} from '../cancellation.js'
import {JobsClient, type CreateFineTuningJob} from '../client/jobs-client.js'
import {ACTION_NAME, ACTION_VERSION} from '../constants.js'
import {logCancelling, logCreated, logCreating, waitLog} from '../report/fine-tune-log.js'
import {reportFineTuneStep} from '../report/fine-tune-report.js'
import type {FineTuneStep} from '../report/fine-tune-step.js'
import {getFineTuneSettings} from './inputs.js'
import type {FineTuneSettings} from './settings.js'
import {cancelJob, waitForJob} from './wait.js'

/**
 * The story of a run: read the inputs, create the job, wait for it, report. When the workflow is
 * cancelled (SIGINT, then SIGTERM 7.5 s later), the wait stops and the job is cancelled too.
 */
export async function run(): Promise<void> {
  const step: FineTuneStep = {}
  const cancellation = watchCancellation()
  try {
    const settings = getFineTuneSettings()
    step.settings = settings
    const client = new JobsClient({
      serverUrl: settings.serverUrl,
      apiKey: settings.apiKey,
      userAgent: `${ACTION_NAME}/${ACTION_VERSION} fine-tune node/${process.versions.node}`
    })

    logCreating(settings)
    // Sent once, never retried: the create is not idempotent, and today's API answers 410.
    step.job = await client.createFineTuningJob(createRequest(settings))
    logCreated(step.job, settings.wait)

    if (settings.wait) {
      const started = Date.now()
      step.job = await waitForJob(id => client.getFineTuningJob(id), step.job, {
        ...waitLog(),
        signal: cancellation.signal,
        onPoll: job => (step.job = job)
      })
      step.waitedMs = Date.now() - started
    }
    // Cancelled while the job was being created or waited for: it must not run on unseen.
    const signal = cancellation.received
    if (signal && step.job) {
      logCancelling(signal, step.job.id)
      const cancelled = await cancelJob((id, ms) => client.cancelFineTuningJob(id, ms), step.job)
      step.job = cancelled.job
      step.cancelled = {signal, error: cancelled.error}
    }
  } catch (error) {
    step.failure = error
  }
  cancellation.dispose()
  await reportFineTuneStep(step)
  // A poll left in flight by the signal would hold the process until its timeout: exit now.
  if (cancellation.received) process.exit()
}

/** CreateFineTuningJobRequest: `hyperparameters` is required; the optional fields when set. */
function createRequest(settings: FineTuneSettings): CreateFineTuningJob {
  return {
    model: settings.model,
    training_files: settings.trainingFiles,
    ...(settings.validationFiles.length > 0 ? {validation_files: settings.validationFiles} : {}),
    hyperparameters: settings.hyperparameters,
    ...(settings.suffix !== undefined ? {suffix: settings.suffix} : {}),
    // Without it a job may stop at VALIDATED and wait for POST …/start.
    auto_start: true
  }
}
