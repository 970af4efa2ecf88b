// Medians and ranges of the runs, and the Markdown tables they are shown in.

export const MB = 1e6 // throughput and RSS are in MB (10^6 bytes); file sizes are in MiB

export function spread(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const med = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return {med, min: sorted[0], max: sorted.at(-1)}
}

/** One row: `source`'s runs over `data` (none for start-up), `extra` fields added as they are. */
export function summarize(source, data, runs, extra = {}) {
  const ms = spread(runs.map(r => r.ms))
  const mbps = data ? data.size / MB / (ms.med / 1000) : null
  const rss = spread(runs.map(r => r.rssMB))
  return {name: source.name, source, mib: data?.mib, ms, mbps, rss, ...extra}
}

export const [f1, f2] = [n => n.toFixed(1), n => n.toFixed(2)]
export const range = (s, fmt) => `${fmt(s.med)} (${fmt(s.min)}–${fmt(s.max)})`
export const seconds = s => range(s, ms => f2(ms / 1000))
export const find = (rows, name, mib) => rows.find(r => r.name === name && r.mib === mib)
/** The same measure for `r`'s reference: curl, the bare pass or `node -e 0` on the same Node. */
export const reference = (rows, r, isRef) => rows.find(b => b.mib === r.mib && isRef(b))

export function table(header, rows) {
  const cells = [header, ...rows].map(row => row.map(String))
  const widths = header.map((_, i) => Math.max(3, ...cells.map(row => row[i].length)))
  const line = row => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  const rule = line(widths.map(w => '-'.repeat(w)))
  return [line(header), rule, ...cells.slice(1).map(line), ''].join('\n')
}
