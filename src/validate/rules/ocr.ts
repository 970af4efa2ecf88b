// Documents for purpose ocr: no JSONL rules; the file must be a type the OCR processor accepts.
// Source: Mistral docs studio/document-processing/basic_ocr, FAQ "What document types are
// supported?" and "Are there any limits regarding the OCR API?".
import type {Problem} from '../types.js'
import {error, warning} from './common.js'

/** Bytes to read from the start of the file for checkOcrDocument. */
export const OCR_HEAD_BYTES = 1024
/** The OCR FAQ: "Uploaded document files must be 50 MB or less and contain 1,000 pages or fewer." */
export const OCR_MAX_BYTES = 50_000_000

export interface OcrDocument {
  /** File name (the API sees it as the multipart filename). */
  name: string
  size: number
  /** The first OCR_HEAD_BYTES bytes (fewer for a shorter file). */
  head: Uint8Array
}

export interface OcrCheck {
  problems: Problem[]
  /** Set when the type is unknown and the checks were skipped. */
  skipped?: string
  /** The format recognised, e.g. 'PDF'. */
  format?: string
}

type Sniff = (head: Uint8Array) => boolean

interface Format {
  name: string
  /** Magic-byte test; undefined for text formats, which have none. */
  sniff?: Sniff
}

const startsWith =
  (...bytes: number[]): Sniff =>
  head =>
    head.length >= bytes.length && bytes.every((b, i) => head[i] === b)

const ascii = (text: string): number[] => Array.from(text, c => c.charCodeAt(0))

/** ISO-BMFF (AVIF, HEIC): "ftyp" at offset 4, then a major brand from the list. */
const ftyp =
  (...brands: string[]): Sniff =>
  head => {
    if (head.length < 12 || String.fromCharCode(...head.subarray(4, 8)) !== 'ftyp') return false
    return brands.includes(String.fromCharCode(...head.subarray(8, 12)))
  }

const PDF: Format = {
  name: 'PDF',
  // The PDF spec lets "%PDF-" appear anywhere in the first 1024 bytes.
  sniff: head => Buffer.from(head.buffer, head.byteOffset, head.byteLength).indexOf('%PDF-') !== -1
}
const ZIP: Sniff = startsWith(0x50, 0x4b, 0x03, 0x04)
const OLE2: Sniff = startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)
const PNG: Format = {name: 'PNG', sniff: startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)}
const JPEG: Format = {name: 'JPEG', sniff: startsWith(0xff, 0xd8, 0xff)}
const GIF: Format = {
  name: 'GIF',
  sniff: head => startsWith(...ascii('GIF87a'))(head) || startsWith(...ascii('GIF89a'))(head)
}
const BMP: Format = {name: 'BMP', sniff: startsWith(0x42, 0x4d)}
const TIFF: Format = {
  name: 'TIFF',
  sniff: head =>
    startsWith(0x49, 0x49, 0x2a, 0x00)(head) || startsWith(0x4d, 0x4d, 0x00, 0x2a)(head)
}
const WEBP: Format = {
  name: 'WebP',
  sniff: head =>
    startsWith(...ascii('RIFF'))(head) &&
    head.length >= 12 &&
    String.fromCharCode(...head.subarray(8, 12)) === 'WEBP'
}
const AVIF: Format = {name: 'AVIF', sniff: ftyp('avif', 'avis', 'mif1', 'msf1')}
const HEIC: Format = {
  name: 'HEIC/HEIF',
  sniff: ftyp('heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1')
}
const RTF: Format = {name: 'RTF', sniff: startsWith(...ascii('{\\rtf'))}
const office = (name: string): Format => ({name, sniff: ZIP})
const legacy = (name: string): Format => ({name, sniff: OLE2})
const text = (name: string): Format => ({name})

/** Extensions from the OCR FAQ table. */
const FORMATS: Record<string, Format> = {
  pdf: PDF,
  docx: office('Word (DOCX)'),
  doc: legacy('Word (DOC)'),
  pptx: office('PowerPoint (PPTX)'),
  ppt: legacy('PowerPoint (PPT)'),
  xlsx: office('Excel (XLSX)'),
  epub: office('EPUB'),
  odt: office('OpenDocument Text'),
  rtf: RTF,
  csv: text('CSV'),
  txt: text('text'),
  xml: text('XML'),
  bib: text('BibTeX'),
  fb2: text('FictionBook'),
  ipynb: text('Jupyter notebook'),
  tex: text('LaTeX'),
  opml: text('OPML'),
  '1': text('troff'),
  man: text('troff'),
  jpg: JPEG,
  jpeg: JPEG,
  png: PNG,
  avif: AVIF,
  tif: TIFF,
  tiff: TIFF,
  gif: GIF,
  heic: HEIC,
  heif: HEIC,
  bmp: BMP,
  webp: WEBP
}

/** Formats recognised by content alone, for files without a known extension. */
const SNIFFABLE: Array<[Format, string]> = [
  [PDF, 'pdf'],
  [PNG, 'png'],
  [JPEG, 'jpg'],
  [GIF, 'gif'],
  [TIFF, 'tiff'],
  [WEBP, 'webp'],
  [AVIF, 'avif'],
  [HEIC, 'heic'],
  [RTF, 'rtf'],
  [{name: 'a ZIP-based document (DOCX, PPTX, XLSX, EPUB or ODT)', sniff: ZIP}, 'docx'],
  [{name: 'a legacy Office document (DOC or PPT)', sniff: OLE2}, 'doc']
]

export const OCR_EXTENSIONS = Object.keys(FORMATS)

export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

export function checkOcrDocument(doc: OcrDocument): OcrCheck {
  const problems: Problem[] = []
  if (doc.size > OCR_MAX_BYTES) {
    problems.push(
      warning(
        null,
        'ocr/size',
        `file is ${doc.size} bytes; the OCR processor accepts documents of 50 MB (50,000,000 bytes) or less`
      )
    )
  }
  const ext = extensionOf(doc.name)
  const format = Object.prototype.hasOwnProperty.call(FORMATS, ext) ? FORMATS[ext] : undefined
  if (format === undefined) {
    const found = SNIFFABLE.find(([f]) => f.sniff?.(doc.head))
    if (found === undefined) {
      return {
        problems,
        skipped: `${ext ? `".${ext}"` : 'a file without an extension'} is not a type the OCR processor lists and its content was not recognised; OCR checks skipped`
      }
    }
    const [f, suggested] = found
    problems.push(
      warning(
        null,
        'ocr/extension',
        `content looks like ${f.name} but the name ${ext ? `ends in ".${ext}"` : 'has no extension'}; name it .${suggested} so the type is clear`
      )
    )
    return {problems, format: f.name}
  }
  if (format.sniff === undefined) {
    const end = Math.min(doc.head.length, OCR_HEAD_BYTES)
    for (let i = 0; i < end; i++) {
      if (doc.head[i] === 0) {
        problems.push(
          warning(
            null,
            'ocr/binary-text',
            `".${ext}" is a text format but the file has a NUL byte at offset ${i}; expected plain text (UTF-8)`
          )
        )
        break
      }
    }
  } else if (doc.size > 0 && !format.sniff(doc.head)) {
    problems.push(
      error(
        null,
        'ocr/magic-mismatch',
        `file name ends in ".${ext}" but the content does not start like ${format.name}; expected a real ${format.name} file`
      )
    )
  }
  return {problems, format: format.name}
}
