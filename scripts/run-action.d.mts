import type {ChildProcess} from 'node:child_process'

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
  /** Gets the child as soon as it runs, e.g. to send it SIGINT as the runner does. */
  onSpawn?: (child: ChildProcess) => void
}): Promise<ActionRun>
