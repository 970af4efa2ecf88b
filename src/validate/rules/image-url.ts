// Can mistral-common load an image_url chunk's image? Its `image_from_chunk`
// (tokens/tokenizers/image.py) takes `data:image…` URLs apart at the comma, decodes the base64
// with `base64.b64decode` and opens the bytes with Pillow; `file…` URLs are opened on the
// training machine, `http…` URLs downloaded, and any other scheme is a RuntimeError.
import type {Severity} from '../types.js'
import {show} from './common.js'

export interface ImageUrlProblem {
  severity: Severity
  message: string
}

/**
 * Signatures of the formats Pillow opens that training images come in. Formats without a
 * signature (TGA) are not recognised: a data URL holding one is reported as not an image.
 */
const SIGNATURES: Array<{name: string; at: number; bytes: number[]}> = [
  {name: 'PNG', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]},
  {name: 'JPEG', at: 0, bytes: [0xff, 0xd8, 0xff]},
  {name: 'GIF', at: 0, bytes: [0x47, 0x49, 0x46, 0x38]},
  {name: 'WebP', at: 8, bytes: [0x57, 0x45, 0x42, 0x50]},
  {name: 'BMP', at: 0, bytes: [0x42, 0x4d]},
  {name: 'TIFF', at: 0, bytes: [0x49, 0x49, 0x2a, 0x00]},
  {name: 'TIFF', at: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a]},
  {name: 'ICO', at: 0, bytes: [0x00, 0x00, 0x01, 0x00]},
  {name: 'AVIF/HEIF', at: 4, bytes: [0x66, 0x74, 0x79, 0x70]}
]
/** Base64 digits for 12 bytes: enough for every signature above. */
const HEAD_CHARS = 16
const PLAIN_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

export function imageUrlProblem(url: string, at: string): ImageUrlProblem | null {
  if (url.startsWith('data:image')) return dataUrlProblem(url, at)
  if (url.startsWith('http')) return null
  if (url.startsWith('file')) {
    return {
      severity: 'warning',
      message: `${at} ${show(url)} is a file URL: the file must exist where the model is trained; prefer a data URL or https`
    }
  }
  return {
    severity: 'error',
    message: `${at} ${show(url)} must be an http(s) URL or a data:image/…;base64,… URL`
  }
}

function dataUrlProblem(url: string, at: string): ImageUrlProblem | null {
  const data = url.split(',')[1] as string | undefined
  const expected = 'data:image/<format>;base64,<the image in base64>'
  if (data === undefined) {
    return {
      severity: 'error',
      message: `${at} ${show(url)} has no "," before its data; expected ${expected}`
    }
  }
  return base64ImageProblem(data, `${at} ${show(url)}`, expected)
}

/**
 * The image of an `{"type": "image", "image": …}` chunk, which mistral-common decodes with
 * `b64decode` and Pillow as it builds the sample (`maybe_load_image_from_str_or_bytes`).
 */
export function imageDataProblem(data: string, at: string): ImageUrlProblem | null {
  return base64ImageProblem(data, `${at} ${show(data)}`, 'the image in base64')
}

function base64ImageProblem(data: string, shown: string, expected: string): ImageUrlProblem | null {
  const notImage = (why: string): ImageUrlProblem => ({
    severity: 'error',
    message: `${shown} ${why}; expected ${expected}`
  })
  const decoded = b64decodeHead(data)
  if (typeof decoded === 'string') return notImage(`is not valid base64 (${decoded})`)
  if (!SIGNATURES.some(s => s.bytes.every((byte, i) => decoded[s.at + i] === byte))) {
    return notImage(
      'does not hold a PNG, JPEG, GIF, WebP, BMP, TIFF, ICO or AVIF image, so Pillow cannot open it'
    )
  }
  return null
}

/**
 * The first bytes that Python's `base64.b64decode(data)` (non-strict) gives, or why
 * it raises. Like binascii, characters outside the alphabet are skipped, and a run of `=` that
 * completes a group ends the data.
 */
function b64decodeHead(data: string): Buffer | string {
  if (data.length % 4 === 0 && PLAIN_BASE64.test(data)) {
    return Buffer.from(data.slice(0, HEAD_CHARS), 'base64')
  }
  let digits = ''
  let count = 0
  let pads = 0
  for (let i = 0; i < data.length; i++) {
    const c = data[i]
    if (c === '=') {
      if (count % 4 >= 2 && (count % 4) + ++pads >= 4) return Buffer.from(digits, 'base64')
      continue
    }
    if (!/[A-Za-z0-9+/]/.test(c)) continue
    pads = 0
    count++
    if (digits.length < HEAD_CHARS) digits += c
  }
  if (count % 4 === 1) {
    return `${count} data characters is 1 more than a multiple of 4`
  }
  if (count % 4 !== 0) return 'incorrect padding'
  return Buffer.from(digits, 'base64')
}
