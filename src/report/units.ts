// How numbers read in the log and the summary.

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** Binary units, one decimal: 1.5 KiB, 400.0 MiB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}

/** Unix seconds as `2026-12-02 04:20:11 UTC`; anything else as it came. */
export function formatUnixTime(seconds: number): string {
  const date = new Date(seconds * 1000)
  if (!Number.isFinite(seconds) || Number.isNaN(date.getTime())) return String(seconds)
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`
}

/** The first 12 hex digits of a hash, enough to tell files apart at a glance. */
export function shortHash(sha256: string): string {
  return sha256.length > 12 ? `${sha256.slice(0, 12)}…` : sha256
}
