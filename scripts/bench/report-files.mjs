// The report's surroundings: the machine and code it was measured on, and writing it out.
import {execFileSync} from 'node:child_process'
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** The list of facts the figures depend on; `nodes` as `nodeVersion` names them. */
export async function machine({root, nodes, nodeVersion, load}) {
  let cpuinfo = ''
  try {
    cpuinfo = await readFile('/proc/cpuinfo', 'utf8')
  } catch {
    // not Linux: os.cpus() names the CPU
  }
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model
  const ram = `${Math.round(os.totalmem() / 1024 ** 3)} GiB RAM`
  const curl = `${execFileSync('curl', ['--version'])}`.split(' ')[1]
  const sdkPackage = path.join(root, 'node_modules/@mistralai/mistralai/package.json')
  const sdk = JSON.parse(await readFile(sdkPackage, 'utf8')).version
  const where = n => (path.relative(root, n).startsWith('..') ? n : path.relative(root, n))
  const node = n => `${nodeVersion(n)} (\`${where(n)}\`)`
  return [
    `- CPU: ${cpu}, ${os.availableParallelism()} cores, ${ram}, ${os.type()} ${os.release()}`,
    `- Node for the action, the SDK and the validator: ${nodes.map(node).join(', ')}; the server, the relay and this script: ${process.version}`,
    `- curl ${curl}, @mistralai/mistralai ${sdk}`,
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Load average (1 min) when the run started: ${load}`,
    `- Code: ${gitState(root)}`,
    `- Command: \`${['node scripts/bench.mjs', ...process.argv.slice(2)].join(' ')}\``
  ].join('\n')
}

/** The commit measured, so a reader can tell which dist/ and src/validate/ the figures are for. */
function gitState(root) {
  const git = argv => `${execFileSync('git', argv, {cwd: root, stdio: 'pipe'})}`.trim()
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

/** docs/benchmarks.md and its chart, docs/benchmarks/throughput-rss.svg. */
export async function writeReport(root, markdown, svg) {
  await mkdir(path.join(root, 'docs/benchmarks'), {recursive: true})
  await writeFile(path.join(root, 'docs/benchmarks/throughput-rss.svg'), svg)
  const file = path.join(root, 'docs/benchmarks.md')
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
