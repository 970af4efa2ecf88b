import {afterEach, beforeEach, describe, expect, it} from '@jest/globals'
import {Agent} from 'node:http'
import {
  APITimeoutError,
  BadRequestError,
  InvalidResponseError,
  LocalFileError,
  RedirectError
} from '../../src/client/errors.js'
import {Transport} from '../../src/client/transport.js'
import {rejectionOf} from '../helpers/rejection.js'
import {MockMistralServer} from '../../mock-server/server.js'

const KEY = 'sk-transport-0123456789abcdef'

let server: MockMistralServer
let transport: Transport
beforeEach(async () => {
  server = await MockMistralServer.start({apiKey: KEY})
  transport = new Transport({
    serverUrl: server.url,
    apiKey: KEY,
    userAgent: 'test',
    agent: new Agent()
  })
})
afterEach(async () => {
  await server.close()
})

describe('Transport.send', () => {
  it('takes the key out of an error before the reason is cut, and out of its headers', async () => {
    const message = `${'x'.repeat(501 - KEY.length)}${KEY}`
    server.inject('GET /v1/files', {
      kind: 'status',
      status: 400,
      body: {message},
      headers: {'x-request-id': KEY}
    })
    const error = await rejectionOf(transport.send('GET', '/v1/files'))
    expect(error).toBeInstanceOf(BadRequestError)
    const {message: shown, body, requestId} = error as BadRequestError
    expect(shown).toContain('x***')
    expect(`${shown}${body}${requestId}`).not.toContain(KEY.slice(0, 8))
    expect(requestId).toBe('***')
  })

  it('takes the key out of a 2xx answer', async () => {
    server.inject('GET /v1/files', {kind: 'status', status: 200, body: {data: [], object: KEY}})
    const {text} = await transport.send('GET', '/v1/files')
    expect(JSON.parse(text)).toEqual({data: [], object: '***'})
  })

  it('cuts an answer without end at 1 MiB and fails clearly', async () => {
    server.inject('GET /v1/files', {kind: 'endless'})
    const error = await rejectionOf(transport.send('GET', '/v1/files'))
    expect(error).toBeInstanceOf(InvalidResponseError)
    expect((error as Error).message).toBe(
      'the API answered 200 with a body over 1 MiB, where a file or a page of the file list is a few KiB'
    )
  })

  it('stops reading an error body without end at 64 KiB, keeping the status', async () => {
    server.inject('GET /v1/files', {kind: 'endless', status: 503})
    const error = await rejectionOf(transport.send('GET', '/v1/files'))
    expect((error as {status?: number}).status).toBe(503)
    expect((error as {body: string}).body).toHaveLength(64 * 1024)
  })

  it('gives up on a trickling answer at its time limit', async () => {
    server.inject('GET /v1/files', {kind: 'trickle', intervalMs: 100})
    const error = await rejectionOf(transport.send('GET', '/v1/files', {timeoutMs: 500}))
    expect(error).toBeInstanceOf(APITimeoutError)
    expect((error as Error).message).toBe('no complete answer within 0.5 s')
  })

  it('names a redirect and does not follow it', async () => {
    server.inject('GET /v1/files', {
      kind: 'status',
      status: 302,
      body: '',
      headers: {location: 'https://elsewhere.example/'}
    })
    const error = await rejectionOf(transport.send('GET', '/v1/files'))
    expect(error).toBeInstanceOf(RedirectError)
    expect((error as RedirectError).location).toBe('https://elsewhere.example/')
    expect(server.requests).toHaveLength(1)
  })

  it("passes the local file's own failure through, not as a connection failure", async () => {
    async function* body(): AsyncGenerator<Buffer> {
      yield Buffer.from('--x\r\n')
      throw new LocalFileError('data.jsonl shrank while it was being sent')
    }
    const error = await rejectionOf(
      transport.send('POST', '/v1/files', {headers: {'content-length': '1000'}, body: body()})
    )
    expect(error).toBeInstanceOf(LocalFileError)
  })
})
