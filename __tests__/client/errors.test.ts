import {describe, expect, it} from '@jest/globals'
import {
  APIError,
  AuthenticationError,
  InternalServerError,
  PayloadTooLargeError,
  RateLimitError,
  UnprocessableEntityError,
  parseErrorBody
} from '../../src/client/errors.js'

describe('parseErrorBody', () => {
  it.each([
    [
      'FastAPI validation list',
      '{"detail":[{"type":"enum","loc":["body","purpose"],"msg":"Input should be \'fine-tune\', \'batch\' or \'ocr\'","input":"x"}]}',
      "purpose: Input should be 'fine-tune', 'batch' or 'ocr'"
    ],
    [
      'several list items',
      '{"detail":[{"loc":["body","file"],"msg":"Field required"},{"loc":["query","page"],"msg":"bad"}]}',
      'file: Field required; query.page: bad'
    ],
    [
      'invalid file format with description',
      '{"detail":"Invalid file format.","description":"Found 2 errors in the file","errors":[]}',
      'Invalid file format. Found 2 errors in the file'
    ],
    [
      'wrong mimetype',
      '{"detail":"Invalid file format.","message":"Received file with mimetype application/zip"}',
      'Invalid file format. Received file with mimetype application/zip'
    ],
    [
      'error object',
      '{"object":"error","message":"Unauthorized","type":"invalid_request_error","param":null,"code":"1000"}',
      'Unauthorized'
    ],
    ['nested error', '{"error":{"message":"quota exceeded"}}', 'quota exceeded'],
    [
      'nginx HTML page',
      '<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body><center><h1>413 Request Entity Too Large</h1></center></body></html>',
      '413 Request Entity Too Large'
    ],
    ['HTML without title', '<html><body><h1>Bad gateway</h1></body></html>', 'Bad gateway'],
    [
      'plain text',
      'upstream connect error\n or disconnect',
      'upstream connect error or disconnect'
    ],
    ['empty', '', ''],
    ['whitespace', '  \n', ''],
    ['unknown JSON shape', '{"foo":"bar"}', '{"foo":"bar"}'],
    ['JSON string', '"just a string"', 'just a string']
  ])('%s', (_name, body, reason) => {
    expect(parseErrorBody(body).reason).toBe(reason)
  })

  it('keeps the line numbers the server rejected', () => {
    const body = JSON.stringify({
      detail: 'Invalid file format.',
      errors: [
        {message: 'Expecting value', line_number: 1},
        {message: 'Missing messages', line_number: 7},
        {message: 'no line', line_number: null},
        'junk'
      ]
    })
    expect(parseErrorBody(body).lineErrors).toEqual([
      {line: 1, message: 'Expecting value'},
      {line: 7, message: 'Missing messages'}
    ])
  })

  it('shortens a huge body to one line', () => {
    const {reason} = parseErrorBody('x'.repeat(10_000))
    expect(reason.length).toBeLessThanOrEqual(501)
  })
})

describe('APIError.from', () => {
  it.each([
    [401, AuthenticationError],
    [413, PayloadTooLargeError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, APIError]
  ])('%d gives %p', (status, ErrorClass) => {
    const error = APIError.from(status, {}, '')
    expect(error).toBeInstanceOf(ErrorClass)
    expect(error.status).toBe(status)
    expect(error.code).toBe('MISTRAL_ERR_API')
  })

  it('says the status, its name and the reason, and carries the request id', () => {
    const error = APIError.from(401, {'x-request-id': 'req-1'}, '{"message":"Unauthorized"}')
    expect(error.message).toBe('401 Unauthorized: Unauthorized')
    expect(error.requestId).toBe('req-1')
  })

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-24T12:00:00Z')
    expect(APIError.from(429, {'retry-after': '3'}, '').retryAfterMs(now)).toBe(3000)
    expect(APIError.from(429, {'retry-after': '0.5'}, '').retryAfterMs(now)).toBe(500)
    expect(
      APIError.from(503, {'retry-after': 'Tue, 24 Nov 2026 12:00:07 GMT'}, '').retryAfterMs(now)
    ).toBe(7000)
    expect(APIError.from(503, {'retry-after': 'soon'}, '').retryAfterMs(now)).toBeUndefined()
    expect(APIError.from(503, {}, '').retryAfterMs(now)).toBeUndefined()
  })
})

describe('a 422 whose detail is nested deeper than json.loads goes', () => {
  const nest = (levels: number, leaf = '0'): string =>
    '['.repeat(levels) + leaf + ']'.repeat(levels)
  const nestObjects = (levels: number): string => `${'{"a":'.repeat(levels)}0${'}'.repeat(levels)}`
  const KiB64 = 64 * 1024

  it.each([
    ['detail[0].msg', `{"detail":[{"loc":["body","file"],"msg":${nest(20_000)}}]}`],
    ['detail itself', `{"detail":${nest(20_000)}}`],
    ['a detail item', `{"detail":[${nest(20_000)}]}`],
    ['detail[0].loc', `{"detail":[{"loc":${nest(20_000)},"msg":"Field required"}]}`],
    ['detail[0].msg, objects', `{"detail":[{"loc":["body"],"msg":${nestObjects(10_000)}}]}`],
    ['the whole body', nest(20_000)],
    ['a 64 KiB body of [', '['.repeat(KiB64)]
  ])('%s: keeps its status and a short reason', (_where, body) => {
    expect(body.length).toBeLessThanOrEqual(KiB64)
    expect(() => parseErrorBody(body)).not.toThrow()
    const error = APIError.from(422, {}, body)
    expect(error).toBeInstanceOf(UnprocessableEntityError)
    expect(error.status).toBe(422)
    expect(error.reason.length).toBeGreaterThan(0)
    expect(error.reason.length).toBeLessThanOrEqual(501)
    expect(error.message.startsWith('422 Unprocessable Entity: ')).toBe(true)
    expect(body.startsWith(error.reason.slice(0, 20))).toBe(true)
  })

  it('still reads the readable part of a body nested within the limit', () => {
    const body = `{"detail":[{"loc":["body","file"],"msg":"Field required","input":${nest(900)}}]}`
    expect(parseErrorBody(body).reason).toBe('file: Field required')
    const {reason} = parseErrorBody(`{"detail":[{"loc":["body","file"],"msg":${nest(900)}}]}`)
    expect(reason.startsWith('file: {"loc":["body","file"],"msg":[[[[')).toBe(true)
    expect(reason.length).toBeLessThanOrEqual(501)
  })
})
