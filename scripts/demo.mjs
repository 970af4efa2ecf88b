// `npm start`: uploads the sample dataset through dist/index.js, as a workflow step would.
// Without MISTRAL_API_KEY it starts the bundled local Mistral-compatible server first.
// Needs only committed files: no npm install.
import {spawn} from 'node:child_process'
import {createInterface} from 'node:readline'
import {fileURLToPath} from 'node:url'
import {runAction} from './run-action.mjs'
import {summaryText} from './summary-text.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const dataset = process.env.DEMO_PATH ?? 'demo/data/train.jsonl'

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

const real = Boolean(process.env.MISTRAL_API_KEY)
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
    : `No MISTRAL_API_KEY: uploading ${dataset} to the local Mistral-compatible server at ${server.url}\n\n`
)
try {
  const run = await runAction({
    cwd: root,
    env: Object.fromEntries(Object.entries(process.env).filter(([name]) => /_proxy$/i.test(name))),
    inputs: {
      path: dataset,
      // The workspace is this repository; a DEMO_PATH elsewhere is the user's own choice.
      'allow-outside-workspace': String(process.env.DEMO_PATH !== undefined),
      purpose: 'fine-tune',
      'api-key': server.apiKey,
      'server-url': server.url
    }
  })
  // The runner hides ::debug:: lines unless debug logging is on; so does the demo.
  const shown = process.env.RUNNER_DEBUG ? run.stdout : run.stdout.replace(/^::debug::.*\n/gm, '')
  process.stdout.write(shown)
  process.stderr.write(run.stderr)
  // file-id first: it is the output a later step reads.
  const names = Object.keys(run.outputs).filter(name => name !== 'file-id')
  if ('file-id' in run.outputs) names.unshift('file-id')
  process.stdout.write('\nStep outputs (steps.<id>.outputs):\n')
  for (const name of names) process.stdout.write(`  ${name.padEnd(12)} ${run.outputs[name]}\n`)
  if (run.summary.trim() !== '') {
    process.stdout.write('\nJob summary (GITHUB_STEP_SUMMARY), as text:\n\n')
    const columns = process.stdout.isTTY ? process.stdout.columns - 2 : Infinity
    process.stdout.write(summaryText(run.summary, columns).replace(/^(?=.)/gm, '  '))
  }
  process.exitCode = run.code ?? 1
} finally {
  server.stop()
}
