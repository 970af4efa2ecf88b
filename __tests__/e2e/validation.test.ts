import {afterEach, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {MockMistralServer} from '../../mock-server/server.js'
import {runAction, type ActionRun} from '../../scripts/run-action.mjs'

// The dataset check as the runner runs it: dry runs without a key, annotations at file:line, and
// nothing sent when the data is invalid.

const KEY = 'sk-validation-0123456789'
const good = (i: number): string =>
  JSON.stringify({
    messages: [
      {role: 'user', content: `question ${i}`},
      {role: 'assistant', content: `answer ${i}`}
    ]
  })
const endsWithUser = (i: number): string =>
  JSON.stringify({messages: [{role: 'user', content: `question ${i}`}]})

let workspace: string
let server: MockMistralServer

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'e2e-validation-'))
  const lines = (count: number, bad: Set<number>): string => {
    const all = Array.from({length: count}, (_, i) => (bad.has(i + 1) ? endsWithUser(i) : good(i)))
    return `${all.join('\n')}\n`
  }
  await writeFile(path.join(workspace, 'good.jsonl'), lines(20, new Set()))
  await writeFile(path.join(workspace, 'two-bad.jsonl'), lines(20, new Set([4, 17])))
  await writeFile(
    path.join(workspace, 'many-bad.jsonl'),
    lines(30, new Set(Array.from({length: 14}, (_, i) => i * 2 + 1)))
  )
})
beforeEach(async () => {
  server = await MockMistralServer.start({apiKey: KEY})
})
afterEach(async () => {
  await server.close()
})

function run(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({cwd: workspace, inputs: {'server-url': server.url, ...inputs}})
}

const errorAnnotations = (result: ActionRun): string[] =>
  result.stdout.split('\n').filter(line => line.startsWith('::error title=instruct'))

describe('dry-run', () => {
  it('checks a valid file without a key and sends nothing', async () => {
    const result = await run({path: 'good.jsonl', 'dry-run': 'true'})
    expect(result.code).toBe(0)
    expect(result.outputs).toEqual({
      valid: 'true',
      'num-samples': '20',
      'num-errors': '0',
      files: '[]',
      'file-ids': '[]'
    })
    expect(result.stdout).toContain('Dry run: 1 file checked, nothing uploaded.')
    expect(result.summary).toContain('Dataset check: ✅ valid')
    expect(result.summary).toContain('| user 20, assistant 20 |')
    expect(server.requests).toHaveLength(0)
  })

  it('fails an invalid file with an annotation on each bad line', async () => {
    const result = await run({path: 'two-bad.jsonl', 'dry-run': 'true'})
    expect(result.code).toBe(1)
    expect(result.outputs).toEqual({
      valid: 'false',
      'num-samples': '20',
      'num-errors': '2',
      files: '[]',
      'file-ids': '[]'
    })
    expect(errorAnnotations(result)).toEqual([
      expect.stringMatching(
        /^::error title=instruct\/last-role,file=two-bad\.jsonl,line=4::line 4: /
      ),
      expect.stringMatching(
        /^::error title=instruct\/last-role,file=two-bad\.jsonl,line=17::line 17: /
      )
    ])
    expect(result.stdout).toContain(
      '::error::two-bad.jsonl breaks the dataset rules (2 errors), so nothing was uploaded.'
    )
    expect(server.requests).toHaveLength(0)
  })
})

describe('validate before upload', () => {
  it('uploads a valid file after checking it', async () => {
    const result = await run({path: 'good.jsonl', 'api-key': KEY})
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({
      valid: 'true',
      'num-samples': '20',
      'file-id': server.files[0].id
    })
    expect(server.uploads()).toHaveLength(1)
  })

  // The check runs during the upload (issue 16): a request may start, but is cut before its
  // closing boundary, so it never completes and nothing is stored.
  it('stores nothing when the file is invalid', async () => {
    const result = await run({path: 'two-bad.jsonl', 'api-key': KEY})
    expect(result.code).toBe(1)
    expect(server.files).toHaveLength(0)
    expect(server.requests.filter(r => r.status !== null)).toEqual([])
    expect(result.outputs['file-id']).toBeUndefined()
  })

  it('annotates the first 10 errors and lists the rest in the log and the summary', async () => {
    const result = await run({path: 'many-bad.jsonl', 'dry-run': 'true'})
    expect(result.outputs['num-errors']).toBe('14')
    expect(errorAnnotations(result)).toHaveLength(10)
    expect(result.stdout).toMatch(/^many-bad\.jsonl:23: error instruct\/last-role: /m)
    expect(result.stdout).toMatch(/^many-bad\.jsonl:27: error instruct\/last-role: /m)
    expect(result.summary).toContain('| 27 | error |')
  })

  it('can be turned off', async () => {
    const result = await run({path: 'two-bad.jsonl', 'api-key': KEY, validate: 'false'})
    expect(result.code).toBe(0)
    expect(result.outputs.valid).toBeUndefined()
    expect(server.uploads()).toHaveLength(1)
  })
})

// Files that mistral-finetune reads differently from a plain JSONL reader (issue 15).
describe('files as Mistral reads them', () => {
  const chat = good(0)
  beforeAll(async () => {
    const rows = Array.from({length: 2000}, (_, i) => `q${i},a${i}\n`).join('')
    await writeFile(path.join(workspace, 'rows.csv'), `prompt,answer\n${rows}`)
    await writeFile(path.join(workspace, 'bom.jsonl'), `\ufeff${chat}\n${chat}\n`)
    await writeFile(path.join(workspace, 'cr.jsonl'), `${chat}\r${chat}\n${endsWithUser(2)}\n`)
    await writeFile(path.join(workspace, 'legacy.jsonl'), '{"prompt":"hi","completion":"yo"}\n')
  })
  const dryRun = (file: string, purpose = 'fine-tune'): Promise<ActionRun> =>
    run({path: file, purpose, 'dry-run': 'true'})
  const annotations = (result: ActionRun): string[] =>
    result.stdout.split('\n').filter(line => /^::(error|warning) title=/.test(line))

  it('says once that a CSV is not JSON Lines, and still counts every line', async () => {
    const result = await dryRun('rows.csv')
    expect(result.code).toBe(1)
    expect(result.outputs).toMatchObject({valid: 'false', 'num-errors': '2001'})
    expect(annotations(result)).toEqual([
      expect.stringMatching(
        /^::error title=file\/not-jsonl,file=rows\.csv::file is not JSON Lines: it looks like CSV .*one JSON object per line/
      )
    ])
    expect(result.stdout.split('\n').length).toBeLessThan(60) // not one line per row
    expect(result.stdout).toContain('rows.csv breaks the dataset rules (2001 errors)')
  })

  it('rejects a BOM for fine-tune, and only warns for batch', async () => {
    const fineTune = await dryRun('bom.jsonl')
    expect(fineTune.code).toBe(1)
    expect(annotations(fineTune)).toEqual([
      expect.stringMatching(/^::error title=file\/bom,file=bom\.jsonl,line=1::/)
    ])
    expect(fineTune.stdout).toContain('bom.jsonl breaks the dataset rules (1 error),')
    const batch = await dryRun('bom.jsonl', 'batch')
    expect(annotations(batch)).toContainEqual(
      expect.stringMatching(/^::warning title=file\/bom,file=bom\.jsonl,line=1::/)
    )
  })

  it('ends a line at a lone CR, as Python does, and numbers the lines after it so', async () => {
    const result = await dryRun('cr.jsonl')
    expect(result.outputs).toMatchObject({'num-samples': '3', 'num-errors': '1'})
    expect(annotations(result)).toEqual([
      expect.stringMatching(
        /^::warning title=file\/lone-cr,file=cr\.jsonl,line=1::line 1: 1 line ends in a lone CR/
      ),
      expect.stringMatching(/^::error title=instruct\/last-role,file=cr\.jsonl,line=3::/)
    ])
  })

  it('recognises legacy prompt/completion lines and says how to convert them', async () => {
    const result = await dryRun('legacy.jsonl')
    expect(annotations(result)).toEqual([
      expect.stringMatching(
        /^::error title=file\/prompt-completion,file=legacy\.jsonl,line=1::.*\{"messages": \[\{"role": "user"/
      )
    ])
  })

  it('hints at purpose fine-tune for chat samples sent as batch', async () => {
    const result = await dryRun('good.jsonl', 'batch')
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /::error title=batch\/missing-custom-id,file=good\.jsonl,line=1::.*looks like a fine-tuning sample: upload it with purpose fine-tune/
    )
  })
})
