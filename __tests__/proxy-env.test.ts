import {beforeEach, describe, expect, it, jest} from '@jest/globals'
import * as core from '../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const {checkProxyEnv, honoursProxyEnv} = await import('../src/proxy-env.js')

beforeEach(() => {
  jest.clearAllMocks()
})

describe('checkProxyEnv', () => {
  it.each([
    ['24.5.0', true],
    ['v24.22.3', true],
    ['25.0.0', true],
    ['22.21.0', true],
    ['24.4.1', false],
    ['22.20.0', false],
    ['23.11.0', false],
    ['20.20.2', false]
  ])('Node %s reads proxyEnv: %s', (version, honours) => {
    expect(honoursProxyEnv(version)).toBe(honours)
  })

  it('warns, naming the variable and the Node version, that requests go direct on an older Node', () => {
    checkProxyEnv(
      {HTTPS_PROXY: 'http://user:secret@proxy:3128'},
      'https://api.mistral.ai',
      '20.20.2'
    )
    expect(core.warning).toHaveBeenCalledTimes(1)
    expect(core.warning).toHaveBeenCalledWith(
      'HTTPS_PROXY is set, but Node 20.20.2, which runs this step, has no built-in proxy support (it came in Node 24.5): requests to https://api.mistral.ai go direct, not through the proxy.',
      {title: 'Proxy not used'}
    )
  })

  it('names the variable Node would use for the server: lowercase first, by protocol', () => {
    const env = {
      https_proxy: 'http://a:3128',
      HTTPS_PROXY: 'http://b:3128',
      HTTP_PROXY: 'http://c:1'
    }
    checkProxyEnv(env, 'https://api.mistral.ai', '20.0.0')
    checkProxyEnv(env, 'http://127.0.0.1:8787', '20.0.0')
    expect(core.warning.mock.calls.map(([text]) => String(text).split(' ')[0])).toEqual([
      'https_proxy',
      'HTTP_PROXY'
    ])
  })

  it('says nothing when Node uses the proxy, or when none applies to the server', () => {
    checkProxyEnv({HTTPS_PROXY: 'http://proxy:3128'}, 'https://api.mistral.ai', '24.5.0')
    checkProxyEnv({HTTP_PROXY: 'http://proxy:3128'}, 'https://api.mistral.ai', '20.0.0')
    checkProxyEnv({NO_PROXY: '*'}, 'https://api.mistral.ai', '20.0.0')
    expect(core.warning).not.toHaveBeenCalled()
  })

  it('warns that Node ignores a proxy that is not http:// or https://, without its credentials', () => {
    checkProxyEnv({HTTPS_PROXY: 'socks5://u:secret@proxy:1080'}, 'https://api.mistral.ai', '24.5.0')
    checkProxyEnv({HTTPS_PROXY: 'proxy.corp:3128'}, 'https://api.mistral.ai', '24.5.0')
    expect(core.warning.mock.calls.map(([text]) => text)).toEqual([
      'HTTPS_PROXY is "socks5://proxy:1080", but Node takes only an http:// or https:// proxy: requests to https://api.mistral.ai go direct, not through it. Write it as http://host:port.',
      'HTTPS_PROXY is "proxy.corp:3128", but Node takes only an http:// or https:// proxy: requests to https://api.mistral.ai go direct, not through it. Write it as http://host:port.'
    ])
  })
})
