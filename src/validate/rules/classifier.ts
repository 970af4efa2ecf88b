// Classifier samples for purpose fine-tune: text or a chat, plus labels per target.
// Source: Mistral docs, classifier_factory dataset format (single and multi target).
import {isRecord, type JsonObject} from '../../json.js'
import {addText} from '../stats.js'
import type {Problem, RuleContext} from '../types.js'
import {error, kind, show} from './common.js'
import {checkConversation} from './instruct.js'

export function checkClassifier(record: JsonObject, ctx: RuleContext): Problem[] {
  const out: Problem[] = []
  const line = ctx.lineNo
  const text = record.text
  const messages = record.messages
  if (text !== undefined && messages !== undefined) {
    out.push(
      error(
        line,
        'classifier/text-and-messages',
        'sample has both "text" and "messages"; expected one of them'
      )
    )
  } else if (text !== undefined) {
    if (typeof text !== 'string') {
      out.push(error(line, 'classifier/text-type', `"text" must be a string, got ${kind(text)}`))
    } else {
      addText(ctx.stats, text)
    }
  } else if (messages !== undefined) {
    if (!Array.isArray(messages) || messages.length === 0) {
      out.push(
        error(
          line,
          'classifier/messages-type',
          `"messages" must be a non-empty array of messages, got ${Array.isArray(messages) ? 'an empty array' : kind(messages)}`
        )
      )
    } else {
      checkConversation(messages, 'classifier', null, ctx, out)
    }
  } else {
    out.push(
      error(
        line,
        'classifier/missing-input',
        'sample has "labels" but neither "text" nor "messages"; expected one of them'
      )
    )
  }
  checkLabels(record.labels, ctx, out)
  return out
}

function checkLabels(labels: unknown, ctx: RuleContext, out: Problem[]): void {
  const line = ctx.lineNo
  if (!isRecord(labels)) {
    out.push(
      error(
        line,
        'classifier/labels-type',
        `"labels" must be an object of target name to label (a string or a list of strings), got ${kind(labels)}`
      )
    )
    return
  }
  let targets = 0
  for (const target in labels) {
    targets++
    const value = labels[target]
    if (typeof value === 'string') continue
    if (Array.isArray(value) && value.every(v => typeof v === 'string')) continue
    out.push(
      error(
        line,
        'classifier/label-value',
        `labels[${show(target)}] ${show(value)} must be a string or a list of strings`
      )
    )
  }
  if (targets === 0) {
    out.push(
      error(line, 'classifier/labels-type', '"labels" is empty; expected at least one target')
    )
  }
}
