// Helpers shared by the rule modules.
import type {Problem} from '../types.js'

export function error(line: number | null, rule: string, message: string): Problem {
  return {line, rule, message, severity: 'error'}
}

export function warning(line: number | null, rule: string, message: string): Problem {
  return {line, rule, message, severity: 'warning'}
}

/** A value as it appears in a message: JSON, cut to `max` characters. */
export function show(value: unknown, max = 40): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** "a string", "an array", "null", … for "must be X, got Y" messages. */
export function kind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  switch (typeof value) {
    case 'string':
      return 'a string'
    case 'number':
      return 'a number'
    case 'boolean':
      return 'a boolean'
    case 'object':
      return 'an object'
    default:
      return typeof value
  }
}

/** mistral-common: tool call ids (v3 tokenizer and later). */
export const TOOL_CALL_ID = /^[a-zA-Z0-9]{9}$/
/** mistral-common: function names. */
export const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/
