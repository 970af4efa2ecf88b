import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {mkdir, mkdtemp, rm, truncate, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {MAX_FILE_BYTES} from '../src/constants.js'
import {findFiles} from '../src/search.js'

let workspace: string

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'search-'))
  await mkdir(path.join(workspace, 'data/more'), {recursive: true})
  for (const name of [
    'train.jsonl',
    'valid.jsonl',
    'test.jsonl',
    'notes.txt',
    'more/extra.jsonl'
  ]) {
    await writeFile(path.join(workspace, 'data', name), '{"text":"x"}\n')
  }
  await writeFile(path.join(workspace, 'data/empty.jsonl'), '')
  await writeFile(path.join(workspace, 'huge.jsonl'), '')
  await truncate(path.join(workspace, 'huge.jsonl'), MAX_FILE_BYTES + 1) // sparse
})
afterAll(async () => {
  await rm(workspace, {recursive: true, force: true})
})

const shown = async (
  patterns: string,
  mode: 'error' | 'warn' | 'ignore' = 'error'
): Promise<string[]> =>
  (await findFiles(patterns, workspace, mode)).files.map(file => file.displayPath)

describe('findFiles', () => {
  it('finds one file by its path, with its size', async () => {
    const {files} = await findFiles('data/train.jsonl', workspace, 'error')
    expect(files).toEqual([
      {
        path: path.join(workspace, 'data/train.jsonl'),
        displayPath: path.join('data', 'train.jsonl'),
        size: 13
      }
    ])
  })

  it('expands globs, sorted within a line, lines in input order, each file once', async () => {
    expect(await shown('data/v*.jsonl\ndata/t*.jsonl\ndata/train.jsonl')).toEqual([
      'data/valid.jsonl',
      'data/test.jsonl',
      'data/train.jsonl'
    ])
  })

  it('matches ** across folders and leaves out !patterns', async () => {
    expect(await shown('data/**/*.jsonl\n!data/empty.jsonl\n!**/test.jsonl')).toEqual([
      'data/more/extra.jsonl',
      'data/train.jsonl',
      'data/valid.jsonl'
    ])
  })

  it('skips blank lines and comments', async () => {
    expect(await shown('\n# the training set\ndata/train.jsonl\n\n')).toEqual(['data/train.jsonl'])
  })

  it('takes an absolute path outside the workspace and shows it whole', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'outside-'))
    await writeFile(path.join(outside, 'x.jsonl'), '{}\n')
    expect(await shown(path.join(outside, 'x.jsonl'))).toEqual([path.join(outside, 'x.jsonl')])
  })

  it.each([
    [
      'data/missing.jsonl',
      /^Input 'path': data\/missing\.jsonl does not exist\. Paths are relative to the workspace/
    ],
    ['data/*.csv', /^Input 'path': no file matches data\/\*\.csv/],
    [
      'data',
      /^Input 'path': data is a directory; name a file in it, or a glob such as data\/\*\.jsonl\./
    ],
    ['data/empty.jsonl', /^Input 'path': data\/empty\.jsonl is empty/],
    ['huge.jsonl', /^Input 'path': huge\.jsonl is \d+ bytes, over the API's limit .* Split it/],
    ['# only a comment', /^Input 'path': is required/]
  ])('fails on %j', async (patterns, message) => {
    await expect(findFiles(patterns, workspace, 'error')).rejects.toThrow(message)
  })

  it('with if-no-files-found warn or ignore, reports what matched nothing and goes on', async () => {
    for (const mode of ['warn', 'ignore'] as const) {
      const result = await findFiles('data/*.csv\ndata/train.jsonl', workspace, mode)
      expect(result.files.map(file => file.displayPath)).toEqual(['data/train.jsonl'])
      expect(result.unmatched).toEqual([expect.stringMatching(/^no file matches data\/\*\.csv/)])
    }
  })
})
