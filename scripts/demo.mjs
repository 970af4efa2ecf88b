// `npm start`: uploads the sample dataset through dist/index.js, as a workflow step would.
// Without MISTRAL_API_KEY it starts the bundled local Mistral-compatible server first.
// Needs only committed files: no npm install.
import {spawn} from 'node:child_process'
import {once} from 'node:events'
import {createInterface} from 'node:readline'
import {fileURLToPath} from 'node:url'
import {runAction} from './run-action.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const dataset = process.env.DEMO_PATH ?? 'demo/data/train.jsonl'

async function startLocalServer() {
  const server = spawn(process.execPath, ['dist/mock-server/index.js', '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const [line] = await once(createInterface({input: server.stdout}), 'line')
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

console.log(
  real
    ? `MISTRAL_API_KEY is set: uploading ${dataset} to ${server.url}\n`
    : `No MISTRAL_API_KEY: uploading ${dataset} to the local Mistral-compatible server at ${server.url}\n`
)
try {
  const run = await runAction({
    cwd: root,
    env: Object.fromEntries(Object.entries(process.env).filter(([name]) => /_proxy$/i.test(name))),
    inputs: {
      path: dataset,
      purpose: 'fine-tune',
      'api-key': server.apiKey,
      'server-url': server.url
    }
  })
  // The runner hides ::debug:: lines unless debug logging is on; so does the demo.
  const shown = process.env.RUNNER_DEBUG ? run.stdout : run.stdout.replace(/^::debug::.*\n/gm, '')
  process.stdout.write(shown)
  process.stderr.write(run.stderr)
  console.log('\nStep outputs (steps.<id>.outputs):')
  for (const [name, value] of Object.entries(run.outputs))
    console.log(`  ${name.padEnd(12)} ${value}`)
  process.exitCode = run.code ?? 1
} finally {
  server.stop()
}
