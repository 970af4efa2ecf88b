// One JSON object line: its sample type, and the rules of that type.
import type {JsonObject} from '../json.js'
import {checkBatch, type BatchContext} from './rules/batch.js'
import {checkClassifier} from './rules/classifier.js'
import {error} from './rules/common.js'
import {checkInstruct} from './rules/instruct.js'
import {checkPretrain} from './rules/pretrain.js'
import type {Problem, SampleType, JsonlPurpose} from './types.js'

/** The line's type (null: none recognised) and its problems by that type's rules. */
export function checkSample(
  purpose: JsonlPurpose,
  record: JsonObject,
  ctx: BatchContext
): {type: SampleType | null; problems: Problem[]} {
  if (purpose === 'batch') return {type: 'batch', problems: checkBatch(record, ctx)}
  const type = sampleTypeOf(record)
  switch (type) {
    case 'instruct':
      return {type, problems: checkInstruct(record, ctx)}
    case 'pretrain':
      return {type, problems: checkPretrain(record, ctx)}
    case 'classifier':
      return {type, problems: checkClassifier(record, ctx)}
    default:
      return {type, problems: [unknownType(record, ctx.lineNo)]}
  }
}

/** The sample type a fine-tune line holds, by its keys; null when none matches. */
export function sampleTypeOf(record: JsonObject): SampleType | null {
  if (record.labels !== undefined) return 'classifier'
  if (record.messages !== undefined || record.interactions !== undefined) return 'instruct'
  if (record.text !== undefined || record.content !== undefined) return 'pretrain'
  return null
}

function unknownType(record: JsonObject, lineNo: number): Problem {
  if (record.prompt !== undefined && record.completion !== undefined) {
    return error(
      lineNo,
      'file/prompt-completion',
      'line is an OpenAI legacy {"prompt", "completion"} pair; Mistral needs {"messages": [{"role": "user", "content": <prompt>}, {"role": "assistant", "content": <completion>}]}: convert each line to that'
    )
  }
  const keys = Object.keys(record)
  const shown =
    keys.length === 0 ? 'none' : keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', …' : '')
  const hint =
    record.custom_id !== undefined || record.body !== undefined
      ? '; it looks like a batch request: upload it with purpose batch'
      : ''
  return error(
    lineNo,
    'file/unknown-sample-type',
    `line has none of "messages", "text", "content" or "labels" (keys: ${shown}); expected an instruct, pretrain or classifier sample${hint}`
  )
}
