// `node scripts/bare-upload.mjs FILE SERVER_URL API_KEY`: the floor for any Node client in the
// benchmark. The same multipart body the action sends, streamed with Node's http.request in 256 KiB
// reads, with nothing checked, hashed or reported; prints {id, bytes} like the SDK script.
import {open} from 'node:fs/promises'
import http from 'node:http'
import {basename} from 'node:path'

const [file, serverUrl, apiKey] = process.argv.slice(2)
const handle = await open(file)
const {size} = await handle.stat()
const boundary = `----BareUpload${Date.now()}`
const head = Buffer.from(
  `--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nfine-tune\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${basename(file)}"\r\n` +
    'Content-Type: application/octet-stream\r\n\r\n'
)
const tail = Buffer.from(`\r\n--${boundary}--\r\n`)

const request = http.request(`${serverUrl}/v1/files`, {
  method: 'POST',
  headers: {
    authorization: `Bearer ${apiKey}`,
    'content-type': `multipart/form-data; boundary=${boundary}`,
    'content-length': head.length + size + tail.length
  }
})
const response = new Promise((resolve, reject) => {
  request.on('response', resolve)
  request.on('error', reject)
})
request.write(head)
// Two buffers in turn: one can still be queued on the socket while the other is filled.
const buffers = [Buffer.allocUnsafe(256 * 1024), Buffer.allocUnsafe(256 * 1024)]
for (let sent = 0, turn = 0; sent < size; turn++) {
  const buffer = buffers[turn % 2]
  const {bytesRead} = await handle.read(buffer, 0, buffer.length, sent)
  if (bytesRead === 0) throw new Error(`${file} shrank while it was sent`)
  sent += bytesRead
  if (!request.write(buffer.subarray(0, bytesRead))) {
    await new Promise(resolve => request.once('drain', resolve))
  }
}
request.end(tail)
await handle.close()

const answer = await response
let text = ''
for await (const chunk of answer) text += chunk
if (answer.statusCode !== 200) throw new Error(`${answer.statusCode}: ${text}`)
const uploaded = JSON.parse(text)
process.stdout.write(`${JSON.stringify({id: uploaded.id, bytes: uploaded.bytes})}\n`)
