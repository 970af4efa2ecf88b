import type net from 'node:net'

/** The sockets a test relay opened, so that closing it ends them instead of waiting on them. */
export class OpenSockets {
  private readonly sockets = new Set<net.Socket>()

  track(...sockets: net.Socket[]): void {
    for (const socket of sockets) {
      this.sockets.add(socket)
      socket.on('error', () => socket.destroy())
      socket.on('close', () => this.sockets.delete(socket))
    }
  }

  destroyAll(): void {
    for (const socket of this.sockets) socket.destroy()
  }
}
