// Batch request lines for purpose batch: {"custom_id": string, "body": {…request…}}.
// Sources: Mistral docs studio/batch-processing; OpenAPI schema BatchRequest.
import {isRecord, type JsonObject} from '../../json.js'
import {addText} from '../stats.js'
import type {Problem, RuleContext} from '../types.js'
import {error, kind, show} from './common.js'

export interface BatchContext extends RuleContext {
  /** custom_id → line of first use. Memory grows with the number of requests (~60 B each). */
  customIds: Map<string, number>
}

export function createBatchContext(ctx: RuleContext): BatchContext {
  return Object.assign(ctx, {customIds: new Map<string, number>()})
}

export function checkBatch(record: JsonObject, ctx: BatchContext): Problem[] {
  const out: Problem[] = []
  const line = ctx.lineNo
  const id = record.custom_id
  if (id === undefined || id === null) {
    out.push(
      error(
        line,
        'batch/missing-custom-id',
        `request has no "custom_id"; expected a string unique in the file, used to match results${fineTuneHint(record)}`
      )
    )
  } else if (typeof id !== 'string') {
    out.push(
      error(
        line,
        'batch/custom-id-type',
        `"custom_id" ${show(id)} must be a string, got ${kind(id)}`
      )
    )
  } else {
    const first = ctx.customIds.get(id)
    if (first !== undefined) {
      out.push(
        error(
          line,
          'batch/duplicate-custom-id',
          `custom_id ${show(id)} is already used on line ${first}; expected a unique custom_id per request`
        )
      )
    } else {
      ctx.customIds.set(id, line)
    }
  }
  const body = record.body
  if (!isRecord(body)) {
    out.push(
      error(
        line,
        'batch/body',
        `"body" must be an object holding the endpoint's request, got ${kind(body)}`
      )
    )
  } else {
    countBodyText(body, ctx)
  }
  return out
}

const TEXT_KEYS = ['prompt', 'input', 'inputs']

/** Text of the request for the token estimate: messages, prompt, input. */
function countBodyText(body: JsonObject, ctx: RuleContext): void {
  const stats = ctx.stats
  const messages = body.messages
  if (Array.isArray(messages)) {
    for (const m of messages) {
      if (!isRecord(m)) continue
      const content = m.content
      if (typeof content === 'string') addText(stats, content)
      else if (Array.isArray(content)) {
        for (const chunk of content) {
          if (isRecord(chunk) && typeof chunk.text === 'string') addText(stats, chunk.text)
        }
      }
    }
  }
  for (const key of TEXT_KEYS) {
    const value = body[key]
    if (typeof value === 'string') addText(stats, value)
    else if (Array.isArray(value)) {
      for (const v of value) if (typeof v === 'string') addText(stats, v)
    }
  }
}

/** A fine-tuning sample uploaded for batch: say so once per line, as the fine-tune check does. */
function fineTuneHint(record: JsonObject): string {
  if (record.body !== undefined) return ''
  const looksLikeSample =
    record.messages !== undefined ||
    record.labels !== undefined ||
    record.text !== undefined ||
    record.prompt !== undefined
  return looksLikeSample
    ? '; it looks like a fine-tuning sample: upload it with purpose fine-tune'
    : ''
}
