import {createHash, randomBytes} from 'node:crypto'
import {open as openFile} from 'node:fs/promises'
import path from 'node:path'
import {LocalFileError} from './errors.js'

/**
 * 256 KiB reads: with Node's http they kept pace with curl on loopback and cost half the system
 * time of 1 MiB reads, whose buffer no longer fits the CPU cache the kernel copies through;
 * 64 KiB reads cost more in JavaScript than they save.
 */
const READ_CHUNK_BYTES = 256 * 1024

export interface MultipartFile {
  /** Where to read the bytes from. */
  path: string
  /** The name the server stores; defaults to the base name of path. */
  filename?: string
  /** Declared size; the body fails rather than send a different number of bytes. */
  size: number
  contentType?: string
}

/** What may watch, hold back or stop a body as it is read (the check run during the upload). */
export interface BodyHooks {
  /**
   * Sees each file chunk and its offset in the file before it goes out. The chunk's buffer is
   * reused after the returned promise settles: copy what must outlive it. A throw stops the body.
   */
  onFileChunk?: (chunk: Buffer, offset: number) => void | Promise<void>
  /**
   * Awaited after the last file byte and before the closing boundary. A throw stops the body
   * there: the server has a multipart body without its end, so it stores nothing.
   */
  beforeEnd?: () => Promise<void>
}

export interface MultipartBody {
  contentType: string
  /** Exact byte length of the whole body, so the request carries Content-Length, not chunked. */
  contentLength: number
  /**
   * A fresh body on every call: a consumed stream is never replayed. File chunks live in two
   * reused buffers, so a chunk stays valid only until the one after next is asked for: write
   * each out (as a socket does) before going on, or copy it.
   */
  open(onChunk?: (fileBytesSent: number) => void, hooks?: BodyHooks): AsyncGenerator<Buffer>
  /** sha256 (hex) of the file bytes, known once a body has been read to the end. */
  readonly sha256: string | undefined
}

/** Content types for the documents OCR takes; anything else goes as octet-stream, as the SDKs send .jsonl. */
const CONTENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
}

export function contentTypeFor(filename: string): string {
  return CONTENT_TYPES[path.extname(filename).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Escapes a name for a Content-Disposition parameter as browsers and undici's FormData do
 * (WHATWG multipart/form-data): `"`, CR and LF are percent-encoded; other UTF-8 is sent as is.
 */
export function escapeDispositionValue(value: string): string {
  return value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/**
 * A multipart/form-data body of text fields followed by one file part, streamed from disk.
 * Fields come first so a streaming server knows the purpose before the file arrives.
 */
export function createMultipartBody(
  fields: Record<string, string | undefined>,
  file: MultipartFile,
  boundary = `----MistralUpload${randomBytes(12).toString('hex')}`
): MultipartBody {
  const filename = file.filename ?? path.basename(file.path)
  let preamble = ''
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue
    preamble +=
      `--${boundary}\r\n` +
      `Content-Disposition: form-data; name="${escapeDispositionValue(name)}"\r\n\r\n` +
      `${value}\r\n`
  }
  preamble +=
    `--${boundary}\r\n` +
    `Content-Disposition: form-data; name="file"; filename="${escapeDispositionValue(filename)}"\r\n` +
    `Content-Type: ${file.contentType ?? contentTypeFor(filename)}\r\n\r\n`
  const head = Buffer.from(preamble, 'utf8')
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8')
  let sha256: string | undefined

  async function* open(
    onChunk?: (fileBytesSent: number) => void,
    hooks: BodyHooks = {}
  ): AsyncGenerator<Buffer> {
    yield head
    // Reused buffers keep memory flat: a new Buffer per read leaves tens of MB of garbage before
    // V8's external-memory GC runs. FilesClient asks for the next chunk only once the socket has
    // drained the last one (a 256 KiB write is always over its highWaterMark), so a buffer is
    // free again well before it comes round.
    const buffers = [Buffer.allocUnsafe(READ_CHUNK_BYTES), Buffer.allocUnsafe(READ_CHUNK_BYTES)]
    const hash = createHash('sha256')
    const handle = await fromFile(file.path, 'opened', openFile(file.path, 'r'))
    try {
      let sent = 0
      for (let turn = 0; ; turn++) {
        const buffer = buffers[turn % buffers.length]
        const read = handle.read(buffer, 0, buffer.length, sent)
        const {bytesRead} = await fromFile(file.path, 'read', read)
        if (bytesRead === 0) break
        if (sent + bytesRead > file.size) {
          // Not one byte past the declared size: the server must get a body it can tell is short.
          throw new LocalFileError(
            `${file.path} grew while it was being sent: it had ${file.size} bytes when the upload began`
          )
        }
        const chunk = buffer.subarray(0, bytesRead)
        await hooks.onFileChunk?.(chunk, sent)
        sent += bytesRead
        hash.update(chunk)
        yield chunk
        onChunk?.(sent)
      }
      if (sent !== file.size) {
        throw new LocalFileError(
          `${file.path} shrank while it was being sent: ${sent} of the ${file.size} bytes it had when the upload began were left`
        )
      }
    } finally {
      await handle.close()
    }
    sha256 = hash.digest('hex')
    await hooks.beforeEnd?.()
    yield tail
  }

  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    contentLength: head.length + file.size + tail.length,
    open,
    get sha256() {
      return sha256
    }
  }
}

/** A step on the local file; its failure is the file's (LocalFileError), with the system's code. */
async function fromFile<T>(file: string, doing: string, step: Promise<T>): Promise<T> {
  try {
    return await step
  } catch (error) {
    const code = (error as {code?: unknown}).code
    const why = typeof code === 'string' ? code : String(error)
    throw new LocalFileError(`${file} could not be ${doing}: ${why}`, {cause: error})
  }
}
