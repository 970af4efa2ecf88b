import type {FileObject, FilesClient} from './files-client.js'

/**
 * A file on the API with this name and size, created since `since` (ms) when given, and with
 * the same content where the API gives a sha256 `signature`. A file whose size the API does not
 * report is never taken: a duplicate is better than someone else's file.
 */
export async function findFile(
  client: FilesClient,
  target: {filename: string; size: number; purpose: string; since?: number; sha256?: string},
  timeoutMs?: number
): Promise<FileObject | undefined> {
  const {data} = await client.list(
    {search: target.filename, purpose: target.purpose, pageSize: 100},
    timeoutMs
  )
  const sinceSeconds = Math.floor((target.since ?? 0) / 1000)
  return data.find(
    file =>
      file.filename === target.filename &&
      file.bytes === target.size &&
      file.created_at >= sinceSeconds &&
      (!isSha256(file.signature) || !target.sha256 || file.signature === target.sha256)
  )
}

function isSha256(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)
}
