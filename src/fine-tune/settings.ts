/** A training file as the create request takes it (`TrainingFile`). */
export interface TrainingFile {
  file_id: string
  /** Greater than 0; how much this file counts against the others. Default 1. */
  weight: number
}

/** Everything the fine-tune step needs, parsed and checked once from its inputs. */
export interface FineTuneSettings {
  /** The API key; masked before anything is logged. */
  apiKey: string
  /** Base URL of the API, without a trailing slash. */
  serverUrl: string
  /** The training files, in input order, each once, with their weights. */
  trainingFiles: TrainingFile[]
  /** Validation file ids, none also a training file; empty when none were given. */
  validationFiles: string[]
  /** The model to fine-tune, e.g. open-mistral-7b. */
  model: string
  /** Sent as it is (the spec requires the field; `{}` takes the API's defaults). */
  hyperparameters: Record<string, number | null>
  /** Put into the fine-tuned model's name; sent only when set. */
  suffix?: string
  /** Wait until the job ends (else the step ends once it is created). */
  wait: boolean
}
