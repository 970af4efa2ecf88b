// The report's text: one table per kind of run, how cost grows, and the targets, each met or
// **not met**. Rows are stats.mjs `summarize` rows; a row's `source` is the contender, with its
// `kind` (curl, bare, action, sdk, validator, dry-run, node), `node` and, for the action, `validate`.
import {f1, f2, find, range, reference, seconds, table} from './stats.mjs'

/** The row of `kind` (and `validate`, for the action) at `r`'s size, link and Node. */
function peer(rows, r, kind, validate) {
  return reference(
    rows,
    r,
    b =>
      b.source.kind === kind &&
      b.rate === r.rate &&
      (validate === undefined || b.source.validate === validate) &&
      // curl runs on no Node: it is every Node's reference, and each Node's bare client its own.
      (r.source.node === undefined ||
        b.source.node === undefined ||
        b.source.node === r.source.node)
  )
}
const runs = n => `${n} run${Number(n) === 1 ? '' : 's'}`
const ratio = (r, ref, of = x => x.ms.med, fmt = f2) => (ref ? fmt(of(r) / of(ref)) : '—')

/** The columns every table of runs by size starts with: `who` names the row's second one. */
const leadHeads = (who, time = 'wall s') => [
  'size',
  who,
  `${time}, median (min–max)`,
  'MB/s',
  'peak RSS MB'
]
const lead = r => [`${r.mib} MiB`, r.name, seconds(r.ms), f1(r.mbps), range(r.rss, f1)]

function uploadTable(rows) {
  return table(
    [...leadHeads('contender'), '÷ bare client, time', '÷ curl, time', '÷ curl, RSS'],
    rows.map(r => {
      const curl = peer(rows, r, 'curl')
      return [
        ...lead(r),
        ratio(r, peer(rows, r, 'bare')),
        ratio(r, curl),
        ratio(r, curl, x => x.rss.med, f1)
      ]
    })
  )
}

function linkTable(rows) {
  return table(
    [
      'size',
      'link',
      'contender',
      'wall s, median (min–max)',
      'MB/s, end to end',
      'link MB/s (relay)',
      'peak RSS MB',
      '÷ validate off, time'
    ],
    rows.map(r => [
      `${r.mib} MiB`,
      `${r.rate} MB/s`,
      r.name,
      seconds(r.ms),
      f1(r.mbps),
      range(r.link, f1),
      range(r.rss, f1),
      ratio(r, peer(rows, r, 'action', false))
    ])
  )
}

function validationTable(rows) {
  return table(
    [...leadHeads('pass', 'time s'), '÷ bare, MB/s'],
    rows.map(r => [...lead(r), ratio(r, peer(rows, r, 'bare'), x => x.mbps)])
  )
}

function dryRunTable(rows) {
  return table(
    [
      ...leadHeads('process'),
      'pass s inside the process',
      '÷ bare, wall',
      '÷ bare, its pass alone'
    ],
    rows.map(r => {
      const bare = peer(rows, r, 'bare')
      return [
        ...lead(r),
        r.inside ? seconds(r.inside) : '—',
        ratio(r, bare),
        ratio(r, bare, x => (x === bare ? x.inside.med : x.ms.med))
      ]
    })
  )
}

function startupTable(rows) {
  return table(
    ['command', 'wall ms, median (min–max)', 'peak RSS MB', '÷ node -e 0'],
    rows.map(r => [r.name, range(r.ms, f1), range(r.rss, f1), ratio(r, peer(rows, r, 'node'))])
  )
}

/**
 * Time grows no faster than linearly when the seconds per 100 MiB do not rise from the 100 MiB
 * file to the largest (they fall at first, as start-up is spread over more bytes). Memory is
 * flat when peak RSS stops growing between the two largest files.
 */
function growthTable(rows, sizes) {
  const names = [...new Set(rows.map(r => r.name))]
  const per100 = r => r.ms.med / 1000 / (r.mib / 100)
  return table(
    ['contender', ...sizes.map(s => `s per 100 MiB @${s}`), 'time linear?'].concat(
      sizes.map(s => `RSS MB @${s}`),
      'memory flat?'
    ),
    names.map(name => {
      const at = sizes.map(s => find(rows, name, s))
      const growth = per100(at.at(-1)) / per100(find(rows, name, 100))
      const linear =
        sizes.at(-1) > 100
          ? `${growth <= 1.1 ? 'yes' : 'no'} (×${f2(growth)})`
          : 'no file over 100 MiB'
      const more = Number(f1(at.at(-1).rss.med - at.at(-2).rss.med)) // judged as shown
      const flat = `${more <= 5 ? 'yes' : 'no'} (${more < 0 ? '' : '+'}${f1(more)})`
      return [name, ...at.map(r => f2(per100(r))), linear, ...at.map(r => f1(r.rss.med)), flat]
    })
  )
}

/**
 * The rate each relay gave the bare client with the largest file: it keeps up with any link
 * here, so this is the link itself (the 10 MiB file's stretch is too short to tell).
 */
function linkCheck(rows, rates, last) {
  return rates
    .map(rate => {
      const bare = rows.find(r => r.rate === rate && r.mib === last && r.source.kind === 'bare')
      const note =
        bare.link.med < 0.95 * rate ? ' **(under 95 % of its rate: a busy machine)**' : ''
      return `- ${rate} MB/s link: it carried the bare client's ${last} MiB uploads at ${range(bare.link, f1)} MB/s${note}`
    })
    .join('\n')
}

function targets(config, results) {
  const {targets: T, sizes, rates, nodes, nodeLabel, cores} = config
  const {uploads, link, dryRun, startup} = results
  const last = sizes.at(-1)
  const at = last === T.mib ? `at ${last} MiB` : `at ${last} MiB (the target is for ${T.mib} MiB)`
  const lines = []
  const check = (ok, goal, value) =>
    lines.push(`- ${ok ? 'met' : '**not met**'}: ${goal}: ${value}`)
  const row = (rows, node, kind, validate, rate) =>
    rows.find(
      r =>
        r.mib === last &&
        r.rate === rate &&
        r.source.kind === kind &&
        r.source.node === node &&
        (validate === undefined || r.source.validate === validate)
    )
  for (const node of nodes) {
    const label = nodeLabel(node)
    const off = row(uploads.rows, node, 'action', false)
    const bare = row(uploads.rows, node, 'bare')
    const curl = row(uploads.rows, undefined, 'curl')
    check(
      off.ms.med / bare.ms.med <= T.offVsBare,
      `action, validate off${label} ÷ bare Node http.request, wall time ${at}, unthrottled ≤ ${T.offVsBare}`,
      `${f2(off.ms.med / bare.ms.med)} (${f2(off.ms.med / 1000)} vs ${f2(bare.ms.med / 1000)} s; ÷ curl: ${f2(off.ms.med / curl.ms.med)}, for reference)`
    )
    for (const rate of rates) {
      const [lOff, lOn] = [false, true].map(v => row(link, node, 'action', v, rate))
      const value = `${f2(lOn.ms.med / lOff.ms.med)} (${f2(lOn.ms.med / 1000)} vs ${f2(lOff.ms.med / 1000)} s; the link carried ${f1(lOn.link.med)} vs ${f1(lOff.link.med)} MB/s)`
      const goal = `action${label}, validate on ÷ validate off over the ${rate} MB/s link, wall time ${at} ≤ ${T.onVsOffLink}`
      check(lOn.ms.med / lOff.ms.med <= T.onVsOffLink, goal, value)
    }
    const dry = row(dryRun, node, 'dry-run')
    const pass = row(dryRun, node, 'bare')
    const onCores = cores === 2 ? 'on 2 cores' : `on ${cores} cores (the target is for 2)`
    check(
      dry.ms.med / pass.ms.med <= T.dryRunVsBare,
      `action, dry run${label} ÷ bare one-thread split + JSON.parse, wall time of both processes ${at}, ${onCores} ≤ ${T.dryRunVsBare}`,
      `${f2(dry.ms.med / pass.ms.med)} (${f2(dry.ms.med / 1000)} vs ${f2(pass.ms.med / 1000)} s; against the bare pass's own time inside its process, start-up left out: ${f2(dry.ms.med / pass.inside.med)})`
    )
    const worst = (rows, match) => Math.max(...rows.filter(match).map(r => r.rss.max))
    for (const validate of [false, true]) {
      const isIt = r =>
        r.source.kind === 'action' && r.source.node === node && r.source.validate === validate
      const [free, linked] = [worst(uploads.rows, isIt), worst(link, isIt)]
      check(
        Math.max(free, linked) <= T.actionRssMB,
        `action, validate ${validate ? 'on' : 'off'}${label}, peak RSS at every size and on every link ≤ ${T.actionRssMB} MB`,
        `worst run ${f1(Math.max(free, linked))} MB (unthrottled ${f1(free)}, on the link ${f1(linked)})`
      )
    }
    const dryWorst = worst(dryRun, r => r.source.kind === 'dry-run' && r.source.node === node)
    check(
      dryWorst <= T.actionRssMB,
      `action, dry run${label}, peak RSS at every size ≤ ${T.actionRssMB} MB`,
      `worst run ${f1(dryWorst)} MB`
    )
  }
  for (const s of startup.rows.filter(r => r.source.kind === 'action')) {
    const base = peer(startup.rows, s, 'node').ms.med
    check(
      s.ms.med / base <= T.startupVsNode,
      `${s.name} ≤ ${T.startupVsNode} × node -e 0`,
      `${f2(s.ms.med / base)} (${f1(s.ms.med)} vs ${f1(base)} ms)`
    )
  }
  return `${lines.join('\n')}\n`
}

/**
 * The report's body. `config`: {reps, linkReps, startupReps, sizes, rates, targets, nodes,
 * nodeLabel, cores}; `results`: {uploads: {rows}, link, validation, dryRun, startup: {rows,
 * dryRunHonoured}}, each a list of rows.
 */
export function report(config, results) {
  const {reps, linkReps, startupReps, sizes, rates, targets: T} = config
  const {uploads, link, validation, dryRun, startup} = results
  const ignoredDryRun = ' **This dist/index.js ignored `dry-run` and uploaded the line.**'
  return `## Uploads

To the local Mistral-compatible server (\`dist/mock-server\`, JSONL checks off, storage on tmpfs),
${runs(reps)} each, round-robin over the contenders. Wall time is the client's whole process, from
spawn to exit. Every upload was verified: the server's \`bytes\` equals the file size, the stored
file's sha256 equals the file's, and for the action so does its \`sha256\` output (and, with
validation on, its \`valid\` output is \`true\`). MB = 10^6 bytes. Peak RSS is the client process
alone (GNU time %M; the action's worker threads are threads of its process, so they are counted).
The reference is \`bare Node http.request\` (scripts/bare-upload.mjs): the action's multipart body
sent with nothing checked, hashed or reported, the floor for any Node client here. curl is shown
too, as the floor for any client.

${uploadTable(uploads.rows)}
## Uploads over a throttled link

The same uploads through a relay on loopback (scripts/bench/relay.mjs, a child process of its
own) that forwards the upload to the server at ${rates.join(' and ')} MB/s, standing in for a
runner's link to the API; the answers come back unthrottled. ${runs(linkReps)} each, round-robin,
only the bare client (the reference for any Node client) and the action, validation off and on.
Each upload was verified as above, and by the relay's own count: it carried the request (the
file's bytes and at most 64 KiB of headers and multipart framing), and \`link MB/s\` is those
bytes over the time from the first byte to the moment the link had carried the last. The
relay never goes faster than its rate (the bench stops if it did, by its count or by the
client's wall time); a contender that cannot keep up with the link lowers it. The reference is
the action with validation off on the same link.

${linkCheck(link, rates, sizes.at(-1))}

${linkTable(link)}
## Validation alone

One pass over the same files on one thread, in a child process, timed inside it after its
imports (both passes load the validator first, so the processes differ only in the pass). The
validator is \`src/validate/\` as checked out, bundled with ncc when the run starts; the reference
is a bare split + JSON.parse of every line.

${validationTable(validation)}
## Dry run: the check on all cores

The action (dist/index.js, run as the runner does) with \`dry-run: true\` and \`validate: true\`:
it checks the file on every core (${config.cores} here) and uploads nothing. Measured as a whole
process, wall time from spawn to exit, Node's start-up and the bundle's load included. The
reference, \`bare split + JSON.parse, whole process\`, is the bare one-thread pass measured the
same way: its own process (loading nothing else), wall time from spawn to exit, so the
\`÷ bare, wall\` ratio has start-up on both sides. \`÷ bare, its pass alone\` divides by the bare
pass's time inside its process instead (start-up left out of the reference only), the stricter
figure. ${runs(reps)} each, round-robin. Every dry run was verified: \`valid\` is \`true\`, its
\`num-samples\` equals the bare pass's line count, and no file id came out.

${dryRunTable(dryRun)}
## Step start-up

The action on a one-line file with \`dry-run: true\` vs \`node -e 0\`, ${runs(startupReps)}
each, interleaved.${startup.dryRunHonoured ? '' : ignoredDryRun}

${startupTable(startup.rows)}
## How cost grows

Seconds per 100 MiB fall as start-up is spread over more bytes; time is called linear when they
do not rise from 100 MiB to the largest file (at most ×1.1, for noise). Memory is called flat
when peak RSS grows by at most 5 MB between the two largest files. Uploads and the dry run use
wall time; the one-thread validation passes, the time inside the child.

${growthTable([...uploads.rows, ...validation, ...dryRun], sizes)}
## Targets

Ratios of medians at ${sizes.at(-1)} MiB${sizes.at(-1) === T.mib ? '' : ` (the targets are for ${T.mib} MiB: run without --quick)`}.
The upload target is against the bare Node client (curl is quoted for reference); validation's
cost is judged over the throttled link, where a runner's upload spends its time. These replace
the earlier ÷ curl ≤ 1.1, peak RSS ≤ 120 MB and validator ≥ 0.6 × bare parse targets; those
ratios are still in the tables above.

${targets(config, results)}
![Throughput and peak RSS by size, and over the throttled link](benchmarks/throughput-rss.svg)
`
}
