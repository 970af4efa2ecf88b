// Streaming line reader: splits on 0x0A in Buffers, checks UTF-8, decodes one line at a time.
import {isUtf8} from 'node:buffer'
import {createReadStream} from 'node:fs'
import {open} from 'node:fs/promises'

/** Read size for files. */
export const CHUNK_SIZE = 1024 * 1024
/** Default longest line, in bytes without the line terminator. */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024

/** Why a line could not be decoded; such a line comes with `text` ''. */
export type LineFault = 'invalid-utf8' | 'too-long'

export interface Line {
  /** 1-based. */
  lineNo: number
  /** The decoded line without `\n`, a trailing `\r` or a leading BOM; '' when `error` is set. */
  text: string
  /** Raw bytes of the line, terminator and BOM included; the sum over all lines is the file size. */
  bytes: number
  /** The line ended in `\r\n`. */
  crlf: boolean
  /** Line 1 started with a UTF-8 BOM (EF BB BF), which was removed from `text`. */
  bom: boolean
  error?: LineFault
}

export interface LineOptions {
  maxLineBytes?: number
  /**
   * Number of the first line, for a reader that starts mid-file at a line start (the parallel
   * check). Default 1. The BOM is only looked for on line 1, so never past the file's start.
   */
  firstLineNo?: number
  /** Sees every raw chunk read, e.g. to hash the file in the same pass. */
  onChunk?: (chunk: Buffer) => void
}

export type LineSink = (line: Line) => void

const LF = 0x0a
const CR = 0x0d

/**
 * Synchronous core of the reader: push chunks, get complete lines through `emit`.
 * Memory is one chunk plus the current partial line (at most maxLineBytes: longer lines are
 * dropped while scanning for their end, and reported with error 'too-long').
 */
export class LineSplitter {
  private readonly maxLineBytes: number
  /** The current partial line in `part[0, partBytes)`; the buffer grows by doubling. */
  private part: Buffer | null = null
  private partBytes = 0
  /** Bytes of the current line dropped because it is too long (0 while it fits). */
  private dropped = 0
  private lineNo = 0

  constructor(options: LineOptions = {}) {
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES
    this.lineNo = (options.firstLineNo ?? 1) - 1
  }

  push(chunk: Uint8Array, emit: LineSink): void {
    const buf = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    let start = 0
    let nl = buf.indexOf(LF, 0)
    if (nl === -1) {
      this.keep(buf, 0, buf.length)
      return
    }
    // The line carried over from earlier chunks ends here.
    if (this.partBytes > 0 || this.dropped > 0) {
      this.keep(buf, 0, nl)
      this.flush(true, emit)
      start = nl + 1
      nl = start < buf.length ? buf.indexOf(LF, start) : -1
    }
    if (nl !== -1) {
      // Lines wholly inside this chunk: one UTF-8 check for all of them (simdutf), per line
      // only when that fails. 0x0A never occurs inside a multi-byte sequence.
      const lastNl = buf.lastIndexOf(LF)
      const allValid = isUtf8(buf.subarray(start, lastNl))
      while (nl !== -1) {
        this.emitSlice(buf, start, nl, true, allValid, emit)
        start = nl + 1
        nl = nl < lastNl ? buf.indexOf(LF, start) : -1
      }
    }
    if (start < buf.length) this.keep(buf, start, buf.length)
  }

  /** Emit the last line when the input does not end with a newline. */
  end(emit: LineSink): void {
    if (this.partBytes > 0 || this.dropped > 0) this.flush(false, emit)
  }

  private keep(buf: Buffer, start: number, end: number): void {
    const n = end - start
    if (n === 0) return
    const limit = this.maxLineBytes + 4 // room for a BOM and a '\r' that emitSlice strips
    const need = this.partBytes + n
    if (this.dropped > 0 || need > limit) {
      this.dropped += need
      this.part = null
      this.partBytes = 0
      return
    }
    // Copy: the part outlives this chunk, and the caller may reuse its buffer. One buffer that
    // doubles, not a list of pieces joined at the end: a 64 MiB line then costs its bytes and
    // at most half as much again while growing, not twice its bytes.
    let part = this.part
    if (part === null || need > part.length) {
      const grown = Buffer.allocUnsafe(
        part === null ? n : Math.min(Math.max(need, 2 * part.length), limit)
      )
      if (part !== null) part.copy(grown, 0, 0, this.partBytes)
      this.part = part = grown
    }
    buf.copy(part, this.partBytes, start, end)
    this.partBytes = need
  }

  private flush(terminated: boolean, emit: LineSink): void {
    if (this.dropped > 0) {
      const bytes = this.dropped + (terminated ? 1 : 0)
      this.dropped = 0
      this.lineNo++
      emit({lineNo: this.lineNo, text: '', bytes, crlf: false, bom: false, error: 'too-long'})
      return
    }
    const line = this.part as Buffer
    const bytes = this.partBytes
    this.part = null
    this.partBytes = 0
    this.emitSlice(line, 0, bytes, terminated, false, emit)
  }

  private emitSlice(
    buf: Buffer,
    start: number,
    end: number,
    terminated: boolean,
    knownValid: boolean,
    emit: LineSink
  ): void {
    const lineNo = ++this.lineNo
    const bytes = end - start + (terminated ? 1 : 0)
    let bom = false
    if (
      lineNo === 1 &&
      end - start >= 3 &&
      buf[start] === 0xef &&
      buf[start + 1] === 0xbb &&
      buf[start + 2] === 0xbf
    ) {
      bom = true
      start += 3
    }
    let crlf = false
    if (terminated && end > start && buf[end - 1] === CR) {
      crlf = true
      end--
    }
    if (end - start > this.maxLineBytes) {
      emit({lineNo, text: '', bytes, crlf, bom, error: 'too-long'})
    } else if (!knownValid && !isUtf8(buf.subarray(start, end))) {
      emit({lineNo, text: '', bytes, crlf, bom, error: 'invalid-utf8'})
    } else {
      emit({lineNo, text: buf.toString('utf8', start, end), bytes, crlf, bom})
    }
  }
}

/** Split any stream of byte chunks into lines (the split2 contract, for tests and reuse). */
export async function* splitLines(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: LineOptions = {}
): AsyncGenerator<Line> {
  const splitter = new LineSplitter(options)
  let pending: Line[] = []
  const sink: LineSink = line => {
    pending.push(line)
  }
  for await (const chunk of source) {
    splitter.push(chunk, sink)
    if (pending.length > 0) {
      const ready = pending
      pending = []
      yield* ready
    }
  }
  splitter.end(sink)
  yield* pending
}

/** Read a file line by line in CHUNK_SIZE reads; memory stays flat whatever the file size. */
export function readLines(path: string, options: LineOptions = {}): AsyncGenerator<Line> {
  return splitLines(createReadStream(path, {highWaterMark: CHUNK_SIZE}), options)
}

/**
 * Feed a whole file to `emit` without an async step per line (what validateFile uses). Two
 * buffers take turns: the next chunk is read while this one is checked, so the pass never waits
 * on the disk, and memory stays at two chunks (a fresh Buffer per read would leave tens of MB of
 * garbage before V8's external-memory GC runs). The splitter copies what outlives a chunk, and
 * `onChunk` must not keep the chunk it is shown.
 */
export async function forEachLine(
  path: string,
  emit: LineSink,
  options: LineOptions = {}
): Promise<void> {
  const splitter = new LineSplitter(options)
  const buffers = [Buffer.allocUnsafe(CHUNK_SIZE), Buffer.allocUnsafe(CHUNK_SIZE)]
  const file = await open(path, 'r')
  let reading = file.read(buffers[0], 0, CHUNK_SIZE, null)
  try {
    for (let turn = 1; ; turn++) {
      const {bytesRead, buffer} = await reading
      if (bytesRead === 0) break
      reading = file.read(buffers[turn % 2], 0, CHUNK_SIZE, null)
      const chunk = buffer.subarray(0, bytesRead)
      options.onChunk?.(chunk)
      splitter.push(chunk, emit)
    }
  } finally {
    await Promise.allSettled([reading]) // still in flight when a check threw
    await file.close()
  }
  splitter.end(emit)
}
