// Renders a job summary (GITHUB_STEP_SUMMARY) as plain text for a terminal. It reads the
// GitHub-flavoured Markdown the step writes (`### headings`, pipe tables, `<code>` spans, HTML
// entities): headings become a line, tables aligned columns, tags are dropped, entities decoded.

/** `### Title`, closing hashes optional. */
const HEADING = /^\s*#{1,6}\s+(.*?)(?:\s+#+)?\s*$/

/** @param {string} summary @param {number} [columns] a table wider than this is shown row by row */
export function summaryText(summary, columns = Infinity) {
  const out = []
  const block = lines => {
    if (out.length > 0 && out.at(-1) !== '') out.push('')
    out.push(...lines, '')
  }
  let rows = []
  for (const line of [...summary.split('\n'), '']) {
    if (/^\s*\|/.test(line)) {
      // The second line of a pipe table is the delimiter row: | --- | :-: |
      if (!(rows.length === 1 && /^[\s|:-]+$/.test(line))) rows.push(pipeCells(line))
      continue
    }
    if (rows.length > 0) block(layout(rows, columns))
    rows = []
    const heading = HEADING.exec(line)
    if (heading) block([inline(heading[1])])
    else if (inline(line) !== '') out.push(inline(line))
    else if (out.length > 0 && out.at(-1) !== '') out.push('')
  }
  return `${out.join('\n').trim()}\n`
}

/** `| a | b \| c |` → ['a', 'b | c'] */
function pipeCells(line) {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
  return inner.split(/(?<!\\)\|/).map(cell => inline(cell.replaceAll('\\|', '|')))
}

const NAMED = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '}

/** Text of a cell or line: tags dropped, then entities decoded, on one line. */
function inline(html) {
  return (
    html
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<[^>]*>/g, '')
      .replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (ref, dec, hex, name) => {
        if (name !== undefined) return NAMED[name] ?? ref
        const code = dec !== undefined ? Number(dec) : parseInt(hex, 16)
        return code <= 0x10ffff ? String.fromCodePoint(code) : ref
      })
      .replace(/\s+/g, ' ')
      // Decoded text may hold control characters (an escape sequence from a file name, say);
      // \p{Cc} is U+0000-U+001F and U+007F-U+009F.
      .replace(/\p{Cc}/gu, '\ufffd')
      .trim()
  )
}

/** Aligned columns with a rule under the first row; one block per row when too wide. */
function layout(rows, columns) {
  const count = Math.max(...rows.map(row => row.length))
  const widths = Array.from({length: count}, (_, i) =>
    Math.max(...rows.map(r => width(r[i] ?? '')))
  )
  const total = widths.reduce((sum, w) => sum + w, 0) + 2 * (count - 1)
  if (total <= columns || rows.length < 2) {
    const line = cells =>
      widths
        .map((w, i) => pad(cells[i] ?? '', w))
        .join('  ')
        .trimEnd()
    const rule = widths.map(w => '─'.repeat(w)).join('  ')
    return rows.length < 2 ? rows.map(line) : [line(rows[0]), rule, ...rows.slice(1).map(line)]
  }
  const [header, ...body] = rows
  const nameWidth = Math.max(...header.map(width))
  return body.flatMap((row, r) => [
    ...(r > 0 ? [''] : []),
    ...header.flatMap((name, i) => (row[i] ? [`${pad(name, nameWidth)}  ${row[i]}`] : []))
  ])
}

const segmenter = new Intl.Segmenter()
const WIDE =
  /\p{Emoji_Presentation}|\uFE0F|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/u

/** Terminal columns: emoji and East Asian wide characters take two. */
function width(text) {
  let columns = 0
  for (const {segment} of segmenter.segment(text)) columns += WIDE.test(segment) ? 2 : 1
  return columns
}

function pad(text, columns) {
  return text + ' '.repeat(Math.max(0, columns - width(text)))
}
