import {describe, expect, it} from '@jest/globals'
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {failedRequest, readFailedRequests} from '../../src/batch/results.js'

describe('failedRequest', () => {
  it('reads the error file line Mistral writes', () => {
    const line = {
      id: 'batch-1-0',
      custom_id: 'req-3',
      response: {status_code: 422, body: {object: 'error', message: 'bad'}},
      error: {message: 'Unprocessable Entity', code: '422'}
    }
    expect(failedRequest(JSON.stringify(line))).toEqual({
      customId: 'req-3',
      status: '422',
      message: 'Unprocessable Entity'
    })
  })

  it('falls back to the body’s reason, the error code, and empty cells', () => {
    const fromBody = {custom_id: 7, response: {body: {detail: 'too long'}}, error: {code: 400}}
    expect(failedRequest(JSON.stringify(fromBody))).toEqual({
      customId: '7',
      status: '400',
      message: 'too long'
    })
    expect(failedRequest('{}')).toEqual({customId: '', status: '', message: ''})
    expect(failedRequest('[1]').message).toBe('[1]')
    expect(failedRequest('oops').message).toBe('not JSON: oops')
    expect(failedRequest(JSON.stringify({error: {message: 'x'.repeat(400)}})).message).toHaveLength(
      301
    )
  })
})

describe('readFailedRequests', () => {
  it('reads only the first lines, skipping blank ones', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'batch-results-'))
    const file = path.join(dir, 'error.jsonl')
    const lines = Array.from({length: 50}, (_, i) => JSON.stringify({custom_id: `r${i}`}))
    await writeFile(file, `\n${lines.join('\r\n')}\n`)
    const found = await readFailedRequests(file, 3)
    expect(found.map(r => r.customId)).toEqual(['r0', 'r1', 'r2'])
  })
})
