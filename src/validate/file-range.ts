// Byte ranges of a file that start and end at line starts: the parallel check's unit of work.
import {open, type FileReadResult} from 'node:fs/promises'
import {CHUNK_SIZE} from './lines.js'

export interface ByteRange {
  start: number
  end: number
}

const LF = 0x0a

/**
 * Read `[start, end)` of a file in CHUNK_SIZE reads, two buffers taking turns as forEachLine
 * does: the next read runs while `onChunk` looks at this one, and memory stays at two chunks.
 * `onChunk` must not keep the chunk; it returns false to stop early. Throws when the file is
 * shorter than `end`.
 */
export async function readRange(
  path: string,
  range: ByteRange,
  onChunk: (chunk: Buffer) => boolean | void
): Promise<void> {
  const buffers = [Buffer.allocUnsafe(CHUNK_SIZE), Buffer.allocUnsafe(CHUNK_SIZE)]
  const file = await open(path, 'r')
  let position = range.start
  const readAt = (turn: number): Promise<FileReadResult<Buffer>> =>
    file.read(buffers[turn % 2], 0, Math.min(CHUNK_SIZE, range.end - position), position)
  let reading = position < range.end ? readAt(0) : null
  try {
    for (let turn = 1; reading !== null; turn++) {
      const {bytesRead, buffer} = await reading
      if (bytesRead === 0) {
        reading = null
        throw new Error(
          `${path} ends at byte ${position}, before ${range.end}: it changed while read`
        )
      }
      position += bytesRead
      reading = position < range.end ? readAt(turn) : null
      if (onChunk(buffer.subarray(0, bytesRead)) === false) break
    }
  } finally {
    if (reading !== null) await Promise.allSettled([reading]) // still in flight when onChunk threw
    await file.close()
  }
}

/** Number of LF bytes in `[start, end)`: the lines of a range that ends at a line start. */
export async function countLf(path: string, range: ByteRange): Promise<number> {
  let lines = 0
  await readRange(path, range, chunk => {
    for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) lines++
  })
  return lines
}

/**
 * Cut `[0, size)` into at most `count` ranges of about equal size, each ending just after an LF
 * (the last at the end of the file), so that no line is split. A line longer than a range
 * swallows the cut points inside it: then there are fewer ranges.
 */
export async function planRanges(path: string, size: number, count: number): Promise<ByteRange[]> {
  const cuts = [0]
  const file = await open(path, 'r')
  try {
    const probe = Buffer.allocUnsafe(64 * 1024)
    for (let k = 1; k < count; k++) {
      // The first line start at or after the nominal cut: one byte after the LF found.
      let from = Math.max(Math.floor((size * k) / count), cuts[cuts.length - 1], 1) - 1
      let cut = size
      while (from < size) {
        const {bytesRead} = await file.read(probe, 0, probe.length, from)
        if (bytesRead === 0) break
        const lf = probe.subarray(0, bytesRead).indexOf(LF)
        if (lf !== -1) {
          cut = from + lf + 1
          break
        }
        from += bytesRead
      }
      if (cut > cuts[cuts.length - 1] && cut < size) cuts.push(cut)
    }
  } finally {
    await file.close()
  }
  return cuts.map((start, i) => ({start, end: cuts[i + 1] ?? size}))
}
