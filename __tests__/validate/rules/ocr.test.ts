import {describe, expect, it} from '@jest/globals'
import {checkOcrDocument, extensionOf} from '../../../src/validate/rules/ocr.js'

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map(p => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))))

const PDF = bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16])
const ZIP = bytes('PK', [3, 4, 20, 0])
const OLE = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])
const ftyp = (brand: string): Uint8Array => bytes([0, 0, 0, 0x1c], 'ftyp', brand, [0, 0, 0, 0])

function run(
  name: string,
  head: Uint8Array,
  size = head.length
): {rules: string[]; skipped: string | undefined; format: string | undefined} {
  const result = checkOcrDocument({name, size, head})
  return {
    rules: result.problems.map(p => `${p.rule} ${p.severity}`),
    skipped: result.skipped,
    format: result.format
  }
}

describe('ocr documents', () => {
  const valid: Array<[string, Uint8Array, string]> = [
    ['scan.pdf', PDF, 'PDF'],
    ['junk-before-header.pdf', bytes('\r\n\r\n%PDF-1.4'), 'PDF'],
    ['UPPER.PDF', PDF, 'PDF'],
    ['photo.png', PNG, 'PNG'],
    ['photo.jpg', JPEG, 'JPEG'],
    ['photo.jpeg', JPEG, 'JPEG'],
    ['anim.gif', bytes('GIF89a', [1, 0]), 'GIF'],
    ['old.gif', bytes('GIF87a', [1, 0]), 'GIF'],
    ['image.bmp', bytes('BM', [0, 0]), 'BMP'],
    ['scan.tiff', bytes('II*', [0]), 'TIFF'],
    ['scan.tif', bytes('MM', [0, 42]), 'TIFF'],
    ['image.webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'WebP'],
    ['image.avif', ftyp('avif'), 'AVIF'],
    ['image.heic', ftyp('heic'), 'HEIC/HEIF'],
    ['image.heif', ftyp('mif1'), 'HEIC/HEIF'],
    ['report.docx', ZIP, 'Word (DOCX)'],
    ['slides.pptx', ZIP, 'PowerPoint (PPTX)'],
    ['sheet.xlsx', ZIP, 'Excel (XLSX)'],
    ['book.epub', ZIP, 'EPUB'],
    ['letter.odt', ZIP, 'OpenDocument Text'],
    ['old.doc', OLE, 'Word (DOC)'],
    ['old.ppt', OLE, 'PowerPoint (PPT)'],
    ['note.rtf', bytes('{\\rtf1\\ansi'), 'RTF'],
    ['notes.txt', bytes('plain text'), 'text'],
    ['table.csv', bytes('a,b\n1,2\n'), 'CSV'],
    ['doc.xml', bytes('<?xml version="1.0"?>'), 'XML'],
    ['paper.tex', bytes('\\documentclass{article}'), 'LaTeX'],
    ['ls.1', bytes('.TH LS 1'), 'troff']
  ]
  it.each(valid)('accepts %s', (name, head, format) => {
    expect(run(name, head)).toEqual({rules: [], skipped: undefined, format})
  })

  const mismatched: Array<[string, Uint8Array]> = [
    ['fake.pdf', PNG],
    ['fake.png', JPEG],
    ['fake.jpg', PDF],
    ['fake.docx', PDF],
    ['fake.doc', ZIP],
    ['fake.avif', ftyp('isom')],
    ['fake.webp', bytes('RIFF', [0, 0, 0, 0], 'WAVE')],
    ['fake.rtf', bytes('hello')]
  ]
  it.each(mismatched)('rejects %s whose content does not match', (name, head) => {
    expect(run(name, head).rules).toEqual(['ocr/magic-mismatch error'])
  })

  it('warns about a text format holding NUL bytes', () => {
    expect(run('data.csv', bytes('a,b', [0, 0])).rules).toEqual(['ocr/binary-text warning'])
  })

  it('warns when the extension is unknown but the content is recognised', () => {
    expect(run('scan.dat', PDF)).toEqual({
      rules: ['ocr/extension warning'],
      skipped: undefined,
      format: 'PDF'
    })
    expect(run('noext', PNG).rules).toEqual(['ocr/extension warning'])
  })

  it('skips the checks, with a reason, when neither extension nor content is known', () => {
    const result = run('archive.7z', bytes([0x37, 0x7a, 0xbc, 0xaf]))
    expect(result.rules).toEqual([])
    expect(result.skipped).toMatch(/"\.7z" is not a type the OCR processor lists/)
  })

  it('warns above the 50 MB OCR limit', () => {
    expect(run('big.pdf', PDF, 50_000_001).rules).toEqual(['ocr/size warning'])
    expect(run('ok.pdf', PDF, 50_000_000).rules).toEqual([])
  })

  it('extensionOf', () => {
    expect(extensionOf('a/b/c.PDF')).toBe('pdf')
    expect(extensionOf('C:\\x\\y.tar.gz')).toBe('gz')
    expect(extensionOf('.hidden')).toBe('')
    expect(extensionOf('noext')).toBe('')
  })
})
