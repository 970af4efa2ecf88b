// Command-line wrapper for the mock Mistral server, bundled by ncc into dist/mock-server/index.js
// for the demo. Prints one JSON line {"url","apiKey"} on stdout once listening, then logs each
// request to stderr until SIGINT/SIGTERM.
import {parseArgs} from 'node:util'
import {MockMistralServer, type RecordedRequest} from './server.js'

const USAGE = `Usage: node dist/mock-server/index.js [options]
  --port N               port to listen on (default 0: any free port)
  --host H               address to bind (default 127.0.0.1)
  --api-key K            accepted bearer key (default $MOCK_API_KEY or 'test-key')
  --storage-dir D        keep uploads here (default: a temp dir removed on exit)
  --max-upload-bytes N   larger bodies get 413 (default 536870912)
  --bytes-null           answer "bytes": null like the spec's examples
  --no-check-jsonl       accept .jsonl files whose lines are not JSON`

function logLine(r: RecordedRequest): void {
  const size = r.fileBytes === null ? '' : ` ${r.fileBytes}B`
  process.stderr.write(`${r.method} ${r.path} ${r.status ?? 'no-response'}${size}\n`)
}

function positiveInt(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a whole number, got '${raw}'`)
  return Number(raw)
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      port: {type: 'string'},
      host: {type: 'string'},
      'api-key': {type: 'string'},
      'storage-dir': {type: 'string'},
      'max-upload-bytes': {type: 'string'},
      'bytes-null': {type: 'boolean'},
      'no-check-jsonl': {type: 'boolean'},
      help: {type: 'boolean', short: 'h'}
    }
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const server = await MockMistralServer.start({
    port: positiveInt('port', values.port),
    host: values.host,
    apiKey: values['api-key'] ?? (process.env.MOCK_API_KEY || undefined),
    storageDir: values['storage-dir'],
    maxUploadBytes: positiveInt('max-upload-bytes', values['max-upload-bytes']),
    bytesNull: values['bytes-null'],
    checkJsonl: !values['no-check-jsonl'],
    onRequest: logLine
  })
  process.stdout.write(`${JSON.stringify({url: server.url, apiKey: server.apiKey})}\n`)

  const stop = async (signal: string): Promise<void> => {
    process.stderr.write(`${signal}: shutting down\n`)
    try {
      await server.close()
    } catch (error) {
      process.stderr.write(`close failed: ${String(error)}\n`)
      process.exit(1)
    }
    process.exit(0)
  }
  process.once('SIGINT', () => void stop('SIGINT'))
  process.once('SIGTERM', () => void stop('SIGTERM'))
}

try {
  await main()
} catch (error) {
  process.stderr.write(`mock-server: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
}
