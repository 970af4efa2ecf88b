import {describe, expect, it} from '@jest/globals'
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  CertificateError,
  InvalidResponseError
} from '../../src/client/errors.js'
import {describeFailure, hintFor} from '../../src/report/failure-text.js'
import {InputError, InvalidDatasetError} from '../../src/step-error.js'

const api = (status: number, body = '', headers: Record<string, string> = {}): APIError =>
  APIError.from(status, headers, body)

describe('hintFor', () => {
  it.each<[string, unknown, RegExp]>([
    ['401', api(401), /secret passed as 'api-key'/],
    ['403', api(403), /permissions/],
    ['404', api(404), /'server-url'.*without \/v1/],
    ['410', api(410), /retired this API route/],
    ['413', api(413), /split it/],
    [
      '422 with lines',
      api(422, '{"errors":[{"message":"bad","line_number":3}]}'),
      /rejected 1 line;/
    ],
    ['422 without', api(422, '{"detail":"no"}'), /fix what it names/],
    ['429', api(429), /Rate limited/],
    ['503', api(503), /re-run the job/],
    ['a timeout', new APITimeoutError('slow'), /raise 'attempt-timeout-seconds'/],
    ['a certificate', new CertificateError('bad cert'), /NODE_EXTRA_CA_CERTS/],
    ['a connection', new APIConnectionError('refused'), /HTTPS_PROXY/],
    ['a garbled answer', new InvalidResponseError('no id', 200, ''), /proxy or gateway/]
  ])('%s: %s', (_name, error, hint) => {
    expect(hintFor(error)).toMatch(hint)
  })

  it('has nothing to add for a status it does not know, or a bug', () => {
    expect(hintFor(api(418))).toBe('')
    expect(hintFor(new TypeError('x is undefined'))).toBe('')
  })
})

describe('describeFailure', () => {
  it('gives the status, the reason, the request id and the hint', () => {
    const error = api(401, '{"message":"Unauthorized"}', {'x-request-id': 'req-1'})
    expect(describeFailure(error, 'Upload of a.jsonl', 3)).toBe(
      "Upload of a.jsonl failed after 3 attempts: the Mistral API answered 401 Unauthorized: Unauthorized (request id req-1). Check the secret passed as 'api-key': it must be set for this repository and be an active Mistral API key."
    )
  })

  it('passes a step error through: its message says it all', () => {
    expect(describeFailure(new InputError('path', 'is required.'), 'Upload')).toBe(
      "Input 'path': is required."
    )
    expect(describeFailure(new InvalidDatasetError('a.jsonl breaks the rules'), 'Upload')).toBe(
      'a.jsonl breaks the rules'
    )
  })

  it('ends a sentence once, and says what failed for anything unexpected', () => {
    expect(describeFailure(new Error('boom.'), 'Upload')).toBe('Upload failed: boom.')
    expect(describeFailure('a string', 'Upload')).toBe('Upload failed: a string.')
  })
})
