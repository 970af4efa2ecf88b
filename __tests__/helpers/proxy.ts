import http from 'node:http'
import net, {type AddressInfo} from 'node:net'
import {OpenSockets} from './sockets.js'

/**
 * A small HTTP proxy on loopback that records what went through it: CONNECT tunnels (how
 * https:// requests travel) and absolute-form requests it forwards (how http:// ones do).
 */
export class HttpProxy {
  /** `host:port` of each CONNECT. */
  readonly tunnels: string[] = []
  /** `METHOD absolute-url` of each forwarded request. */
  readonly forwarded: string[] = []
  private readonly sockets = new OpenSockets()

  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<HttpProxy> {
    const server = http.createServer()
    const proxy = new HttpProxy(server)
    server.on('request', (req, res) => proxy.forward(req, res))
    server.on('connect', (req, client: net.Socket, head: Buffer) => proxy.tunnel(req, client, head))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    return proxy
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  private forward(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.forwarded.push(`${req.method} ${req.url}`)
    const upstream = http.request(req.url ?? '', {method: req.method, headers: req.headers})
    upstream.on('response', answer => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  }

  private tunnel(req: http.IncomingMessage, client: net.Socket, head: Buffer): void {
    const target = req.url ?? ''
    this.tunnels.push(target)
    const [host, port] = target.split(':')
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    this.sockets.track(client, upstream)
  }

  async close(): Promise<void> {
    this.sockets.destroyAll()
    this.server.closeAllConnections()
    await new Promise(resolve => this.server.close(resolve))
  }
}
