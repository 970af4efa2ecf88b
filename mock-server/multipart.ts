// Streaming multipart/form-data intake: fields are collected, the `file` part is handed to a
// consumer as a stream. Nothing here holds a whole file in memory (the benchmark sends 400 MiB).
import {createHash, randomUUID} from 'node:crypto'
import {createWriteStream} from 'node:fs'
import {rm} from 'node:fs/promises'
import type {IncomingMessage} from 'node:http'
import {join} from 'node:path'
import {Transform, Writable, type Readable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {Busboy, type BusboyHeaders} from '@fastify/busboy'
import {HttpError, drain, json, nginxPage} from './replies.js'

export interface FilePart {
  filename: string
  mimetype: string
}

export interface MultipartOptions<T> {
  /** A body larger than this is refused with 413, like nginx's client_max_body_size. */
  maxBytes: number
  /** Filled as fields arrive, so a request log stays useful even when the upload fails. */
  fields: Record<string, string>
  onFile: (part: FilePart, stream: Readable) => Promise<T>
}

/**
 * Parse a multipart body. Resolves with the consumer's result for the first part named `file`
 * that carries a filename (null if there was none). Starlette-like answers for bad bodies:
 * a non-form body yields no fields (so the caller reports "file: Field required"), a missing
 * boundary or a broken body is a 400.
 */
export async function readMultipart<T>(
  req: IncomingMessage,
  options: MultipartOptions<T>
): Promise<T | null> {
  const type = req.headers['content-type'] ?? ''
  if (!/^multipart\/form-data\b/i.test(type)) {
    await drain(req)
    return null
  }
  if (!/;\s*boundary=/i.test(type)) {
    await drain(req)
    throw new HttpError(json(400, {detail: 'Missing boundary in multipart.'}))
  }
  return new Promise<T | null>((resolve, reject) => {
    let filePromise: Promise<T> | null = null
    let fileStream: Readable | null = null
    let settled = false
    let received = 0

    // Let the consumer remove its temp file before the caller answers.
    const rejectOnceFileSettled = async (error: unknown): Promise<void> => {
      await Promise.allSettled([filePromise])
      reject(error)
    }
    const fail = (error: unknown): void => {
      if (settled) return
      settled = true
      req.unpipe(bb)
      fileStream?.destroy(error instanceof Error ? error : new Error(String(error)))
      void rejectOnceFileSettled(error)
    }
    const failIfRejected = async (promise: Promise<T>): Promise<void> => {
      try {
        await promise
      } catch (error) {
        fail(error)
      }
    }
    const finish = async (): Promise<void> => {
      let result: T | null
      try {
        result = filePromise === null ? null : await filePromise
      } catch (error) {
        return fail(error)
      }
      if (settled) return
      settled = true
      resolve(result)
    }

    const bb = Busboy({
      headers: req.headers as BusboyHeaders,
      // Like Starlette: only a part with a filename is a file; anything else is a text field.
      isPartAFile: (_name, _type, filename) => filename !== undefined,
      fileHwm: 1024 * 1024
    })
    bb.on('field', (name, value) => {
      options.fields[name] = value
    })
    bb.on('file', (name, stream, filename, _encoding, mimetype) => {
      if (name !== 'file' || filePromise !== null) {
        stream.resume() // extra file parts are read and ignored
        return
      }
      fileStream = stream
      filePromise = options.onFile({filename, mimetype}, stream)
      void failIfRejected(filePromise)
    })
    bb.on('error', () => {
      // Busboy stops reading on a parse error; read the rest so the client is not left hanging.
      fail(new HttpError(json(400, {detail: 'There was an error parsing the body'})))
    })
    bb.on('finish', () => void finish())
    req.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received > options.maxBytes) fail(new HttpError(nginxPage(413)))
    })
    req.on('close', () => {
      if (!req.complete) fail(new Error('client closed the connection mid-body'))
    })
    req.pipe(bb)
  })
}

export interface LineError {
  message: string
  line_number: number
}

export interface ReceivedFile extends FilePart {
  tmpPath: string
  bytes: number
  sha256: string
  numLines: number
  /** The first non-blank line, parsed, used to guess the sample type. */
  firstRecord: unknown
  /** Empty unless the file was checked as JSONL. Capped; `errorCount` has the full count. */
  errors: LineError[]
  errorCount: number
}

/** Write a file part to `dir`, hashing it, counting lines and checking `.jsonl` files if asked. */
export async function receiveFile(
  dir: string,
  part: FilePart,
  stream: Readable,
  checkJsonl: boolean
): Promise<ReceivedFile> {
  const tmpPath = join(dir, `upload-${randomUUID()}.part`)
  const hash = createHash('sha256')
  const lines = new LineInspector(checkJsonl && /\.jsonl$/i.test(part.filename))
  let bytes = 0
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length
      hash.update(chunk)
      lines.push(chunk)
      done(null, chunk)
    }
  })
  try {
    await pipeline(stream, tap, createWriteStream(tmpPath, {highWaterMark: 1024 * 1024}))
  } catch (error) {
    await rm(tmpPath, {force: true})
    throw error
  }
  lines.end()
  return {
    ...part,
    tmpPath,
    bytes,
    sha256: hash.digest('hex'),
    numLines: lines.count,
    firstRecord: lines.firstRecord,
    errors: lines.errors,
    errorCount: lines.errorCount
  }
}

/** Read a file part and throw it away, counting its bytes (faults still record what was sent). */
export async function discardFile(stream: Readable): Promise<number> {
  let bytes = 0
  await pipeline(
    stream,
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length
        done()
      }
    })
  )
  return bytes
}

const MAX_LINE_BYTES = 32 * 1024 * 1024 // keeps memory bounded if a "line" never ends
const MAX_REPORTED_ERRORS = 1000

/**
 * A streaming line splitter. It always counts lines and parses the first non-blank one; with
 * `validate` it also parses every line and records failures with 1-based line numbers, the way
 * the real API reports an invalid fine-tuning file.
 */
class LineInspector {
  count = 0
  firstRecord: unknown = undefined
  errors: LineError[] = []
  errorCount = 0
  private pending: Buffer[] = []
  private pendingBytes = 0
  private lineBytes = 0
  private tooLong = false
  private sawFirst = false
  // fatal: Python would reject invalid UTF-8; ignoreBOM: keep a BOM so JSON.parse fails like json.loads.
  private readonly decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

  constructor(private readonly validate: boolean) {}

  push(chunk: Buffer): void {
    let start = 0
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      this.keep(chunk.subarray(start, nl))
      this.endLine()
      start = nl + 1
    }
    if (start < chunk.length) this.keep(chunk.subarray(start))
  }

  /** A last line without a trailing newline still counts. */
  end(): void {
    if (this.lineBytes > 0) this.endLine()
  }

  private get wantsText(): boolean {
    return this.validate || !this.sawFirst
  }

  private keep(piece: Buffer): void {
    this.lineBytes += piece.length
    if (!this.wantsText || this.tooLong) return
    if (this.pendingBytes + piece.length > MAX_LINE_BYTES) {
      this.tooLong = true
      this.pending = []
      return
    }
    this.pending.push(piece)
    this.pendingBytes += piece.length
  }

  private endLine(): void {
    this.count++
    if (this.tooLong) {
      this.sawFirst = true
      this.fail(`Line is longer than ${MAX_LINE_BYTES} bytes`)
    } else if (this.wantsText) {
      this.inspect(this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending))
    }
    this.pending = []
    this.pendingBytes = 0
    this.lineBytes = 0
    this.tooLong = false
  }

  private inspect(raw: Buffer): void {
    let text: string
    try {
      text = this.decoder.decode(raw)
    } catch {
      this.sawFirst = true
      return this.fail('Line is not valid UTF-8')
    }
    if (text.trim() === '') return // blank lines are tolerated
    try {
      const value: unknown = JSON.parse(text)
      if (!this.sawFirst) this.firstRecord = value
    } catch (error) {
      this.fail(`Invalid JSON: ${(error as Error).message}`)
    }
    this.sawFirst = true
  }

  private fail(message: string): void {
    if (!this.validate) return
    this.errorCount++
    if (this.errors.length < MAX_REPORTED_ERRORS)
      this.errors.push({message, line_number: this.count})
  }
}
