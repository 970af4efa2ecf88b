import type {BatchJob} from '../client/jobs-client.js'
import {formatDuration} from './batch-log.js'
import type {BatchStep} from './batch-step.js'
import type {BatchVerdict} from './batch-verdict.js'
import {markdownCode, markdownText} from './safe-text.js'
import {formatUnixTime} from './units.js'

// The job summary of the batch step, in Markdown: the job, its first failed requests, its
// errors, and the verdict. Every cell of outside text goes through safe-text.

export function batchSummary(step: BatchStep, verdict: BatchVerdict): string {
  const {job} = step
  const sections: string[] = []
  if (job) {
    sections.push(`### Mistral batch job: ${headline(step, job, verdict)}\n`, jobTable(step, job))
    const failed = step.results?.failedRequests ?? []
    if (failed.length > 0) {
      const of =
        job.failed_requests > failed.length
          ? `first ${failed.length} of ${job.failed_requests}`
          : ''
      sections.push(
        `#### Failed requests${of ? ` (${of})` : ''}\n`,
        table(
          ['custom_id', 'status', 'message'],
          failed.map(r => [
            markdownCode(r.customId),
            markdownText(r.status),
            markdownText(r.message)
          ])
        )
      )
    }
    if (job.errors.length > 0) {
      sections.push(
        '#### Job errors\n',
        table(
          ['message', 'count'],
          job.errors.map(e => [markdownText(e.message), String(e.count ?? 1)])
        )
      )
    }
  } else if (verdict.failure) {
    sections.push('### Mistral batch job failed\n')
  }
  const text = verdict.failure ?? verdict.warning ?? verdict.note
  if (text)
    sections.push(
      `${verdict.failure ? '❌' : verdict.warning ? '⚠️' : 'ℹ️'} ${markdownText(text)}\n`
    )
  return sections.join('\n')
}

function headline(step: BatchStep, job: BatchJob, verdict: BatchVerdict): string {
  if (step.cancelled) return `🛑 cancelled with the workflow (${job.status})`
  if (step.end === 'timeout') return `⏳ still ${job.status}, no longer waited for`
  if (step.settings && !step.settings.wait) return `🚀 ${job.status}, not waited for`
  if (step.end !== 'final') return `❌ ${job.status}`
  if (job.status !== 'SUCCESS') return `❌ ${job.status}`
  if (verdict.failure) return `❌ SUCCESS, but ${job.failed_requests} requests failed`
  return job.failed_requests > 0
    ? `⚠️ SUCCESS, ${job.failed_requests} requests failed`
    : '✅ SUCCESS'
}

function jobTable(step: BatchStep, job: BatchJob): string {
  const rows: Array<[string, string]> = [
    ['job id', markdownCode(job.id)],
    ['endpoint', markdownCode(job.endpoint)],
    ['model', job.model ? markdownCode(job.model) : '–'],
    ['status', markdownText(job.status)],
    [
      'requests',
      `${job.total_requests} in all: ${job.succeeded_requests} succeeded, ${job.failed_requests} failed, ${job.total_requests - job.completed_requests} not done`
    ],
    ['created', markdownText(formatUnixTime(job.created_at))]
  ]
  const span = (from?: number | null, to?: number | null): string | undefined =>
    typeof from === 'number' && typeof to === 'number' && to >= from
      ? formatDuration((to - from) * 1000)
      : undefined
  const queued = span(job.created_at, job.started_at)
  const ran = span(job.started_at, job.completed_at)
  if (queued) rows.push(['queued for', queued])
  if (ran) rows.push(['ran for', ran])
  if (step.waitedMs !== undefined) rows.push(['step waited', formatDuration(step.waitedMs)])
  rows.push(['output file', fileCell(job.output_file, step.results?.outputPath)])
  rows.push(['error file', fileCell(job.error_file, step.results?.errorPath)])
  return table(
    ['', ''],
    rows.map(([name, value]) => [name, value])
  )
}

function fileCell(id: string | null | undefined, savedTo?: string): string {
  if (!id) return '–'
  return savedTo ? `${markdownCode(id)} saved to ${markdownCode(savedTo)}` : markdownCode(id)
}

/** A Markdown table of cells already made safe. */
function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  return `${[line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')}\n`
}
