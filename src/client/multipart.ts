import {createHash, randomBytes} from 'node:crypto'
import {createReadStream} from 'node:fs'
import path from 'node:path'

/** 1 MiB reads: measured near curl; 64 KiB reads cost about twice the CPU. */
const READ_CHUNK_BYTES = 1024 * 1024

export interface MultipartFile {
  /** Where to read the bytes from. */
  path: string
  /** The name the server stores; defaults to the base name of path. */
  filename?: string
  /** Declared size; the body fails rather than send a different number of bytes. */
  size: number
  contentType?: string
}

export interface MultipartBody {
  contentType: string
  /** Exact byte length of the whole body, so the request carries Content-Length, not chunked. */
  contentLength: number
  /** A fresh body on every call: a consumed stream is never replayed. */
  open(onChunk?: (fileBytesSent: number) => void): AsyncGenerator<Buffer>
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

  async function* open(onChunk?: (fileBytesSent: number) => void): AsyncGenerator<Buffer> {
    yield head
    const hash = createHash('sha256')
    let sent = 0
    for await (const chunk of createReadStream(file.path, {highWaterMark: READ_CHUNK_BYTES})) {
      const buffer = chunk as Buffer
      sent += buffer.length
      if (sent > file.size) break
      hash.update(buffer)
      yield buffer
      onChunk?.(sent)
    }
    if (sent !== file.size) {
      throw new Error(`${file.path} changed while it was being read: expected ${file.size} bytes`)
    }
    sha256 = hash.digest('hex')
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
