import {describe, expect, it} from '@jest/globals'
import {validateBuffer} from '../../src/validate/index.js'
import {DatasetValidator} from '../../src/validate/validator.js'

describe('DatasetValidator.validateLine', () => {
  it('validates line by line with per-file state', () => {
    const validator = new DatasetValidator('batch')
    expect(validator.validateLine('{"custom_id":"a","body":{}}', 1)).toEqual([])
    expect(validator.validateLine('{"custom_id":"a","body":{}}', 2).map(p => p.rule)).toEqual([
      'batch/duplicate-custom-id'
    ])
    expect(validator.validateLine('', 3)).toEqual([])
    const result = validator.finish(60)
    expect(result).toMatchObject({valid: false, errorCount: 1, warningCount: 1})
    expect(result.stats).toMatchObject({lines: 3, blankLines: 1})
  })
})

const sample = '{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]}'
const csvRows = (n: number): string =>
  `${['id,prompt,answer', ...Array.from({length: n}, (_, i) => `${i},"q, ${i}",a${i}`)].join(
    '\n'
  )}\n`

describe('files that are not JSON Lines', () => {
  const shapes: Array<[string, string | Buffer, RegExp]> = [
    ['CSV', csvRows(50), /looks like CSV/],
    ['TSV', 'id\tprompt\n1\tq\n2\tr\n', /looks like TSV/],
    ['a JSON array', `[\n  ${sample},\n  ${sample}\n]\n`, /looks like one JSON array/],
    [
      'JSON spread over many lines',
      '{\n  "messages": [\n    {"role": "user", "content": "q"}\n  ]\n}\n',
      /looks like JSON with each object spread over many lines/
    ],
    ['plain text', 'Once upon a time\nthere was a model\n', /looks like plain text/],
    [
      'binary',
      Buffer.from([0x50, 0x41, 0x52, 0x31, 0xff, 0xfe, 0x0a, 0x00, 0xc3, 0x28, 0x0a]),
      /looks like a binary file/
    ]
  ]
  it.each(shapes)(
    '%s: one file-level error that says so, every line counted',
    (_n, data, looks) => {
      const result = validateBuffer(data, 'fine-tune')
      expect(result.problems.map(p => `${p.line} ${p.rule}`)).toEqual(['null file/not-jsonl'])
      expect(result.problems[0].message).toMatch(looks)
      expect(result.problems[0].message).toMatch(/Mistral needs one JSON object per line/)
      // The count is of the lines that are not objects (a pretty array's last element may be one).
      expect(result.problems[0].message).toContain(
        `${result.errorCount} of its ${result.stats.lines} lines are not JSON objects`
      )
      expect(result.valid).toBe(false)
    }
  )

  it('a 50,000-row CSV is one problem, with the count kept', () => {
    const result = validateBuffer(csvRows(50_000), 'fine-tune')
    expect(result.problems).toHaveLength(1)
    expect(result.errorCount).toBe(50_001)
    expect(result.problems[0].message).toContain(
      'it looks like CSV (comma-separated values) (line 1: "id,prompt,answer"); 50001 of its 50001 lines are not JSON objects'
    )
  })

  it('a JSONL file with a few bad lines keeps its per-line errors', () => {
    const result = validateBuffer(`{bad\n${sample}\n[1]\n${sample}\n`, 'fine-tune')
    expect(result.problems.map(p => `${p.line} ${p.rule}`)).toEqual([
      '1 file/invalid-json',
      '3 file/not-object'
    ])
  })

  it('one bad line alone keeps its own message; later failures after the verdict are listed', () => {
    expect(validateBuffer('{"messages": [\n', 'fine-tune').problems.map(p => p.rule)).toEqual([
      'file/invalid-json'
    ])
    const bad = Array.from({length: 4}, () => 'x').join('\n')
    const late = validateBuffer(`${bad}\n${sample}\nnot json\n`, 'fine-tune')
    expect(late.problems.map(p => `${p.line} ${p.rule}`)).toEqual([
      '1 file/invalid-json',
      '2 file/invalid-json',
      '3 file/invalid-json',
      '4 file/invalid-json',
      '6 file/invalid-json'
    ])
  })

  it('tells the streaming check at the verdict', () => {
    const validator = new DatasetValidator('fine-tune')
    const seen: string[] = []
    validator.onError = p => seen.push(`${p.line} ${p.rule}`)
    for (let i = 1; i <= 6; i++) validator.validateLine(`a,b,${i}`, i)
    expect(seen).toEqual(['1 file/invalid-json'])
  })
})

describe('the sample shapes of other tools, and the purpose hint both ways', () => {
  it("names OpenAI's legacy prompt/completion and says how to convert it", () => {
    const result = validateBuffer('{"prompt":"q","completion":"a"}\n', 'fine-tune')
    expect(result.problems.map(p => p.rule)).toEqual(['file/prompt-completion'])
    expect(result.problems[0].message).toMatch(/\{"role": "user", "content": <prompt>\}/)
  })

  it('hints purpose fine-tune for samples sent as batch, and batch for requests sent as fine-tune', () => {
    const asBatch = validateBuffer(`${sample}\n`, 'batch')
    expect(asBatch.problems[0].message).toMatch(
      /looks like a fine-tuning sample: upload it with purpose fine-tune/
    )
    const asFineTune = validateBuffer('{"custom_id":"a","body":{}}\n', 'fine-tune')
    expect(asFineTune.problems[0].message).toMatch(
      /looks like a batch request: upload it with purpose batch/
    )
  })
})

describe('a lone CR ends a line, as in Python universal newlines (fine-tune)', () => {
  it('splits at lone CRs, numbers lines as mistral-finetune does, and warns once', () => {
    const bad = '{"messages":[{"role":"user","content":"q"}]}'
    const result = validateBuffer(`${sample}\r${sample}\r${bad}\n${bad}\n`, 'fine-tune')
    expect(result.problems.map(p => `${p.line} ${p.rule} ${p.severity}`)).toEqual([
      '1 file/lone-cr warning',
      '3 instruct/last-role error',
      '4 instruct/last-role error'
    ])
    expect(result.stats.lines).toBe(4)
  })

  it('reads a CR-only file, with a final CR, as its lines', () => {
    const result = validateBuffer(`${sample}\r${sample}\r`, 'fine-tune')
    expect(result.valid).toBe(true)
    expect(result.stats).toMatchObject({lines: 2, blankLines: 0})
  })

  it('CR CR LF is a line and a blank line; CRLF stays one line end', () => {
    const result = validateBuffer(`${sample}\r\r\n${sample}\r\n`, 'fine-tune')
    expect(result.problems.map(p => `${p.line} ${p.rule}`)).toEqual([
      '1 file/crlf',
      '1 file/lone-cr',
      '2 file/blank-line'
    ])
    expect(result.stats.lines).toBe(3)
  })

  it('leaves batch files split at LF only', () => {
    const result = validateBuffer(
      '{"custom_id":"a","body":{}}\r{"custom_id":"b","body":{}}\n',
      'batch'
    )
    expect(result.problems.map(p => p.rule)).toEqual(['file/invalid-json'])
  })
})
