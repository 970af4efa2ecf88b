import {describe, expect, it} from '@jest/globals'
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  CertificateError,
  InvalidResponseError,
  LocalFileError
} from '../../src/client/errors.js'
import {
  DEFAULT_BACKOFF,
  backoffMs,
  isRetryable,
  mayHaveStored,
  retryDelayMs
} from '../../src/client/retry.js'

const api = (status: number, headers: Record<string, string> = {}): APIError =>
  APIError.from(status, headers, '')

describe('isRetryable and mayHaveStored', () => {
  it.each([
    ['408', api(408), true, false],
    ['429', api(429), true, false],
    ['500', api(500), true, true],
    ['502', api(502), true, true],
    ['503', api(503), true, true],
    ['504', api(504), true, true],
    ['400', api(400), false, false],
    ['401', api(401), false, false],
    ['403', api(403), false, false],
    ['404', api(404), false, false],
    ['410', api(410), false, false],
    ['413', api(413), false, false],
    ['422', api(422), false, false],
    ['409 alone', api(409), false, false],
    ['409 with Retry-After', api(409, {'retry-after': '1'}), true, false],
    ['400 with x-should-retry: true', api(400, {'x-should-retry': 'true'}), true, false],
    ['503 with x-should-retry: false', api(503, {'x-should-retry': 'false'}), false, true],
    ['a reset', new APIConnectionError('ECONNRESET'), true, true],
    ['a timeout', new APITimeoutError('slow'), true, true],
    ['a certificate that does not verify', new CertificateError('CERT_HAS_EXPIRED'), false, false],
    ['a truncated 200', new InvalidResponseError('not JSON', 200, '{"id'), true, true],
    ['a size mismatch', new InvalidResponseError('size', 200, '{}', false), false, true],
    ['a redirect', api(307, {location: 'https://elsewhere.example/'}), false, false],
    ['the local file changed', new LocalFileError('a.jsonl grew'), false, false],
    ['a plain Error', new Error('bug'), false, false],
    ['a string', 'oops', false, false]
  ])('%s: retryable %p, may have stored %p', (_name, error, retryable, stored) => {
    expect(isRetryable(error)).toBe(retryable)
    expect(mayHaveStored(error)).toBe(stored)
  })
})

describe('backoffMs', () => {
  it('doubles from the base and stops at the cap', () => {
    const noJitter = (): number => 0
    expect([1, 2, 3, 4, 5, 6].map(retry => backoffMs(retry, DEFAULT_BACKOFF, noJitter))).toEqual([
      1000, 2000, 4000, 8000, 16000, 20000
    ])
  })

  it('takes off at most a quarter at random', () => {
    expect(backoffMs(2, DEFAULT_BACKOFF, () => 0.999_999)).toBe(1500)
    expect(backoffMs(2, DEFAULT_BACKOFF, () => 0.5)).toBe(1750)
  })
})

describe('retryDelayMs', () => {
  const now = Date.parse('2026-11-24T12:00:00Z')

  it('follows Retry-After in seconds or as a date', () => {
    expect(retryDelayMs(api(429, {'retry-after': '3'}), 1, DEFAULT_BACKOFF, now)).toBe(3000)
    expect(
      retryDelayMs(
        api(503, {'retry-after': 'Tue, 24 Nov 2026 12:00:05 GMT'}),
        1,
        DEFAULT_BACKOFF,
        now
      )
    ).toBe(5000)
  })

  it('caps a Retry-After that asks for too long', () => {
    expect(retryDelayMs(api(429, {'retry-after': '86400'}), 1, DEFAULT_BACKOFF, now)).toBe(60_000)
  })

  it('backs off when the server says nothing', () => {
    expect(retryDelayMs(api(502), 3, DEFAULT_BACKOFF, now, () => 0)).toBe(4000)
    expect(retryDelayMs(new APIConnectionError('reset'), 1, DEFAULT_BACKOFF, now, () => 0)).toBe(
      1000
    )
  })
})
