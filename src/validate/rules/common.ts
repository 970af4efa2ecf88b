// Helpers shared by the rule modules.
import {previewJson} from '../../json.js'
import type {Problem} from '../types.js'

export function error(line: number | null, rule: string, message: string): Problem {
  return {line, rule, message, severity: 'error'}
}

export function warning(line: number | null, rule: string, message: string): Problem {
  return {line, rule, message, severity: 'warning'}
}

/**
 * A value as it appears in a message: JSON, cut to `max` characters. Written without recursion
 * and only as far as the cut, so a deep or huge value cannot throw or cost more than its preview.
 */
export function show(value: unknown, max = 40): string {
  return previewJson(value, max)
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

/** `n` and the word, plural unless n is 1: "1 line", "2 lines". */
export function count(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n === 1 ? word : plural}`
}
