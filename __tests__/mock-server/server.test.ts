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
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of every route and shape, read field by field
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

// ---- batch and fine-tuning jobs ----

const FAST = {batchStepMs: 5, batchRequestsPerStep: 2}

function batchLine(customId: string, content: string, extra: object = {}): string {
  const body = {max_tokens: 10, messages: [{role: 'user', content}], ...extra}
  return `${JSON.stringify({custom_id: customId, body})}\n`
}

async function post(path: string, body: unknown): Promise<Answer> {
  return get(path, {
    method: 'POST',
    headers: {...AUTH, 'content-type': 'application/json'},
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
}

async function batchFile(content: string, name = 'batch.jsonl'): Promise<string> {
  const up = await upload(content, name, {purpose: 'batch'})
  expect(up.status).toBe(200)
  return up.body.id
}

/** Poll a job until `done` holds (2 s at most); returns it and every status seen on the way. */
async function poll(
  path: string,
  done: (job: Answer['body']) => boolean
): Promise<{job: Answer['body']; seen: string[]}> {
  const seen: string[] = []
  const deadline = Date.now() + 10_000 // generous: CI shares two cores with other suites
  for (;;) {
    const {body: job} = await get(path)
    if (seen.at(-1) !== job.status) seen.push(job.status)
    if (done(job)) return {job, seen}
    if (Date.now() > deadline) throw new Error(`still ${job.status}: ${JSON.stringify(job)}`)
    await new Promise(r => setTimeout(r, 3))
  }
}

const finished = (job: {status: string}): boolean =>
  ['SUCCESS', 'FAILED', 'TIMEOUT_EXCEEDED', 'CANCELLED'].includes(job.status)

async function lines(fileId: string): Promise<Array<Record<string, unknown>>> {
  const res = await fetch(`${server.url}/v1/files/${fileId}/content`, {headers: AUTH})
  return (await res.text())
    .split('\n')
    .filter(l => l !== '')
    .map(l => JSON.parse(l))
}

describe('batch jobs', () => {
  it('creates a job, runs it QUEUED → RUNNING → SUCCESS and writes a real output file', async () => {
    await restart({batchStepMs: 20, batchRequestsPerStep: 2})
    const blank = '\n'
    const input = await batchFile(
      [
        batchLine('0', 'Best French cheese?'),
        blank,
        batchLine('1', 'Best wine?'),
        batchLine('2', 'Bread?')
      ].join('')
    )
    const created = await post('/v1/batch/jobs', {
      input_files: [input],
      endpoint: '/v1/chat/completions',
      model: 'mistral-small-latest',
      metadata: {job_type: 'testing'}
    })
    expect(created.status).toBe(200)
    expect(created.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      object: 'batch',
      input_files: [input],
      metadata: {job_type: 'testing'},
      endpoint: '/v1/chat/completions',
      model: 'mistral-small-latest',
      agent_id: null,
      output_file: null,
      error_file: null,
      errors: [],
      status: 'QUEUED',
      created_at: expect.any(Number),
      total_requests: 3, // the blank line is not a request
      completed_requests: 0,
      succeeded_requests: 0,
      failed_requests: 0,
      started_at: null,
      completed_at: null
    })
    expect(server.jobs).toHaveLength(1)

    const {job, seen} = await poll(`/v1/batch/jobs/${created.body.id}`, finished)
    // In order; the first poll may land after the first tick on a loaded machine.
    expect(['QUEUED', 'RUNNING', 'SUCCESS'].filter(status => seen.includes(status))).toEqual(seen)
    expect(seen.at(-1)).toBe('SUCCESS')
    expect(job).toMatchObject({
      status: 'SUCCESS',
      total_requests: 3,
      completed_requests: 3,
      succeeded_requests: 3,
      failed_requests: 0,
      error_file: null,
      errors: [],
      started_at: expect.any(Number),
      completed_at: expect.any(Number)
    })
    expect(server.jobs[0]).toEqual(job)

    const meta = await get(`/v1/files/${job.output_file}`)
    expect(meta.body).toMatchObject({
      purpose: 'batch',
      sample_type: 'batch_result',
      source: 'mistral',
      num_lines: 3,
      filename: `batch-${job.id}-output.jsonl`
    })
    const out = await lines(job.output_file)
    expect(out.map(l => l.custom_id)).toEqual(['0', '1', '2'])
    expect(out[0]).toEqual({
      id: `batch-${job.id.slice(0, 8)}-0`,
      custom_id: '0',
      response: {
        status_code: 200,
        body: {
          id: expect.stringMatching(/^[0-9a-f]{32}$/),
          object: 'chat.completion',
          model: 'mistral-small-latest',
          usage: {
            prompt_tokens: expect.any(Number),
            completion_tokens: expect.any(Number),
            total_tokens: expect.any(Number)
          },
          created: expect.any(Number),
          choices: [
            {
              index: 0,
              message: {
                role: 'assistant',
                content: 'Mock answer to: Best French cheese?',
                tool_calls: null
              },
              finish_reason: 'stop'
            }
          ]
        }
      },
      error: null
    })
    expect(meta.body.bytes).toBe(server.files.find(f => f.id === job.output_file)?.bytes)
  })

  it('failing lines go to an error file; errors counts them by message', async () => {
    await restart({...FAST, checkJsonl: false, failCustomIds: id => (id === 'opt' ? 503 : false)})
    const input = await batchFile(
      [
        batchLine('ok', 'hi'),
        batchLine('bad', 'hi', {fail: true}),
        batchLine('boom', 'hi', {fail: 500}),
        batchLine('opt', 'hi'),
        'not json\n',
        '{"custom_id":"nobody"}\n',
        batchLine('bad2', 'hi', {fail: true})
      ].join('')
    )
    const {body: created} = await post('/v1/batch/jobs', {
      input_files: [input],
      endpoint: '/v1/chat/completions',
      model: 'm'
    })
    const {job} = await poll(`/v1/batch/jobs/${created.id}`, finished)
    expect(job).toMatchObject({
      status: 'SUCCESS',
      total_requests: 7,
      completed_requests: 7,
      succeeded_requests: 1,
      failed_requests: 6
    })
    expect(job.errors).toEqual([
      {message: 'Invalid request', count: 2},
      {message: 'Internal Server Error', count: 1},
      {message: 'Service Unavailable', count: 1},
      {message: expect.stringMatching(/^Invalid JSON: /), count: 1},
      {message: "Invalid batch request: 'body' must be a JSON object", count: 1}
    ])
    expect((await get(`/v1/files/${job.error_file}`)).body.sample_type).toBe('batch_error')
    const errors = await lines(job.error_file)
    expect(
      errors.map(l => [l.custom_id, (l.response as {status_code: number}).status_code])
    ).toEqual([
      ['bad', 400],
      ['boom', 500],
      ['opt', 503],
      [null, 400],
      ['nobody', 400],
      ['bad2', 400]
    ])
    expect(errors[0]).toEqual({
      id: `batch-${job.id.slice(0, 8)}-1`,
      custom_id: 'bad',
      response: {
        status_code: 400,
        body: {
          object: 'error',
          message: 'Invalid request',
          type: 'bad_request',
          param: null,
          code: '400'
        }
      },
      error: {message: 'Invalid request', code: '400'}
    })
    expect((await lines(job.output_file)).map(l => l.custom_id)).toEqual(['ok'])
  })

  it('a job whose requests all failed ends SUCCESS (or batchAllFailedStatus); an empty one FAILED', async () => {
    await restart(FAST)
    const input = await batchFile(batchLine('a', 'x', {fail: true}))
    const {body: created} = await post('/v1/batch/jobs', {
      input_files: [input],
      endpoint: '/v1/chat/completions',
      model: 'm'
    })
    const {job} = await poll(`/v1/batch/jobs/${created.id}`, finished)
    expect(job).toMatchObject({status: 'SUCCESS', failed_requests: 1, output_file: null})
    expect(job.error_file).toEqual(expect.any(String))

    await restart({...FAST, batchAllFailedStatus: 'FAILED'})
    const again = await batchFile(batchLine('a', 'x', {fail: true}))
    const {body: second} = await post('/v1/batch/jobs', {
      input_files: [again],
      endpoint: '/v1/chat/completions',
      model: 'm'
    })
    expect((await poll(`/v1/batch/jobs/${second.id}`, finished)).job.status).toBe('FAILED')

    const empty = await batchFile('\n', 'empty.jsonl')
    const {body: third} = await post('/v1/batch/jobs', {
      input_files: [empty],
      endpoint: '/v1/embeddings',
      model: 'mistral-embed'
    })
    expect(third.total_requests).toBe(0)
    const {job: failed} = await poll(`/v1/batch/jobs/${third.id}`, finished)
    expect(failed).toMatchObject({
      status: 'FAILED',
      errors: [{message: 'The batch has no requests', count: 1}],
      output_file: null,
      error_file: null
    })
  })

  it('an input file deleted before the job reads it fails the job', async () => {
    await restart({batchStepMs: 20})
    const input = await batchFile(batchLine('0', 'x'))
    const {body: created} = await post('/v1/batch/jobs', {
      input_files: [input],
      endpoint: '/v1/chat/completions',
      model: 'm'
    })
    expect((await get(`/v1/files/${input}`, {method: 'DELETE'})).status).toBe(200)
    const {job} = await poll(`/v1/batch/jobs/${created.id}`, finished)
    expect(job).toMatchObject({
      status: 'FAILED',
      errors: [{message: 'Input file not found', count: 1}],
      completed_requests: 0
    })
  })

  it('cancel: CANCELLATION_REQUESTED, then CANCELLED on the next step, keeping partial output', async () => {
    await restart({batchStepMs: 15, batchRequestsPerStep: 1})
    const input = await batchFile(
      Array.from({length: 20}, (_, i) => batchLine(String(i), `q${i}`)).join('')
    )
    const {body: created} = await post('/v1/batch/jobs', {
      input_files: [input],
      endpoint: '/v1/chat/completions',
      model: 'm'
    })
    const path = `/v1/batch/jobs/${created.id}`
    await poll(path, j => j.completed_requests >= 2)
    const cancel = await post(`${path}/cancel`, '')
    expect(cancel.status).toBe(200)
    expect(cancel.body.status).toBe('CANCELLATION_REQUESTED')
    const {job, seen} = await poll(path, finished)
    expect(seen.at(-1)).toBe('CANCELLED')
    expect(seen.filter(s => s !== 'CANCELLATION_REQUESTED' && s !== 'CANCELLED')).toEqual([])
    expect(job.completed_requests).toBeGreaterThanOrEqual(2)
    expect(job.completed_requests).toBeLessThan(20)
    expect(job.completed_at).toEqual(expect.any(Number))
    expect(await lines(job.output_file)).toHaveLength(job.succeeded_requests)
    // a finished job is left as it is
    expect((await post(`${path}/cancel`, '')).body).toEqual(job)

    const {body: queued} = await post('/v1/batch/jobs', {
      input_files: [input],
      endpoint: '/v1/chat/completions',
      model: 'm'
    })
    await post(`/v1/batch/jobs/${queued.id}/cancel`, '')
    const {job: never} = await poll(`/v1/batch/jobs/${queued.id}`, finished)
    expect(never).toMatchObject({status: 'CANCELLED', completed_requests: 0, output_file: null})
  })

  it('timeout_hours (with batchHourMs) ends a slow job TIMEOUT_EXCEEDED with partial output', async () => {
    await restart({batchStepMs: 10, batchRequestsPerStep: 1, batchHourMs: 60})
    const input = await batchFile(
      Array.from({length: 50}, (_, i) => batchLine(String(i), `q${i}`)).join('')
    )
    const {body: created} = await post('/v1/batch/jobs', {
      input_files: [input],
      endpoint: '/v1/chat/completions',
      model: 'm',
      timeout_hours: 1
    })
    const {job} = await poll(`/v1/batch/jobs/${created.id}`, finished)
    expect(job.status).toBe('TIMEOUT_EXCEEDED')
    expect(job.completed_requests).toBeGreaterThan(0)
    expect(job.completed_requests).toBeLessThan(50)
    expect(await lines(job.output_file)).toHaveLength(job.completed_requests)
  })

  it('lists newest first, filtering on metadata as the SDKs encode it, status and paging', async () => {
    await restart({batchStepMs: 60_000}) // they stay QUEUED
    const input = await batchFile(batchLine('0', 'x'))
    const ids: string[] = []
    for (const metadata of [
      {job_type: 'testing'},
      {job_type: 'prod'},
      {job_type: 'testing', run: '7'}
    ]) {
      const res = await post('/v1/batch/jobs', {
        input_files: [input],
        endpoint: '/v1/embeddings',
        model: 'mistral-embed',
        metadata
      })
      ids.push(res.body.id)
    }
    await post(`/v1/batch/jobs/${ids[1]}/cancel`, '')

    const all = await get('/v1/batch/jobs')
    expect(all.body).toEqual({data: expect.any(Array), object: 'list', total: 3})
    expect(all.body.data.map((j: {id: string}) => j.id)).toEqual([ids[2], ids[1], ids[0]])
    const byId = (res: Answer): string[] => res.body.data.map((j: {id: string}) => j.id)
    // what @mistralai/mistralai and the Python SDK send: form style, exploded
    const sdk = await get(
      '/v1/batch/jobs?created_by_me=false&job_type=testing&order_by=-created&page=0&page_size=100'
    )
    expect(byId(sdk)).toEqual([ids[2], ids[0]])
    expect(byId(await get('/v1/batch/jobs?job_type=testing&run=7'))).toEqual([ids[2]])
    const asJson = encodeURIComponent(JSON.stringify({job_type: 'prod'}))
    expect(byId(await get(`/v1/batch/jobs?metadata=${asJson}`))).toEqual([ids[1]])
    expect(byId(await get('/v1/batch/jobs?metadata=job_type,testing,run,7'))).toEqual([ids[2]])
    expect(byId(await get('/v1/batch/jobs?status=CANCELLATION_REQUESTED'))).toEqual([ids[1]])
    expect(byId(await get('/v1/batch/jobs?status=QUEUED&status=RUNNING'))).toEqual([ids[2], ids[0]])
    const paged = await get('/v1/batch/jobs?page=1&page_size=2&order_by=created')
    expect(paged.body.total).toBe(3)
    expect(byId(paged)).toEqual([ids[2]])
    expect(byId(await get('/v1/batch/jobs?model=other'))).toEqual([])
    expect(byId(await get('/v1/batch/jobs?created_after=2000-01-01T00:00:00Z'))).toHaveLength(3)

    const bad = await get('/v1/batch/jobs?status=DONE&page=x&order_by=newest')
    expect(bad.status).toBe(422)
    expect(bad.body.detail.map((d: {loc: unknown[]}) => d.loc)).toEqual([
      ['query', 'page'],
      ['query', 'status', 0],
      ['query', 'order_by']
    ])
  })

  it('create: an unknown input file is a 404, and the job is not created', async () => {
    const res = await post('/v1/batch/jobs', {
      input_files: ['0b7e6c1a-3f2d-4e5f-8a9b-0c1d2e3f4a5b'],
      endpoint: '/v1/chat/completions',
      model: 'm'
    })
    expect(res.status).toBe(404)
    expect(res.body).toEqual({detail: 'File not found'})
    expect(server.jobs).toHaveLength(0)
  })

  it('create: FastAPI-style 422s for a missing or invalid field', async () => {
    const input = await batchFile(batchLine('0', 'x'))
    const detail = async (body: unknown): Promise<unknown[]> => {
      const res = await post('/v1/batch/jobs', body)
      expect(res.status).toBe(422)
      return res.body.detail
    }
    expect(await detail({input_files: [input]})).toEqual([
      {type: 'missing', loc: ['body', 'endpoint'], msg: 'Field required', input: null}
    ])
    expect(await detail({input_files: [input], endpoint: '/v1/files'})).toEqual([
      {
        type: 'enum',
        loc: ['body', 'endpoint'],
        msg: expect.stringMatching(
          /^Input should be '\/v1\/chat\/completions', .* or '\/v1\/audio\/transcriptions'$/
        ),
        input: '/v1/files',
        ctx: {expected: expect.any(String)}
      }
    ])
    const many = await detail({
      input_files: ['nope', 7],
      endpoint: '/v1/chat/completions',
      model: 3,
      metadata: {job_type: 1, long: 'x'.repeat(513), ['k'.repeat(33)]: 'v', empty: ''},
      timeout_hours: 0
    })
    expect(many.map(d => [(d as {type: string}).type, (d as {loc: unknown[]}).loc])).toEqual([
      ['uuid_parsing', ['body', 'input_files', 0]],
      ['uuid_type', ['body', 'input_files', 1]],
      ['string_type', ['body', 'model']],
      ['string_type', ['body', 'metadata', 'job_type']],
      ['string_too_long', ['body', 'metadata', 'long']],
      ['string_too_long', ['body', 'metadata', 'k'.repeat(33), '[key]']],
      ['string_too_short', ['body', 'metadata', 'empty']],
      ['greater_than_equal', ['body', 'timeout_hours']]
    ])
    expect(await detail({input_files: [input], endpoint: '/v1/ocr', timeout_hours: 169})).toEqual([
      {
        type: 'less_than_equal',
        loc: ['body', 'timeout_hours'],
        msg: 'Input should be less than or equal to 168',
        input: 169,
        ctx: {le: 168}
      }
    ])
    expect(await detail({endpoint: '/v1/ocr', input_files: []})).toEqual([
      expect.objectContaining({type: 'value_error', loc: ['body']})
    ])
    expect(await detail({endpoint: '/v1/ocr', input_files: 'abc'})).toEqual([
      {
        type: 'list_type',
        loc: ['body', 'input_files'],
        msg: 'Input should be a valid list',
        input: 'abc'
      }
    ])
    expect(await detail('{"endpoint": ')).toEqual([
      expect.objectContaining({type: 'json_invalid', msg: 'JSON decode error'})
    ])
    expect(await detail('')).toEqual([
      {type: 'missing', loc: ['body'], msg: 'Field required', input: null}
    ])
    expect(await detail([])).toEqual([
      expect.objectContaining({type: 'model_attributes_type', loc: ['body']})
    ])
    expect(server.jobs).toHaveLength(0)
  })

  it('inline requests: results come back in `outputs`; ?inline=true adds them to any job', async () => {
    await restart(FAST)
    const created = await post('/v1/batch/jobs', {
      requests: [
        {custom_id: 'a', body: {input: ['hello', 'world']}},
        {custom_id: 'b', body: {input: 'x', fail: 429}}
      ],
      endpoint: '/v1/embeddings',
      model: 'mistral-embed'
    })
    expect(created.body).toMatchObject({input_files: [], total_requests: 2, outputs: null})
    const {job} = await poll(`/v1/batch/jobs/${created.body.id}`, finished)
    expect(job.outputs).toHaveLength(2)
    expect(job.outputs[0].response.body).toMatchObject({
      object: 'list',
      model: 'mistral-embed',
      data: [
        {object: 'embedding', index: 0, embedding: expect.any(Array)},
        {object: 'embedding', index: 1, embedding: expect.any(Array)}
      ]
    })
    expect(job.outputs[1]).toMatchObject({custom_id: 'b', response: {status_code: 429}})

    const input = await batchFile(batchLine('0', 'x'))
    const {body: fileJob} = await post('/v1/batch/jobs', {
      input_files: [input],
      endpoint: '/v1/chat/completions',
      model: 'm'
    })
    const path = `/v1/batch/jobs/${fileJob.id}`
    const {job: done} = await poll(path, finished)
    expect(done.outputs).toBeUndefined()
    const withOutputs = await get(`${path}?inline=true`)
    expect(withOutputs.body.outputs).toEqual(await lines(done.output_file))
  })

  it('job routes: 422 for a bad id, 404 for an unknown one, 405 for a wrong method, DELETE', async () => {
    const bad = await get('/v1/batch/jobs/not-a-uuid')
    expect(bad.status).toBe(422)
    expect(bad.body.detail[0]).toMatchObject({type: 'uuid_parsing', loc: ['path', 'job_id']})
    const unknown = '0b7e6c1a-3f2d-4e5f-8a9b-0c1d2e3f4a5b'
    expect((await get(`/v1/batch/jobs/${unknown}`)).status).toBe(404)
    expect((await post(`/v1/batch/jobs/${unknown}/cancel`, '')).status).toBe(404)
    expect((await get(`/v1/batch/jobs/${unknown}/cancel`)).status).toBe(405)
    expect((await get('/v1/batch/jobs', {method: 'PUT'})).status).toBe(405)
    expect((await get('/v1/batch/jobs/a/b/c')).status).toBe(404)

    const input = await batchFile(batchLine('0', 'x'))
    const {body: job} = await post('/v1/batch/jobs', {
      input_files: [input],
      endpoint: '/v1/ocr',
      model: 'm'
    })
    const del = await get(`/v1/batch/jobs/${job.id}`, {method: 'DELETE'})
    expect(del.body).toEqual({id: job.id, object: 'batch', deleted: true})
    expect(server.jobs).toHaveLength(0)
  })

  it('close() mid-job stops it and leaves no partial files in a given storageDir', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mock-test-'))
    try {
      await restart({storageDir: dir, batchStepMs: 5, batchRequestsPerStep: 1})
      const input = await batchFile(
        Array.from({length: 200}, (_, i) => batchLine(String(i), `q${i}`)).join('')
      )
      const {body: job} = await post('/v1/batch/jobs', {
        input_files: [input],
        endpoint: '/v1/chat/completions',
        model: 'm'
      })
      await poll(`/v1/batch/jobs/${job.id}`, j => j.completed_requests >= 3)
      await server.close()
      expect(await readdir(dir)).toEqual([input])
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })

  it('faults work on the job routes: store-then-status creates once, {id} and /cancel match', async () => {
    await restart({batchStepMs: 60_000})
    const input = await batchFile(batchLine('0', 'x'))
    const create = {
      input_files: [input],
      endpoint: '/v1/chat/completions',
      model: 'm',
      metadata: {idempotency: 'run-42'}
    }
    server.inject('POST /v1/batch/jobs', {kind: 'store-then-status', status: 500})
    const failed = await post('/v1/batch/jobs', create)
    expect(failed.status).toBe(500)
    expect(failed.body).toMatchObject({object: 'error', code: '500'})
    expect(server.jobs).toHaveLength(1)
    // how a client finds the job it may have created before retrying
    const found = await get('/v1/batch/jobs?idempotency=run-42')
    expect(found.body.data.map((j: {id: string}) => j.id)).toEqual([server.jobs[0].id])
    const last = server.requests.filter(r => r.method === 'POST' && r.path === '/v1/batch/jobs')
    expect(last[0]).toMatchObject({json: create, status: 500})

    const id = server.jobs[0].id
    server.inject('GET /v1/batch/jobs/{id}', {kind: 'status', status: 503})
    expect((await get('/v1/batch/jobs')).status).toBe(200) // the list is another route
    expect((await get(`/v1/batch/jobs/${id}`)).status).toBe(503)
    expect((await get(`/v1/batch/jobs/${id}`)).status).toBe(200)

    server.inject('POST /v1/batch/jobs/{id}/cancel', {kind: 'status', status: 429})
    expect((await post(`/v1/batch/jobs/${id}/cancel`, '')).status).toBe(429)
    expect(server.jobs[0].status).toBe('QUEUED')
    expect((await post(`/v1/batch/jobs/${id}/cancel`, '')).body.status).toBe(
      'CANCELLATION_REQUESTED'
    )

    server.inject('POST /v1/batch/jobs', {kind: 'status', status: 503})
    expect((await post('/v1/batch/jobs', create)).status).toBe(503)
    expect(server.jobs).toHaveLength(1)
    expect(server.requests.at(-1)?.json).toEqual(create)

    server.inject('POST /v1/batch/jobs', {kind: 'truncated-json'})
    const cut = await post('/v1/batch/jobs', create)
    expect(cut.body).toBeUndefined()
    expect(server.jobs).toHaveLength(2)
  })
})

describe('fine-tuning jobs (legacyFineTuning)', () => {
  const FT_UNKNOWN = '0b7e6c1a-3f2d-4e5f-8a9b-0c1d2e3f4a5b'

  it('runs QUEUED → VALIDATING → VALIDATED → RUNNING → SUCCESS and names the model', async () => {
    await restart({legacyFineTuning: true, fineTuningStepMs: 5})
    const {body: train} = await upload(INSTRUCT)
    const {body: valid} = await upload(INSTRUCT, 'valid.jsonl')
    const created = await post('/v1/fine_tuning/jobs', {
      model: 'open-mistral-7b',
      training_files: [{file_id: train.id, weight: 1}],
      validation_files: [valid.id],
      hyperparameters: {training_steps: 10, learning_rate: 0.0001},
      suffix: 'my-model',
      auto_start: true
    })
    expect(created.status).toBe(200)
    expect(created.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      auto_start: true,
      model: 'open-mistral-7b',
      status: 'QUEUED',
      created_at: expect.any(Number),
      modified_at: expect.any(Number),
      training_files: [train.id],
      validation_files: [valid.id],
      object: 'job',
      fine_tuned_model: null,
      suffix: 'my-model',
      integrations: null,
      trained_tokens: null,
      metadata: {
        expected_duration_seconds: 120,
        cost: expect.any(Number),
        cost_currency: 'EUR',
        train_tokens_per_step: 131072,
        train_tokens: 1310720,
        data_tokens: expect.any(Number),
        estimated_start_time: null
      },
      job_type: 'completion',
      hyperparameters: {
        training_steps: 10,
        learning_rate: 0.0001,
        weight_decay: 0.1,
        warmup_fraction: 0.05,
        epochs: null,
        seq_len: null,
        fim_ratio: 0.9
      },
      repositories: []
    })
    const path = `/v1/fine_tuning/jobs/${created.body.id}`
    const {job, seen} = await poll(path, j => j.status === 'SUCCESS')
    // Polls see the statuses in order; which ones depends on the machine's load, not the server.
    const lifecycle = ['QUEUED', 'VALIDATING', 'VALIDATED', 'RUNNING', 'SUCCESS']
    expect(lifecycle.filter(status => seen.includes(status))).toEqual(seen)
    expect(seen.at(-1)).toBe('SUCCESS')
    const id8 = created.body.id.slice(0, 8)
    expect(job.fine_tuned_model).toMatch(
      new RegExp(`^ft:open-mistral-7b:[0-9a-f]{8}:\\d{8}:my-model:${id8}$`)
    )
    expect(job.trained_tokens).toBe(1310720)
    expect(job.events.map((e: {data: {status: string}}) => e.data.status)).toEqual([
      'QUEUED',
      'VALIDATING',
      'VALIDATED',
      'RUNNING',
      'SUCCESS'
    ])
    expect(job.checkpoints).toEqual([
      {
        metrics: {
          train_loss: expect.any(Number),
          valid_loss: expect.any(Number),
          valid_mean_token_accuracy: expect.any(Number)
        },
        step_number: 10,
        created_at: expect.any(Number)
      }
    ])
    expect(server.fineTuningJobs[0].status).toBe('SUCCESS')
    const list = await get('/v1/fine_tuning/jobs?status=SUCCESS')
    expect(list.body).toMatchObject({object: 'list', total: 1, data: [{id: created.body.id}]})
    expect(list.body.data[0].events).toBeUndefined()
  })

  it('auto_start false waits at VALIDATED for /start; cancel ends a job', async () => {
    await restart({legacyFineTuning: true, fineTuningStepMs: 5})
    const {body: train} = await upload(INSTRUCT)
    const {body: created} = await post('/v1/fine_tuning/jobs', {
      model: 'open-mistral-7b',
      training_files: [train.id], // bare ids, as the docs' curl example sends them
      hyperparameters: {epochs: 2},
      auto_start: false
    })
    const path = `/v1/fine_tuning/jobs/${created.id}`
    await poll(path, j => j.status === 'VALIDATED')
    await new Promise(r => setTimeout(r, 30))
    expect((await get(path)).body.status).toBe('VALIDATED')
    expect((await post(`${path}/start`, '')).body.status).toBe('STARTED')
    const {job} = await poll(path, j => j.status === 'SUCCESS')
    expect(job.fine_tuned_model).toMatch(/^ft:open-mistral-7b:[0-9a-f]{8}:\d{8}:[0-9a-f]{8}$/)

    const {body: other} = await post('/v1/fine_tuning/jobs', {
      model: 'open-mistral-7b',
      training_files: [train.id],
      hyperparameters: {},
      auto_start: false
    })
    expect((await post(`/v1/fine_tuning/jobs/${other.id}/cancel`, '')).body.status).toBe(
      'CANCELLATION_REQUESTED'
    )
    const {job: cancelled} = await poll(
      `/v1/fine_tuning/jobs/${other.id}`,
      j => j.status === 'CANCELLED'
    )
    const statuses = cancelled.events.map((e: {data: {status: string}}) => e.data.status)
    expect(statuses.slice(-2)).toEqual(['CANCELLATION_REQUESTED', 'CANCELLED'])
  })

  it('validates as the older spec does; unknown files 404; dry_run; batch files fail validation', async () => {
    await restart({legacyFineTuning: true, fineTuningStepMs: 5})
    const missing = await post('/v1/fine_tuning/jobs', {training_files: []})
    expect(missing.status).toBe(422)
    expect(missing.body.detail.map((d: {loc: unknown[]}) => d.loc)).toEqual([
      ['body', 'model'],
      ['body', 'hyperparameters']
    ])
    const bad = await post('/v1/fine_tuning/jobs', {
      model: 'open-mistral-7b',
      training_files: [{weight: 0}],
      hyperparameters: {learning_rate: 2, seq_len: 50},
      suffix: 'no spaces!',
      job_type: 'vision'
    })
    expect(bad.body.detail.map((d: {type: string; loc: unknown[]}) => [d.type, d.loc])).toEqual([
      ['missing', ['body', 'training_files', 0, 'file_id']],
      ['greater_than', ['body', 'training_files', 0, 'weight']],
      ['string_pattern_mismatch', ['body', 'suffix']],
      ['enum', ['body', 'job_type']],
      ['less_than_equal', ['body', 'hyperparameters', 'learning_rate']],
      ['greater_than_equal', ['body', 'hyperparameters', 'seq_len']]
    ])
    const unknown = await post('/v1/fine_tuning/jobs', {
      model: 'open-mistral-7b',
      training_files: [{file_id: FT_UNKNOWN}],
      hyperparameters: {}
    })
    expect(unknown.status).toBe(404)

    const {body: train} = await upload(INSTRUCT)
    const dry = await post('/v1/fine_tuning/jobs?dry_run=true', {
      model: 'open-mistral-7b',
      training_files: [{file_id: train.id}],
      hyperparameters: {training_steps: 2}
    })
    expect(dry.body).toMatchObject({object: 'job.metadata', deprecated: true, training_steps: 2})
    expect(server.fineTuningJobs).toHaveLength(0)

    const batch = await batchFile(batchLine('0', 'x'))
    const {body: job} = await post('/v1/fine_tuning/jobs', {
      model: 'open-mistral-7b',
      training_files: [{file_id: batch}],
      hyperparameters: {}
    })
    const {job: done} = await poll(
      `/v1/fine_tuning/jobs/${job.id}`,
      j => j.status === 'FAILED_VALIDATION'
    )
    expect(done.events.at(-1).data.error).toMatch(/purpose 'batch'/)
  })

  it('is off by default (410), and faults apply to its routes when on', async () => {
    expect((await post('/v1/fine_tuning/jobs', {model: 'x'})).status).toBe(410)
    await restart({legacyFineTuning: true})
    server.inject('POST /v1/fine_tuning/jobs', {kind: 'status', status: 502})
    expect((await post('/v1/fine_tuning/jobs', {model: 'x'})).status).toBe(502)
    expect((await get('/v1/fine_tuning/jobs/abc/events')).status).toBe(404)
  })
})
