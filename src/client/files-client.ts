import {rename, rm} from 'node:fs/promises'
import {isRecord} from '../json.js'
import {InvalidResponseError} from './errors.js'
import {createMultipartBody, type BodyHooks} from './multipart.js'
import {parseJson, Transport, type TransportOptions} from './transport.js'

/**
 * A file as the API describes it (CreateFileResponse / RetrieveFileOut). Only `id` and
 * `created_at` are relied on; a text field the answer leaves out or mistypes is absent here.
 */
export interface FileObject {
  id: string
  object?: string
  /** The spec's own examples show null. */
  bytes: number | null
  /** Unix seconds. */
  created_at: number
  filename?: string
  purpose?: string
  sample_type?: string
  source?: string
  num_lines?: number | null
  mimetype?: string | null
  signature?: string | null
  expires_at?: number | null
  visibility?: string | null
  deleted?: boolean
}

export interface FileList {
  data: FileObject[]
  object: string
  total?: number | null
}

export interface UploadRequest {
  path: string
  /** Bytes the file holds; the upload fails rather than send anything else. */
  size: number
  /** Name stored on Mistral; defaults to the file's base name. */
  filename?: string
  purpose: string
  visibility?: string
  expiry?: number
  /** Called as file bytes are handed to the socket. */
  onProgress?: (sent: number, total: number) => void
  /** Limit for the whole exchange, body included. */
  timeoutMs?: number
  /** Watch, hold back or stop the body as it is read (see BodyHooks). */
  hooks?: BodyHooks
}

export interface UploadResult {
  file: FileObject
  /** sha256 (hex) of the bytes sent. */
  sha256: string
  /** The size to trust: the API's, or the local one when the API answered null. */
  bytes: number
}

export interface ListQuery {
  page?: number
  pageSize?: number
  search?: string
  purpose?: string
}

export type FilesClientOptions = TransportOptions

/** The Files endpoints of the Mistral API. No @actions imports: usable from any Node program. */
export class FilesClient {
  private readonly transport: Transport

  constructor(options: FilesClientOptions) {
    this.transport = new Transport(options)
  }

  /** POST /v1/files: streams the file as multipart/form-data with an exact Content-Length. */
  async upload(upload: UploadRequest): Promise<UploadResult> {
    const body = createMultipartBody(
      {
        purpose: upload.purpose,
        visibility: upload.visibility,
        expiry: upload.expiry === undefined ? undefined : String(upload.expiry)
      },
      {path: upload.path, size: upload.size, filename: upload.filename}
    )
    const onChunk = upload.onProgress && ((sent: number) => upload.onProgress?.(sent, upload.size))
    const {status, text} = await this.transport.send('POST', '/v1/files', {
      headers: {'content-type': body.contentType, 'content-length': String(body.contentLength)},
      body: body.open(onChunk, upload.hooks),
      timeoutMs: upload.timeoutMs
    })
    const file = parseFileObject(status, text)
    if (file.bytes !== null && file.bytes !== upload.size) {
      throw new InvalidResponseError(
        `the API stored ${file.bytes} bytes but ${upload.size} were sent`,
        status,
        text,
        false
      )
    }
    return {file, sha256: body.sha256 ?? '', bytes: file.bytes ?? upload.size}
  }

  /** GET /v1/files, newest first. */
  async list(query: ListQuery = {}, timeoutMs?: number): Promise<FileList> {
    const params = new URLSearchParams()
    if (query.page !== undefined) params.set('page', String(query.page))
    if (query.pageSize !== undefined) params.set('page_size', String(query.pageSize))
    if (query.search !== undefined) params.set('search', query.search)
    if (query.purpose !== undefined) params.set('purpose', query.purpose)
    const {status, text} = await this.transport.send('GET', `/v1/files?${params}`, {timeoutMs})
    const json = parseJson({status, text})
    if (!isRecord(json) || !Array.isArray(json.data)) {
      throw new InvalidResponseError('the file list has no `data` array', status, text)
    }
    return {...json, data: json.data.map(item => toFileObject(item, status, text))} as FileList
  }

  /** GET /v1/files/{id}. */
  async retrieve(fileId: string, timeoutMs?: number): Promise<FileObject> {
    const {status, text} = await this.transport.send(
      'GET',
      `/v1/files/${encodeURIComponent(fileId)}`,
      {
        timeoutMs
      }
    )
    return parseFileObject(status, text)
  }

  /**
   * GET /v1/files/{id}/content into a file, streamed: memory stays flat whatever its size. It is
   * written as `<dest>.part` and renamed once whole, so `dest` never holds half a file.
   */
  async download(fileId: string, dest: string, timeoutMs?: number): Promise<number> {
    const part = `${dest}.part`
    try {
      const {bytes} = await this.transport.send(
        'GET',
        `/v1/files/${encodeURIComponent(fileId)}/content`,
        {timeoutMs, saveTo: part}
      )
      await rename(part, dest)
      return bytes ?? 0
    } finally {
      await rm(part, {force: true})
    }
  }

  /** DELETE /v1/files/{id}. */
  async delete(fileId: string, timeoutMs?: number): Promise<void> {
    await this.transport.send('DELETE', `/v1/files/${encodeURIComponent(fileId)}`, {timeoutMs})
  }
}

function parseFileObject(status: number, text: string): FileObject {
  return toFileObject(parseJson({status, text}), status, text)
}

const TEXT_FIELDS = ['object', 'filename', 'purpose', 'sample_type', 'source'] as const

/**
 * Trust only what the spec requires and we use: a string `id` and a numeric `created_at`. The
 * text fields the report shows are kept only when they are strings.
 */
function toFileObject(json: unknown, status: number, text: string): FileObject {
  if (!isRecord(json)) throw new InvalidResponseError('the file is not a JSON object', status, text)
  if (typeof json.id !== 'string' || json.id === '') {
    throw new InvalidResponseError('the file has no `id`', status, text)
  }
  if (typeof json.created_at !== 'number') {
    throw new InvalidResponseError(`file ${json.id} has no numeric \`created_at\``, status, text)
  }
  if (json.bytes !== null && json.bytes !== undefined && typeof json.bytes !== 'number') {
    throw new InvalidResponseError(`file ${json.id} has a non-numeric \`bytes\``, status, text)
  }
  const file = {...json, bytes: json.bytes ?? null} as Record<string, unknown>
  for (const field of TEXT_FIELDS) if (typeof file[field] !== 'string') delete file[field]
  return file as unknown as FileObject
}
