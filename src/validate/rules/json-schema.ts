// Is a value a valid JSON Schema, as mistral-common's `_validate_function` asks with
// jsonschema's `Draft7Validator.check_schema`? That validates the schema against the Draft 7
// meta-schema, with format checks on (only "regex" is checkable without extra packages).
// Written out by keyword rather than as a general validator: the meta-schema is fixed, and this
// is about 100 lines against a JSON Schema library that would be the largest dependency here.
import {isRecord, type JsonObject} from '../../json.js'
import {kind, show} from './common.js'

const SIMPLE_TYPES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'])
const STRING_KEYWORDS = [
  '$id',
  '$schema',
  '$ref',
  '$comment',
  'title',
  'description',
  'format',
  'contentMediaType',
  'contentEncoding'
]
const NUMBER_KEYWORDS = ['maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum']
const COUNT_KEYWORDS = [
  'maxLength',
  'minLength',
  'maxItems',
  'minItems',
  'maxProperties',
  'minProperties'
]
const SCHEMA_KEYWORDS = [
  'additionalItems',
  'contains',
  'additionalProperties',
  'propertyNames',
  'if',
  'then',
  'else',
  'not'
]
const SCHEMA_MAP_KEYWORDS = ['definitions', 'properties', 'patternProperties']
const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf']

/** The first way `schema` breaks the Draft 7 meta-schema, as "at: what", or null if none. */
export function schemaProblem(schema: unknown, at: string): string | null {
  if (typeof schema === 'boolean') return null
  if (!isRecord(schema))
    return `${at} must be a JSON schema (an object or a boolean), got ${kind(schema)}`
  return keywordProblem(schema, at)
}

function keywordProblem(schema: JsonObject, at: string): string | null {
  for (const key of STRING_KEYWORDS) {
    if (schema[key] !== undefined && typeof schema[key] !== 'string') {
      return `${at}.${key} must be a string, got ${kind(schema[key])}`
    }
  }
  for (const key of NUMBER_KEYWORDS) {
    if (schema[key] !== undefined && typeof schema[key] !== 'number') {
      return `${at}.${key} must be a number, got ${kind(schema[key])}`
    }
  }
  for (const key of COUNT_KEYWORDS) {
    const value = schema[key]
    if (value !== undefined && !(Number.isInteger(value) && (value as number) >= 0)) {
      return `${at}.${key} ${show(value)} must be a whole number, 0 or more`
    }
  }
  const multipleOf = schema.multipleOf
  if (multipleOf !== undefined && !(typeof multipleOf === 'number' && multipleOf > 0)) {
    return `${at}.multipleOf ${show(multipleOf)} must be a number above 0`
  }
  for (const key of ['readOnly', 'uniqueItems']) {
    if (schema[key] !== undefined && typeof schema[key] !== 'boolean') {
      return `${at}.${key} must be true or false, got ${kind(schema[key])}`
    }
  }
  if (schema.examples !== undefined && !Array.isArray(schema.examples)) {
    return `${at}.examples must be an array, got ${kind(schema.examples)}`
  }
  if (schema.enum !== undefined && !Array.isArray(schema.enum)) {
    return `${at}.enum must be an array, got ${kind(schema.enum)}`
  }
  if (typeof schema.pattern === 'string' && !compiles(schema.pattern)) {
    return `${at}.pattern ${show(schema.pattern)} is not a valid regular expression`
  } else if (schema.pattern !== undefined && typeof schema.pattern !== 'string') {
    return `${at}.pattern must be a string, got ${kind(schema.pattern)}`
  }
  return (
    typeProblem(schema.type, `${at}.type`) ??
    stringArrayProblem(schema.required, `${at}.required`) ??
    subschemaProblems(schema, at)
  )
}

function subschemaProblems(schema: JsonObject, at: string): string | null {
  for (const key of SCHEMA_KEYWORDS) {
    if (schema[key] !== undefined) {
      const problem = schemaProblem(schema[key], `${at}.${key}`)
      if (problem !== null) return problem
    }
  }
  const items = schema.items
  if (items !== undefined) {
    const problem = Array.isArray(items)
      ? schemaListProblem(items, `${at}.items`)
      : schemaProblem(items, `${at}.items`)
    if (problem !== null) return problem
  }
  for (const key of SCHEMA_LIST_KEYWORDS) {
    if (schema[key] !== undefined) {
      const problem = schemaListProblem(schema[key], `${at}.${key}`)
      if (problem !== null) return problem
    }
  }
  for (const key of SCHEMA_MAP_KEYWORDS) {
    const map = schema[key]
    if (map === undefined) continue
    if (!isRecord(map)) return `${at}.${key} must be an object of schemas, got ${kind(map)}`
    for (const [name, value] of Object.entries(map)) {
      if (key === 'patternProperties' && !compiles(name)) {
        return `${at}.patternProperties key ${show(name)} is not a valid regular expression`
      }
      const problem = schemaProblem(value, `${at}.${key}.${name}`)
      if (problem !== null) return problem
    }
  }
  const dependencies = schema.dependencies
  if (dependencies !== undefined) {
    if (!isRecord(dependencies)) {
      return `${at}.dependencies must be an object, got ${kind(dependencies)}`
    }
    for (const [name, value] of Object.entries(dependencies)) {
      const where = `${at}.dependencies.${name}`
      const problem = Array.isArray(value)
        ? stringArrayProblem(value, where)
        : schemaProblem(value, where)
      if (problem !== null) return problem
    }
  }
  return null
}

function typeProblem(type: unknown, at: string): string | null {
  const expected = `one of ${[...SIMPLE_TYPES].join(', ')}`
  if (type === undefined) return null
  if (typeof type === 'string') {
    return SIMPLE_TYPES.has(type) ? null : `${at} ${show(type)} must be ${expected}`
  }
  if (!Array.isArray(type) || type.length === 0) {
    return `${at} must be a type name or a non-empty array of them, got ${show(type)}`
  }
  for (const name of type) {
    if (typeof name !== 'string' || !SIMPLE_TYPES.has(name)) {
      return `${at} entry ${show(name)} must be ${expected}`
    }
  }
  return new Set(type).size === type.length ? null : `${at} ${show(type)} repeats a type`
}

function stringArrayProblem(value: unknown, at: string): string | null {
  if (value === undefined) return null
  if (!Array.isArray(value) || value.some(name => typeof name !== 'string')) {
    return `${at} must be an array of property names, got ${show(value)}`
  }
  return new Set(value).size === value.length ? null : `${at} ${show(value)} repeats a name`
}

function schemaListProblem(list: unknown, at: string): string | null {
  if (!Array.isArray(list) || list.length === 0) {
    return `${at} must be a non-empty array of schemas, got ${show(list)}`
  }
  for (let i = 0; i < list.length; i++) {
    const problem = schemaProblem(list[i], `${at}[${i}]`)
    if (problem !== null) return problem
  }
  return null
}

/**
 * jsonschema checks "regex" with Python's `re`. JavaScript's RegExp stands in for it; Python's
 * own `(?P<name>…)` and `(?P=name)` groups, which RegExp lacks, are given the benefit of doubt.
 */
function compiles(pattern: string): boolean {
  if (pattern.includes('(?P')) return true
  try {
    new RegExp(pattern)
    return true
  } catch {
    return false
  }
}
