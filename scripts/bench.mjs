// `npm run bench [-- --quick] [-- --node /path/to/node] [-- --reps N]`
// Uploads generated JSONL files to the local Mistral-compatible server with curl, with this action
// (as the runner runs it, validation off and on) and with the official SDK; times the validator
// alone and the step's start-up. Prints a table and writes docs/benchmarks.md and an SVG chart.
// Nothing here asserts on time: the targets are printed as met / not met.
import {execFileSync, spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {once} from 'node:events'
import {createReadStream, createWriteStream, existsSync} from 'node:fs'
import {mkdir, mkdtemp, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {ACTION_ENTRY, inputEnv, parseOutputFile} from './run-action.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const WORK = path.join(ROOT, '.bench') // git-ignored: data files, bundles, child scripts
const DATA = path.join(WORK, 'data')
const MiB = 1024 * 1024
const MB = 1e6 // throughput and RSS are in MB (10^6 bytes); file sizes are in MiB
const API_KEY = 'bench-key'
const TARGETS = {wallVsCurl: 1.1, actionRssMB: 120, validatorVsBare: 0.6, startupVsNode: 4}

const {values: args} = parseArgs({
  options: {
    quick: {type: 'boolean'},
    'skip-400': {type: 'boolean'},
    node: {type: 'string'},
    reps: {type: 'string', default: '3'},
    'startup-reps': {type: 'string', default: '10'}
  }
})
const SIZES = args.quick || args['skip-400'] ? [10, 100] : [10, 100, 400]
const REPS = Number(args.reps)
const NODES = [process.execPath, ...(args.node ? [path.resolve(args.node)] : [])]

// ---- data: instruct samples of an exact size, reused across runs ----

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// A few non-ASCII words so the UTF-8 and JSON escaping paths do real work.
const WORDS = (
  'the a of to and in model data train answer question why how when token layer weight ' +
  'gradient loss batch epoch prompt reply user assistant "quoted" line\\path café naïve ' +
  'Größe déjà vu 東京 数据 😀 retrieval summary explain example function result value'
).split(' ')

function words(rand, count) {
  let text = ''
  for (let i = 0; i < count; i++) text += (i ? ' ' : '') + WORDS[(rand() * WORDS.length) | 0]
  return text
}

function instructLine(user, assistant) {
  const messages = [
    {role: 'user', content: user},
    {role: 'assistant', content: assistant}
  ]
  return `${JSON.stringify({messages})}\n`
}

/** Writes random samples, then one padded sample that lands the file on exactly `size` bytes. */
async function generate(file, size) {
  const rand = mulberry32(size)
  const out = createWriteStream(`${file}.tmp`)
  let written = 0
  let batch = ''
  for (;;) {
    const line = instructLine(words(rand, 8 + rand() * 60), words(rand, 20 + rand() * 300))
    const bytes = Buffer.byteLength(line)
    if (size - written - bytes < 16384) break
    written += bytes
    batch += line
    if (batch.length > 4 * MiB) {
      if (!out.write(batch)) await once(out, 'drain')
      batch = ''
    }
  }
  const padding = size - written - Buffer.byteLength(instructLine('Pad.', ''))
  out.end(batch + instructLine('Pad.', 'x'.repeat(padding)))
  await once(out, 'close')
  await rename(`${file}.tmp`, file)
}

async function ensureDataset(mib) {
  const file = path.join(DATA, `instruct-${mib}MiB.jsonl`)
  const size = mib * MiB
  const existing = await stat(file).catch(() => null)
  if (existing?.size !== size) {
    process.stderr.write(`generating ${path.relative(ROOT, file)}...\n`)
    await generate(file, size)
  }
  // Hashing also reads the file into the page cache, so the first timed run is not a cold read.
  return {mib, size, file, rel: path.relative(ROOT, file), sha256: await sha256File(file)}
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

const PASS_SCRIPT = `// One timed pass over a file: the action's validator, or a bare line split + JSON.parse.
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
  if (rest) JSON.parse(rest.toString('utf8')), lines++
  return {lines, valid: true}
}

const {validateFile} = await import(validatorUrl) // loaded before the clock starts
const started = performance.now()
const result = mode === 'bare' ? await bare() : await validateFile(file, 'fine-tune')
const ms = performance.now() - started
console.log(JSON.stringify({ms, lines: result.lines ?? result.stats.lines, valid: result.valid}))
`

async function prepareChildren() {
  await mkdir(DATA, {recursive: true})
  await writeFile(path.join(WORK, 'sdk-upload.mjs'), SDK_SCRIPT)
  await writeFile(path.join(WORK, 'pass.mjs'), PASS_SCRIPT)
  await writeFile(path.join(DATA, 'one-line.jsonl'), instructLine('Hi', 'Hello!'))
  // --transpile-only: the bench needs no type check (CI has one), and must not be blocked by
  // work in progress elsewhere in src/ that ncc would otherwise type-check too.
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build'].concat([
      'src/validate/index.ts',
      '-o',
      '.bench/validate',
      '--transpile-only',
      '--quiet'
    ]),
    {cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit']}
  )
}

// ---- measuring one process ----

/** Runs `cmd` under /usr/bin/time: wall time from here, peak RSS (%M, KiB) from the kernel. */
async function measure(cmd, argv, {env = process.env, cwd = ROOT} = {}) {
  const rssFile = path.join(WORK, `rss-${process.pid}`)
  const started = performance.now()
  const child = spawn('/usr/bin/time', ['-f', '%M', '-o', rssFile, cmd, ...argv], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true // its own process group, so a hung run can be killed with its child
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 300_000)
  const [code] = await once(child, 'close')
  clearTimeout(timer)
  const ms = performance.now() - started
  const rssKiB = Number((await readFile(rssFile, 'utf8')).trim().split('\n').pop())
  return {code, stdout, stderr, ms, rssMB: (rssKiB * 1024) / MB}
}

function fail(what, run, detail) {
  const tail = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-15).join('\n')
  throw new Error(`${what}: ${detail} (exit ${run.code})\n${tail}`)
}

// ---- the upload contenders ----

async function startMock() {
  // tmpfs when there is one, so the server's disk writes do not add noise to every contender.
  const base = existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir()
  const storageDir = await mkdtemp(path.join(base, 'bench-mock-'))
  const server = spawn(
    process.execPath,
    ['dist/mock-server/index.js', '--port', '0', '--api-key', API_KEY, '--no-check-jsonl'].concat([
      '--storage-dir',
      storageDir
    ]),
    {cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore']}
  )
  const [line] = await once(createInterface({input: server.stdout}), 'line')
  const stop = async () => {
    server.kill('SIGTERM')
    await rm(storageDir, {recursive: true, force: true})
  }
  return {url: JSON.parse(line).url, storageDir, stop}
}

const nodeLabel = node => (NODES.length > 1 ? ` (node ${nodeVersion(node).split('.')[0]})` : '')
const versions = new Map()
function nodeVersion(node) {
  if (!versions.has(node)) versions.set(node, execFileSync(node, ['-p', 'process.version']) + '')
  return versions.get(node).trim()
}

function curlContender() {
  return {
    name: 'curl',
    async run(data, mock) {
      const argv = ['-sS', '-F', `file=@${data.file}`, '-F', 'purpose=fine-tune']
      argv.push('-H', `Authorization: Bearer ${API_KEY}`, `${mock.url}/v1/files`)
      const run = await measure('curl', argv)
      if (run.code !== 0) fail('curl', run, 'failed')
      const body = JSON.parse(run.stdout)
      return {...run, id: body.id, bytes: body.bytes}
    }
  }
}

function actionContender(node, validate) {
  return {
    name: `action, validate ${validate ? 'on' : 'off'}${nodeLabel(node)}`,
    action: true,
    validate,
    async run(data, mock) {
      const run = await runActionMeasured(node, {
        path: data.rel,
        purpose: 'fine-tune',
        'api-key': API_KEY,
        'server-url': mock.url,
        validate: String(validate)
      })
      if (run.code !== 0) fail(this.name, run, 'failed')
      if (run.outputs.sha256 !== data.sha256) fail(this.name, run, 'sha256 output differs')
      return {...run, id: run.outputs['file-id'], bytes: Number(run.outputs.bytes)}
    }
  }
}

/** dist/index.js with the environment scripts/run-action.mjs gives it, under /usr/bin/time. */
async function runActionMeasured(node, inputs) {
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
  await writeFile(env.GITHUB_OUTPUT, '')
  await writeFile(env.GITHUB_STEP_SUMMARY, '')
  try {
    const run = await measure(node, [ACTION_ENTRY], {env})
    return {...run, outputs: parseOutputFile(await readFile(env.GITHUB_OUTPUT, 'utf8'))}
  } finally {
    await rm(dir, {recursive: true, force: true})
  }
}

function sdkContender(node) {
  return {
    name: `SDK files.upload${nodeLabel(node)}`,
    async run(data, mock) {
      const run = await measure(node, [
        path.join(WORK, 'sdk-upload.mjs'),
        data.file,
        mock.url,
        API_KEY
      ])
      if (run.code !== 0) fail(this.name, run, 'failed')
      return {...run, ...JSON.parse(run.stdout)}
    }
  }
}

/** The upload counts only if the server stored the very bytes of the file. */
const storedHashes = new Map()
async function verifyUpload(contender, data, mock, result) {
  if (result.bytes !== data.size) {
    throw new Error(`${contender.name}: server stored ${result.bytes} of ${data.size} bytes`)
  }
  // The mock keeps one copy per name and content, so each distinct id is hashed once.
  if (!storedHashes.has(result.id)) {
    storedHashes.set(result.id, await sha256File(path.join(mock.storageDir, result.id)))
  }
  if (storedHashes.get(result.id) !== data.sha256) {
    throw new Error(`${contender.name}: the stored file's sha256 differs from ${data.rel}`)
  }
}

// Each round starts at a different contender: a slow or noisy moment, or one contender's leftover
// page-cache or CPU-frequency state, does not always land on the same one.
const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length])

async function benchUploads(datasets, mock) {
  const contenders = [curlContender()]
  for (const node of NODES) {
    contenders.push(actionContender(node, false), actionContender(node, true), sdkContender(node))
  }
  for (const c of contenders) await c.run(datasets[0], mock) // warm-up, not recorded
  const rows = []
  for (const data of datasets) {
    const runs = new Map(contenders.map(c => [c, []]))
    for (let rep = 0; rep < REPS; rep++) {
      for (const c of rotate(contenders, rep)) {
        const result = await c.run(data, mock)
        await verifyUpload(c, data, mock, result)
        runs.get(c).push(result)
        process.stderr.write(`  ${data.mib} MiB ${c.name}: ${(result.ms / 1000).toFixed(2)} s\n`)
      }
    }
    for (const [c, list] of runs) rows.push(summarize(c.name, data, list, c))
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
    const runs = new Map(passes.map(p => [p, []]))
    for (let rep = 0; rep < REPS; rep++) {
      for (const p of rotate(passes, rep)) {
        const argv = [path.join(WORK, 'pass.mjs'), p.mode, data.file, validatorUrl]
        const run = await measure(p.node, argv)
        if (run.code !== 0) fail(p.name, run, 'failed')
        const result = JSON.parse(run.stdout)
        if (!result.valid) fail(p.name, run, `${data.rel} was found invalid`)
        runs.get(p).push({...run, ms: result.ms, lines: result.lines})
      }
    }
    const lines = new Set([...runs.values()].flat().map(r => r.lines))
    if (lines.size !== 1) throw new Error(`passes over ${data.rel} disagree on the line count`)
    for (const [p, list] of runs) rows.push(summarize(p.name, data, list, p))
  }
  return rows
}

async function benchStartup(mock) {
  const probes = NODES.flatMap(node => [
    {name: `node -e 0${nodeLabel(node)}`, node, run: () => measure(node, ['-e', '0'])},
    {
      name: `action, dry-run, one line${nodeLabel(node)}`,
      node,
      action: true,
      // Key and server are passed so the probe also works before `dry-run` exists (it then
      // uploads the one line); `dryRunHonoured` below tells which of the two was measured.
      run: () =>
        runActionMeasured(node, {
          path: '.bench/data/one-line.jsonl',
          'dry-run': 'true',
          'api-key': API_KEY,
          'server-url': mock.url
        })
    }
  ])
  const runs = new Map(probes.map(p => [p, []]))
  for (let rep = 0; rep < Number(args['startup-reps']); rep++) {
    for (const p of rotate(probes, rep)) {
      const run = await p.run()
      if (run.code !== 0) fail(p.name, run, 'failed')
      runs.get(p).push(run)
    }
  }
  const dryRunHonoured = [...runs.values()].flat().every(r => !r.outputs?.['file-id'])
  return {rows: [...runs].map(([p, list]) => summarize(p.name, null, list, p)), dryRunHonoured}
}

// ---- statistics ----

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const spread = values => ({med: median(values), min: Math.min(...values), max: Math.max(...values)})

function summarize(name, data, runs, source) {
  const ms = spread(runs.map(r => r.ms))
  return {
    name,
    source,
    mib: data?.mib,
    ms,
    mbps: data ? data.size / MB / (ms.med / 1000) : null,
    rss: spread(runs.map(r => r.rssMB))
  }
}

// ---- report ----

const f1 = n => n.toFixed(1)
const f2 = n => n.toFixed(2)
const range = (s, fmt) => `${fmt(s.med)} (${fmt(s.min)}–${fmt(s.max)})`
const find = (rows, name, mib) => rows.find(r => r.name === name && r.mib === mib)

function table(header, rows) {
  const cells = [header, ...rows].map(row => row.map(String))
  const widths = header.map((_, i) => Math.max(3, ...cells.map(row => row[i].length)))
  const line = row => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  return [line(cells[0]), line(widths.map(w => '-'.repeat(w))), ...cells.slice(1).map(line)]
    .concat('')
    .join('\n')
}

function uploadTable(rows) {
  return table(
    [
      'size',
      'contender',
      'wall s, median (min–max)',
      'MB/s',
      'peak RSS MB',
      '÷ curl time',
      '÷ curl RSS'
    ],
    rows.map(r => {
      const curl = find(rows, 'curl', r.mib)
      return [`${r.mib} MiB`, r.name, range(r.ms, n => f2(n / 1000)), f1(r.mbps)].concat([
        range(r.rss, f1),
        f2(r.ms.med / curl.ms.med),
        f1(r.rss.med / curl.rss.med)
      ])
    })
  )
}

function validationTable(rows) {
  return table(
    ['size', 'pass', 'time s, median (min–max)', 'MB/s', 'peak RSS MB', '÷ bare MB/s'],
    rows.map(r => {
      const bare = rows.find(b => b.source.mode === 'bare' && b.source.node === r.source.node)
      const bareHere = find(rows, bare.name, r.mib)
      return [`${r.mib} MiB`, r.name, range(r.ms, n => f2(n / 1000)), f1(r.mbps)].concat([
        range(r.rss, f1),
        f2(r.mbps / bareHere.mbps)
      ])
    })
  )
}

/** Median of `node -e 0` on the same Node binary. */
const baseline = (rows, r) =>
  rows.find(b => !b.source.action && b.source.node === r.source.node).ms.med

function startupTable(rows) {
  return table(
    ['command', 'wall ms, median (min–max)', 'peak RSS MB', '÷ node -e 0'],
    rows.map(r => [r.name, range(r.ms, f1), range(r.rss, f1), f2(r.ms.med / baseline(rows, r))])
  )
}

/** Time linear: MB/s holds from 100 MiB to the largest. Memory flat: RSS barely moves. */
function growthTable(rows, names) {
  const first = SIZES[0]
  const last = SIZES.at(-1)
  return table(
    ['contender', ...SIZES.map(s => `MB/s @${s}`), ...SIZES.map(s => `RSS MB @${s}`)].concat([
      `MB/s ${last} ÷ 100 MiB`,
      `RSS +MB ${first}→${last}`
    ]),
    names.map(name => {
      const at = SIZES.map(s => find(rows, name, s))
      return [name, ...at.map(r => f1(r.mbps)), ...at.map(r => f1(r.rss.med))].concat([
        f2(at.at(-1).mbps / find(rows, name, 100).mbps),
        f1(at.at(-1).rss.med - at[0].rss.med)
      ])
    })
  )
}

function targets(uploads, validation, startup) {
  const last = SIZES.at(-1)
  const out = []
  const check = (what, value, ok) => out.push(`- ${ok ? 'met' : '**not met**'}: ${what} — ${value}`)
  for (const c of uploads.contenders.filter(c => c.action)) {
    const ratio = find(uploads.rows, c.name, last).ms.med / find(uploads.rows, 'curl', last).ms.med
    const goal = `${c.name} ÷ curl wall time ≤ ${TARGETS.wallVsCurl} at ${last} MiB`
    check(goal + (c.validate ? ' (validation adds a pass)' : ''), f2(ratio), ratio <= 1.1)
    const worst = Math.max(...uploads.rows.filter(r => r.name === c.name).map(r => r.rss.max))
    const rss = `${c.name} peak RSS ≤ ${TARGETS.actionRssMB} MB at every size`
    check(rss, `worst ${f1(worst)} MB`, worst <= TARGETS.actionRssMB)
  }
  for (const v of validation.filter(r => r.source.mode === 'validator')) {
    const bare = validation.find(
      b => b.source.mode === 'bare' && b.source.node === v.source.node && b.mib === v.mib
    )
    const ratio = v.mbps / bare.mbps
    const goal = `${v.name} ≥ ${TARGETS.validatorVsBare} × bare parse at ${v.mib} MiB`
    check(goal, `${f2(ratio)} (${f1(v.mbps)} vs ${f1(bare.mbps)} MB/s)`, ratio >= 0.6)
  }
  for (const s of startup.rows.filter(r => r.source.action)) {
    const base = baseline(startup.rows, s)
    const ratio = s.ms.med / base
    const goal = `${s.name} ≤ ${TARGETS.startupVsNode} × node -e 0`
    check(goal, `${f2(ratio)} (${f1(s.ms.med)} vs ${f1(base)} ms)`, ratio <= 4)
  }
  return out.join('\n') + '\n'
}

// ---- chart: grouped bars by size, one panel for MB/s and one for peak RSS, hand-written SVG ----

const COLORS = ['#4c78a8', '#f58518', '#e45756', '#54a24b', '#b279a2', '#9d755d', '#72b7b2']
const esc = s => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function niceMax(value) {
  const step = 10 ** Math.floor(Math.log10(value / 5))
  const nice = [1, 2, 5, 10].map(m => m * step).find(s => value / s <= 6)
  return {max: Math.ceil(value / nice) * nice, step: nice}
}

function panel(x0, title, names, rows, value, fmt, target) {
  const [w, h, top] = [400, 220, 40]
  const peak = Math.max(...rows.map(value), target ?? 0) * 1.08
  const {max, step} = niceMax(peak)
  const y = v => top + h - (v / max) * h
  const group = w / SIZES.length
  const bar = (group - 24) / names.length
  const parts = [`<text x="${x0}" y="20" class="title">${esc(title)}</text>`]
  for (let v = 0; v <= max + 1e-9; v += step) {
    parts.push(`<line x1="${x0}" x2="${x0 + w}" y1="${y(v)}" y2="${y(v)}" class="grid"/>`)
    parts.push(`<text x="${x0 - 6}" y="${y(v) + 4}" class="tick" text-anchor="end">${v}</text>`)
  }
  SIZES.forEach((mib, g) => {
    const gx = x0 + g * group + 12
    const label = `<text x="${gx + (group - 24) / 2}" y="${top + h + 18}"`
    parts.push(`${label} class="tick" text-anchor="middle">${mib} MiB</text>`)
    names.forEach((name, i) => {
      const r = find(rows, name, mib)
      const [bx, by] = [gx + i * bar, y(value(r))]
      const rect = `<rect x="${bx + 1}" y="${by}" width="${bar - 2}" height="${top + h - by}"`
      parts.push(`${rect} fill="${COLORS[i % COLORS.length]}"/>`)
      const text = `<text x="${bx + bar / 2}" y="${by - 3}" class="val" text-anchor="middle">`
      parts.push(`${text}${fmt(value(r))}</text>`)
    })
  })
  if (target) {
    const line = `<line x1="${x0}" x2="${x0 + w}" y1="${y(target)}" y2="${y(target)}"`
    parts.push(`${line} class="target"/>`)
    parts.push(
      `<text x="${x0 + w}" y="${y(target) - 4}" class="val" text-anchor="end">target</text>`
    )
  }
  return parts.join('\n')
}

function chart(uploads) {
  const names = uploads.contenders.map(c => c.name)
  const legendY = 300
  const legend = names.map((name, i) => {
    const [x, y] = [60 + (i % 3) * 280, legendY + Math.floor(i / 3) * 18]
    const box = `<rect x="${x}" y="${y - 9}" width="10" height="10" fill="${COLORS[i]}"/>`
    return `${box}<text x="${x + 16}" y="${y}" class="tick">${esc(name)}</text>`
  })
  const height = legendY + Math.ceil(names.length / 3) * 18 + 8
  const rows = uploads.rows
  return `<svg xmlns="http://www.w3.org/2000/svg" width="920" height="${height}" viewBox="0 0 920 ${height}" font-family="sans-serif">
<style>.title{font-size:13px;font-weight:bold}.tick{font-size:11px}.val{font-size:9px}.grid{stroke:#ddd}.target{stroke:#c00;stroke-dasharray:4 3}</style>
<rect width="100%" height="100%" fill="#fff"/>
${panel(
  50,
  'Upload throughput, MB/s (higher is better)',
  names,
  rows,
  r => r.mbps,
  n => n.toFixed(0)
)}
${panel(
  500,
  'Peak RSS, MB (lower is better)',
  names,
  rows,
  r => r.rss.med,
  n => n.toFixed(0),
  TARGETS.actionRssMB
)}
${legend.join('\n')}
</svg>
`
}

async function machine() {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '')
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown'
  const nodes = NODES.map(n => `${nodeVersion(n)} (${n})`).join(', ')
  const curl = execFileSync('curl', ['--version']).toString().split(' ')[1]
  const mem = `${Math.round(os.totalmem() / 1024 ** 3)} GiB RAM`
  return `- CPU: ${cpu}, ${os.availableParallelism()} cores, ${mem}, ${os.type()} ${os.release()}
- Node: ${nodes}; curl ${curl}; @mistralai/mistralai ${await sdkVersion()}
- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC
- Command: \`${['node scripts/bench.mjs', ...process.argv.slice(2)].join(' ')}\``
}

async function sdkVersion() {
  const file = path.join(ROOT, 'node_modules/@mistralai/mistralai/package.json')
  return JSON.parse(await readFile(file, 'utf8')).version
}

async function writeReport(markdown, svg) {
  await mkdir(path.join(ROOT, 'docs/benchmarks'), {recursive: true})
  await writeFile(path.join(ROOT, 'docs/benchmarks/throughput-rss.svg'), svg)
  const file = path.join(ROOT, 'docs/benchmarks.md')
  // Formatted with the project's prettier when it is installed, so `format:check` stays green.
  const formatted = await import('prettier').then(
    async prettier =>
      prettier.format(markdown, {...(await prettier.resolveConfig(file)), filepath: file}),
    () => markdown
  )
  await writeFile(file, formatted)
}

// ---- main ----

async function main() {
  await prepareChildren()
  const datasets = []
  for (const mib of SIZES) datasets.push(await ensureDataset(mib))
  const actionReadsNewInputs = (await readFile(ACTION_ENTRY, 'utf8')).includes('dry-run')
  const mock = await startMock()
  const stop = () => mock.stop().then(() => process.exit(130))
  process.once('SIGINT', stop)
  let uploads, validation, startup
  try {
    process.stderr.write('uploads...\n')
    uploads = await benchUploads(datasets, mock)
    process.stderr.write('validation alone...\n')
    validation = await benchValidation(datasets)
    process.stderr.write('start-up...\n')
    startup = await benchStartup(mock)
  } finally {
    await mock.stop()
  }
  const uploadNames = uploads.contenders.map(c => c.name)
  const validationNames = [...new Set(validation.map(r => r.name))]
  const caveat = actionReadsNewInputs
    ? ''
    : '\n> **Note:** this `dist/index.js` does not read the `validate` and `dry-run` inputs yet, so ' +
      '"validate on" and "validate off" ran the same code and the start-up probe uploaded its one ' +
      'line. Re-run after rebuilding dist/.\n'
  const body = `## Uploads

Each upload went to the local Mistral-compatible server (\`dist/mock-server\`, JSONL checks off,
storage on tmpfs) and was verified: the server's \`bytes\` equals the file size and the stored
file's sha256 equals the file's (for the action, its \`sha256\` output too). ${REPS} runs each,
round-robin over the contenders. MB = 10^6 bytes. Peak RSS is the client process alone (GNU time
%M).

${uploadTable(uploads.rows)}
## Validation alone

One pass over the same files in a child process, timed inside it (after imports).

${validationTable(validation)}
## Step start-up

A dry run of the action on a one-line file vs \`node -e 0\`, ${args['startup-reps']} runs each,
interleaved.${startup.dryRunHonoured ? '' : ' The action did not honour `dry-run` (it uploaded).'}

${startupTable(startup.rows)}
## How cost grows

${growthTable([...uploads.rows, ...validation], [...uploadNames, ...validationNames])}
## Targets

${targets(uploads, validation, startup)}
![Throughput and peak RSS by size](benchmarks/throughput-rss.svg)
`
  process.stdout.write(`\n${body}`)
  const markdown = `# Benchmarks\n\nWritten by \`npm run bench\` (scripts/bench.mjs) from a real run.\n\n${await machine()}\n${caveat}\n${body}`
  await writeReport(markdown, chart(uploads))
  process.stderr.write('wrote docs/benchmarks.md and docs/benchmarks/throughput-rss.svg\n')
}

await main()
