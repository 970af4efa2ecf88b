import * as core from '@actions/core'
import {FilesClient} from './client/files.js'
import {ACTION_NAME, ACTION_VERSION} from './constants.js'
import {getSettings} from './inputs.js'
import {progressLogger, reportFailure, reportUpload} from './report.js'
import type {Settings} from './settings.js'

/** The story of a run: read the inputs, stream the file to Mistral, report what came back. */
export async function run(): Promise<void> {
  let settings: Settings | undefined
  try {
    settings = await getSettings()
    const client = new FilesClient({
      serverUrl: settings.serverUrl,
      apiKey: settings.apiKey,
      userAgent: `${ACTION_NAME}/${ACTION_VERSION} node/${process.versions.node}`
    })
    core.info(`Uploading ${settings.displayPath} to ${settings.serverUrl} for ${settings.purpose}`)
    const started = performance.now()
    const result = await client.upload({
      path: settings.path,
      size: settings.size,
      purpose: settings.purpose,
      visibility: settings.visibility,
      expiry: settings.expiry,
      onProgress: progressLogger()
    })
    await reportUpload(settings, result, (performance.now() - started) / 1000)
  } catch (error) {
    await reportFailure(error, settings)
  }
}
