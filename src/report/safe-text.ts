// The one place that makes text safe to show: secrets redacted, then escaped for where it goes.
// Every line the writer prints and every cell of the summary passes through here.

/** A real key is 32 characters; replacing a one- or two-letter test key would garble every word. */
const MIN_REDACTED_LENGTH = 6

const secrets: string[] = []

/** Remembers a secret so that nothing written afterwards can show it. */
export function addSecret(secret: string): void {
  if (secret.length >= MIN_REDACTED_LENGTH && !secrets.includes(secret)) secrets.push(secret)
}

/** Replaces every known secret with `***`, as the runner does in the log. */
export function redact(text: string): string {
  return secrets.reduce((out, secret) => out.split(secret).join('***'), text)
}

/**
 * Text for a log line: redacted, and no line of it a workflow command. The runner reads `::name`
 * at the start of a line once leading spaces are trimmed, and the older `##[name]` anywhere in it
 * (actions/runner ActionCommand.cs), on each line as a stream reader splits them: CR, LF or CRLF.
 */
export function logText(text: string): string {
  return redact(text)
    .split(/(\r\n|\r|\n)/)
    .map(line => line.replace(/^(\s*):(?=:)/, '$1: ').replaceAll('##[', '## ['))
    .join('')
}

/** Text for a Markdown table cell or paragraph: redacted, on one line, with no markup left. */
export function markdownText(text: string): string {
  // Numeric references are literal text to a Markdown parser: no emphasis, link, math, pipe or
  // tag can come out of them.
  return redact(text)
    .replace(/\s+/g, ' ')
    .replace(/[&<>|\\`*_[\]~$]/g, char => `&#${char.charCodeAt(0)};`)
}

/** A code span for a Markdown cell, escaped as markdownText. */
export function markdownCode(text: string): string {
  return text === '' ? '' : `<code>${markdownText(text)}</code>`
}
