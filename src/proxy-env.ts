import {annotation, maskSecret} from './report/writer.js'
import {StepError} from './step-error.js'

// The proxy variables of Node's built-in proxy support, which the Files client turns on with
// `proxyEnv: process.env` (client/transport.ts). Node reads `https_proxy || HTTPS_PROXY` for an
// https:// server and `http_proxy || HTTP_PROXY` for an http:// one (lowercase first), and
// NO_PROXY / no_proxy, a list of hosts rather than a URL.

type Env = Record<string, string | undefined>

export const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'] as const

/**
 * Registers every credential a proxy variable carries with the masker: the password and the whole
 * `user:password`, as written and decoded, and the Basic token Node builds from them (which
 * NODE_DEBUG=http prints). Called before anything is logged.
 */
export function maskProxyCredentials(env: Env): void {
  for (const name of PROXY_VARIABLES) {
    const value = env[name]
    for (const secret of value ? credentials(value) : []) maskSecret(secret)
  }
}

/**
 * Fails on a proxy variable that is not a URL, never showing its credentials; warns when the one
 * Node would use for `serverUrl` is not used after all, so requests go direct.
 */
export function checkProxyEnv(env: Env, serverUrl: string, nodeVersion: string): void {
  for (const name of PROXY_VARIABLES) {
    const value = env[name]
    if (value && parse(value) === undefined) {
      const shown = hideCredentials(value)
      throw new StepError(
        `Environment variable ${name} is not a valid URL (${JSON.stringify(shown)}${shown === value ? '' : ', credentials hidden'}), so no request can go through it. Write it as http://host:port, with any user and password percent-encoded (a / in the password is %2F), or unset it.`
      )
    }
  }
  const names = serverUrl.startsWith('https:')
    ? ['https_proxy', 'HTTPS_PROXY']
    : ['http_proxy', 'HTTP_PROXY']
  const name = names.find(candidate => env[candidate])
  if (name === undefined) return
  const url = parse(env[name] ?? '') as URL
  const title = 'Proxy not used'
  if (!honoursProxyEnv(nodeVersion)) {
    annotation(
      'warning',
      `${name} is set, but Node ${nodeVersion}, which runs this step, has no built-in proxy support (it came in Node 24.5): requests to ${serverUrl} go direct, not through the proxy.`,
      {title}
    )
  } else if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    url.username = ''
    url.password = ''
    annotation(
      'warning',
      `${name} is "${url.href}", but Node takes only an http:// or https:// proxy: requests to ${serverUrl} go direct, not through it. Write it as http://host:port.`,
      {title}
    )
  }
}

/** Whether this Node reads `proxyEnv`: from 24.5, and in 22 from 22.21. */
export function honoursProxyEnv(nodeVersion: string): boolean {
  const [major, minor] = nodeVersion.replace(/^v/, '').split('.').map(Number)
  return major > 24 || (major === 24 && minor >= 5) || (major === 22 && minor >= 21)
}

/** As Node parses it: a line break makes it invalid even where the URL parser would drop it. */
function parse(value: string): URL | undefined {
  if (/[\r\n]/.test(value)) return undefined
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}

/** Everything up to the last @ hidden: where an invalid URL's credentials end is anyone's guess. */
function hideCredentials(value: string): string {
  const at = value.lastIndexOf('@')
  if (at === -1) return value
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? ''
  return `${scheme}***${value.slice(at)}`
}

function credentials(value: string): string[] {
  const found = new Set<string>()
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? ''
  const url = parse(value)
  if (url === undefined) {
    // Not a URL: the step fails on it; hide all that may be credentials.
    const at = value.lastIndexOf('@')
    if (at > scheme.length) found.add(value.slice(scheme.length, at))
    return [...found]
  }
  if (!url.username && !url.password) return []
  // As written: the authority ends at the first / ? # or \, its userinfo at the last @ in it.
  const authority = value.slice(scheme.length).split(/[/?#\\]/)[0]
  const userinfo = authority.slice(0, Math.max(authority.lastIndexOf('@'), 0))
  const written = userinfo.includes(':') ? userinfo.slice(userinfo.indexOf(':') + 1) : ''
  const user = decode(url.username)
  const password = decode(url.password)
  const secrets = [
    userinfo,
    `${url.username}:${url.password}`,
    `${user}:${password}`,
    Buffer.from(`${user}:${password}`).toString('base64'),
    // A user without a password is the credential itself (a token); beside one it is a name.
    ...(url.password ? [written, url.password, password] : [url.username, user])
  ]
  for (const secret of secrets) if (secret && secret !== ':') found.add(secret)
  return [...found]
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
