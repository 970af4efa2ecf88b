// `node scripts/bench/pass.mjs MODE FILE [VALIDATOR_URL]`: one timed pass over a file, on one
// thread. MODE `validator`: validateFile from the bundle at VALIDATOR_URL; `bare`: a bare split +
// JSON.parse of every line. Prints {ms, lines, valid}, `ms` timed inside this process after its
// imports. With a VALIDATOR_URL the bare pass loads the validator too, before the clock starts,
// so the two processes differ only in the pass; without one it loads nothing, so its wall time
// (measured by the parent) is Node's start-up and the pass alone.
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

const validator = validatorUrl ? await import(validatorUrl) : undefined
if (mode !== 'bare' && !validator) throw new Error(`${mode} needs the validator's URL`)
const started = performance.now()
const result = mode === 'bare' ? await bare() : await validator.validateFile(file, 'fine-tune')
const ms = performance.now() - started
const lines = result.lines ?? result.stats.lines
process.stdout.write(`${JSON.stringify({ms, lines, valid: result.valid})}\n`)
