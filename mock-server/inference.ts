// Made-up but well-formed answers for the endpoints a batch job can target, so a batch output
// file looks like the real thing: a chat.completion for chat and FIM, an embeddings list, etc.
// Deterministic: the same request body always gets the same answer (apart from ids and times).
import {createHash, randomUUID} from 'node:crypto'
import {isObject, type JsonObject} from './validate.js'

export const ENDPOINTS = [
  '/v1/chat/completions',
  '/v1/embeddings',
  '/v1/fim/completions',
  '/v1/moderations',
  '/v1/chat/moderations',
  '/v1/ocr',
  '/v1/classifications',
  '/v1/chat/classifications',
  '/v1/conversations',
  '/v1/audio/transcriptions'
] as const

export type Endpoint = (typeof ENDPOINTS)[number]

const tokens = (text: string): number => Math.max(1, Math.ceil(text.length / 4))

function hex(n = 32): string {
  return randomUUID().replace(/-/g, '').slice(0, n)
}

/** The text a request asks about: the last user message, a FIM prompt, or any inputs. */
function promptOf(body: JsonObject): string {
  const messages = Array.isArray(body.messages)
    ? body.messages
    : Array.isArray(body.inputs)
      ? body.inputs
      : []
  for (const message of [...messages].reverse()) {
    if (isObject(message) && message.role !== 'assistant' && message.role !== 'system') {
      return textOf(message.content)
    }
  }
  for (const key of ['prompt', 'input', 'inputs']) {
    if (body[key] !== undefined) return textOf(body[key])
  }
  return ''
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content
  if (Array.isArray(content)) return content.map(textOf).join(' ')
  if (isObject(content) && typeof content.text === 'string') return content.text
  return content === undefined ? '' : JSON.stringify(content)
}

function vector(text: string, dims = 8): number[] {
  const digest = createHash('sha256').update(text).digest()
  return Array.from({length: dims}, (_, i) => Math.round((digest[i] / 255 - 0.5) * 2e4) / 1e4)
}

/** The 200 body `endpoint` would answer for `body`, with `model` the job's or the line's model. */
export function fakeResponse(endpoint: string, body: JsonObject, model: string): JsonObject {
  const created = Math.floor(Date.now() / 1000)
  const prompt = promptOf(body)
  const answer = `Mock answer to: ${prompt.slice(0, 200)}`.trim()
  const usage = {
    prompt_tokens: tokens(prompt),
    completion_tokens: tokens(answer),
    total_tokens: tokens(prompt) + tokens(answer)
  }
  switch (endpoint) {
    case '/v1/chat/completions':
    case '/v1/fim/completions':
      return {
        id: hex(),
        object: 'chat.completion',
        model,
        usage,
        created,
        choices: [
          {
            index: 0,
            message: {role: 'assistant', content: answer, tool_calls: null},
            finish_reason: 'stop'
          }
        ]
      }
    case '/v1/embeddings': {
      const inputs = Array.isArray(body.input) ? body.input : [body.input ?? '']
      const promptTokens = inputs.reduce<number>((n, v) => n + tokens(textOf(v)), 0)
      return {
        id: hex(),
        object: 'list',
        data: inputs.map((v, index) => ({
          object: 'embedding',
          embedding: vector(textOf(v)),
          index
        })),
        model,
        usage: {prompt_tokens: promptTokens, total_tokens: promptTokens}
      }
    }
    case '/v1/moderations':
    case '/v1/chat/moderations':
      return {
        id: hex(),
        model,
        results: [
          {
            categories: {
              sexual: false,
              hate_and_discrimination: false,
              violence_and_threats: false
            },
            category_scores: {
              sexual: 0.0001,
              hate_and_discrimination: 0.0001,
              violence_and_threats: 0.0001
            }
          }
        ]
      }
    case '/v1/classifications':
    case '/v1/chat/classifications':
      return {id: hex(), model, results: [{}]}
    case '/v1/ocr':
      return {
        pages: [{index: 0, markdown: 'Mock OCR page', images: [], dimensions: null}],
        model,
        usage_info: {pages_processed: 1, doc_size_bytes: null}
      }
    case '/v1/conversations':
      return {
        object: 'conversation.response',
        conversation_id: `conv_${hex(24)}`,
        outputs: [
          {
            object: 'entry',
            type: 'message.output',
            created_at: new Date(created * 1000).toISOString(),
            id: `msg_${hex(24)}`,
            role: 'assistant',
            content: answer,
            model
          }
        ],
        usage
      }
    default: // /v1/audio/transcriptions
      return {
        model,
        text: 'Mock transcription',
        language: null,
        segments: [],
        usage: {prompt_audio_seconds: 1, prompt_tokens: 1, total_tokens: 2, completion_tokens: 1}
      }
  }
}
