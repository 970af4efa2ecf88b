import {describe, expect, it} from '@jest/globals'
import {readFileSync, readdirSync} from 'node:fs'
import {parse} from 'yaml'

// The example workflows are documentation people copy: each must parse, use only the action's
// real inputs and outputs, and do what its comment says.

interface Step {
  name?: string
  id?: string
  uses?: string
  run?: string
  with?: Record<string, string | boolean>
  env?: Record<string, string>
}
interface Workflow {
  on: Record<string, {branches?: string[]; paths?: string[]} | null>
  permissions: Record<string, string>
  jobs: Record<string, {steps: Step[]}>
}

const ACTION = '<owner>/<repo>@v1'
const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, {required?: boolean}>
  outputs: Record<string, unknown>
}
const readme = readFileSync('README.md', 'utf8')
const dir = 'examples/workflows'
const names = readdirSync(dir).filter(name => name.endsWith('.yml'))
const load = (name: string): {text: string; workflow: Workflow; steps: Step[]} => {
  const text = readFileSync(`${dir}/${name}`, 'utf8')
  const workflow = parse(text) as Workflow
  return {text, workflow, steps: Object.values(workflow.jobs).flatMap(job => job.steps)}
}

describe.each(names)('examples/workflows/%s', name => {
  const {text, workflow, steps} = load(name)

  it('is linked from the README', () => {
    expect(readme).toContain(`(examples/workflows/${name})`)
  })

  it('reads the repository only, and names and ids every step', () => {
    expect(workflow.permissions).toEqual({contents: 'read'})
    for (const step of steps) {
      expect(step.name).toBeTruthy()
      expect(step.id).toBeTruthy()
    }
  })

  it('gives the action only inputs it has, and every required one', () => {
    for (const step of steps.filter(s => s.uses === ACTION)) {
      const given = Object.keys(step.with ?? {})
      expect(given.filter(input => !(input in action.inputs))).toEqual([])
      expect(given).toContain('path')
    }
    // A dry run sends nothing, so it needs no key.
    for (const step of steps.filter(s => s.uses === ACTION && s.with?.['dry-run'] !== true)) {
      expect(Object.keys(step.with ?? {})).toContain('api-key')
    }
  })

  it('reads only outputs the action has', () => {
    const ids = new Set(steps.filter(s => s.uses === ACTION).map(s => s.id))
    const read = [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)]
      .filter(([, id]) => ids.has(id))
      .map(([, , output]) => output)
    expect(read.filter(output => !(output in action.outputs))).toEqual([])
  })
})

describe('.github/workflows/ci.yml', () => {
  const workflow = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as Workflow
  const steps = Object.values(workflow.jobs).flatMap(job => job.steps)

  it('runs .ci/run and the action itself, with read-only permissions and named steps', () => {
    expect(workflow.permissions).toEqual({contents: 'read'})
    expect(steps.some(step => step.run === 'bash .ci/run')).toBe(true)
    for (const step of steps) expect(step.name && step.id).toBeTruthy()
    const own = steps.filter(step => step.uses === './')
    expect(own.length).toBeGreaterThan(0)
    for (const step of own) {
      expect(Object.keys(step.with ?? {}).filter(input => !(input in action.inputs))).toEqual([])
    }
  })
})

describe('the examples do what they promise', () => {
  it('validate-dataset: a dry run on pull requests touching data/**, with no secret', () => {
    const {text, workflow, steps} = load('validate-dataset.yml')
    expect(workflow.on.pull_request?.paths).toEqual(['data/**'])
    expect(steps.find(s => s.uses === ACTION)?.with?.['dry-run']).toBe(true)
    expect(text).not.toContain('secrets.')
  })

  it('upload-dataset: uploads with a content-hashed name, then runs a batch job on the ids', () => {
    const {workflow, steps} = load('upload-dataset.yml')
    expect(workflow.on.push).toEqual({branches: ['main'], paths: ['data/**']})
    const upload = steps.find(s => s.uses === ACTION)
    expect(upload?.with).toMatchObject({purpose: 'batch', 'remote-name': '{stem}-{sha256:12}{ext}'})
    const batch = steps.find(s => s.uses === '<owner>/<repo>/batch@v1')
    expect(batch?.with).toMatchObject({
      'api-key': '${{ secrets.MISTRAL_API_KEY }}',
      'input-files': '${{ steps.upload.outputs.file-ids }}',
      'download-path': 'batch-results'
    })
    const batchAction = parse(readFileSync('batch/action.yml', 'utf8')) as typeof action
    const given = Object.keys(batch?.with ?? {})
    expect(given.filter(input => !(input in batchAction.inputs))).toEqual([])
    const read = steps.flatMap(s => [...(s.run ?? '').matchAll(/steps\.batch\.outputs\.([\w-]+)/g)])
    expect(
      read.map(([, output]) => output).filter(output => !(output in batchAction.outputs))
    ).toEqual([])
    expect(steps.some(s => s.run?.includes('curl'))).toBe(false)
  })

  it('fine-tune: checks and uploads with purpose fine-tune, starts no job, and says why', () => {
    const {text, steps} = load('fine-tune.yml')
    const upload = steps.find(s => s.uses === ACTION)
    expect(upload?.with?.purpose).toBe('fine-tune')
    expect(upload?.with?.validate).not.toBe(false)
    expect(upload?.with?.['dry-run']).not.toBe(true)
    expect(steps.some(s => s.run?.includes('fine_tuning'))).toBe(false)
    expect(text).toMatch(/410 Gone/)
  })
})
