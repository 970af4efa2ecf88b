import * as core from '@actions/core'
import {FilesClient} from './client/files.js'
import {uploadWithRetry} from './client/upload.js'
import {ACTION_NAME, ACTION_VERSION} from './constants.js'
import {getSettings} from './inputs.js'
import {
  progressLogger,
  reportFailure,
  reportRecovered,
  reportRetry,
  reportUpload
} from './report.js'
import type {Settings} from './settings.js'

/** The story of a run: read the inputs, stream the file to Mistral, report what came back. */
export async function run(): Promise<void> {
  let settings: Settings | undefined
  let attempts = 1
  try {
    settings = await getSettings()
    const client = new FilesClient({
      serverUrl: settings.serverUrl,
      apiKey: settings.apiKey,
      userAgent: `${ACTION_NAME}/${ACTION_VERSION} node/${process.versions.node}`
    })
    core.info(`Uploading ${settings.displayPath} to ${settings.serverUrl} for ${settings.purpose}`)
    const started = performance.now()
    const result = await uploadWithRetry(
      client,
      {
        path: settings.path,
        size: settings.size,
        purpose: settings.purpose,
        visibility: settings.visibility,
        expiry: settings.expiry,
        onProgress: progressLogger()
      },
      {
        maxAttempts: settings.maxAttempts,
        timeoutMs: settings.timeoutMs,
        attemptTimeoutMs: settings.attemptTimeoutMs,
        onRetry: retry => {
          attempts = retry.attempt + 1
          reportRetry(retry)
        },
        onRecovered: reportRecovered
      }
    )
    await reportUpload(settings, result, (performance.now() - started) / 1000)
  } catch (error) {
    await reportFailure(error, settings, attempts)
  }
}
