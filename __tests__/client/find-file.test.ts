import {afterEach, beforeEach, describe, expect, it} from '@jest/globals'
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Agent} from 'node:http'
import {FilesClient} from '../../src/client/files-client.js'
import {findFile} from '../../src/client/find-file.js'
import {MockMistralServer} from '../../mock-server/server.js'

/** Two records of the same length, so two files of the same name and size but not content. */
const FIRST = '{"text":"first"}\n'
const SECOND = '{"text":"other"}\n'
const SIZE = FIRST.length
/** The cut-off, in the API's unit: Unix seconds. */
const CUT = 1_700_000_000

let server: MockMistralServer
let client: FilesClient
let dir: string

beforeEach(async () => {
  server = await MockMistralServer.start()
  client = new FilesClient({
    serverUrl: server.url,
    apiKey: server.apiKey,
    userAgent: 'test',
    agent: new Agent()
  })
  dir = await mkdtemp(path.join(tmpdir(), 'find-file-'))
})
afterEach(async () => {
  await server.close()
})

/** Uploads train.jsonl with this content, then dates it on the server. Returns its id. */
async function stored(content: string, createdAt: number): Promise<string> {
  const local = path.join(dir, `${createdAt}-${content.length}-${server.files.length}.jsonl`)
  await writeFile(local, content)
  const {file} = await client.upload({
    path: local,
    size: content.length,
    filename: 'train.jsonl',
    purpose: 'fine-tune'
  })
  const entry = server.files.find(f => f.id === file.id)
  if (!entry) throw new Error('the mock server did not keep the file')
  entry.created_at = createdAt
  return file.id
}

const target = (since?: number): Parameters<typeof findFile>[1] => ({
  filename: 'train.jsonl',
  size: SIZE,
  purpose: 'fine-tune',
  since
})

describe('findFile: the "created since this run began" cut-off', () => {
  it('takes a file created exactly at the cut-off second', async () => {
    const id = await stored(FIRST, CUT)
    expect((await findFile(client, target(CUT * 1000)))?.id).toBe(id)
  })

  it('takes a file created in the same second as the cut-off, before it to the millisecond', async () => {
    // created_at has whole seconds: a file stored at CUT.2 s shows CUT, and must still count.
    const id = await stored(FIRST, CUT)
    expect((await findFile(client, target(CUT * 1000 + 999)))?.id).toBe(id)
  })

  it('skips a file created the second before the cut-off', async () => {
    await stored(FIRST, CUT - 1)
    expect(await findFile(client, target(CUT * 1000))).toBeUndefined()
  })

  it('passes over an older namesake listed first for the one at the cut-off', async () => {
    const atCut = await stored(FIRST, CUT)
    await stored(SECOND, CUT - 1) // uploaded last, so the API lists it first
    const {data} = await client.list({search: 'train.jsonl'})
    expect(data.map(f => f.created_at)).toEqual([CUT - 1, CUT])

    expect((await findFile(client, target(CUT * 1000)))?.id).toBe(atCut)
  })

  it('takes a file of any age when no cut-off is given', async () => {
    const id = await stored(FIRST, 1)
    expect((await findFile(client, target()))?.id).toBe(id)
  })
})
