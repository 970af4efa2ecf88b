// The bench's data: JSONL files of instruct samples of an exact size, reused across runs.
import {createHash} from 'node:crypto'
import {once} from 'node:events'
import {createReadStream, createWriteStream} from 'node:fs'
import {open, rename, stat} from 'node:fs/promises'
import path from 'node:path'

const MiB = 1024 * 1024

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

export function instructLine(user, assistant) {
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

/** `dir`/instruct-`mib`MiB.jsonl, generated when missing; `rel` is its path from `root`. */
export async function dataset(dir, root, mib) {
  const file = path.join(dir, `instruct-${mib}MiB.jsonl`)
  const size = mib * MiB
  if ((await sizeOf(file)) !== size) {
    process.stderr.write(`generating ${path.relative(root, file)}...\n`)
    await generate(file, size)
  }
  // Hashing also reads the file into the page cache, so no timed run pays for a cold read.
  return {mib, size, file, rel: path.relative(root, file), sha256: await sha256File(file)}
}

async function sizeOf(file) {
  try {
    return (await stat(file)).size
  } catch {
    return undefined // not generated yet
  }
}

export async function sha256File(file) {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file, {highWaterMark: MiB})) hash.update(chunk)
  return hash.digest('hex')
}
