import http from 'node:http'
import net, {type AddressInfo} from 'node:net'

/** A small HTTP CONNECT proxy on loopback that records where it tunnelled to. */
export class ConnectProxy {
  readonly tunnels: string[] = []
  private readonly sockets = new Set<net.Socket>()

  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<ConnectProxy> {
    const server = http.createServer((_req, res) => {
      res.writeHead(501).end('only CONNECT') // absolute-URI forwarding is not expected
    })
    const proxy = new ConnectProxy(server)
    server.on('connect', (req, client: net.Socket, head: Buffer) => proxy.tunnel(req, client, head))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    return proxy
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
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
    for (const socket of [client, upstream]) {
      this.sockets.add(socket)
      socket.on('error', () => socket.destroy())
      socket.on('close', () => this.sockets.delete(socket))
    }
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise(resolve => this.server.close(resolve))
  }
}
