// Pretrain samples for purpose fine-tune.
// Source: mistral-finetune finetune/data/tokenize.py, get_pretrain_sample.
import type {JsonObject} from '../../json.js'
import {addText} from '../stats.js'
import type {Problem, RuleContext} from '../types.js'
import {error, kind, warning} from './common.js'

export function checkPretrain(record: JsonObject, ctx: RuleContext): Problem[] {
  const out: Problem[] = []
  const line = ctx.lineNo
  const hasText = record.text !== undefined
  const hasContent = record.content !== undefined
  if (hasText && hasContent) {
    out.push(
      error(
        line,
        'pretrain/text-and-content',
        'sample has both "text" and "content"; expected only one of them'
      )
    )
    return out
  }
  const key = hasText ? 'text' : 'content'
  const value = record[key]
  if (typeof value !== 'string') {
    out.push(error(line, 'pretrain/text-type', `"${key}" must be a string, got ${kind(value)}`))
  } else if (value.length === 0) {
    out.push(warning(line, 'pretrain/empty-text', `"${key}" is empty; the sample adds nothing`))
  } else {
    addText(ctx.stats, value)
  }
  return out
}
