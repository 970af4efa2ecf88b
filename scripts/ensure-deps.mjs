// Installs dependencies when node_modules is missing or older than package-lock.json, so
// `npm test` works as the first command on a fresh clone.
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'

const stamp = 'node_modules/.package-lock.sha256'
const lock = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex')

if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lock) {
  process.stderr.write('Installing dependencies (node_modules is missing or stale)...\n')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], {stdio: 'inherit'})
  writeFileSync(stamp, lock)
}
