import {afterAll, beforeAll, beforeEach, describe, expect, it, jest} from '@jest/globals'
import {execFileSync} from 'node:child_process'
import {mkdir, mkdtemp, rm, symlink, truncate, writeFile} from 'node:fs/promises'
import net from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import {MAX_FILE_BYTES} from '../src/constants.js'

// @actions/glob logs each option and search path with core.debug, which writes ::debug:: lines
// to stdout whatever RUNNER_DEBUG says (the runner hides them): the stand-in keeps jest quiet.
jest.unstable_mockModule('@actions/core', () => core)

// The real @actions/glob, watched: a line naming one file needs no walk.
const actualGlob = await import('@actions/glob')
const create = jest.fn(actualGlob.create)
jest.unstable_mockModule('@actions/glob', () => ({...actualGlob, create}))
const {findFiles} = await import('../src/search.js')

let workspace: string
/** A folder beside the workspace, with a file in it. */
let outside: string
let socketServer: net.Server

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
  await writeFile(path.join(workspace, '..dots.jsonl'), '{"text":"x"}\n')

  outside = await mkdtemp(path.join(tmpdir(), 'outside-'))
  await writeFile(path.join(outside, 'x.jsonl'), '{"text":"outside"}\n')
  // links/: each a symbolic link, relative as git checks them out
  await mkdir(path.join(workspace, 'links'))
  await symlink(
    path.relative(path.join(workspace, 'links'), outside),
    path.join(workspace, 'links/out')
  )
  await symlink('../links/out/x.jsonl', path.join(workspace, 'links/escape.jsonl'))
  await symlink('../data/train.jsonl', path.join(workspace, 'links/inside.jsonl'))
  await symlink('../data', path.join(workspace, 'links/folder'))
  await symlink('missing.jsonl', path.join(workspace, 'links/broken.jsonl'))
  await symlink('/dev/null', path.join(workspace, 'links/null.jsonl'))
  await mkdir(path.join(workspace, '.git'))
  await writeFile(
    path.join(workspace, '.git/config'),
    '[http] extraheader = AUTHORIZATION: basic x\n'
  )
  await symlink('../.git/config', path.join(workspace, 'links/config.jsonl'))
  // special/: what is not a regular file
  await mkdir(path.join(workspace, 'special'))
  execFileSync('mkfifo', [path.join(workspace, 'special/pipe.jsonl')])
  socketServer = net.createServer()
  await new Promise<void>(resolve =>
    socketServer.listen(path.join(workspace, 'special/socket.jsonl'), resolve)
  )
})
beforeEach(() => {
  create.mockClear()
})
afterAll(async () => {
  await new Promise(resolve => socketServer.close(resolve))
  await rm(workspace, {recursive: true, force: true})
  await rm(outside, {recursive: true, force: true})
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

  it('refuses a path outside the workspace before any walk, and says how to allow it', async () => {
    for (const line of [
      path.join(outside, 'x.jsonl'),
      '../x.jsonl',
      'data/../../x.jsonl',
      '/**/*.jsonl'
    ]) {
      await expect(findFiles(line, workspace, 'error')).rejects.toThrow(
        `Input 'path': ${line} is outside the workspace (${workspace}). Only files in the workspace are uploaded: move the file into it, or set \`allow-outside-workspace: true\` if this step must upload files from elsewhere.`
      )
    }
    // and whatever if-no-files-found says
    await expect(findFiles('../*.jsonl', workspace, 'ignore')).rejects.toThrow(/is outside/)
    expect(create).not.toHaveBeenCalled()
  })

  it('takes an absolute path outside the workspace with allow-outside-workspace, shown whole', async () => {
    const file = path.join(outside, 'x.jsonl')
    const {files} = await findFiles(file, workspace, 'error', {allowOutsideWorkspace: true})
    expect(files.map(found => found.displayPath)).toEqual([file])
  })

  it('takes a file whose name starts with two dots: it is inside', async () => {
    expect(await shown('..dots.jsonl')).toEqual(['..dots.jsonl'])
  })

  it('refuses a symbolic link that leads out of the workspace, named or matched by a glob', async () => {
    const real = path.join(outside, 'x.jsonl')
    for (const line of ['links/escape.jsonl', 'links/out/x.jsonl', 'links/esc*.jsonl']) {
      const display = line.includes('*') ? 'links/escape.jsonl' : line
      await expect(findFiles(line, workspace, 'error')).rejects.toThrow(
        new RegExp(
          `^Input 'path': ${display.replace(/\./g, '\\.')} resolves to ${real.replace(/\./g, '\\.')}, outside the workspace \\(.*\\)\\. Only files in the workspace are uploaded`
        )
      )
    }
    const {files} = await findFiles('links/escape.jsonl', workspace, 'error', {
      allowOutsideWorkspace: true
    })
    expect(files).toEqual([
      {
        path: path.join(workspace, 'links/escape.jsonl'),
        displayPath: 'links/escape.jsonl',
        size: 19
      }
    ])
  })

  it('never takes a file under .git, where the checkout keeps its credentials', async () => {
    await expect(findFiles('.git/config', workspace, 'error')).rejects.toThrow(
      "Input 'path': .git/config is in a .git folder, where the checkout keeps its credentials: it is never uploaded."
    )
    await expect(
      findFiles('links/config.jsonl', workspace, 'error', {allowOutsideWorkspace: true})
    ).rejects.toThrow(
      `Input 'path': links/config.jsonl is in a .git folder (it resolves to ${path.join(workspace, '.git/config')}), where`
    )
  })

  it('takes a symbolic link to a file in the workspace, named or matched, under its own name', async () => {
    expect(await shown('links/inside.jsonl')).toEqual(['links/inside.jsonl'])
    expect(await shown('links/ins*.jsonl')).toEqual(['links/inside.jsonl'])
    expect(await shown('links/folder/train.jsonl')).toEqual(['links/folder/train.jsonl'])
  })

  it('does not follow a symbolic link to a folder in a glob: a link to / cannot walk the disk', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'search-root-link-'))
    try {
      await writeFile(path.join(root, 'a.jsonl'), '{"text":"x"}\n')
      await symlink('/', path.join(root, 'slash'))
      await symlink(outside, path.join(root, 'out'))
      const found = await findFiles('**/*.jsonl\n**', root, 'error')
      expect(found.files.map(file => file.displayPath)).toEqual(['a.jsonl'])
    } finally {
      await rm(root, {recursive: true, force: true})
    }
    // a link to a folder inside is skipped by a glob too: a glob matches files
    expect(await shown('links/folder/*.jsonl', 'ignore')).toEqual([])
  }, 5000)

  it.each([
    ['special/pipe.jsonl', 'special/pipe.jsonl is a FIFO (named pipe)'],
    ['special/socket.jsonl', 'special/socket.jsonl is a socket'],
    ['special/p*.jsonl', 'special/pipe.jsonl is a FIFO (named pipe)']
  ])('refuses %s, which is not a regular file, saying what it is', async (line, what) => {
    await expect(findFiles(line, workspace, 'error')).rejects.toThrow(
      `Input 'path': ${what}, not a regular file: only regular files are uploaded.`
    )
  })

  it('refuses a device, even where files outside the workspace are allowed', async () => {
    const options = {allowOutsideWorkspace: true}
    await expect(findFiles('/dev/null', workspace, 'error', options)).rejects.toThrow(
      "Input 'path': /dev/null is a character device, not a regular file: only regular files are uploaded."
    )
    await expect(findFiles('links/null.jsonl', workspace, 'error', options)).rejects.toThrow(
      "Input 'path': links/null.jsonl is a character device, not a regular file"
    )
    await expect(findFiles('links/null.jsonl', workspace, 'error')).rejects.toThrow(
      "Input 'path': links/null.jsonl resolves to /dev/null, outside the workspace"
    )
  })

  it('says where a broken symbolic link points', async () => {
    await expect(findFiles('links/broken.jsonl', workspace, 'error')).rejects.toThrow(
      "Input 'path': links/broken.jsonl is a symbolic link to missing.jsonl, which does not exist."
    )
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
