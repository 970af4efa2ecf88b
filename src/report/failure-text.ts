import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  CertificateError,
  GoneError,
  InternalServerError,
  InvalidResponseError,
  LocalFileError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  UnprocessableEntityError
} from '../client/errors.js'
import {Inputs} from '../constants.js'
import {StepError} from '../step-error.js'
import {CheckThreadError} from '../validate/threads.js'
import {count} from './units.js'

/** What to do about each kind of failure. The first entry the error is an instance of wins. */
const HINTS: Hint[] = [
  hint(RedirectError, error =>
    error.location
      ? `The server redirects to ${error.location}; redirects are not followed, since the key would go along. If you trust that address, set '${Inputs.ServerUrl}' to it.`
      : `The server answered with a redirect; check '${Inputs.ServerUrl}'.`
  ),
  hint(
    AuthenticationError,
    () =>
      `Check the secret passed as '${Inputs.ApiKey}': it must be set for this repository and be an active Mistral API key.`
  ),
  hint(
    PermissionDeniedError,
    () => 'The key may not do this in its workspace; check its permissions.'
  ),
  hint(NotFoundError, () => `Check '${Inputs.ServerUrl}': it is the API's base URL, without /v1.`),
  hint(GoneError, () => 'Mistral has retired this API route; nothing replaces it.'),
  hint(
    PayloadTooLargeError,
    () => 'The file is over the size the server accepts; split it into smaller files.'
  ),
  hint(UnprocessableEntityError, error =>
    error.lineErrors.length
      ? `The server rejected ${count(error.lineErrors.length, 'line')}; see the annotations on the file.`
      : 'The server rejected the request; fix what it names and run again.'
  ),
  hint(RateLimitError, () => 'Rate limited: wait, or lower how often this runs.'),
  hint(InternalServerError, () => "Mistral's API had a problem; re-run the job."),
  hint(
    APITimeoutError,
    () =>
      `The network or the server is slow; re-run the job, or raise '${Inputs.AttemptTimeoutSeconds}'.`
  ),
  hint(
    CertificateError,
    () =>
      "The server's certificate did not verify; behind a proxy that inspects TLS, give Node its CA with NODE_EXTRA_CA_CERTS."
  ),
  hint(
    APIConnectionError,
    () => `Check '${Inputs.ServerUrl}', the network, and HTTPS_PROXY/NO_PROXY.`
  ),
  hint(
    InvalidResponseError,
    () => 'The answer does not follow the Mistral API; check any proxy or gateway in between.'
  ),
  hint(
    CheckThreadError,
    () =>
      `The dataset check stopped before the end of the file, and nothing was stored. Make sure no other step writes the file while it is read, then run again; '${Inputs.Validate}: false' skips the check.`
  ),
  hint(
    LocalFileError,
    () => 'Make sure no other step writes the file while it is uploaded, then run again.'
  )
]

interface Hint {
  applies: (error: unknown) => boolean
  text: (error: never) => string
}

function hint<T extends Error>(
  kind: abstract new (...args: never[]) => T,
  text: (error: T) => string
): Hint {
  return {applies: error => error instanceof kind, text}
}

/** The hint for an error, or '' when there is nothing to add. */
export function hintFor(error: unknown): string {
  const found = HINTS.find(entry => entry.applies(error))
  return found ? found.text(error as never) : ''
}

/**
 * A failure as one message: what failed, after how many attempts, the cause (with the API's
 * status, reason and request id) and what to do (`advice`, by default the table's hint; a step
 * whose inputs differ from the upload's passes its own). A StepError already says it all.
 */
export function describeFailure(
  error: unknown,
  what: string,
  attempts = 1,
  advice = hintFor(error)
): string {
  if (error instanceof StepError) return error.message
  const prefix = `${what} failed${attempts > 1 ? ` after ${attempts} attempts` : ''}`
  const cause =
    error instanceof APIError
      ? `the Mistral API answered ${error.message}${error.requestId ? ` (request id ${error.requestId})` : ''}`
      : errorText(error)
  const end = cause.endsWith('.') ? '' : '.'
  return `${prefix}: ${cause}${end}${advice ? ` ${advice}` : ''}`
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
