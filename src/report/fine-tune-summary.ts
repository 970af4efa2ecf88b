import type {FineTuningJob} from '../client/jobs-client.js'
import {GoneError} from '../client/errors.js'
import type {FineTuneSettings} from '../fine-tune/settings.js'
import {formatDuration} from './fine-tune-log.js'
import type {FineTuneStep} from './fine-tune-step.js'
import {markdownCode, markdownText} from './safe-text.js'

// The job summary of the fine-tune step, in Markdown: the job, and what stopped the run. Every
// piece of text from outside (ids, names, the server's answers) is escaped by safe-text.

const ICONS: Record<string, string> = {
  SUCCESS: '✅',
  FAILED: '❌',
  FAILED_VALIDATION: '❌',
  CANCELLED: '⛔',
  CANCELLATION_REQUESTED: '🛑'
}

export function fineTuneSummary(step: FineTuneStep, failure: string | undefined): string {
  const sections: string[] = []
  const {job, settings} = step
  if (job && settings) sections.push(jobSection(job, settings, step.waitedMs))
  if (failure !== undefined) {
    const title =
      step.failure instanceof GoneError
        ? 'Mistral fine-tuning: the jobs API is retired (410 Gone)'
        : step.cancelled && step.failure === undefined
          ? 'Mistral fine-tuning job cancelled with the workflow'
          : 'Mistral fine-tuning job failed'
    sections.push(`### ${title}\n\n${markdownText(failure)}\n`)
  }
  return sections.join('\n')
}

function jobSection(job: FineTuningJob, settings: FineTuneSettings, waitedMs?: number): string {
  const icon = ICONS[job.status] ?? '⏳'
  const waited = waitedMs === undefined ? 'not waited' : formatDuration(waitedMs)
  const training = settings.trainingFiles.map(
    file => `${markdownCode(file.file_id)}${file.weight === 1 ? '' : ` ×${file.weight}`}`
  )
  const cells = [
    markdownCode(job.id),
    markdownText(job.model ?? settings.model),
    `${icon} ${markdownText(job.status)}`,
    markdownCode(job.fine_tuned_model ?? ''),
    training.join('<br>'),
    settings.validationFiles.map(markdownCode).join('<br>'),
    markdownCode(settings.suffix ?? ''),
    waited
  ]
  const header = [
    'job',
    'model',
    'status',
    'fine-tuned model',
    'training files',
    'validation files',
    'suffix',
    'waited'
  ]
  const lines = [
    `### Mistral fine-tuning job: ${icon} ${markdownText(job.status)}\n`,
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    `| ${cells.join(' | ')} |`,
    ''
  ]
  if (Object.keys(settings.hyperparameters).length > 0) {
    lines.push(`Hyperparameters: ${markdownCode(JSON.stringify(settings.hyperparameters))}\n`)
  }
  return lines.join('\n')
}
