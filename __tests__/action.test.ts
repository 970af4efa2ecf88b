import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {parse} from 'yaml'
import {ACTION_VERSION, Inputs, Outputs} from '../src/constants.js'

interface ActionYml {
  inputs: Record<string, {required?: boolean; default?: string; description: string}>
  outputs: Record<string, {description: string}>
  runs: {using: string; main: string}
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml
const readme = readFileSync('README.md', 'utf8')

/** Rows of the first markdown table under a `### heading`, as arrays of cell texts. */
function tableUnder(heading: string): string[][] {
  const section = (readme.split(`### ${heading}\n`)[1] ?? '').split('\n#')[0]
  return section
    .split('\n')
    .filter(line => line.startsWith('|'))
    .slice(2) // header and separator
    .map(line =>
      line
        .split('|')
        .slice(1, -1)
        .map(cell => cell.trim().replace(/^`|`$/g, ''))
    )
}

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({using: 'node24', main: 'dist/index.js'})
  })

  it('declares exactly the inputs and outputs the code reads and writes', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort())
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort())
  })

  it('matches the README inputs table: names, required and defaults', () => {
    const rows = tableUnder('Inputs').map(([name, required, fallback]) => ({
      name,
      required: required === 'yes',
      default: fallback || undefined
    }))
    const declared = Object.entries(action.inputs).map(([name, input]) => ({
      name,
      required: input.required === true,
      default: input.default
    }))
    expect(rows).toEqual(declared)
  })

  it('matches the README outputs table', () => {
    expect(tableUnder('Outputs').map(([name]) => name)).toEqual(Object.keys(action.outputs))
  })

  it('sends the package version in its User-Agent', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}
    expect(ACTION_VERSION).toBe(pkg.version)
  })
})

describe.each([
  ['batch', 'batch'],
  ['fine-tune', 'fine-tune']
])('%s/action.yml', (dir, name) => {
  const step = parse(readFileSync(`${dir}/action.yml`, 'utf8')) as ActionYml

  it(`runs its own bundle, dist/${dir}/index.js, on node24`, () => {
    expect(step.runs).toEqual({using: 'node24', main: `../dist/${dir}/index.js`})
  })

  it('matches its README tables: inputs with required and defaults, and outputs', () => {
    const rows = tableUnder(`The \`${name}\` step: inputs`).map(([input, required, fallback]) => ({
      name: input,
      required: required === 'yes',
      default: fallback || undefined
    }))
    const declared = Object.entries(step.inputs).map(([input, spec]) => ({
      name: input,
      required: spec.required === true,
      default: spec.default
    }))
    expect(rows).toEqual(declared)
    expect(tableUnder(`The \`${name}\` step: outputs`).map(([output]) => output)).toEqual(
      Object.keys(step.outputs)
    )
  })
})
