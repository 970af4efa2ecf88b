// Instruct (chat) samples for purpose fine-tune, function calling included.
// Sources: mistral-finetune finetune/data/tokenize.py (build_instruct_sample and helpers) and
// mistral-common protocol/instruct/validator.py (MistralRequestValidatorV3, finetuning mode).
import {depthExceeded, isRecord, MAX_JSON_DEPTH, type JsonObject} from '../../json.js'
import {addText} from '../stats.js'
import type {Problem, Role, RuleContext} from '../types.js'
import {FUNCTION_NAME, TOOL_CALL_ID, count, error, kind, show, warning} from './common.js'
import {imageDataProblem, imageUrlProblem, type ImageUrlProblem} from './image-url.js'
import {schemaProblem} from './json-schema.js'

/** 'classifier' checks message shape only: no turn order, final role, weights or tool calls. */
export type ConversationMode = 'instruct' | 'classifier'

const ROLE_LIST = 'system, user, assistant, tool'
const NAME_RULE = 'must be 1 to 64 letters, digits, _ or -'

/** A key the API docs show, and an alias that mistral-finetune also reads in its place. */
interface AliasedKey {
  key: string
  alias: string
  /** Rule when both keys are present. */
  bothRule: string
  /** Rule (a warning) when only the alias is present. */
  aliasRule: string
  /** The "has both" message names the alias first. */
  aliasFirst?: boolean
}

const MESSAGES_KEY: AliasedKey = {
  key: 'messages',
  alias: 'interactions',
  bothRule: 'instruct/messages-and-interactions',
  aliasRule: 'instruct/interactions-key'
}
const TOOLS_KEY: AliasedKey = {
  key: 'tools',
  alias: 'available_tools',
  bothRule: 'tool/tools-and-available-tools',
  aliasRule: 'tool/available-tools-key'
}
const CONTENT_KEY: AliasedKey = {
  key: 'content',
  alias: 'text',
  bothRule: 'instruct/text-and-content',
  aliasRule: 'instruct/text-key',
  aliasFirst: true
}

/**
 * Read `names.key` of `record`, or its alias when only that is present. Both present: an error
 * (the key's value is used); the alias alone: a warning to rename it, unless `warn` is false.
 * `at` names the record in messages ("sample", "messages[2]"). Returns the value and the key
 * it was read from.
 */
function readAliased(
  record: JsonObject,
  names: AliasedKey,
  at: string,
  ctx: RuleContext,
  out: Problem[],
  warn = true
): {value: unknown; key: string} {
  const {key, alias} = names
  if (record[alias] === undefined) return {value: record[key], key}
  const line = ctx.lineNo
  if (record[key] !== undefined) {
    const both = names.aliasFirst ? `"${alias}" and "${key}"` : `"${key}" and "${alias}"`
    out.push(error(line, names.bothRule, `${at} has both ${both}; expected only "${key}"`))
    return {value: record[key], key}
  }
  if (warn) {
    out.push(
      warning(
        line,
        names.aliasRule,
        `${at} uses "${alias}", which mistral-finetune accepts but the API docs do not show; rename it to "${key}"`
      )
    )
  }
  return {value: record[alias], key: alias}
}

export function checkInstruct(record: JsonObject, ctx: RuleContext): Problem[] {
  const out: Problem[] = []
  const line = ctx.lineNo
  const messages = readAliased(record, MESSAGES_KEY, 'sample', ctx, out).value
  const tools = readAliased(record, TOOLS_KEY, 'sample', ctx, out)
  const defined = checkTools(tools.value, tools.key, ctx, out)
  const systemPrompt = checkSystemPrompt(record.system_prompt, ctx, out)
  checkOnlyLast(record.only_last, ctx, out)

  if (!Array.isArray(messages)) {
    out.push(
      error(
        line,
        'instruct/messages-type',
        `"messages" must be a non-empty array of messages, got ${kind(messages)}`
      )
    )
    return out
  }
  if (messages.length === 0) {
    out.push(
      error(
        line,
        'instruct/empty-messages',
        '"messages" is empty; expected a conversation that ends with an assistant message'
      )
    )
    return out
  }
  checkConversation(messages, 'instruct', defined, ctx, out, systemPrompt)
  return out
}

/**
 * mistral-finetune's build_instruct_sample starts from a top-level `system_prompt`, which the
 * docs do not show; a system message on top of it is "Multiple messages with role 'system'", and
 * mistral-common's InstructRequest takes it only as a string. Returns whether one is set.
 */
function checkSystemPrompt(prompt: unknown, ctx: RuleContext, out: Problem[]): boolean {
  if (prompt === undefined || prompt === null) return false
  if (typeof prompt !== 'string') {
    out.push(
      error(
        ctx.lineNo,
        'instruct/system-prompt-type',
        `"system_prompt" must be a string, got ${kind(prompt)}; or put the prompt in a system message`
      )
    )
    return true
  }
  addText(ctx.stats, prompt)
  out.push(
    warning(
      ctx.lineNo,
      'instruct/system-prompt-key',
      'sample uses a top-level "system_prompt", which mistral-finetune reads but the API docs do not show; put it in a system message'
    )
  )
  return true
}

/** mistral-finetune reads `only_last` by truthiness: the string "false" counts as true. */
function checkOnlyLast(onlyLast: unknown, ctx: RuleContext, out: Problem[]): void {
  if (onlyLast === undefined || onlyLast === null || typeof onlyLast === 'boolean') return
  out.push(
    warning(
      ctx.lineNo,
      'instruct/only-last-type',
      `"only_last" ${show(onlyLast)} should be true or false; mistral-finetune reads any value by truthiness, so it counts as ${truthy(onlyLast)}`
    )
  )
}

/** Python's bool() of a JSON value. */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0
  if (isRecord(value)) return Object.keys(value).length > 0
  return Boolean(value)
}

/** The top-level tool definitions; returns the defined function names (null: no list). */
function checkTools(
  tools: unknown,
  key: string,
  ctx: RuleContext,
  out: Problem[]
): Set<string> | null {
  if (tools === undefined || tools === null) return null
  const line = ctx.lineNo
  // build_instruct_sample skips a tools value of length 0.
  if (tools === '' || (isRecord(tools) && Object.keys(tools).length === 0)) {
    out.push(
      warning(
        line,
        'tool/tools-empty',
        `"${key}" is ${show(tools)}, which mistral-finetune skips as empty; use [] or leave it out`
      )
    )
    return null
  }
  if (!Array.isArray(tools)) {
    out.push(
      error(
        line,
        'tool/tools-type',
        `"${key}" must be an array of {"type": "function", "function": {name, description, parameters}}, got ${kind(tools)}`
      )
    )
    return null
  }
  const names = new Set<string>()
  for (let i = 0; i < tools.length; i++) {
    const tool = tools[i]
    const at = `${key}[${i}]`
    if (!isRecord(tool) || !isRecord(tool.function)) {
      out.push(
        error(
          line,
          'tool/definition',
          `${at} must be an object with a "function" object {name, description, parameters}`
        )
      )
      continue
    }
    typeWarning(tool.type, at, 'tool/definition', ctx, out)
    const fn = tool.function
    const missing: string[] = []
    if (fn.name === undefined) missing.push('name')
    if (fn.description === undefined) missing.push('description')
    if (fn.parameters === undefined) missing.push('parameters')
    if (missing.length > 0) {
      out.push(
        error(
          line,
          'tool/definition',
          `${at}.function has no ${missing.join(', ')}; expected name, description and parameters`
        )
      )
    }
    if (typeof fn.name === 'string') {
      if (!FUNCTION_NAME.test(fn.name)) {
        out.push(
          error(line, 'tool/function-name', `${at}.function.name ${show(fn.name)} ${NAME_RULE}`)
        )
      }
      names.add(fn.name)
    } else if (fn.name !== undefined) {
      out.push(
        error(
          line,
          'tool/function-name',
          `${at}.function.name must be a string, got ${kind(fn.name)}`
        )
      )
    }
    if (fn.description !== undefined && typeof fn.description !== 'string') {
      out.push(
        error(
          line,
          'tool/definition',
          `${at}.function.description must be a string, got ${kind(fn.description)}`
        )
      )
    }
    if (fn.parameters !== undefined && !isRecord(fn.parameters)) {
      out.push(
        error(
          line,
          'tool/parameters-type',
          `${at}.function.parameters must be an object (a JSON schema; {} for none), got ${kind(fn.parameters)}`
        )
      )
    } else if (fn.parameters !== undefined) {
      const problem = schemaProblem(fn.parameters, `${at}.function.parameters`)
      if (problem !== null) {
        out.push(
          error(
            line,
            'tool/parameters-schema',
            `${problem} (JSON Schema draft 7, as mistral-common checks)`
          )
        )
      }
    }
  }
  return names
}

/** State of one conversation walk. */
interface Walk {
  /** Ids of every tool call made so far. */
  callIds: Set<string> | null
}

/**
 * Check the messages of a conversation. `defined` is the set of tool names from the top-level
 * tools list (null when there is none), `systemPrompt` whether the sample sets a top-level
 * one. Shared with classifier samples, which use mode 'classifier'.
 */
export function checkConversation(
  messages: unknown[],
  mode: ConversationMode,
  defined: Set<string> | null,
  ctx: RuleContext,
  out: Problem[],
  systemPrompt = false
): void {
  const line = ctx.lineNo
  const stats = ctx.stats
  const walk: Walk = {callIds: null}
  let systems = systemPrompt ? 1 : 0
  let turns = 0
  // Last role other than system: mistral-finetune moves system messages to the system prompt,
  // so they take no part in the turn order or the final-role check.
  let prev: Role | null = null
  // Tool answers still owed to the last assistant message with tool calls.
  let pending = 0
  let callsFrom = -1
  let callsMade = 0
  let textKeyWarned = false

  for (let i = 0; i < messages.length; i++) {
    const m = messages[i]
    // Broken messages count too: each is already an error, and not one more for the shape.
    if (!isRecord(m) || m.role !== 'system') turns++
    if (!isRecord(m)) {
      out.push(
        error(
          line,
          'instruct/message-type',
          `messages[${i}] must be an object with "role" and "content", got ${kind(m)}`
        )
      )
      continue
    }
    const role = m.role
    if (role === undefined) {
      out.push(
        error(
          line,
          'instruct/missing-role',
          `messages[${i}] has no "role"; expected one of ${ROLE_LIST}`
        )
      )
      continue
    }
    if (role !== 'user' && role !== 'assistant' && role !== 'system' && role !== 'tool') {
      out.push(
        error(
          line,
          'instruct/unknown-role',
          `messages[${i}].role ${show(role)} must be one of ${ROLE_LIST}`
        )
      )
      continue
    }
    stats.messagesByRole[role]++

    const content = readAliased(m, CONTENT_KEY, `messages[${i}]`, ctx, out, !textKeyWarned)
    if (content.key === CONTENT_KEY.alias) textKeyWarned = true
    const filled = checkContent(content.value, role, i, ctx, out)
    const calls = m.tool_calls
    const hasCalls = calls !== undefined && calls !== null

    if (role === 'system') {
      if (++systems > 1) {
        out.push(
          error(
            line,
            'instruct/multiple-system',
            systemPrompt && systems === 2
              ? `messages[${i}] is a system message, but the sample also has a top-level "system_prompt"; at most one system prompt is allowed`
              : `messages[${i}] is system message number ${systems}; at most one system message is allowed`
          )
        )
      }
    } else if (mode === 'instruct' && prev !== null && !mayFollow(prev, role)) {
      out.push(error(line, 'instruct/role-order', `messages[${i}] ${orderMessage(prev, role)}`))
    }
    if (role !== 'system') prev = role

    if (mode === 'classifier' || role !== 'assistant') {
      if (filled < 0) {
        out.push(
          error(
            line,
            'instruct/missing-content',
            `messages[${i}] is a ${role} message without "content"; expected a string`
          )
        )
      }
      if (mode === 'classifier') continue
      if (hasCalls) {
        out.push(
          error(
            line,
            'instruct/tool-calls-role',
            `messages[${i}] is a ${role} message; only assistant messages can have "tool_calls"`
          )
        )
      }
      if (m.weight !== undefined && m.weight !== null) {
        out.push(
          warning(
            line,
            'instruct/weight-role',
            `messages[${i}] is a ${role} message; "weight" applies only to assistant messages and is ignored here`
          )
        )
      }
      if (role === 'tool') {
        checkToolAnswer(m, i, walk, ctx, out)
        if (--pending === -1) {
          out.push(
            error(
              line,
              'tool/too-many-answers',
              callsFrom < 0
                ? `messages[${i}] is a tool answer, but no assistant message with tool_calls comes before it`
                : `messages[${i}] is one tool answer too many: messages[${callsFrom}] made ${count(callsMade, 'tool call')}`
            )
          )
        }
      }
      continue
    }

    // Assistant message.
    if (pending > 0) {
      out.push(
        error(
          line,
          'tool/missing-answers',
          `messages[${i}] comes after ${count(callsMade - pending, 'tool answer')} to the ${count(callsMade, 'call')} of messages[${callsFrom}]; expected one tool message per call first`
        )
      )
    }
    pending = 0
    checkWeight(m.weight, i, ctx, out)
    let callsPresent = false
    if (hasCalls) {
      const n = checkToolCalls(calls, i, defined, walk, ctx, out)
      callsPresent = n !== 0
      if (n > 0) {
        pending = n
        callsMade = n
        callsFrom = i
        if (turns === 1 && nextNonSystemRole(messages, i) === 'tool') {
          out.push(
            error(
              line,
              'tool/first-message-calls',
              `messages[${i}] opens the conversation with tool calls; mistral-common does not count the calls of the first message, so the tool answers after it fail ("Not the same number of function calls and responses"): start with the user message that asked`
            )
          )
        }
      }
    }
    if (filled > 0 && callsPresent) {
      out.push(
        error(
          line,
          'instruct/content-and-tool-calls',
          `messages[${i}] has both content and tool_calls; an assistant message must have one or the other`
        )
      )
    } else if (filled <= 0 && !callsPresent) {
      out.push(
        error(
          line,
          'instruct/assistant-empty',
          `messages[${i}] is an assistant message with neither content nor tool_calls; expected one of them`
        )
      )
    }
  }

  if (mode === 'instruct' && prev === 'assistant' && turns === 1) {
    out.push(
      error(
        line,
        'instruct/single-turn',
        'conversation is one assistant message once system messages are set aside; mistral-common needs a user message before it'
      )
    )
  }
  if (mode === 'instruct' && prev !== 'assistant') {
    out.push(
      error(
        line,
        'instruct/last-role',
        prev === null
          ? 'conversation has no user or assistant message; expected it to end with an assistant message'
          : `last message has role "${prev}"; expected "assistant" (only assistant turns are trained on)`
      )
    )
  }
}

/**
 * mistral-common _validate_message_order, with system messages taken out: since 1.11.1 (PR #218)
 * a user message may follow a tool answer, so a tool answer right after a user is all it rejects.
 */
function mayFollow(prev: Role, role: Role): boolean {
  return !(prev === 'user' && role === 'tool')
}

function orderMessage(prev: Role, role: Role): string {
  return `is a ${role} message right after a ${prev} message; expected an assistant or user message`
}

/** pydantic's lax float, as mistral-common's `weight: float | None` reads a value; null if it cannot. */
function laxFloat(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) {
    return Number(value)
  }
  return null
}

function checkWeight(w: unknown, i: number, ctx: RuleContext, out: Problem[]): void {
  if (w === undefined || w === null) return
  const weight = laxFloat(w)
  if (weight !== 0 && weight !== 1) {
    out.push(
      error(ctx.lineNo, 'instruct/weight-value', `messages[${i}].weight ${show(w)} must be 0 or 1`)
    )
    return
  }
  if (weight === 0) ctx.stats.assistantWeightZero++
  if (typeof w !== 'number') {
    out.push(
      warning(
        ctx.lineNo,
        'instruct/weight-coerced',
        `messages[${i}].weight ${show(w)} is ${kind(w)}; mistral-common's pydantic model reads it as ${weight}, but write the number ${weight}`
      )
    )
  }
}

/** -1: no content (missing or null), 0: empty string or list, 1: content (or not checkable). */
function checkContent(
  content: unknown,
  role: Role,
  i: number,
  ctx: RuleContext,
  out: Problem[]
): number {
  if (content === undefined || content === null) return -1
  if (typeof content === 'string') {
    if (content.length === 0) return 0
    addText(ctx.stats, content)
    return 1
  }
  const line = ctx.lineNo
  if (!Array.isArray(content)) {
    out.push(
      error(
        line,
        'instruct/content-type',
        `messages[${i}].content must be a string or a list of text/image_url chunks, got ${kind(content)}`
      )
    )
    return 1
  }
  if (role === 'system') {
    out.push(
      error(
        line,
        'instruct/system-chunks',
        `messages[${i}].content is a list of chunks in a system message; mistral-finetune makes it the system prompt, which must be a string`
      )
    )
  } else if (role !== 'user') {
    out.push(
      warning(
        line,
        'instruct/chunks-role',
        `messages[${i}].content is a list of chunks in a ${role} message; mistral-finetune accepts chunk lists only in user messages, use a string`
      )
    )
  }
  for (let j = 0; j < content.length; j++) {
    checkChunk(content[j], role, `messages[${i}].content[${j}]`, ctx, out)
  }
  return content.length > 0 ? 1 : 0
}

/** Keys each chunk model of mistral-common allows (its models forbid any other). */
const CHUNK_KEYS: Record<string, readonly string[]> = {
  text: ['type', 'text'],
  image_url: ['type', 'image_url'],
  image: ['type', 'image'],
  url: ['url', 'detail']
}

function checkChunk(
  chunk: unknown,
  role: Role,
  at: string,
  ctx: RuleContext,
  out: Problem[]
): void {
  const line = ctx.lineNo
  const chunkError = (message: string): void => {
    out.push(error(line, 'instruct/content-chunk', message))
  }
  if (!isRecord(chunk)) {
    chunkError(
      `${at} must be {"type": "text", "text": …} or {"type": "image_url", "image_url": …}, got ${kind(chunk)}`
    )
    return
  }
  if (chunk.type !== 'text' && chunk.type !== 'image_url' && chunk.type !== 'image') {
    chunkError(`${at}.type ${show(chunk.type)} must be "text" or "image_url"`)
    return
  }
  const extra = Object.keys(chunk).filter(key => !CHUNK_KEYS[chunk.type as string].includes(key))
  if (extra.length > 0) {
    chunkError(
      `${at} has ${extra.map(key => show(key)).join(', ')}; a ${chunk.type} chunk has only ${CHUNK_KEYS[chunk.type as string].join(' and ')}`
    )
  }
  if (chunk.type === 'text') {
    if (typeof chunk.text === 'string') addText(ctx.stats, chunk.text)
    else chunkError(`${at}.text must be a string, got ${kind(chunk.text)}`)
    return
  }
  if (role !== 'user') {
    out.push(
      error(
        line,
        'instruct/image-role',
        `${at} is an image in a ${role} message; mistral-common takes images only in user messages`
      )
    )
  }
  if (chunk.type === 'image') {
    checkImageChunk(chunk.image, at, ctx, out)
    return
  }
  const image = chunk.image_url
  let url: unknown = image
  if (isRecord(image)) {
    url = image.url
    const extraKeys = Object.keys(image).filter(key => !CHUNK_KEYS.url.includes(key))
    if (extraKeys.length > 0) {
      chunkError(
        `${at}.image_url has ${extraKeys.map(key => show(key)).join(', ')}; it has only url and detail`
      )
    }
    if (image.detail !== undefined && image.detail !== null && typeof image.detail !== 'string') {
      chunkError(`${at}.image_url.detail must be a string, got ${kind(image.detail)}`)
    }
  }
  if (typeof url !== 'string') {
    chunkError(`${at}.image_url must be a URL string or {"url": string}, got ${kind(image)}`)
    return
  }
  pushImageProblem(imageUrlProblem(url, `${at}.image_url`), line, out)
}

/** An image mistral-common cannot load, as an `instruct/image-url` problem; true if there was one. */
function pushImageProblem(problem: ImageUrlProblem | null, line: number, out: Problem[]): boolean {
  if (problem === null) return false
  out.push({line, rule: 'instruct/image-url', message: problem.message, severity: problem.severity})
  return true
}

/** The role of the first message after `i` that mistral-finetune does not move to the system prompt. */
function nextNonSystemRole(messages: unknown[], i: number): unknown {
  for (let j = i + 1; j < messages.length; j++) {
    const m = messages[j]
    if (!isRecord(m) || m.role !== 'system') return isRecord(m) ? m.role : undefined
  }
  return undefined
}

/** mistral-common's own image chunk: read, but not in Mistral's docs, which show image_url. */
function checkImageChunk(image: unknown, at: string, ctx: RuleContext, out: Problem[]): void {
  const line = ctx.lineNo
  if (typeof image !== 'string') {
    out.push(
      error(
        line,
        'instruct/content-chunk',
        `${at}.image must be the image in base64, got ${kind(image)}`
      )
    )
    return
  }
  if (pushImageProblem(imageDataProblem(image, `${at}.image`), line, out)) return
  out.push(
    warning(
      line,
      'instruct/image-chunk',
      `${at} is an {"type": "image"} chunk, which mistral-common reads but Mistral's docs do not describe; prefer {"type": "image_url", "image_url": "data:image/<format>;base64,…"}`
    )
  )
}

/** Returns the number of calls (0 for an empty list, -1 when tool_calls is not a list). */
function checkToolCalls(
  calls: unknown,
  i: number,
  defined: Set<string> | null,
  walk: Walk,
  ctx: RuleContext,
  out: Problem[]
): number {
  const line = ctx.lineNo
  const stats = ctx.stats
  if (!Array.isArray(calls)) {
    out.push(
      error(
        line,
        'tool/calls-type',
        `messages[${i}].tool_calls must be an array of tool calls, got ${kind(calls)}`
      )
    )
    return -1
  }
  for (let j = 0; j < calls.length; j++) {
    const call = calls[j]
    const at = `messages[${i}].tool_calls[${j}]`
    stats.toolCalls++
    if (!isRecord(call)) {
      out.push(
        error(
          line,
          'tool/call-function',
          `${at} must be an object {"id", "type": "function", "function": {name, arguments}}, got ${kind(call)}`
        )
      )
      continue
    }
    const id = call.id
    if (id === undefined) {
      out.push(error(line, 'tool/call-id', `${at} has no "id"; expected 9 letters or digits`))
    } else if (typeof id !== 'string' || !TOOL_CALL_ID.test(id)) {
      out.push(error(line, 'tool/call-id', `${at}.id ${show(id)} must be 9 letters or digits`))
    } else {
      walk.callIds ??= new Set()
      if (walk.callIds.has(id)) {
        out.push(
          warning(
            line,
            'tool/duplicate-call-id',
            `${at}.id "${id}" is already used by an earlier tool call in this conversation`
          )
        )
      }
      walk.callIds.add(id)
    }
    typeWarning(call.type, at, 'tool/call-type', ctx, out)
    const fn = call.function
    if (!isRecord(fn)) {
      out.push(
        error(
          line,
          'tool/call-function',
          `${at}.function must be an object {name, arguments}, got ${kind(fn)}`
        )
      )
      continue
    }
    const name = fn.name
    if (typeof name !== 'string') {
      out.push(
        error(
          line,
          'tool/function-name',
          name === undefined
            ? `${at}.function has no "name"`
            : `${at}.function.name must be a string, got ${kind(name)}`
        )
      )
    } else if (!FUNCTION_NAME.test(name)) {
      out.push(error(line, 'tool/function-name', `${at}.function.name ${show(name)} ${NAME_RULE}`))
    } else if (defined === null) {
      out.push(
        error(
          line,
          'tool/undefined-function',
          `${at} calls "${name}", but the sample has no top-level "tools" list; define every tool it uses`
        )
      )
    } else if (!defined.has(name)) {
      out.push(
        error(
          line,
          'tool/undefined-function',
          `${at} calls "${name}", which is not defined in the top-level "tools" list`
        )
      )
    }
    const args = fn.arguments
    if (typeof args !== 'string') {
      out.push(
        error(
          line,
          'tool/arguments-type',
          args === undefined
            ? `${at}.function has no "arguments"; expected a string holding JSON, e.g. "{}"`
            : `${at}.function.arguments must be a string holding JSON, got ${kind(args)}; encode it with JSON.stringify`
        )
      )
    } else {
      addText(stats, args)
      if (depthExceeded(args) !== -1) {
        out.push(
          error(
            line,
            'tool/arguments-json',
            `${at}.function.arguments ${show(args)} nests more than ${MAX_JSON_DEPTH} levels deep, past what Python's json reads; expected a JSON-encoded object`
          )
        )
      } else {
        try {
          JSON.parse(args)
        } catch {
          out.push(
            error(
              line,
              'tool/arguments-json',
              `${at}.function.arguments ${show(args)} is not valid JSON; expected a JSON-encoded object`
            )
          )
        }
      }
    }
  }
  return calls.length
}

function checkToolAnswer(
  m: JsonObject,
  i: number,
  walk: Walk,
  ctx: RuleContext,
  out: Problem[]
): void {
  const line = ctx.lineNo
  const id = m.tool_call_id
  if (id === undefined || id === null) {
    out.push(
      error(
        line,
        'tool/missing-call-id',
        `messages[${i}] is a tool message without "tool_call_id"; expected the id of the call it answers`
      )
    )
  } else if (typeof id !== 'string' || !TOOL_CALL_ID.test(id)) {
    out.push(
      error(
        line,
        'tool/call-id',
        `messages[${i}].tool_call_id ${show(id)} must be 9 letters or digits`
      )
    )
  } else if (walk.callIds === null || !walk.callIds.has(id)) {
    out.push(
      error(
        line,
        'tool/unknown-call-id',
        `messages[${i}].tool_call_id "${id}" answers no earlier tool call; expected the id of a call made by a previous assistant message`
      )
    )
  }
  const name = m.name
  if (
    name !== undefined &&
    name !== null &&
    (typeof name !== 'string' || !FUNCTION_NAME.test(name))
  ) {
    out.push(error(line, 'tool/function-name', `messages[${i}].name ${show(name)} ${NAME_RULE}`))
  }
}

/** mistral-finetune never reads a tool's or a call's `type`: only "function" means anything. */
function typeWarning(
  type: unknown,
  at: string,
  rule: string,
  ctx: RuleContext,
  out: Problem[]
): void {
  if (type === undefined || type === null || type === 'function') return
  out.push(
    warning(
      ctx.lineNo,
      rule,
      `${at}.type ${show(type)} should be "function"; mistral-finetune ignores "type" and reads it as a function`
    )
  )
}
