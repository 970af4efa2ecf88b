import {afterEach, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {MockMistralServer, type Fault} from '../../mock-server/server.js'
import {runAction, type ActionRun} from '../../scripts/run-action.mjs'
import {HttpProxy} from '../helpers/proxy.js'
import {TEST_CERT, TlsFront} from '../helpers/tls.js'

// The fault matrix, run against the committed bundle as the runner runs it. Every run has debug
// logging on, and the key must show nowhere but in the command that masks it.

const KEY = 'sk-faults-9f8e7d6c5b4a3210'
const LINE =
  '{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}\n'
const SIZE = LINE.length * 5000

let workspace: string
let server: MockMistralServer

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'e2e-faults-'))
  await writeFile(path.join(workspace, 'train.jsonl'), LINE.repeat(5000))
})
beforeEach(async () => {
  server = await MockMistralServer.start({apiKey: KEY})
})
afterEach(async () => {
  await server.close()
})

async function upload(
  faults: Fault[],
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<ActionRun> {
  server.inject('POST /v1/files', ...faults)
  const run = await runAction({
    cwd: workspace,
    inputs: {path: 'train.jsonl', 'api-key': KEY, 'server-url': server.url, ...inputs},
    env: {RUNNER_DEBUG: '1', ...env}
  })
  const visible = `${run.stdout}\n${run.stderr}\n${run.summary}\n${JSON.stringify(run.outputs)}`
  expect(visible.split(`::add-mask::${KEY}`).join('')).not.toContain(KEY)
  return run
}

const posts = (): number => server.uploads().length

function expectOneUploadedFile(run: ActionRun): void {
  expect(run.code).toBe(0)
  expect(server.files).toHaveLength(1)
  expect(run.outputs['file-id']).toBe(server.files[0].id)
  expect(run.outputs.sha256).toBe(server.files[0].sha256)
  expect(run.outputs.bytes).toBe(String(SIZE))
}

describe('transient faults are retried and end in exactly one file', () => {
  it.each<[string, Fault]>([
    ['500', {kind: 'status', status: 500}],
    ['502', {kind: 'status', status: 502}],
    ['503', {kind: 'status', status: 503}],
    ['504', {kind: 'status', status: 504}],
    ['an HTML 502 page from a proxy', {kind: 'html', status: 502}],
    ['a reset before the response', {kind: 'reset-before-response'}],
    ['a reset in the middle of the body', {kind: 'reset-mid-body', afterBytes: 100_000}]
  ])('%s', async (_name, fault) => {
    const run = await upload([fault])
    expectOneUploadedFile(run)
    expect(posts()).toBe(2)
    expect(run.stdout).toMatch(
      /::warning::Attempt 1 of 5 for train\.jsonl failed: .*\. Retrying in \d+\.\d s\./
    )
  })

  it('429 with Retry-After waits as asked', async () => {
    const run = await upload([{kind: 'status', status: 429, headers: {'retry-after': '1'}}])
    expectOneUploadedFile(run)
    expect(posts()).toBe(2)
    expect(run.stdout).toContain(
      '::warning::Attempt 1 of 5 for train.jsonl failed: the API answered 429 Too Many Requests'
    )
    expect(run.stdout).toContain('Retrying in 1.0 s.')
  })

  it('a stalled server is timed out and tried again', async () => {
    const run = await upload([{kind: 'stall'}], {'attempt-timeout-seconds': '1'})
    expectOneUploadedFile(run)
    expect(posts()).toBe(2)
    expect(run.stdout).toContain('failed: no complete answer within 1.0 s')
  })
})

describe('the duplicate trap: the file is stored but the answer is lost', () => {
  it.each<[string, Fault]>([
    ['500 after storing', {kind: 'store-then-status', status: 500}],
    ['504 after storing', {kind: 'store-then-status', status: 504}],
    ['a 200 with truncated JSON', {kind: 'truncated-json'}]
  ])('%s: the stored file is found and nothing is sent again', async (_name, fault) => {
    const run = await upload([fault])
    expectOneUploadedFile(run)
    expect(posts()).toBe(1)
    expect(run.stdout).toContain(
      `The API had stored train.jsonl before that failure: using ${server.files[0].id}`
    )
  })
})

describe('permanent failures fail at once with the reason and a hint', () => {
  it.each<[string, Fault, RegExp]>([
    [
      '401',
      {kind: 'status', status: 401, body: {message: 'Unauthorized', request_id: 'r1'}},
      /401 Unauthorized: Unauthorized.*Check the secret passed as 'api-key'/
    ],
    [
      '413 from a proxy',
      {kind: 'html', status: 413},
      /413 Payload Too Large: 413 Request Entity Too Large.*split it into smaller files/
    ],
    [
      '422 as a detail list',
      {
        kind: 'status',
        status: 422,
        body: {
          detail: [
            {
              type: 'enum',
              loc: ['body', 'purpose'],
              msg: "Input should be 'fine-tune', 'batch' or 'ocr'"
            }
          ]
        }
      },
      /422 Unprocessable Entity: purpose: Input should be 'fine-tune', 'batch' or 'ocr'.*fix what it names/
    ],
    [
      '422 as an invalid file format with line errors',
      {
        kind: 'status',
        status: 422,
        body: {
          detail: 'Invalid file format.',
          description: 'Found 1 error',
          errors: [{message: 'Expecting value', line_number: 7}]
        }
      },
      /422 Unprocessable Entity: Invalid file format\. Found 1 error.*see the annotations/
    ],
    [
      '422 as an error object',
      {
        kind: 'status',
        status: 422,
        body: {
          object: 'error',
          message: 'Invalid purpose',
          type: 'invalid_request_error',
          param: null,
          code: '3001'
        }
      },
      /422 Unprocessable Entity: Invalid purpose/
    ]
  ])('%s', async (_name, fault, message) => {
    const run = await upload([fault, {kind: 'status', status: 500}])
    expect(run.code).toBe(1)
    expect(posts()).toBe(1)
    expect(run.stdout).not.toContain('::warning::Attempt')
    const [error] = run.stdout.split('\n').filter(line => line.startsWith('::error::'))
    expect(error).toMatch(message)
    expect(run.outputs['file-id']).toBeUndefined()
  })

  it('annotates the lines the API rejected', async () => {
    const run = await upload([
      {
        kind: 'status',
        status: 422,
        body: {
          detail: 'Invalid file format.',
          errors: [{message: 'Expecting value', line_number: 7}]
        }
      }
    ])
    expect(run.stdout).toContain(
      '::error title=Rejected by the Mistral API,file=train.jsonl,line=7::Expecting value'
    )
  })

  it('gives up after max-attempts, saying how many', async () => {
    const fault: Fault = {kind: 'status', status: 503}
    const run = await upload([fault, fault, fault], {'max-attempts': '2'})
    expect(run.code).toBe(1)
    expect(posts()).toBe(2)
    expect(run.stdout).toMatch(
      /::error::Upload of train\.jsonl failed after 2 attempts: the Mistral API answered 503/
    )
  })
})

// The Files client uses Node's built-in proxy support, which came in Node 24.5 (the runners run
// node24); on older Nodes the variables are not read and requests go direct. The tests that need
// it sit in a describe whose title says so, and says why where they are skipped.
const [major, minor] = process.versions.node.split('.').map(Number)
const nodeReadsProxyVariables = major > 24 || (major === 24 && minor >= 5)
const withProxyEnv = nodeReadsProxyVariables ? describe : describe.skip
const proxyEnvTitle = nodeReadsProxyVariables
  ? '(needs Node >= 24.5 for proxyEnv)'
  : `(needs Node >= 24.5 for proxyEnv; skipped on Node ${process.versions.node})`

describe('proxies', () => {
  let proxy: HttpProxy
  beforeEach(async () => {
    proxy = await HttpProxy.start()
  })
  afterEach(async () => {
    await proxy.close()
  })

  withProxyEnv(proxyEnvTitle, () => {
    it('sends every request through HTTP_PROXY', async () => {
      const run = await upload([], {}, {HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url})
      expectOneUploadedFile(run)
      expect(proxy.forwarded).toEqual([`POST ${server.url}/v1/files`])
      expect(proxy.tunnels).toEqual([])
    })
  })

  it('goes direct for a host in NO_PROXY', async () => {
    const run = await upload(
      [],
      {},
      {HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1'}
    )
    expectOneUploadedFile(run)
    expect(proxy.forwarded).toEqual([])
    expect(proxy.tunnels).toEqual([])
  })
})

describe('https', () => {
  let front: TlsFront
  let proxy: HttpProxy
  beforeEach(async () => {
    front = await TlsFront.start(server.url)
    proxy = await HttpProxy.start()
  })
  afterEach(async () => {
    await Promise.all([front.close(), proxy.close()])
  })

  it('uploads to an https:// server-url', async () => {
    const run = await upload([], {'server-url': front.url}, {NODE_EXTRA_CA_CERTS: TEST_CERT})
    expectOneUploadedFile(run)
  })

  it('refuses a server whose certificate it cannot verify, at once and with the fix', async () => {
    const run = await upload([], {'server-url': front.url})
    expect(run.code).toBe(1)
    expect(posts()).toBe(0)
    expect(run.stdout).not.toContain('Retrying')
    expect(run.stdout).toMatch(
      /::error::Upload of train\.jsonl failed: connection failed: DEPTH_ZERO_SELF_SIGNED_CERT .* did not verify; behind a proxy that inspects TLS, give Node its CA with NODE_EXTRA_CA_CERTS\./
    )
  })

  withProxyEnv(proxyEnvTitle, () => {
    it('tunnels through HTTPS_PROXY with CONNECT', async () => {
      const env = {NODE_EXTRA_CA_CERTS: TEST_CERT, HTTPS_PROXY: proxy.url}
      const run = await upload([], {'server-url': front.url}, env)
      expectOneUploadedFile(run)
      expect(proxy.tunnels).toEqual([new URL(front.url).host])
      expect(proxy.forwarded).toEqual([])
    })
  })
})
