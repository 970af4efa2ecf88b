import * as glob from '@actions/glob'
import {stat} from 'node:fs/promises'
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

const GLOB_CHARS = /[*?[\]{}]/
/** Also a backslash, which @actions/glob reads as an escape outside Windows. */
const PATTERN_CHARS = /[*?[\]{}\\]/

/**
 * The files the `path` input names: one file or glob per line, `!pattern` to exclude, relative to
 * the workspace. A line that matches nothing fails, warns or passes as `if-no-files-found` says.
 */
export async function findFiles(
  patterns: string,
  workspace: string,
  ifNoFilesFound: IfNoFilesFound
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

  const found = new Map<string, LocalFile>()
  const unmatched: string[] = []
  for (const line of lines.filter(line => !line.startsWith('!'))) {
    const target = absolute(line)
    const literal = excludes.length === 0 && !PATTERN_CHARS.test(line)
    const matches = literal && (await isFile(target)) ? [target] : await globFiles(target, excludes)
    if (matches.length === 0) {
      const reason = await whyNothingMatched(line, target, workspace)
      if (ifNoFilesFound === 'error') throw new InputError(Inputs.Path, reason)
      unmatched.push(reason)
    }
    for (const match of matches) {
      if (!found.has(match)) found.set(match, await checkFile(match, workspace))
    }
  }
  return {files: [...found.values()], unmatched}
}

/** A walk costs ~7 ms of the step's start-up, where a line naming one file needs one stat. */
async function globFiles(pattern: string, excludes: string[]): Promise<string[]> {
  const globber = await glob.create([pattern, ...excludes].join('\n'), {
    matchDirectories: false,
    implicitDescendants: false
  })
  return (await globber.glob()).sort()
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false
}

async function whyNothingMatched(line: string, file: string, workspace: string): Promise<string> {
  if (GLOB_CHARS.test(line)) return `no file matches ${line} (relative to ${workspace}).`
  const stats = await stat(file).catch(() => undefined)
  if (stats?.isDirectory()) {
    return `${line} is a directory; name a file in it, or a glob such as ${path.posix.join(line, '*.jsonl')}.`
  }
  if (stats) return `${line} is excluded by a !pattern, or is not a regular file.`
  return `${line} does not exist. Paths are relative to the workspace (${workspace}); did the step that makes it run, or is actions/checkout missing?`
}

async function checkFile(file: string, workspace: string): Promise<LocalFile> {
  const relative = path.relative(workspace, file)
  const displayPath = relative && !relative.startsWith('..') ? relative : file
  const {size} = await stat(file)
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
