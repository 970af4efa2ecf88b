// Measuring one child process: wall time from here, peak RSS from the kernel (GNU time %M), and
// the action run as the runner runs it. Each contender runs in its own process, so its peak RSS
// is its own (worker threads included: they are threads of that process).
import {spawn} from 'node:child_process'
import {once} from 'node:events'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {ACTION_ENTRY, inputEnv, parseOutputFile} from '../run-action.mjs'
import {MB} from './stats.mjs'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const WORK = path.join(ROOT, '.bench') // git-ignored: data files, the validator bundle

let running // the child being measured, to stop with the bench on Ctrl-C

/** Kills the child being measured, if any, with its own children. */
export function stopRunning() {
  if (running?.exitCode === null) process.kill(-running.pid, 'SIGKILL')
}

/**
 * Runs `cmd` under GNU time: `ms` is the wall time from spawn to exit, measured here (the
 * process's start-up included), `rssMB` its peak RSS (%M, in KiB) from the kernel.
 */
export async function measure(cmd, argv, env = process.env) {
  const rssFile = path.join(WORK, `rss-${process.pid}`)
  const started = performance.now()
  const child = (running = spawn('/usr/bin/time', ['-f', '%M', '-o', rssFile, cmd, ...argv], {
    cwd: ROOT,
    env,
    detached: true // its own process group, so it can be killed together with its child
  }))
  let [stdout, stderr] = ['', '']
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 300_000) // hung
  const [code] = await once(child, 'close')
  clearTimeout(timer)
  const ms = performance.now() - started
  if (code !== 0) throw new Error(`${cmd} ${argv.join(' ')}: exit ${code}\n${stdout}${stderr}`)
  const rssKiB = Number((await readFile(rssFile, 'utf8')).trim().split('\n').pop())
  return {stdout, ms, rssMB: (rssKiB * 1024) / MB}
}

/** The file `measure` leaves behind, removed when the bench ends. */
export const cleanUp = async () => rm(path.join(WORK, `rss-${process.pid}`), {force: true})

/** dist/index.js with the environment scripts/run-action.mjs gives it, under GNU time. */
export async function measureAction(node, inputs) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-action-'))
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    RUNNER_TEMP: dir,
    ...inputEnv(inputs)
  }
  try {
    await writeFile(env.GITHUB_OUTPUT, '')
    await writeFile(env.GITHUB_STEP_SUMMARY, '')
    const run = await measure(node, [ACTION_ENTRY], env)
    return {...run, outputs: parseOutputFile(await readFile(env.GITHUB_OUTPUT, 'utf8'))}
  } finally {
    await rm(dir, {recursive: true, force: true})
  }
}

/**
 * `reps` rounds over `items`, each round starting one item further on: a noisy moment, or one
 * contender's leftover cache or CPU-frequency state, does not always land on the same contender.
 */
export async function roundRobin(items, reps, runOne) {
  const runs = new Map(items.map(item => [item, []]))
  for (let rep = 0; rep < reps; rep++) {
    for (let i = 0; i < items.length; i++) {
      const item = items[(i + rep) % items.length]
      runs.get(item).push(await runOne(item))
    }
  }
  return runs
}
