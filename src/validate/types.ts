// Shared types of the dataset validator, and its purposes. Pure data: no Node or @actions imports.

/** The `purpose` form field of `POST /v1/files` that the validator understands. */
export const PURPOSES = ['fine-tune', 'batch', 'ocr'] as const
export type Purpose = (typeof PURPOSES)[number]
/** The purposes whose files are JSON Lines. */
export type JsonlPurpose = Exclude<Purpose, 'ocr'>

/** The kind of sample a JSONL line holds; one kind per file. */
export type SampleType = 'instruct' | 'pretrain' | 'classifier' | 'batch'

export type Severity = 'error' | 'warning'

export interface Problem {
  /** 1-based line number, or null for a problem with the whole file. */
  line: number | null
  /** Stable rule id, e.g. `instruct/last-role`; listed in docs/validation-rules.md. */
  rule: string
  /** What is wrong and what was expected. */
  message: string
  severity: Severity
}

export type Role = 'system' | 'user' | 'assistant' | 'tool'

export interface DatasetStats {
  /** File size in bytes. */
  bytes: number
  /** Physical lines, blank ones included (a final newline does not start a new line). */
  lines: number
  /** Empty or whitespace-only lines. */
  blankLines: number
  /** Lines that ended in CRLF. */
  crlfLines: number
  /** Lines recognised as each sample type, valid or not. */
  samplesByType: Record<SampleType, number>
  /** Non-blank lines with at least one error. */
  invalidSamples: number
  /** Messages in instruct and classifier samples, by role. */
  messagesByRole: Record<Role, number>
  /** Assistant messages with `"weight": 0` (kept in context, not trained on). */
  assistantWeightZero: number
  /** Entries of `tool_calls` over all assistant messages. */
  toolCalls: number
  /** UTF-8 bytes of the text content (see docs/validation-rules.md, "Token estimate"). */
  textChars: number
  /** ceil(textChars / 4): a rough estimate, not a tokenizer count. */
  estimatedTokens: number
}

export interface ValidationResult {
  /** True when there is no error (warnings allowed). */
  valid: boolean
  /** Problems in line order, file-level ones first; capped at maxProblems. */
  problems: Problem[]
  /** All errors found, not capped. */
  errorCount: number
  /** All warnings found, not capped. */
  warningCount: number
  stats: DatasetStats
  /** The file's sample type (from its first recognised line), or null. */
  sampleType: SampleType | null
  /** Why the checks were skipped (ocr files of a type the validator does not know). */
  skipped?: string
}

export interface ValidateOptions {
  /** Cap on `problems` (errorCount and warningCount are never capped). Default 1000. */
  maxProblems?: number
  /** Longest line accepted, in bytes without the newline. Default 64 MiB. */
  maxLineBytes?: number
  /** Sees every raw chunk of a JSONL file as it is read, e.g. to hash it in the same pass. */
  onChunk?: (chunk: Buffer) => void
}

/** Per-line input of a rule: the line number, the file's stats, and per-file state. */
export interface RuleContext {
  lineNo: number
  stats: DatasetStats
}
