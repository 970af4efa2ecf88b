import {readFileSync} from 'node:fs'
import net, {type AddressInfo} from 'node:net'
import tls from 'node:tls'
import {fileURLToPath} from 'node:url'
import {OpenSockets} from './sockets.js'

/** The test certificate for localhost and 127.0.0.1; a child trusts it with NODE_EXTRA_CA_CERTS. */
export const TEST_CERT = fileURLToPath(
  new URL('../../__fixtures__/tls/localhost.crt', import.meta.url)
)
const TEST_KEY = fileURLToPath(new URL('../../__fixtures__/tls/localhost.key', import.meta.url))

/** Terminates TLS on loopback and passes the bytes to a plain HTTP server, as a gateway does. */
export class TlsFront {
  private readonly sockets = new OpenSockets()

  private constructor(private readonly server: tls.Server) {}

  static async start(targetUrl: string): Promise<TlsFront> {
    const target = new URL(targetUrl)
    const options = {key: readFileSync(TEST_KEY), cert: readFileSync(TEST_CERT)}
    const server = tls.createServer(options)
    const front = new TlsFront(server)
    server.on('secureConnection', client => {
      const upstream = net.connect(Number(target.port), target.hostname)
      client.pipe(upstream).pipe(client)
      front.sockets.track(client, upstream)
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    return front
  }

  get url(): string {
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async close(): Promise<void> {
    this.sockets.destroyAll()
    await new Promise(resolve => this.server.close(resolve))
  }
}
