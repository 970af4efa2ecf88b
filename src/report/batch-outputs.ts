import {Outputs} from '../batch/constants.js'
import type {BatchStep} from './batch-step.js'
import {setOutput} from './writer.js'

/**
 * Every output of the batch step, set once at the end from the job as last seen: the job's
 * own once it exists, the file ids once it has them, the paths once the files are saved.
 */
export function setBatchOutputs(step: BatchStep): void {
  const {job, results} = step
  if (!job) return
  const outputs: Partial<Record<Outputs, string>> = {
    [Outputs.JobId]: job.id,
    [Outputs.Status]: job.status,
    [Outputs.TotalRequests]: String(job.total_requests),
    [Outputs.SucceededRequests]: String(job.succeeded_requests),
    [Outputs.FailedRequests]: String(job.failed_requests)
  }
  if (job.output_file) outputs[Outputs.OutputFileId] = job.output_file
  if (job.error_file) outputs[Outputs.ErrorFileId] = job.error_file
  if (results?.outputPath) outputs[Outputs.OutputPath] = results.outputPath
  if (results?.errorPath) outputs[Outputs.ErrorPath] = results.errorPath
  for (const [name, value] of Object.entries(outputs)) setOutput(name, value)
}
