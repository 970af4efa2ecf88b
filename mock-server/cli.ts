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
  --no-check-jsonl       accept .jsonl files whose lines are not JSON
  --batch-step-ms N      time between two steps of a batch job (default 100)
  --batch-requests-per-step N
                         requests a running batch job answers per step (default 10)
  --batch-hour-ms N      length of one of a job's timeout_hours, in ms (default 3600000)
  --batch-fail-custom-ids A,B
                         request lines with these custom_ids fail with 400
  --batch-all-failed-status S
                         SUCCESS (default) or FAILED: how a job none of whose requests
                         succeeded ends
  --legacy-fine-tuning   serve the retired /v1/fine_tuning/jobs API instead of 410
  --fine-tuning-step-ms N
                         time between two fine-tuning job statuses (default: batch step)`

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
      'batch-step-ms': {type: 'string'},
      'batch-requests-per-step': {type: 'string'},
      'batch-hour-ms': {type: 'string'},
      'batch-fail-custom-ids': {type: 'string'},
      'batch-all-failed-status': {type: 'string'},
      'legacy-fine-tuning': {type: 'boolean'},
      'fine-tuning-step-ms': {type: 'string'},
      help: {type: 'boolean', short: 'h'}
    }
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const allFailed = values['batch-all-failed-status']
  if (allFailed !== undefined && allFailed !== 'SUCCESS' && allFailed !== 'FAILED') {
    throw new Error(`--batch-all-failed-status must be SUCCESS or FAILED, got '${allFailed}'`)
  }
  const failIds = values['batch-fail-custom-ids']?.split(',').filter(id => id !== '')
  const server = await MockMistralServer.start({
    port: positiveInt('port', values.port),
    host: values.host,
    apiKey: values['api-key'] ?? (process.env.MOCK_API_KEY || undefined),
    storageDir: values['storage-dir'],
    maxUploadBytes: positiveInt('max-upload-bytes', values['max-upload-bytes']),
    bytesNull: values['bytes-null'],
    checkJsonl: !values['no-check-jsonl'],
    batchStepMs: positiveInt('batch-step-ms', values['batch-step-ms']),
    batchRequestsPerStep: positiveInt('batch-requests-per-step', values['batch-requests-per-step']),
    batchHourMs: positiveInt('batch-hour-ms', values['batch-hour-ms']),
    failCustomIds: failIds && (id => id !== null && failIds.includes(id)),
    batchAllFailedStatus: allFailed,
    legacyFineTuning: values['legacy-fine-tuning'],
    fineTuningStepMs: positiveInt('fine-tuning-step-ms', values['fine-tuning-step-ms']),
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
