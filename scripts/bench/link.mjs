// The throttled link: scripts/bench/relay.mjs in a child process of its own, between the clients
// and the local server.
import {fork} from 'node:child_process'
import {once} from 'node:events'
import {fileURLToPath} from 'node:url'

const RELAY = fileURLToPath(new URL('relay.mjs', import.meta.url))

/**
 * A relay to the server at `serverUrl` that carries uploads at `bytesPerSecond`. `url` is the
 * server's, through the relay; `stats()` gives {bytes, ms} forwarded since the last call.
 */
export async function startRelay(serverUrl, bytesPerSecond) {
  const {hostname, port} = new URL(serverUrl)
  const child = fork(RELAY, [hostname, port, String(bytesPerSecond)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc']
  })
  const [ready] = await once(child, 'message')
  const stats = async () => {
    const answer = once(child, 'message')
    child.send({type: 'stats'})
    const [{bytes, ms}] = await answer
    return {bytes, ms}
  }
  const stop = async () => {
    if (child.exitCode !== null) return
    child.kill('SIGTERM')
    await once(child, 'exit')
  }
  return {url: `http://127.0.0.1:${ready.port}`, stats, stop}
}
