import {describe, expect, it} from '@jest/globals'
import {Busboy} from '@fastify/busboy'
import {createHash, randomBytes} from 'node:crypto'
import {appendFile, mkdtemp, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Readable} from 'node:stream'
import {LocalFileError} from '../../src/client/errors.js'
import {
  contentTypeFor,
  createMultipartBody,
  escapeDispositionValue,
  type MultipartBody
} from '../../src/client/multipart.js'

interface Parsed {
  fields: Record<string, string>
  files: Array<{field: string; filename: string; mimeType: string; data: Buffer}>
}

/** Reads a body back with a real multipart parser, as a server would. */
async function parse(body: MultipartBody): Promise<Parsed> {
  const chunks: Buffer[] = []
  for await (const chunk of body.open()) chunks.push(Buffer.from(chunk)) // chunks are reused
  const raw = Buffer.concat(chunks)
  expect(raw.length).toBe(body.contentLength)

  const parsed: Parsed = {fields: {}, files: []}
  const parser = new Busboy({
    headers: {'content-type': body.contentType}
  })
  const done = new Promise<void>((resolve, reject) => {
    parser.on('field', (name: string, value: string) => (parsed.fields[name] = value))
    parser.on(
      'file',
      (field: string, stream: Readable, filename: string, _enc: string, mimeType: string) => {
        const parts: Buffer[] = []
        stream.on('data', (part: Buffer) => parts.push(part))
        stream.on('end', () =>
          parsed.files.push({field, filename, mimeType, data: Buffer.concat(parts)})
        )
      }
    )
    parser.on('finish', resolve)
    parser.on('error', reject)
  })
  // Feed it in odd-sized pieces so part boundaries fall anywhere.
  for (let offset = 0; offset < raw.length; offset += 7919) {
    parser.write(raw.subarray(offset, offset + 7919))
  }
  parser.end()
  await done
  return parsed
}

async function tempFile(name: string, content: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'multipart-'))
  const file = path.join(dir, name)
  await writeFile(file, content)
  return file
}

describe('createMultipartBody', () => {
  it('round-trips the file byte for byte through a real parser, with its fields', async () => {
    const content = randomBytes(3 * 1024 * 1024 + 17) // spans several reads
    const file = await tempFile('train.jsonl', content)
    const body = createMultipartBody(
      {purpose: 'fine-tune', visibility: 'user', expiry: '24'},
      {path: file, size: content.length}
    )

    const parsed = await parse(body)

    expect(parsed.fields).toEqual({purpose: 'fine-tune', visibility: 'user', expiry: '24'})
    expect(parsed.files).toHaveLength(1)
    expect(parsed.files[0].field).toBe('file')
    expect(parsed.files[0].filename).toBe('train.jsonl')
    expect(parsed.files[0].mimeType).toBe('application/octet-stream')
    expect(parsed.files[0].data.equals(content)).toBe(true)
    expect(body.sha256).toBe(createHash('sha256').update(content).digest('hex'))
  })

  it('leaves out fields that are not set', async () => {
    const file = await tempFile('batch.jsonl', Buffer.from('{"custom_id":"1","body":{}}\n'))
    const parsed = await parse(
      createMultipartBody({purpose: 'batch', visibility: undefined}, {path: file, size: 28})
    )
    expect(parsed.fields).toEqual({purpose: 'batch'})
  })

  it.each([
    ['données d’été.jsonl', 'données d’été.jsonl'],
    ['训练 数据.jsonl', '训练 数据.jsonl'],
    ['say "hi".jsonl', 'say %22hi%22.jsonl'],
    ['line\r\nbreak.jsonl', 'line%0D%0Abreak.jsonl'],
    ['semi;colon=eq.jsonl', 'semi;colon=eq.jsonl']
  ])('sends the filename %j so a parser reads %j', async (filename, expected) => {
    const file = await tempFile('data.jsonl', Buffer.from('{}\n'))
    const parsed = await parse(createMultipartBody({}, {path: file, size: 3, filename}))
    expect(parsed.files[0].filename).toBe(expected)
  })

  it('gives a fresh body on every open, so a retry never replays a consumed stream', async () => {
    const content = Buffer.from('{"text":"a"}\n{"text":"b"}\n')
    const file = await tempFile('a.jsonl', content)
    const body = createMultipartBody({purpose: 'fine-tune'}, {path: file, size: content.length})
    const first = await parse(body)
    const second = await parse(body)
    expect(second.files[0].data.equals(first.files[0].data)).toBe(true)
  })

  it('reports progress in file bytes', async () => {
    const content = randomBytes(2 * 1024 * 1024 + 5)
    const file = await tempFile('p.jsonl', content)
    const body = createMultipartBody({}, {path: file, size: content.length})
    const seen: number[] = []
    for await (const chunk of body.open(sent => seen.push(sent))) void chunk
    expect(seen.at(-1)).toBe(content.length)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
  })

  it('fails instead of sending a different size when the file changed since stat', async () => {
    const file = await tempFile('grown.jsonl', Buffer.from('{"text":"longer than declared"}\n'))
    const shrunk = createMultipartBody({}, {path: file, size: 10})
    const grown = createMultipartBody({}, {path: file, size: 1000})
    const drain = async (body: MultipartBody): Promise<void> => {
      for await (const chunk of body.open()) void chunk
    }
    // Declared 10 bytes, the file holds more; declared 1000, it holds fewer.
    await expect(drain(shrunk)).rejects.toThrow(LocalFileError)
    await expect(drain(shrunk)).rejects.toThrow(/grew while it was being sent: it had 10 bytes/)
    await expect(drain(grown)).rejects.toThrow(
      /shrank while it was being sent: 32 of the 1000 bytes it had when the upload began were left/
    )
  })
})

describe('createMultipartBody: order of the parts', () => {
  it('sends every field before the file part, so a streaming server knows the purpose first', async () => {
    const content = Buffer.from('{"text":"a"}\n')
    const file = await tempFile('order.jsonl', content)
    const body = createMultipartBody(
      {purpose: 'fine-tune', visibility: 'user', expiry: '24'},
      {path: file, size: content.length},
      'BOUNDARY'
    )

    const chunks: Buffer[] = []
    for await (const chunk of body.open()) chunks.push(Buffer.from(chunk))
    const raw = Buffer.concat(chunks).toString('latin1')
    const names = [...raw.matchAll(/--BOUNDARY\r\nContent-Disposition: form-data; name="([^"]+)"/g)]
    expect(names.map(([, name]) => name)).toEqual(['purpose', 'visibility', 'expiry', 'file'])
    // Nothing but the file bytes and the closing delimiter follows the file part's head.
    const fileHead = raw.indexOf('name="file"')
    expect(raw.slice(raw.indexOf('\r\n\r\n', fileHead) + 4)).toBe(
      `${content.toString('latin1')}\r\n--BOUNDARY--\r\n`
    )

    // And a streaming parser meets them in that order.
    const events: string[] = []
    const parser = new Busboy({headers: {'content-type': body.contentType}})
    const done = new Promise<void>((resolve, reject) => {
      parser.on('field', (name: string) => events.push(name))
      parser.on('file', (name: string, stream: Readable) => {
        events.push(name)
        stream.resume()
      })
      parser.on('finish', resolve)
      parser.on('error', reject)
    })
    parser.end(Buffer.from(raw, 'latin1'))
    await done
    expect(events).toEqual(['purpose', 'visibility', 'expiry', 'file'])
  })
})

describe('createMultipartBody: a file that grew after its size was taken', () => {
  /** Reads a body until it fails, returning what it yielded before. */
  async function readUntilFailure(
    body: MultipartBody
  ): Promise<{chunks: Buffer[]; error: unknown}> {
    const chunks: Buffer[] = []
    try {
      for await (const chunk of body.open()) chunks.push(Buffer.from(chunk))
    } catch (error) {
      return {chunks, error}
    }
    return {chunks, error: undefined}
  }

  it.each([
    ['within the first read', 10, 32],
    ['past the first 256 KiB read', 256 * 1024 + 10, 300 * 1024]
  ])(
    'never yields a file byte past the declared size (%s), then fails',
    async (_name, declared, grownTo) => {
      const original = Buffer.alloc(declared, 'a')
      const file = await tempFile('grows.jsonl', original)
      const {size} = await stat(file)
      expect(size).toBe(declared)
      await appendFile(file, Buffer.alloc(grownTo - declared, 'b')) // grows after the stat

      const body = createMultipartBody({purpose: 'fine-tune'}, {path: file, size})
      const {chunks, error} = await readUntilFailure(body)

      expect(error).toBeInstanceOf(LocalFileError)
      expect((error as Error).message).toMatch(
        /grew while it was being sent: it had \d+ bytes when the upload began/
      )
      const [head, ...fileChunks] = chunks
      expect(head.toString('latin1')).toMatch(/name="file"; filename="grows\.jsonl"/)
      const fileBytes = Buffer.concat(fileChunks)
      expect(fileBytes.length).toBeLessThanOrEqual(size)
      expect(fileBytes.includes('b')).toBe(false) // none of the bytes that came later
      expect(head.length + fileBytes.length).toBeLessThan(body.contentLength) // and no tail
      expect(body.sha256).toBeUndefined()
    }
  )
})

describe('escapeDispositionValue', () => {
  it('percent-encodes only quote, CR and LF, as browsers do', () => {
    expect(escapeDispositionValue('a"b\rc\nd é')).toBe('a%22b%0Dc%0Ad é')
  })
})

describe('contentTypeFor', () => {
  it.each([
    ['train.jsonl', 'application/octet-stream'],
    ['scan.PDF', 'application/pdf'],
    ['page.jpeg', 'image/jpeg'],
    ['no-extension', 'application/octet-stream']
  ])('%s is sent as %s', (name, type) => {
    expect(contentTypeFor(name)).toBe(type)
  })
})
