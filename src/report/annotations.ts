import {annotation, info, type AnnotationProperties} from './writer.js'

/** The runner shows at most 10 error and 10 warning annotations per step; the rest go to the log. */
const MAX_ANNOTATIONS = 10

const shown = {error: 0, warning: 0}

/** An annotation while the runner still shows them, else a plain log line saying the same. */
export function annotate(
  severity: 'error' | 'warning',
  message: string,
  properties: AnnotationProperties = {}
): void {
  if (shown[severity]++ < MAX_ANNOTATIONS) {
    annotation(severity, message, properties)
    return
  }
  const where = properties.file ? `${properties.file}:${properties.startLine ?? 1}: ` : ''
  info(`${where}${severity} ${properties.title ?? ''}: ${message}`)
}
