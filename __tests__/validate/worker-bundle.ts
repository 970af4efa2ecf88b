// The validator's worker (src/validate/worker.ts) bundled as `npm run build` does, for the tests
// of the threaded checks. Built from the current source, not taken from dist/, so a test never
// runs a stale worker; reused while the sources are unchanged (ncc takes seconds).
import {beforeAll} from '@jest/globals'
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {tempFiles, type TempFiles} from './helpers.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const NCC = join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js')

/** Path of a worker bundle built from the current src/validate/ (and src/json.ts). */
export function workerBundle(): string {
  const hash = createHash('sha256')
  const dir = join(ROOT, 'src/validate')
  const sources = readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter(name => name.endsWith('.ts'))
    .sort()
    .map(name => join(dir, name))
  for (const file of [...sources, join(ROOT, 'src/json.ts')]) {
    hash.update(file).update(readFileSync(file))
  }
  const out = join(tmpdir(), `validate-worker-${hash.digest('hex').slice(0, 16)}`)
  const script = join(out, 'index.js')
  if (existsSync(script)) return script
  const building = mkdtempSync(join(tmpdir(), 'validate-worker-build-'))
  execFileSync(
    process.execPath,
    [NCC, 'build', 'src/validate/worker.ts', '-o', building, '-t', '-q'],
    {
      cwd: ROOT,
      stdio: 'pipe'
    }
  )
  try {
    renameSync(building, out)
  } catch {
    rmSync(building, {recursive: true, force: true}) // another test file built it meanwhile
  }
  return script
}

export interface ThreadedTestFiles extends TempFiles {
  /** The worker bundle, once the test file's beforeAll has run. */
  readonly script: string
}

/** tempFiles, and the worker bundle built before the tests. Call at the top of the test file. */
export function threadedTestFiles(prefix: string): ThreadedTestFiles {
  const files = tempFiles(prefix)
  let script = ''
  beforeAll(() => {
    script = workerBundle()
  }, 120_000)
  return {
    get dir() {
      return files.dir
    },
    get script() {
      return script
    },
    file: files.file
  }
}
