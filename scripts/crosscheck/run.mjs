// `npm run crosscheck`: a differential check of our validator against Mistral's own code.
// Every case from cases.mjs goes to both our validator (validateBuffer, purpose 'fine-tune')
// and reference.py (mistral-finetune's build_instruct_sample + mistral-common's validator,
// in a cached venv), and the verdicts are compared. Not part of npm test, never run by CI:
// it needs Python and a pip index that serves mistral-common.
//
// decided.json lists mutation kinds whose disagreement is deliberate:
//   [{"kind": "weight=\" 1\"@assistant", "reason": "..."}]
// A kind ending in "*" matches every kind that starts with the rest. The exit code is 1 only
// when some disagreement is in no decided kind.
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {buildCases} from './cases.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, '../..')
// Under node_modules/.cache: kept between runs, ignored by git, gone with a clean install.
const VENV = path.join(ROOT, 'node_modules/.cache/crosscheck/venv')
const PYTHON = path.join(VENV, 'bin/python')

// Plain stdout lines (the lint config keeps console.* out of the code).
const say = (text = '') => process.stdout.write(`${text}\n`)

function sh(cmd, argv, options = {}) {
  return execFileSync(cmd, argv, {encoding: 'utf8', maxBuffer: 1 << 30, ...options})
}

function installedVersion() {
  try {
    const code = "import importlib.metadata as m; print(m.version('mistral-common'))"
    return sh(PYTHON, ['-c', code], {stdio: ['ignore', 'pipe', 'ignore']}).trim()
  } catch {
    return null
  }
}

/** The venv with mistral-common, made on first use. */
function ensureVenv() {
  const cached = installedVersion()
  if (cached) return cached
  say(`Setting up ${path.relative(ROOT, VENV)} ...`)
  if (!existsSync(PYTHON)) sh('python3', ['-m', 'venv', VENV], {stdio: 'inherit'})
  const pip = (...argv) =>
    sh(PYTHON, ['-m', 'pip', 'install', '-q', '--retries', '1', ...argv], {stdio: 'inherit'})
  try {
    pip('mistral-common')
  } catch {
    // The local mirror lacks pydantic-extra-types, which mistral-common needs only for
    // transcription requests (reference.py stubs it). Install the rest of its dependencies.
    say('Retrying without pydantic-extra-types (not needed for fine-tuning checks) ...')
    pip('--no-deps', 'mistral-common')
    const code = [
      'import importlib.metadata as m',
      "print('\\n'.join(r for r in m.requires('mistral_common')",
      "  if 'extra ==' not in r and not r.startswith('pydantic-extra-types')))"
    ].join('\n')
    const requirements = sh(PYTHON, ['-c', code]).trim().split('\n')
    pip(...requirements)
  }
  return installedVersion()
}

/**
 * Our validator, bundled as scripts/bench.mjs does it: ncc --transpile-only, so that work in
 * progress elsewhere in src/ (or a type error) cannot block the check.
 */
async function loadValidator(dir) {
  const ncc = path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js')
  const argv = ['build', 'src/validate/index.ts', '-o', dir, '--transpile-only', '-q']
  sh(process.execPath, [ncc, ...argv], {cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit']})
  return import(pathToFileURL(path.join(dir, 'index.js')).href)
}

/** Mistral's verdicts for all cases, from one Python process. */
function mistralVerdicts(cases) {
  const input = cases.map(c => JSON.stringify({id: c.id, line: c.text})).join('\n')
  const output = sh(PYTHON, [path.join(HERE, 'reference.py')], {
    input,
    env: {...process.env, PYTHONIOENCODING: 'utf-8'}
  })
  const verdicts = new Map()
  for (const line of output.split('\n')) {
    if (line === '') continue
    const verdict = JSON.parse(line)
    verdicts.set(verdict.id, verdict)
  }
  return verdicts
}

/** JSON errors carry positions; drop those so that like reasons group together. */
const normalize = reason => reason.replace(/: line \d+ column \d+ \(char \d+\)/, '')

/** The line as it is, or JSON-quoted where it holds a control character or BOM. */
const shown = line => ([...line].some(c => c < ' ' || c === '\ufeff') ? JSON.stringify(line) : line)

function groupBy(items, keyOf) {
  const groups = new Map()
  for (const item of items) {
    const key = keyOf(item)
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key).push(item)
  }
  return [...groups.values()].sort((a, b) => b.length - a.length)
}

function decisionFor(kind, decided) {
  return decided.find(d =>
    d.kind.endsWith('*') ? kind.startsWith(d.kind.slice(0, -1)) : d.kind === kind
  )
}

/** Prints one direction's disagreements, grouped by kind and `keyOf`; returns the undecided. */
function printDirection(title, items, decided, keyOf, describe) {
  say(`\n## ${title}: ${items.length}`)
  const undecided = items.filter(i => !decisionFor(i.kind, decided))
  for (const group of groupBy(undecided, i => `${i.kind}\u0000${keyOf(i)}`)) {
    const [first] = group
    say(`\n- ${first.kind}  ×${group.length}`)
    say(`  ${describe(first)}`)
    say(`  e.g. ${first.id}: ${shown(first.line)}`)
  }
  const decidedGroups = groupBy(
    items.filter(i => decisionFor(i.kind, decided)),
    i => decisionFor(i.kind, decided).kind
  )
  for (const group of decidedGroups) {
    const decision = decisionFor(group[0].kind, decided)
    say(`\n- decided: ${decision.kind}  ×${group.length}: ${decision.reason}`)
  }
  return undecided.length
}

const ours = result => {
  const errors = result.problems.filter(p => p.severity === 'error')
  const warnings = result.problems.filter(p => p.severity === 'warning')
  const list = ps => ps.map(p => `${p.rule} (${p.message})`).join('; ')
  return {
    errors: list(errors),
    rules: [...new Set(errors.map(p => p.rule))].join(', '),
    warnings: list(warnings)
  }
}

async function main() {
  const started = performance.now()
  const version = ensureVenv()
  say(`mistral-common ${version}`)
  const decided = JSON.parse(await readFile(path.join(HERE, 'decided.json'), 'utf8'))

  const dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-'))
  let validateBuffer
  try {
    ;({validateBuffer} = await loadValidator(dir))
  } finally {
    await rm(dir, {recursive: true, force: true})
  }

  // Both sides read the same text: the case's line as a file of its own, newline-terminated.
  const cases = buildCases().map(c => ({...c, text: `${c.line}\n`}))
  const verdicts = mistralVerdicts(cases)

  const weReject = []
  const weAccept = []
  const results = new Map()
  for (const c of cases) {
    const verdict = verdicts.get(c.id)
    if (!verdict) throw new Error(`reference.py gave no verdict for ${c.id}`)
    const result = validateBuffer(c.text, 'fine-tune')
    results.set(c.id, result)
    const item = {...c, mistral: verdict, ours: ours(result)}
    const weAccepted = result.errorCount === 0
    if (weAccepted && !verdict.accept) weAccept.push(item)
    if (!weAccepted && verdict.accept) weReject.push(item)
  }

  // A base sample that either side rejects means the generator, not the validator, is wrong.
  const badBases = cases.filter(
    c => c.kind === 'none' && !(verdicts.get(c.id).accept && results.get(c.id).errorCount === 0)
  )
  for (const c of badBases) say(`base sample not accepted by both sides: ${c.id}`)

  const disagreements = weReject.length + weAccept.length
  say(`\ncases: ${cases.length}`)
  say(`agreements: ${cases.length - disagreements}`)
  say(`disagreements: ${disagreements}`)
  say(`  we reject, Mistral accepts: ${weReject.length}`)
  say(`  we accept, Mistral rejects: ${weAccept.length}`)

  // Our messages name paths and values, so group on the rule ids and show the first message.
  let undecided = printDirection(
    'We reject, Mistral accepts',
    weReject,
    decided,
    i => i.ours.rules,
    i => `ours: ${i.ours.errors}`
  )
  undecided += printDirection(
    'We accept, Mistral rejects',
    weAccept,
    decided,
    i => normalize(i.mistral.reason),
    i =>
      `Mistral: ${normalize(i.mistral.reason)}${i.ours.warnings ? `\n  our warnings: ${i.ours.warnings}` : ''}`
  )

  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  say(`\n${undecided} undecided disagreement(s); ${seconds}s`)
  process.exitCode = undecided > 0 ? 1 : 0
}

await main()
