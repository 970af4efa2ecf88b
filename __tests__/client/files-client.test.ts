import {afterEach, beforeEach, describe, expect, it} from '@jest/globals'
import {createHash} from 'node:crypto'
import {appendFile, mkdtemp, readFile, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Agent} from 'node:http'
import net, {type AddressInfo} from 'node:net'
import {
  APIConnectionError,
  AuthenticationError,
  InternalServerError,
  InvalidResponseError,
  LocalFileError,
  NotFoundError,
  UnprocessableEntityError
} from '../../src/client/errors.js'
import {FilesClient} from '../../src/client/files-client.js'
import {MockMistralServer, type MockServerOptions} from '../../mock-server/server.js'
import {rejectionOf} from '../helpers/rejection.js'
import {OpenSockets} from '../helpers/sockets.js'

const DATA =
  '{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}\n'

let server: MockMistralServer
let file: string
let size: number

async function startServer(options: MockServerOptions = {}): Promise<void> {
  server = await MockMistralServer.start(options)
}

function client(apiKey = server.apiKey): FilesClient {
  return new FilesClient({
    serverUrl: server.url,
    apiKey,
    userAgent: 'test-agent/1.0',
    agent: new Agent()
  })
}

beforeEach(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'files-client-'))
  file = path.join(dir, 'train.jsonl')
  await writeFile(file, DATA.repeat(100))
  size = DATA.length * 100
})
afterEach(async () => {
  await server.close()
})

describe('FilesClient.upload', () => {
  it('streams the file with its fields and returns what the server stored', async () => {
    await startServer()
    const result = await client().upload({
      path: file,
      size,
      purpose: 'fine-tune',
      visibility: 'user',
      expiry: 24
    })

    expect(server.files).toHaveLength(1)
    const stored = server.files[0]
    expect(result.file.id).toBe(stored.id)
    expect(result.bytes).toBe(size)
    expect(result.sha256).toBe(stored.sha256)
    expect(result.sha256).toBe(
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex')
    )
    expect(result.file).toMatchObject({
      filename: 'train.jsonl',
      purpose: 'fine-tune',
      sample_type: 'instruct',
      created_at: stored.created_at
    })
    const [upload] = server.uploads()
    expect(upload.fields).toEqual({purpose: 'fine-tune', visibility: 'user', expiry: '24'})
    expect(upload.headers['user-agent']).toBe('test-agent/1.0')
    expect(upload.headers['transfer-encoding']).toBeUndefined()
    expect(Number(upload.headers['content-length'])).toBeGreaterThan(size)
  })

  it('names the file on Mistral as asked', async () => {
    await startServer()
    const result = await client().upload({
      path: file,
      size,
      purpose: 'fine-tune',
      filename: 'été "v2".jsonl'
    })
    expect(server.files[0].filename).toBe('été %22v2%22.jsonl')
    expect(result.file.filename).toBe(server.files[0].filename)
  })

  it('reports progress up to the whole file', async () => {
    await startServer()
    const seen: Array<[number, number]> = []
    await client().upload({
      path: file,
      size,
      purpose: 'fine-tune',
      onProgress: (s, t) => seen.push([s, t])
    })
    expect(seen.at(-1)).toEqual([size, size])
  })

  it('takes the local size when the API answers "bytes": null, as the spec example does', async () => {
    await startServer({bytesNull: true})
    const result = await client().upload({path: file, size, purpose: 'fine-tune'})
    expect(result.file.bytes).toBeNull()
    expect(result.bytes).toBe(size)
  })

  it.each([
    [
      'a size that differs from the bytes sent',
      {bytes: 5},
      /the API stored 5 bytes but \d+ were sent/
    ],
    ['no id', {id: ''}, /the file has no `id`/],
    ['no created_at', {created_at: 'yesterday'}, /has no numeric `created_at`/],
    ['a non-numeric size', {bytes: '12'}, /non-numeric `bytes`/]
  ])('rejects an answer with %s', async (_name, patch, message) => {
    await startServer()
    const body = {
      id: 'f0e1d2c3-0000-4000-8000-000000000000',
      object: 'file',
      bytes: size,
      created_at: 1,
      filename: 'train.jsonl',
      purpose: 'fine-tune',
      sample_type: 'instruct',
      source: 'upload',
      ...patch
    }
    server.inject('POST /v1/files', {kind: 'status', status: 200, body})
    const upload = client().upload({path: file, size, purpose: 'fine-tune'})
    await expect(upload).rejects.toThrow(InvalidResponseError)
    await expect(upload).rejects.toThrow(message)
  })

  it('rejects a truncated JSON answer', async () => {
    await startServer()
    server.inject('POST /v1/files', {kind: 'truncated-json'})
    await expect(client().upload({path: file, size, purpose: 'fine-tune'})).rejects.toThrow(
      /answered 200 with a body that is not JSON/
    )
  })

  it('gives an AuthenticationError with the reason for a wrong key', async () => {
    await startServer()
    const error = await rejectionOf(
      client('sk-wrong').upload({path: file, size, purpose: 'fine-tune'})
    )
    expect(error).toBeInstanceOf(AuthenticationError)
    expect((error as AuthenticationError).message).toMatch(/^401 Unauthorized: Unauthorized/)
    expect((error as AuthenticationError).requestId).toBeTruthy()
    expect(server.files).toHaveLength(0)
  })

  it('carries the lines the server rejected', async () => {
    await startServer()
    const invalid = '{"text":"ok"}\nnot json\n{"text":"ok"}\n{broken\n'
    await writeFile(file, invalid)
    const error = await rejectionOf(
      client().upload({path: file, size: invalid.length, purpose: 'fine-tune'})
    )
    expect(error).toBeInstanceOf(UnprocessableEntityError)
    expect((error as UnprocessableEntityError).lineErrors.map(e => e.line)).toEqual([2, 4])
    expect((error as UnprocessableEntityError).message).toMatch(
      /^422 Unprocessable Entity: Invalid file format/
    )
  })

  it('reads the reason out of a proxy HTML page', async () => {
    await startServer()
    server.inject('POST /v1/files', {kind: 'html', status: 502})
    const error = await rejectionOf(client().upload({path: file, size, purpose: 'fine-tune'}))
    expect(error).toBeInstanceOf(InternalServerError)
    expect((error as InternalServerError).message).toMatch(/^502 Bad Gateway: 502 Bad Gateway/)
  })

  it('turns a reset connection into an APIConnectionError', async () => {
    await startServer()
    server.inject('POST /v1/files', {kind: 'reset-before-response'})
    await expect(client().upload({path: file, size, purpose: 'fine-tune'})).rejects.toThrow(
      APIConnectionError
    )
  })
})

/** A TCP relay to the mock server that keeps every byte the client sent, as it went on the wire. */
async function startRelay(target: string): Promise<{
  url: string
  sent: () => Buffer
  closed: Promise<void>
  close: () => Promise<void>
}> {
  const {hostname, port} = new URL(target)
  const chunks: Buffer[] = []
  const sockets = new OpenSockets()
  let closed!: () => void
  const whenClosed = new Promise<void>(resolve => (closed = resolve))
  const relay = net.createServer(downstream => {
    const upstream = net.connect(Number(port), hostname)
    sockets.track(downstream, upstream)
    downstream.on('data', (chunk: Buffer) => chunks.push(chunk))
    downstream.on('close', () => {
      upstream.end()
      closed()
    })
    downstream.pipe(upstream)
    upstream.pipe(downstream)
  })
  await new Promise<void>(resolve => relay.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(relay.address() as AddressInfo).port}`,
    sent: () => Buffer.concat(chunks),
    closed: whenClosed,
    close: async () => {
      sockets.destroyAll()
      await new Promise(resolve => relay.close(resolve))
    }
  }
}

describe('FilesClient.upload of a file that grew after its size was taken', () => {
  it('sends no byte past the declared size, fails, and the API stores nothing', async () => {
    let answered!: () => void
    const requestDone = new Promise<void>(resolve => (answered = resolve))
    await startServer({onRequest: () => answered()})
    const relay = await startRelay(server.url)
    try {
      // More than one 256 KiB read, so the growth arrives in a later read than the first.
      const line = `{"text":"${'a'.repeat(90)}"}\n`
      await writeFile(file, line.repeat(3000))
      const declared = (await stat(file)).size
      await appendFile(file, '{"text":"grown"}\n'.repeat(20_000))

      const api = new FilesClient({
        serverUrl: relay.url,
        apiKey: server.apiKey,
        userAgent: 'test-agent/1.0',
        agent: new Agent()
      })
      const upload = api.upload({path: file, size: declared, purpose: 'fine-tune'})
      await expect(upload).rejects.toThrow(LocalFileError)
      await expect(upload).rejects.toThrow(/grew while it was being sent/)
      await relay.closed
      await requestDone

      const wire = relay.sent()
      const headEnd = wire.indexOf('\r\n\r\n')
      const contentLength = Number(
        /\r\ncontent-length: (\d+)\r\n/i.exec(wire.toString('latin1', 0, headEnd + 2))?.[1]
      )
      const body = wire.subarray(headEnd + 4)
      const fileStart = body.indexOf('\r\n\r\n', body.indexOf('name="file"')) + 4
      expect(fileStart).toBeGreaterThan(4)
      const fileBytesSent = body.length - fileStart
      expect(fileBytesSent).toBeLessThanOrEqual(declared)
      expect(body.length).toBeLessThanOrEqual(contentLength)
      expect(body.includes('grown')).toBe(false)

      expect(server.files).toHaveLength(0)
      expect(server.uploads()).toHaveLength(1)
      expect(server.uploads()[0].fileBytes).toBeNull()
      expect((await client().list()).data).toEqual([])
    } finally {
      await relay.close()
    }
  })
})

describe('FilesClient list, retrieve and delete', () => {
  it('finds, reads and deletes an uploaded file', async () => {
    await startServer()
    const api = client()
    const {file: uploaded} = await api.upload({path: file, size, purpose: 'fine-tune'})

    const list = await api.list({search: 'train'})
    expect(list.data.map(f => f.id)).toEqual([uploaded.id])
    expect(server.requests.at(-1)?.query).toMatchObject({search: 'train'})
    expect((await api.retrieve(uploaded.id)).bytes).toBe(size)

    await api.delete(uploaded.id)
    await expect(api.retrieve(uploaded.id)).rejects.toThrow(NotFoundError)
    expect((await api.list()).data).toEqual([])
  })
})
