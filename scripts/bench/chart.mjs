// The chart: hand-written SVG. A row of two panels per kind of run: bars grouped by file size
// (unthrottled) or by link rate (the throttled link); MB/s on the left, peak RSS on the right.
import {spread} from './stats.mjs'

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
const ROW = 300 // the height of a row of panels, its title included

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

/**
 * One panel at (x0, y0): a group of bars per entry of `groups` ({label, row(name), mark?}), one
 * bar per name in `names` that the group has a row for, colored as in the legend. `target`: a
 * dashed line across the panel (and clipping, see axis); a group's `mark`, one across the group.
 */
function panel({x0, y0, title, groups, names, colorOf, value, target}) {
  const clip = target !== undefined
  const [w, h, base] = [400, 220, y0 + 260] // base: the y of the x axis
  const rows = groups.flatMap(g => names.map(g.row).filter(Boolean))
  const marks = groups.map(g => g.mark ?? 0)
  const {max, step} = axis(rows.map(value), Math.max(target ?? 0, ...marks), clip)
  const y = v => base - (Math.min(v, max) / max) * h
  const [group, pad] = [w / groups.length, 12]
  const svg = [el('text', {x: x0, y: y0 + 20, class: 'title'}, title)]
  for (let v = 0; v <= max; v += step) {
    svg.push(el('line', {x1: x0, x2: x0 + w, y1: y(v), y2: y(v), class: 'grid'}))
    svg.push(el('text', {x: x0 - 6, y: y(v) + 4, 'text-anchor': 'end'}, v))
  }
  for (const [g, {label, row, mark}] of groups.entries()) {
    const gx = x0 + g * group + pad
    const present = names.filter(name => row(name))
    const bar = (group - 2 * pad) / present.length
    svg.push(el('text', {x: x0 + (g + 0.5) * group, y: base + 18, class: 'mid'}, label))
    for (const [i, name] of present.entries()) {
      const v = value(row(name))
      const [x, top] = [gx + i * bar, y(v)]
      const fill = colorOf(name)
      svg.push(el('rect', {x: x + 1, y: top, width: bar - 2, height: base - top, fill}))
      if (v > max) svg.push(el('path', {d: `M${x} ${top + 14}l${bar} -6`, class: 'cut'}))
      const text = {x: x + bar / 2, y: top - 3, class: 'mid', 'font-size': Math.min(9, bar / 2)}
      svg.push(el('text', text, v.toFixed(0)))
    }
    if (mark) {
      const line = {x1: gx, x2: gx + group - 2 * pad, y1: y(mark), y2: y(mark), class: 'target'}
      svg.push(el('line', line))
    }
  }
  if (target) {
    svg.push(el('line', {x1: x0, x2: x0 + w, y1: y(target), y2: y(target), class: 'target'}))
  }
  return svg.join('\n')
}

/**
 * `names`: every contender, in legend order. `sizes` and `link`: the groups of the unthrottled
 * row and of the link row ({label, row(name), mark: the link's rate}); `linkTitle` names the
 * link row's file. `rssTarget`: the peak RSS target, in MB.
 */
export function chart({names, sizes, link, linkTitle, rssTarget}) {
  const colorOf = name => COLORS[names.indexOf(name) % COLORS.length]
  const legendY = (link.length ? 2 : 1) * ROW
  const height = legendY + Math.ceil(names.length / 4) * 18
  const legend = names.map((name, i) => {
    const [x, y] = [50 + (i % 4) * 220, legendY + Math.floor(i / 4) * 18]
    const box = el('rect', {x, y: y - 9, width: 10, height: 10, fill: colorOf(name)})
    return box + el('text', {x: x + 16, y}, name)
  })
  const style =
    '.title{font-size:12px;font-weight:bold}.mid{text-anchor:middle}' +
    '.grid{stroke:#ddd}.target{stroke:#c00;stroke-dasharray:4 3}.cut{stroke:#fff;stroke-width:3}'
  const rssTitle = `Peak RSS, MB (lower is better; dashed: ${rssTarget} MB target)`
  const common = {names, colorOf}
  const panels = [
    panel({
      ...common,
      x0: 50,
      y0: 0,
      title: 'Upload throughput, MB/s (higher is better)',
      groups: sizes,
      value: r => r.mbps
    }),
    panel({
      ...common,
      x0: 500,
      y0: 0,
      title: rssTitle,
      groups: sizes,
      value: r => r.rss.med,
      target: rssTarget
    })
  ]
  if (link.length) {
    panels.push(
      panel({
        ...common,
        x0: 50,
        y0: ROW,
        title: `${linkTitle}: MB/s end to end (dashed: the link's rate)`,
        groups: link,
        value: r => r.mbps
      }),
      panel({
        ...common,
        x0: 500,
        y0: ROW,
        title: `${linkTitle}: peak RSS, MB`,
        groups: link,
        value: r => r.rss.med,
        target: rssTarget
      })
    )
  }
  const svg = {xmlns: 'http://www.w3.org/2000/svg', width: 920, height, 'font-family': 'sans-serif'}
  const body = [
    el('style', {}, style),
    el('rect', {width: '100%', height: '100%', fill: '#fff'}),
    ...panels,
    ...legend
  ]
  return `${el('svg', {...svg, 'font-size': 11}, `\n${body.join('\n')}\n`)}\n`
}
