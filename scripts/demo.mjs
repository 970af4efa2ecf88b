// `npm start`: the chain a workflow runs, through the bundles in dist/ as the runner runs them.
// Without MISTRAL_API_KEY it starts the bundled local Mistral-compatible server, uploads a small
// batch file, runs the batch step on it and shows the first results. With a key, or with
// DEMO_PATH, it only uploads (a real batch job costs money). Needs only committed files.
import {spawn} from 'node:child_process'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {fileURLToPath} from 'node:url'
import {runAction} from './run-action.mjs'
import {summaryText} from './summary-text.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const real = Boolean(process.env.MISTRAL_API_KEY)
const chain = !real && process.env.DEMO_PATH === undefined
const dataset = process.env.DEMO_PATH ?? (chain ? 'demo/data/batch.jsonl' : 'demo/data/train.jsonl')
const purpose = chain ? 'batch' : 'fine-tune'

async function startLocalServer() {
  const server = spawn(process.execPath, ['dist/mock-server/index.js', '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  // The server logs each request to stderr. The demo keeps that out of its output and shows the
  // end of it only if the server stops before it is ready.
  let log = ''
  server.stderr.setEncoding('utf8').on('data', chunk => (log = (log + chunk).slice(-4000)))
  const line = await new Promise((resolve, reject) => {
    createInterface({input: server.stdout}).once('line', resolve)
    server.once('error', reject)
    server.once('exit', (code, signal) =>
      reject(new Error(`the local server stopped (${signal ?? `exit ${code}`}):\n${log}`))
    )
  })
  const {url, apiKey} = JSON.parse(line)
  return {url, apiKey, stop: () => server.kill('SIGTERM')}
}

const server = real
  ? {
      url: process.env.MISTRAL_SERVER_URL ?? 'https://api.mistral.ai',
      apiKey: process.env.MISTRAL_API_KEY,
      stop() {}
    }
  : await startLocalServer()

process.stdout.write(
  real
    ? `MISTRAL_API_KEY is set: uploading ${dataset} to ${server.url}\n\n`
    : `No MISTRAL_API_KEY: uploading ${dataset} to the local Mistral-compatible server at ${server.url}${chain ? ', then running a batch job on it' : ''}\n\n`
)
/** Runs one step's bundle and prints its log, outputs (`first` first) and summary as text. */
async function step(entry, inputs, first) {
  const run = await runAction({
    cwd: root,
    entry: path.join(root, entry),
    env: Object.fromEntries(Object.entries(process.env).filter(([name]) => /_proxy$/i.test(name))),
    inputs: {'api-key': server.apiKey, 'server-url': server.url, ...inputs}
  })
  // The runner hides ::debug:: lines unless debug logging is on; so does the demo.
  const shown = process.env.RUNNER_DEBUG ? run.stdout : run.stdout.replace(/^::debug::.*\n/gm, '')
  process.stdout.write(shown)
  process.stderr.write(run.stderr)
  const names = Object.keys(run.outputs).filter(name => name !== first)
  if (first in run.outputs) names.unshift(first)
  process.stdout.write('\nStep outputs (steps.<id>.outputs):\n')
  for (const name of names) process.stdout.write(`  ${name.padEnd(18)} ${run.outputs[name]}\n`)
  if (run.summary.trim() !== '') {
    process.stdout.write('\nJob summary (GITHUB_STEP_SUMMARY), as text:\n\n')
    const columns = process.stdout.isTTY ? process.stdout.columns - 2 : Infinity
    process.stdout.write(summaryText(run.summary, columns).replace(/^(?=.)/gm, '  '))
  }
  return run
}

const results = await mkdtemp(path.join(tmpdir(), 'demo-results-'))
try {
  const upload = await step(
    'dist/index.js',
    {
      path: dataset,
      // The workspace is this repository; a DEMO_PATH elsewhere is the user's own choice.
      'allow-outside-workspace': String(process.env.DEMO_PATH !== undefined),
      purpose
    },
    'file-id'
  )
  process.exitCode = upload.code ?? 1
  if (chain && upload.code === 0) {
    process.stdout.write(`\n── The batch step on ${upload.outputs['file-ids']}\n\n`)
    const batch = await step(
      'dist/batch/index.js',
      {
        'input-files': upload.outputs['file-ids'],
        model: 'mistral-small-latest',
        'download-path': results
      },
      'job-id'
    )
    process.exitCode = batch.code ?? 1
    const output = batch.outputs['output-path']
    if (output) {
      const lines = (await readFile(output, 'utf8')).split('\n').filter(Boolean)
      process.stdout.write(`\nThe first results (${path.basename(output)}):\n`)
      for (const line of lines.slice(0, 3)) process.stdout.write(`  ${line.slice(0, 160)}\n`)
    }
  }
} finally {
  server.stop()
  await rm(results, {recursive: true, force: true})
}
