import * as glob from '@actions/glob'
import {readlink, realpath, stat} from 'node:fs/promises'
import type {Stats} from 'node:fs'
import path from 'node:path'
import {Inputs, MAX_FILE_BYTES} from './constants.js'
import {InputError} from './step-error.js'
import type {IfNoFilesFound} from './settings.js'

export interface LocalFile {
  /** Absolute path. */
  path: string
  /** As shown to users and in annotations: relative to the workspace when inside it. */
  displayPath: string
  size: number
}

export interface SearchResult {
  /** In input order: line by line, sorted within a line, each file once. */
  files: LocalFile[]
  /** Why each line that matched nothing did not (only when if-no-files-found allows it). */
  unmatched: string[]
}

export interface SearchOptions {
  /** Take files whose real path is outside the workspace (allow-outside-workspace); off: refused. */
  allowOutsideWorkspace?: boolean
}

/** The workspace as written and as it really is, once its symbolic links are resolved. */
interface Bounds {
  workspace: string
  real: string
  allowOutside: boolean
}

const GLOB_CHARS = /[*?[\]{}]/
/** Also a backslash, which @actions/glob reads as an escape outside Windows. */
const PATTERN_CHARS = /[*?[\]{}\\]/

/**
 * The files the `path` input names: one file or glob per line, `!pattern` to exclude, relative to
 * the workspace. A line that matches nothing fails, warns or passes as `if-no-files-found` says.
 * Only regular files whose real path is in the workspace are taken, never one under .git.
 */
export async function findFiles(
  patterns: string,
  workspace: string,
  ifNoFilesFound: IfNoFilesFound,
  {allowOutsideWorkspace = false}: SearchOptions = {}
): Promise<SearchResult> {
  const lines = patterns
    .split('\n')
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('#'))
  if (lines.length === 0) {
    throw new InputError(Inputs.Path, 'is required: a file or glob, relative to the workspace.')
  }
  const absolute = (pattern: string): string => path.resolve(workspace, pattern)
  const excludes = lines
    .filter(line => line.startsWith('!'))
    .map(line => `!${absolute(line.slice(1))}`)
  const resolved = path.resolve(workspace)
  const bounds: Bounds = {
    workspace: resolved,
    real: (await attempt(realpath(resolved))) ?? resolved,
    allowOutside: allowOutsideWorkspace
  }

  const found = new Map<string, LocalFile>()
  const unmatched: string[] = []
  for (const line of lines.filter(candidate => !candidate.startsWith('!'))) {
    const target = absolute(line)
    // Before any walk: a glob such as /** would otherwise read the whole disk first.
    if (
      !allowOutsideWorkspace &&
      !within(bounds.workspace, target) &&
      !within(bounds.real, target)
    ) {
      throw new InputError(
        Inputs.Path,
        `${line} is outside the workspace (${workspace}). ${OUTSIDE_FIX}`
      )
    }
    const literal = excludes.length === 0 && !PATTERN_CHARS.test(line)
    const stats = literal ? await attempt(stat(target)) : undefined
    const named = stats !== undefined && !stats.isDirectory()
    const matches = named ? [target] : await globFiles(target, excludes)
    const files: LocalFile[] = []
    for (const match of matches) {
      const file = found.get(match) ?? (await checkFile(match, bounds, !named))
      if (file) files.push(file)
    }
    if (files.length === 0) {
      const reason = await whyNothingMatched(line, target, workspace)
      if (ifNoFilesFound === 'error') throw new InputError(Inputs.Path, reason)
      unmatched.push(reason)
    }
    for (const file of files) if (!found.has(file.path)) found.set(file.path, file)
  }
  return {files: [...found.values()], unmatched}
}

const OUTSIDE_FIX =
  'Only files in the workspace are uploaded: move the file into it, or set `allow-outside-workspace: true` if this step must upload files from elsewhere.'

/**
 * A walk costs ~7 ms of the step's start-up, where a line naming one file needs one stat. It
 * does not follow symbolic links: one to / would make `**` walk the whole disk. A link to a file
 * still matches, and is checked like any file.
 */
async function globFiles(pattern: string, excludes: string[]): Promise<string[]> {
  const globber = await glob.create([pattern, ...excludes].join('\n'), {
    matchDirectories: false,
    implicitDescendants: false,
    followSymbolicLinks: false
  })
  return (await globber.glob()).sort()
}

async function whyNothingMatched(line: string, file: string, workspace: string): Promise<string> {
  if (GLOB_CHARS.test(line)) return `no file matches ${line} (relative to ${workspace}).`
  const stats = await attempt(stat(file))
  if (stats?.isDirectory()) {
    return `${line} is a directory; name a file in it, or a glob such as ${path.posix.join(line, '*.jsonl')}.`
  }
  if (stats) return `${line} is excluded by a !pattern, or is not a regular file.`
  return `${line} does not exist. Paths are relative to the workspace (${workspace}); did the step that makes it run, or is actions/checkout missing?`
}

/**
 * The file, once its real path is known to be a regular file in the workspace and not under .git;
 * undefined for a glob's match that is a link to a folder (a glob matches files only).
 */
async function checkFile(
  file: string,
  bounds: Bounds,
  fromGlob: boolean
): Promise<LocalFile | undefined> {
  const relative = path.relative(bounds.workspace, file)
  const displayPath = relative && within(bounds.workspace, file) ? relative : file
  let real: string
  let stats: Stats
  try {
    real = await realpath(file)
    stats = await stat(real)
  } catch (error) {
    const target = await attempt(readlink(file))
    throw new InputError(
      Inputs.Path,
      target === undefined
        ? `${displayPath} cannot be read: ${(error as Error).message}`
        : `${displayPath} is a symbolic link to ${target}, which does not exist.`
    )
  }
  if (fromGlob && stats.isDirectory()) return undefined
  const inWorkspace = within(bounds.real, real)
  if (!bounds.allowOutside && !inWorkspace) {
    throw new InputError(
      Inputs.Path,
      `${displayPath} resolves to ${real}, outside the workspace (${bounds.workspace}). ${OUTSIDE_FIX}`
    )
  }
  // Relative to the workspace when in it, so that a workspace under a .git folder still works.
  if ((inWorkspace ? path.relative(bounds.real, real) : real).split(path.sep).includes('.git')) {
    throw new InputError(
      Inputs.Path,
      `${displayPath} is in a .git folder${real === file ? '' : ` (it resolves to ${real})`}, where the checkout keeps its credentials: it is never uploaded.`
    )
  }
  if (!stats.isFile()) {
    throw new InputError(
      Inputs.Path,
      `${displayPath} is ${kind(stats)}, not a regular file: only regular files are uploaded.`
    )
  }
  const {size} = stats
  if (size === 0) {
    throw new InputError(Inputs.Path, `${displayPath} is empty; there is nothing to upload.`)
  }
  if (size > MAX_FILE_BYTES) {
    throw new InputError(
      Inputs.Path,
      `${displayPath} is ${size} bytes, over the API's limit of ${MAX_FILE_BYTES} bytes (512 MiB). Split it into several files.`
    )
  }
  return {path: file, displayPath, size}
}

/** Whether target is root or inside it (path.relative: a sibling such as ../root2 is not). */
function within(root: string, target: string): boolean {
  const relative = path.relative(root, target)
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  )
}

function kind(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory'
  if (stats.isFIFO()) return 'a FIFO (named pipe)'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  return 'not a regular file'
}

/** The result, or undefined when it fails (a path that does not exist, say). */
async function attempt<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise
  } catch {
    return undefined
  }
}
