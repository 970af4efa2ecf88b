import {createHash} from 'node:crypto'
import {existsSync} from 'node:fs'
import {mkdtemp, readdir, rm} from 'node:fs/promises'
import http from 'node:http'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {describe, it, expect, beforeEach, afterEach} from '@jest/globals'
import {MockMistralServer, type MockServerOptions} from '../../mock-server/server.js'

const AUTH = {authorization: 'Bearer test-key'}
const INSTRUCT =
  '{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"yo"}]}\n'

let server: MockMistralServer

async function restart(options: MockServerOptions = {}): Promise<void> {
  await server?.close()
  server = await MockMistralServer.start(options)
}

beforeEach(async () => {
  server = await MockMistralServer.start()
})

afterEach(async () => {
  await server.close()
})

interface Answer {
  status: number
  headers: Headers
  text: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text()
  let body: unknown = undefined
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: tests look at `text`
  }
  return {status: res.status, headers: res.headers, text, body}
}

async function upload(
  content: string,
  filename = 'train.jsonl',
  fields: Record<string, string> = {purpose: 'fine-tune'},
  type = 'application/jsonl'
): Promise<Answer> {
  const form = new FormData()
  form.append('file', new Blob([content], {type}), filename)
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  return answer(await fetch(`${server.url}/v1/files`, {method: 'POST', headers: AUTH, body: form}))
}

async function get(path: string, init: RequestInit = {}): Promise<Answer> {
  return answer(await fetch(`${server.url}${path}`, {headers: AUTH, ...init}))
}

/** A plain http.request, for bodies fetch cannot send (hand-made multipart, chunked, resets). */
function raw(
  path: string,
  options: {method?: string; headers?: http.OutgoingHttpHeaders; body?: string | Buffer | Readable}
): Promise<{status: number; headers: http.IncomingHttpHeaders; text: string}> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${server.url}${path}`,
      {method: options.method ?? 'POST', headers: {...AUTH, ...options.headers}},
      res => {
        const chunks: Buffer[] = []
        res.on('data', chunk => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString()
          })
        )
      }
    )
    req.on('error', reject)
    if (options.body instanceof Readable) options.body.pipe(req)
    else req.end(options.body)
  })
}

function multipart(
  filenameParam: string,
  content: string,
  extra = ''
): {type: string; body: string} {
  const b = 'XyZboundary'
  const body =
    `${extra}--${b}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nfine-tune\r\n` +
    `--${b}\r\nContent-Disposition: form-data; name="file"; filename=${filenameParam}\r\n` +
    `Content-Type: application/octet-stream\r\n\r\n${content}\r\n--${b}--\r\n`
  return {type: `multipart/form-data; boundary=${b}`, body}
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

describe('POST /v1/files', () => {
  it('stores an upload and serves it back', async () => {
    const content = INSTRUCT + INSTRUCT
    const up = await upload(content)
    expect(up.status).toBe(200)
    expect(up.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/)
    expect(up.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      object: 'file',
      bytes: Buffer.byteLength(content),
      created_at: expect.any(Number),
      filename: 'train.jsonl',
      purpose: 'fine-tune',
      sample_type: 'instruct',
      num_lines: 2,
      mimetype: 'application/jsonl',
      source: 'upload',
      signature: null,
      expires_at: null,
      visibility: 'workspace'
    })
    expect(server.files).toHaveLength(1)
    expect(server.files[0].sha256).toBe(sha256(content))

    const download = await fetch(`${server.url}/v1/files/${up.body.id}/content`, {headers: AUTH})
    expect(download.headers.get('content-type')).toBe('application/octet-stream')
    expect(await download.text()).toBe(content)

    const [request] = server.uploads()
    expect(request).toMatchObject({
      fields: {purpose: 'fine-tune'},
      fileBytes: Buffer.byteLength(content),
      fileContentType: 'application/jsonl',
      status: 200
    })
  })

  it('infers the sample type and honours visibility and expiry', async () => {
    const pretrain = await upload('{"text":"a"}\n', 'p.jsonl', {visibility: 'user', expiry: '24'})
    expect(pretrain.body).toMatchObject({purpose: 'fine-tune', sample_type: 'pretrain'})
    expect(pretrain.body.visibility).toBe('user')
    expect(pretrain.body.expires_at).toBe(pretrain.body.created_at + 24 * 3600)
    const batch = await upload('{"custom_id":"0","body":{}}\n', 'b.jsonl', {purpose: 'batch'})
    expect(batch.body.sample_type).toBe('batch_request')
    const ocr = await upload('%PDF-1.4\n...', 'doc.pdf', {purpose: 'ocr'}, 'application/pdf')
    expect(ocr.body).toMatchObject({sample_type: 'ocr_input', num_lines: 0})
  })

  it('decodes UTF-8 filenames', async () => {
    const up = await upload(INSTRUCT, 'données-日本語.jsonl')
    expect(up.body.filename).toBe('données-日本語.jsonl')
  })

  it('keeps quotes escaped with a backslash; leaves FormData %22 alone like python-multipart', async () => {
    const {type, body} = multipart('"say \\"hi\\".jsonl"', INSTRUCT.trim())
    const res = await raw('/v1/files', {headers: {'content-type': type}, body})
    expect(res.status).toBe(200)
    expect(JSON.parse(res.text).filename).toBe('say "hi".jsonl')
    const viaFormData = await upload(INSTRUCT, 'say "hi".jsonl')
    expect(viaFormData.body.filename).toBe('say %22hi%22.jsonl')
  })

  it('returns the existing file when name and content match', async () => {
    const first = await upload(INSTRUCT)
    const again = await upload(INSTRUCT)
    expect(again.body.id).toBe(first.body.id)
    const renamed = await upload(INSTRUCT, 'other.jsonl')
    expect(renamed.body.id).not.toBe(first.body.id)
    expect(server.files).toHaveLength(2)
    expect(await readdir(join(server.files[0].path, '..'))).toHaveLength(2) // no temp leftovers
  })

  it('rejects a bad purpose with a pydantic-style 422', async () => {
    const res = await upload(INSTRUCT, 'x.jsonl', {purpose: 'audio'})
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      detail: [
        {
          type: 'enum',
          loc: ['body', 'purpose'],
          msg: "Input should be 'fine-tune', 'batch' or 'ocr'",
          input: 'audio',
          ctx: {expected: "'fine-tune', 'batch' or 'ocr'"}
        }
      ]
    })
    expect(server.files).toHaveLength(0)
  })

  it('rejects bad visibility and expiry', async () => {
    const res = await upload(INSTRUCT, 'x.jsonl', {visibility: 'public', expiry: 'soon'})
    expect(res.body.detail.map((d: {loc: string[]}) => d.loc[1])).toEqual(['visibility', 'expiry'])
  })

  it('requires the file field', async () => {
    const form = new FormData()
    form.append('purpose', 'fine-tune')
    const res = await answer(
      await fetch(`${server.url}/v1/files`, {method: 'POST', headers: AUTH, body: form})
    )
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      detail: [{type: 'missing', loc: ['body', 'file'], msg: 'Field required', input: null}]
    })
    const asText = new FormData()
    asText.append('file', 'just a string')
    const textRes = await answer(
      await fetch(`${server.url}/v1/files`, {method: 'POST', headers: AUTH, body: asText})
    )
    expect(textRes.body.detail[0]).toMatchObject({type: 'value_error', loc: ['body', 'file']})
  })

  it('answers non-multipart and broken bodies', async () => {
    const asJson = await raw('/v1/files', {
      headers: {'content-type': 'application/json'},
      body: '{}'
    })
    expect(asJson.status).toBe(422)
    expect(JSON.parse(asJson.text).detail[0].loc).toEqual(['body', 'file'])
    const noBoundary = await raw('/v1/files', {
      headers: {'content-type': 'multipart/form-data'},
      body: 'x'
    })
    expect(noBoundary.status).toBe(400)
    expect(JSON.parse(noBoundary.text)).toEqual({detail: 'Missing boundary in multipart.'})
    const {type, body} = multipart('"a.jsonl"', INSTRUCT)
    const cut = await raw('/v1/files', {headers: {'content-type': type}, body: body.slice(0, -20)})
    expect(cut.status).toBe(400)
    expect(server.files).toHaveLength(0)
  })

  it('rejects JSONL lines that are not JSON, with 1-based line numbers', async () => {
    const res = await upload(`${INSTRUCT}not json\n\n{"a":\n${INSTRUCT}`, 'bad.jsonl')
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({
      detail: 'Invalid file format.',
      description: expect.stringMatching(/^Found 2 errors in this file\./),
      errors: [
        {message: expect.stringContaining('Invalid JSON'), line_number: 2},
        {message: expect.stringContaining('Invalid JSON'), line_number: 4}
      ]
    })
    expect(server.files).toHaveLength(0)
    // not checked: other extensions, OCR files, or with checkJsonl off
    expect((await upload('not json', 'notes.txt')).status).toBe(200)
    expect((await upload('not json', 'scan.jsonl', {purpose: 'ocr'})).status).toBe(200)
    await restart({checkJsonl: false})
    expect((await upload('not json', 'bad.jsonl')).status).toBe(200)
  })

  it('defaults purpose to fine-tune', async () => {
    const res = await upload(INSTRUCT, 'x.jsonl', {})
    expect(res.body.purpose).toBe('fine-tune')
  })

  it('answers 413 for a declared or streamed body over maxUploadBytes', async () => {
    await restart({maxUploadBytes: 1024})
    const declared = await upload('x'.repeat(4096), 'big.txt')
    expect(declared.status).toBe(413)
    expect(declared.headers.get('content-type')).toBe('text/html')
    expect(declared.text).toContain('413 Request Entity Too Large')

    const {type, body} = multipart('"big.txt"', 'y'.repeat(8192))
    const chunked = await raw('/v1/files', {
      headers: {'content-type': type},
      body: Readable.from([Buffer.from(body)]) // no Content-Length: sent chunked
    })
    expect(chunked.status).toBe(413)
    expect(server.files).toHaveLength(0)
    expect(server.requests.map(r => r.status)).toEqual([413, 413])
  })
})

describe('auth and routing', () => {
  it('answers 401 without or with a wrong key', async () => {
    for (const headers of [{}, {authorization: 'Bearer nope'}] as Array<Record<string, string>>) {
      const res = await answer(await fetch(`${server.url}/v1/files`, {headers}))
      expect(res.status).toBe(401)
      expect(res.body).toEqual({
        message: 'Unauthorized',
        request_id: res.headers.get('x-request-id')
      })
    }
  })

  it('answers 410 for the retired fine-tuning jobs API', async () => {
    for (const [method, path] of [
      ['POST', '/v1/fine_tuning/jobs'],
      ['GET', '/v1/fine_tuning/jobs/abc/events']
    ]) {
      const res = await get(path, {method, headers: AUTH})
      expect(res.status).toBe(410)
      expect(res.body).toEqual({
        object: 'error',
        message: 'The fine-tuning API has been retired.',
        type: 'gone',
        param: null,
        code: '410'
      })
    }
  })

  it('answers 404 for unknown routes', async () => {
    const res = await get('/v1/nothing')
    expect(res.status).toBe(404)
    expect(res.body).toEqual({detail: 'Not Found'})
  })
})

describe('GET and DELETE', () => {
  it('lists newest first with search, paging, filters and include_total', async () => {
    for (const name of ['alpha.jsonl', 'beta.jsonl', 'alphabet.jsonl']) await upload(INSTRUCT, name)
    await upload('{"custom_id":"1","body":{}}\n', 'alpha-batch.jsonl', {purpose: 'batch'})

    const all = await get('/v1/files')
    expect(all.body.object).toBe('list')
    expect(all.body.total).toBe(4)
    expect(all.body.data.map((f: {filename: string}) => f.filename)).toEqual([
      'alpha-batch.jsonl',
      'alphabet.jsonl',
      'beta.jsonl',
      'alpha.jsonl'
    ])
    const search = await get('/v1/files?search=ALPHA&page=1&page_size=2')
    expect(search.body.total).toBe(3)
    expect(search.body.data.map((f: {filename: string}) => f.filename)).toEqual(['alpha.jsonl'])
    const noTotal = await get('/v1/files?include_total=false&purpose=batch')
    expect(noTotal.body).toEqual({
      data: [expect.objectContaining({purpose: 'batch'})],
      object: 'list'
    })
    const bySample = await get('/v1/files?sample_type=batch_request&sample_type=pretrain')
    expect(bySample.body.total).toBe(1)
    const bad = await get('/v1/files?page=x')
    expect(bad.status).toBe(422)
  })

  it('retrieves, deletes and then 404s', async () => {
    const {body: file} = await upload(INSTRUCT)
    const got = await get(`/v1/files/${file.id}`)
    expect(got.body).toEqual({...file, deleted: false})
    const storedPath = server.files[0].path
    const del = await get(`/v1/files/${file.id}`, {method: 'DELETE'})
    expect(del.body).toEqual({id: file.id, object: 'file', deleted: true})
    expect(server.files).toHaveLength(0)
    expect(existsSync(storedPath)).toBe(false)
    for (const path of [`/v1/files/${file.id}`, `/v1/files/${file.id}/content`]) {
      const gone = await get(path)
      expect(gone.status).toBe(404)
      expect(gone.body).toEqual({detail: 'File not found'})
    }
    expect((await get('/v1/files/not-a-uuid')).status).toBe(422)
  })

  it('answers bytes: null with bytesNull', async () => {
    await restart({bytesNull: true})
    const up = await upload(INSTRUCT)
    expect(up.body.bytes).toBeNull()
    expect((await get('/v1/files')).body.data[0].bytes).toBeNull()
    expect(server.files[0].bytes).toBe(Buffer.byteLength(INSTRUCT))
  })
})

describe('faults', () => {
  it('status: answers the fault once, only on its route, with headers', async () => {
    server.inject('POST /v1/files', {kind: 'status', status: 503, headers: {'retry-after': '1'}})
    expect((await get('/v1/files')).status).toBe(200) // other route untouched
    const faulted = await upload(INSTRUCT)
    expect(faulted.status).toBe(503)
    expect(faulted.headers.get('retry-after')).toBe('1')
    expect(faulted.body).toMatchObject({object: 'error', code: '503'})
    expect(server.files).toHaveLength(0)
    expect(server.uploads()[0]).toMatchObject({fields: {purpose: 'fine-tune'}, status: 503})
    expect(server.uploads()[0].fileBytes).toBe(Buffer.byteLength(INSTRUCT))
    expect((await upload(INSTRUCT)).status).toBe(200)
  })

  it('status: sends a custom body; route patterns match ids', async () => {
    const {body: file} = await upload(INSTRUCT)
    server.inject('GET /v1/files/{id}', {kind: 'status', status: 429, body: {message: 'slow down'}})
    const res = await get(`/v1/files/${file.id}`)
    expect(res.status).toBe(429)
    expect(res.body).toEqual({message: 'slow down'})
  })

  it('store-then-status: the file is stored once, a retry gets the same id', async () => {
    server.inject('POST /v1/files', {kind: 'store-then-status', status: 500})
    expect((await upload(INSTRUCT)).status).toBe(500)
    expect(server.files).toHaveLength(1)
    const retry = await upload(INSTRUCT)
    expect(retry.status).toBe(200)
    expect(retry.body.id).toBe(server.files[0].id)
    expect(server.files).toHaveLength(1)
  })

  it('reset-before-response: the client gets a socket error after sending everything', async () => {
    server.inject('POST /v1/files', {kind: 'reset-before-response'})
    await expect(upload(INSTRUCT)).rejects.toThrow()
    expect(server.uploads()[0]).toMatchObject({
      status: null,
      fileBytes: Buffer.byteLength(INSTRUCT)
    })
    expect(server.files).toHaveLength(0)
  })

  it('reset-mid-body: the connection is cut while the body is sent', async () => {
    server.inject('POST /v1/files', {kind: 'reset-mid-body', afterBytes: 1024})
    const {type, body} = multipart('"big.jsonl"', INSTRUCT.repeat(20000)) // ~1.6 MB
    await expect(raw('/v1/files', {headers: {'content-type': type}, body})).rejects.toThrow(
      /ECONNRESET|EPIPE|socket hang up/
    )
    expect(server.files).toHaveLength(0)
    expect(server.requests[0].status).toBeNull()
  })

  it('stall: no answer until close(), which ends it promptly', async () => {
    server.inject('GET /v1/files', {kind: 'stall'})
    const pending = fetch(`${server.url}/v1/files`, {headers: AUTH})
    const settled = (async () => {
      try {
        await pending
        return 'answered'
      } catch {
        return 'failed'
      }
    })()
    while (server.requests.length === 0) await new Promise(r => setTimeout(r, 10))
    await new Promise(r => setTimeout(r, 100))
    expect(
      await Promise.race([settled, new Promise(r => setTimeout(() => r('waiting'), 50))])
    ).toBe('waiting')
    const started = Date.now()
    await server.close()
    expect(Date.now() - started).toBeLessThan(1000)
    expect(await settled).toBe('failed')
    expect(server.requests[0].status).toBeNull()
  })

  it('stall with ms: a 504 gateway page afterwards', async () => {
    server.inject('GET /v1/files', {kind: 'stall', ms: 150})
    const started = Date.now()
    const res = await get('/v1/files')
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    expect(res.status).toBe(504)
    expect(res.text).toContain('504 Gateway Time-out')
  })

  it('truncated-json: stores the file and sends half the JSON', async () => {
    server.inject('POST /v1/files', {kind: 'truncated-json'})
    const res = await upload(INSTRUCT)
    expect(res.status).toBe(200)
    expect(res.body).toBeUndefined() // did not parse
    expect(res.text.startsWith(`{"id":"${server.files[0].id}"`)).toBe(true)
    expect(server.files).toHaveLength(1)
  })

  it('html: an nginx error page', async () => {
    server.inject('POST /v1/files', {kind: 'html', status: 502})
    const res = await upload(INSTRUCT)
    expect(res.status).toBe(502)
    expect(res.headers.get('content-type')).toBe('text/html')
    expect(res.text).toContain('<center><h1>502 Bad Gateway</h1></center>')
    expect(res.text).toContain('nginx')
    expect(server.files).toHaveLength(0)
  })

  it('queues several faults in order', async () => {
    server.inject('POST /v1/files', {kind: 'status', status: 429}, {kind: 'html', status: 503})
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await upload(INSTRUCT)).status)
    expect(statuses).toEqual([429, 503, 200])
  })
})

describe('storage', () => {
  it('removes its own temp dir on close but keeps a given storageDir', async () => {
    await upload(INSTRUCT)
    const ownDir = join(server.files[0].path, '..')
    await server.close()
    expect(existsSync(ownDir)).toBe(false)

    const dir = await mkdtemp(join(tmpdir(), 'mock-test-'))
    try {
      server = await MockMistralServer.start({storageDir: dir})
      await upload(INSTRUCT)
      await server.close()
      expect(await readdir(dir)).toHaveLength(1)
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})
