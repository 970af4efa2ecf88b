export const ACTION_ENTRY: string

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

export function inputEnv(inputs: Record<string, string>): Record<string, string>
export function parseOutputFile(text: string): Record<string, string>
export function runAction(options: {
  inputs: Record<string, string>
  env?: Record<string, string>
  cwd?: string
  node?: string
  entry?: string
}): Promise<ActionRun>
