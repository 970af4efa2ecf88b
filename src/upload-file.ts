import {FilesClient} from './client/files.js'
import {uploadWithRetry, type ReliableUploadResult} from './client/upload.js'
import {ACTION_NAME, ACTION_VERSION} from './constants.js'
import {progressLogger, reportRecovered, reportRetry} from './report.js'
import type {Settings} from './settings.js'

/** Streams the file to Mistral under the retry rules, logging progress and retries. */
export async function uploadFile(settings: Settings): Promise<ReliableUploadResult> {
  const client = new FilesClient({
    serverUrl: settings.serverUrl,
    apiKey: settings.apiKey,
    userAgent: `${ACTION_NAME}/${ACTION_VERSION} node/${process.versions.node}`
  })
  return uploadWithRetry(
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
      onRetry: reportRetry,
      onRecovered: reportRecovered
    }
  )
}
