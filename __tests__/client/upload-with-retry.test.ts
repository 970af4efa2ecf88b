import {afterEach, describe, expect, it} from '@jest/globals'
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Agent} from 'node:http'
import {
  APIConnectionError,
  APITimeoutError,
  AuthenticationError,
  InternalServerError,
  PayloadTooLargeError,
  RateLimitError,
  UnprocessableEntityError
} from '../../src/client/errors.js'
import {FilesClient} from '../../src/client/files-client.js'
import type {RetryEvent} from '../../src/client/at-most-once.js'
import {
  defaultAttemptTimeoutMs,
  uploadWithRetry,
  type RetryOptions
} from '../../src/client/upload-with-retry.js'
import {MockMistralServer, type Fault, type MockServerOptions} from '../../mock-server/server.js'

const DATA = '{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"yo"}]}\n'

let server: MockMistralServer
afterEach(async () => {
  await server.close()
})

/** Uploads through the retry loop with waits recorded, not slept, against a faulty server. */
async function upload(
  faults: Fault[],
  options: Partial<RetryOptions> = {},
  serverOptions: MockServerOptions = {},
  listFaults: Fault[] = []
): Promise<{
  result?: Awaited<ReturnType<typeof uploadWithRetry>>
  error?: unknown
  waits: number[]
  retries: RetryEvent[]
}> {
  server = await MockMistralServer.start(serverOptions)
  server.inject('POST /v1/files', ...faults)
  server.inject('GET /v1/files', ...listFaults)
  const dir = await mkdtemp(path.join(tmpdir(), 'retry-'))
  const file = path.join(dir, 'train.jsonl')
  await writeFile(file, DATA.repeat(2000))
  const client = new FilesClient({
    serverUrl: server.url,
    apiKey: server.apiKey,
    userAgent: 'test',
    agent: new Agent()
  })
  const waits: number[] = []
  const retries: RetryEvent[] = []
  try {
    const result = await uploadWithRetry(
      client,
      {path: file, size: DATA.length * 2000, purpose: 'fine-tune'},
      {
        maxAttempts: 5,
        timeoutMs: 60_000,
        sleep: async ms => {
          waits.push(ms)
        },
        onRetry: retry => retries.push(retry),
        ...options
      }
    )
    return {result, waits, retries}
  } catch (error) {
    return {error, waits, retries}
  }
}

const posts = (): number => server.uploads().length

describe('uploadWithRetry: transient failures end in exactly one file', () => {
  it.each<[string, Fault]>([
    ['500', {kind: 'status', status: 500}],
    ['502', {kind: 'status', status: 502}],
    ['503', {kind: 'status', status: 503}],
    ['504', {kind: 'status', status: 504}],
    ['an HTML 502 page', {kind: 'html', status: 502}],
    ['a reset before the answer', {kind: 'reset-before-response'}],
    ['a reset in the middle of the body', {kind: 'reset-mid-body', afterBytes: 10_000}]
  ])('%s, then success', async (_name, fault) => {
    const {result, retries} = await upload([fault])
    expect(result?.attempts).toBe(2)
    expect(result?.recovered).toBe(false)
    expect(posts()).toBe(2)
    expect(server.files).toHaveLength(1)
    expect(result?.file.id).toBe(server.files[0].id)
    expect(result?.sha256).toBe(server.files[0].sha256)
    expect(retries).toHaveLength(1)
  })

  it('waits as Retry-After asks on 429', async () => {
    const {result, waits, retries} = await upload([
      {kind: 'status', status: 429, headers: {'retry-after': '2'}}
    ])
    expect(result?.attempts).toBe(2)
    expect(waits).toEqual([2000])
    expect(retries[0].error).toBeInstanceOf(RateLimitError)
    expect(server.files).toHaveLength(1)
  })

  it('backs off exponentially across several failures', async () => {
    const {result, waits} = await upload(
      [
        {kind: 'status', status: 503},
        {kind: 'status', status: 503},
        {kind: 'status', status: 503}
      ],
      // One look per failure here: the look window has its own tests below.
      {backoff: {baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 1000}, lookWindowMs: 0}
    )
    expect(result?.attempts).toBe(4)
    expect(waits).toHaveLength(3)
    for (const [i, wait] of waits.entries()) {
      expect(wait).toBeGreaterThanOrEqual(0.75 * 100 * 2 ** i)
      expect(wait).toBeLessThanOrEqual(100 * 2 ** i)
    }
  })

  it('times out a stalled attempt and tries again', async () => {
    const {result, retries} = await upload([{kind: 'stall'}], {attemptTimeoutMs: 300})
    expect(retries[0].error).toBeInstanceOf(APITimeoutError)
    expect(String((retries[0].error as Error).message)).toMatch(/no complete answer within 0\.3 s/)
    expect(result?.attempts).toBe(2)
    expect(server.files).toHaveLength(1)
  })
})

describe('uploadWithRetry: the duplicate trap', () => {
  it.each<[string, Fault]>([
    ['stores the file, then answers 500', {kind: 'store-then-status', status: 500}],
    ['stores the file, then answers 504', {kind: 'store-then-status', status: 504}],
    ['stores the file, then sends truncated JSON', {kind: 'truncated-json'}]
  ])('a server that %s: the stored file is used, nothing is sent again', async (_name, fault) => {
    const recovered: string[] = []
    const {result} = await upload([fault], {onRecovered: file => recovered.push(file.id)})
    expect(posts()).toBe(1)
    expect(server.files).toHaveLength(1)
    expect(result?.recovered).toBe(true)
    expect(result?.file.id).toBe(server.files[0].id)
    expect(result?.sha256).toBe(server.files[0].sha256)
    expect(recovered).toEqual([server.files[0].id])
    const listing = server.requests.find(r => r.method === 'GET')
    expect(listing?.query).toMatchObject({search: 'train.jsonl', purpose: 'fine-tune'})
  })

  it('checks again, and sends nothing, when the check itself fails', async () => {
    const {result, retries} = await upload([{kind: 'store-then-status', status: 502}], {}, {}, [
      {kind: 'status', status: 429}
    ])
    expect(retries.map(r => r.error)).toEqual([
      expect.any(InternalServerError),
      expect.any(RateLimitError)
    ])
    expect(result?.recovered).toBe(true)
    // Attempts count what a failure would count: the POST, the failed look, the look that found it.
    expect(result?.attempts).toBe(retries.length + 1)
    expect(result?.attempts).toBe(3)
    expect(posts()).toBe(1)
    expect(server.files).toHaveLength(1)
  })

  it('sends again when the listing gives no size to match; the API dedupes name + content', async () => {
    const {result} = await upload([{kind: 'store-then-status', status: 500}], {}, {bytesNull: true})
    expect(result?.recovered).toBe(false)
    expect(posts()).toBe(2)
    expect(server.files).toHaveLength(1)
    expect(result?.file.id).toBe(server.files[0].id)
  })
})

describe('uploadWithRetry: how far back the look for a stored file goes', () => {
  // The run starts at T; the API's clock may be up to 5 minutes behind, so the look takes a file
  // stamped T - 5 min (Unix seconds) and not one a second older.
  const T = 1_700_000_000_000
  const CUT = (T - 5 * 60_000) / 1000

  it.each([
    ['at the cut-off, T - 5 min', CUT, true],
    ['a second before the cut-off', CUT - 1, false]
  ])(
    'a file the failed attempt stored, dated %s (%d), is taken: %s',
    async (_name, createdAt, taken) => {
      const {result} = await upload([{kind: 'store-then-status', status: 500}], {
        now: () => T,
        // Between the attempts, date the file the failed POST stored.
        sleep: async () => {
          server.files[0].created_at = createdAt
        }
      })
      expect(result?.recovered).toBe(taken)
      expect(posts()).toBe(taken ? 1 : 2)
      expect(server.files).toHaveLength(1) // the API dedupes a second POST of the same name + content
      expect(result?.file.id).toBe(server.files[0].id)
    }
  )
})

describe('uploadWithRetry: a list that lags behind storage', () => {
  const empty = {kind: 'status', status: 200, body: {data: [], object: 'list'}} as const

  it('looks again over a short window, and finds the file a slow list shows late', async () => {
    const {result, waits} = await upload([{kind: 'store-then-status', status: 500}], {}, {}, [
      empty,
      empty,
      empty
    ])
    expect(result?.recovered).toBe(true)
    expect(posts()).toBe(1)
    expect(server.files).toHaveLength(1)
    // The backoff, then 1, 2 and 4 s between the looks: the fourth look saw the file.
    expect(waits.slice(1)).toEqual([1000, 2000, 4000])
  })

  it('sends again only once the window has passed without the file', async () => {
    const {result, waits} = await upload(
      [{kind: 'store-then-status', status: 500}],
      {},
      {bytesNull: true}, // the listing cannot prove a match, so no look ever finds it
      []
    )
    expect(result?.recovered).toBe(false)
    expect(waits.slice(1)).toEqual([1000, 2000, 4000, 8000])
    expect(server.requests.filter(r => r.method === 'GET')).toHaveLength(5)
    expect(posts()).toBe(2)
  })
})

describe('uploadWithRetry: permanent failures are not retried', () => {
  it.each<[string, Fault, unknown]>([
    ['401', {kind: 'status', status: 401}, AuthenticationError],
    ['413', {kind: 'html', status: 413}, PayloadTooLargeError],
    [
      '422 with a detail list',
      {
        kind: 'status',
        status: 422,
        body: {detail: [{loc: ['body', 'purpose'], msg: 'bad', type: 'enum'}]}
      },
      UnprocessableEntityError
    ],
    [
      '422 with line errors',
      {
        kind: 'status',
        status: 422,
        body: {detail: 'Invalid file format.', errors: [{message: 'x', line_number: 3}]}
      },
      UnprocessableEntityError
    ],
    [
      '422 with an error object',
      {
        kind: 'status',
        status: 422,
        body: {object: 'error', message: 'bad', type: 'invalid_request_error', code: '3000'}
      },
      UnprocessableEntityError
    ]
  ])('%s', async (_name, fault, ErrorClass) => {
    const {error, waits} = await upload([fault])
    expect(error).toBeInstanceOf(ErrorClass)
    expect(posts()).toBe(1)
    expect(waits).toEqual([])
  })

  it('stops after max attempts with the last error', async () => {
    const status: Fault = {kind: 'status', status: 503}
    const {error} = await upload([status, status, status, status], {maxAttempts: 3})
    expect(error).toBeInstanceOf(InternalServerError)
    expect(posts()).toBe(3)
  })

  it('stops when the next wait would pass the deadline', async () => {
    const {error, waits} = await upload(
      [{kind: 'status', status: 429, headers: {'retry-after': '30'}}],
      {timeoutMs: 5000}
    )
    expect(error).toBeInstanceOf(RateLimitError)
    expect(waits).toEqual([])
    expect(posts()).toBe(1)
  })

  it('gives up on a connection that keeps failing', async () => {
    const reset: Fault = {kind: 'reset-before-response'}
    const {error} = await upload([reset, reset], {maxAttempts: 2})
    expect(error).toBeInstanceOf(APIConnectionError)
    expect(server.files).toHaveLength(0)
  })
})

describe('defaultAttemptTimeoutMs', () => {
  it('is a minute plus the file at 1 MB/s', () => {
    expect(defaultAttemptTimeoutMs(0)).toBe(60_000)
    expect(defaultAttemptTimeoutMs(512_000_000)).toBe(572_000)
  })
})
