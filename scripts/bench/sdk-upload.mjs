// `node scripts/bench/sdk-upload.mjs FILE SERVER_URL API_KEY`: what a user would write in a `run:`
// step to upload with the official SDK. Prints {id, bytes} like scripts/bare-upload.mjs.
import {openAsBlob} from 'node:fs'
import {basename} from 'node:path'
import {Mistral} from '@mistralai/mistralai'

const [file, serverURL, apiKey] = process.argv.slice(2)
const mistral = new Mistral({apiKey, serverURL})
const uploaded = await mistral.files.upload({
  file: new File([await openAsBlob(file)], basename(file)),
  purpose: 'fine-tune'
})
process.stdout.write(`${JSON.stringify({id: uploaded.id, bytes: uploaded.sizeBytes})}\n`)
