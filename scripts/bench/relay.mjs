// A throttled link on loopback, run by scripts/bench/link.mjs as a child with an IPC channel, so
// its event loop does not compete with the bench's own. `relay.mjs HOST PORT BYTES_PER_SECOND`:
// every connection to its port is forwarded to HOST:PORT, the client → server direction at the
// given rate (one token bucket for all connections, as one link carries them all), the answers
// unthrottled. Sends {port} once listening; answers {type: 'stats'} with what went upstream since
// the last such question, and starts counting anew: {bytes, ms}, ms from the first byte to the
// moment the link has carried the last (its debt paid), so bytes / ms is the rate it gave. Each
// counted stretch starts with an empty bucket, so no burst saved up while idle inflates it.
import net from 'node:net'

const [host, port, rateArg] = process.argv.slice(2)
const rate = Number(rateArg) / 1000 // bytes per millisecond
// How far behind the link may fall and still catch up: 50 ms of link. On a busy 2-core machine
// the relay's timers fire, and the relay itself runs, up to tens of ms late: with 10 ms it gave
// 92-94 % of its rate, with 50 ms 99 %+. It never lets a counted stretch go faster than the rate
// (the stretch starts with an empty bucket: by time t at most rate × t, and one chunk, have gone
// through); it only lets lost link time be made up, as a real sender's socket buffers (a few MB
// on Linux) do for a sender that stalls briefly.
const burst = Math.max(64 * 1024, rate * 50)
let tokens = 0 // a link carries nothing in advance
let refilled = performance.now()
let counted = {bytes: 0, first: 0, done: 0}

function refill() {
  const now = performance.now()
  tokens = Math.min(burst, tokens + (now - refilled) * rate)
  refilled = now
  return now
}

/**
 * Forwards `from` to `to` at the link's rate: a chunk goes on at once and is paid for from the
 * bucket; when that leaves a debt, `from` is paused until the debt is paid (and `to` drained),
 * so the sender is held back by TCP's flow control, as on a slow link.
 */
function throttle(from, to) {
  from.on('data', chunk => {
    const now = refill()
    if (counted.bytes === 0) {
      counted.first = now
      tokens = Math.min(tokens, 0)
    }
    tokens -= chunk.length
    counted.bytes += chunk.length
    counted.done = now + Math.max(0, -tokens) / rate
    const flowing = to.write(chunk)
    if (tokens >= 0 && flowing) return
    from.pause()
    void resumeWhenPaid(from, to, flowing)
  })
  from.on('end', () => to.end())
}

async function resumeWhenPaid(from, to, flowing) {
  const paid = new Promise(resolve => setTimeout(resolve, Math.max(0, -tokens / rate)))
  const drained = flowing ? null : new Promise(resolve => to.once('drain', resolve))
  await Promise.all([paid, drained])
  from.resume()
}

const server = net.createServer({allowHalfOpen: true, noDelay: true}, client => {
  const upstream = net.connect({host, port: Number(port), allowHalfOpen: true, noDelay: true})
  throttle(client, upstream)
  upstream.pipe(client) // the answers: unthrottled
  const close = () => {
    client.destroy()
    upstream.destroy()
  }
  client.on('error', close)
  upstream.on('error', close)
  client.on('close', () => upstream.destroy())
  upstream.on('close', () => client.destroy())
})

process.on('message', message => {
  if (message?.type !== 'stats') return
  const {bytes, first, done} = counted
  counted = {bytes: 0, first: 0, done: 0}
  process.send({type: 'stats', bytes, ms: done - first})
})
process.on('disconnect', () => process.exit(0)) // the bench is gone

server.listen(0, '127.0.0.1', () => process.send({type: 'listening', port: server.address().port}))
