import type {FineTuningJob} from '../client/jobs-client.js'
import {Outputs} from '../fine-tune/constants.js'
import {setOutput} from './writer.js'

/**
 * The fine-tune step's outputs, set once at the end, when a job was created: its id, its status
 * as last read, and the fine-tuned model's name (empty until the job has succeeded).
 */
export function setFineTuneOutputs(job: FineTuningJob | undefined): void {
  if (!job) return
  const outputs: Record<Outputs, string> = {
    [Outputs.JobId]: job.id,
    [Outputs.Status]: job.status,
    [Outputs.FineTunedModel]: job.fine_tuned_model ?? ''
  }
  for (const [name, value] of Object.entries(outputs)) setOutput(name, value)
}
