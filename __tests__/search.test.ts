import {afterAll, beforeAll, beforeEach, describe, expect, it, jest} from '@jest/globals'
import {mkdir, mkdtemp, rm, symlink, truncate, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {MAX_FILE_BYTES} from '../src/constants.js'

// The real @actions/glob, watched: a line naming one file needs no walk.
const actualGlob = await import('@actions/glob')
const create = jest.fn(actualGlob.create)
jest.unstable_mockModule('@actions/glob', () => ({...actualGlob, create}))
const {findFiles} = await import('../src/search.js')

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
  await symlink(path.join(workspace, 'data/train.jsonl'), path.join(workspace, 'linked.jsonl'))
})
beforeEach(() => {
  create.mockClear()
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

  it('finds files named one per line without a glob walk, and a link by its own path', async () => {
    expect(await shown('data/train.jsonl\n./data/../data/valid.jsonl\nlinked.jsonl')).toEqual([
      'data/train.jsonl',
      'data/valid.jsonl',
      'linked.jsonl'
    ])
    expect(create).not.toHaveBeenCalled()
  })

  it('leaves to @actions/glob a line with a pattern character, or any line when a !pattern excludes', async () => {
    expect(await shown('data/t*.jsonl')).toEqual(['data/test.jsonl', 'data/train.jsonl'])
    expect(await shown('data/train.jsonl\n!data/valid.jsonl')).toEqual(['data/train.jsonl'])
    expect(create).toHaveBeenCalledTimes(2)
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
    [
      'data/train.jsonl\n!data/train.jsonl',
      /^Input 'path': data\/train\.jsonl is excluded by a !pattern, or is not a regular file\./
    ],
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
