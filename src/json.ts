// JSON values as parsed by JSON.parse: the one object check shared by the client and the validator.

/** A parsed JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
