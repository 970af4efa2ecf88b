// Runs dist/index.js as the GitHub runner does: inputs as INPUT_* variables, outputs and the job
// summary written to files. Shared by the demo, the end-to-end tests and the benchmark.
import {spawn} from 'node:child_process'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const ACTION_ENTRY = fileURLToPath(new URL('../dist/index.js', import.meta.url))

/** `INPUT_<NAME>`: upper-cased with spaces as underscores; hyphens are kept, as the runner does. */
export function inputEnv(inputs) {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value
    ])
  )
}

/** Parses the `name<<DELIMITER` blocks @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text) {
  const outputs = {}
  const pattern = /^([^\n<=]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const [, name, , value] of text.matchAll(pattern)) outputs[name] = value
  return outputs
}

/**
 * `onSpawn` gets the child process as soon as it runs, e.g. to send it SIGINT as the runner
 * does when a workflow is cancelled.
 * @param {{inputs: Record<string,string>, env?: Record<string,string>, cwd?: string,
 *   node?: string, entry?: string, onSpawn?: (child: import('node:child_process').ChildProcess) => void}} options
 */
export async function runAction({
  inputs,
  env = {},
  cwd = process.cwd(),
  node = process.execPath,
  entry = ACTION_ENTRY,
  onSpawn
}) {
  const dir = await mkdtemp(path.join(tmpdir(), 'action-run-'))
  const outputFile = path.join(dir, 'output')
  const summaryFile = path.join(dir, 'summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const childEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: cwd,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    ...inputEnv(inputs),
    ...env
  }
  try {
    const child = spawn(node, [entry], {cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    onSpawn?.(child)
    const code = await new Promise((resolve, reject) => {
      child.on('error', reject)
      child.on('close', resolve)
    })
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8')
    }
  } finally {
    await rm(dir, {recursive: true, force: true})
  }
}
