import {describe, expect, it} from '@jest/globals'
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'

// The structure the code keeps: no import cycles, libraries free of @actions, files of one job.

const SRC = 'src'

function sources(dir = SRC): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sources(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

/** The modules a file imports: relative specifiers resolved to src/ paths, and package names. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^(?:import|export)\b[^'"]*?from '([^']+)'/gm)].map(([, spec]) =>
    spec.startsWith('.') ? path.join(path.dirname(file), spec.replace(/\.js$/, '.ts')) : spec
  )
}

const files = sources()
const graph = new Map(files.map(file => [file, importsOf(file)]))

describe('src/', () => {
  it('has no import cycle', () => {
    const cycles: string[] = []
    const done = new Set<string>()
    const visit = (file: string, trail: string[]): void => {
      if (trail.includes(file)) {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '))
        return
      }
      if (done.has(file)) return
      for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next, [...trail, file])
      done.add(file)
    }
    for (const file of files) visit(file, [])
    expect(cycles).toEqual([])
  })

  it('keeps client/ and validate/ free of @actions', () => {
    const library = files.filter(file => /^src\/(client|validate)\//.test(file))
    const offenders = library.filter(file =>
      graph.get(file)?.some(spec => spec.startsWith('@actions/'))
    )
    expect(library.length).toBeGreaterThan(10)
    expect(offenders).toEqual([])
  })

  it('uses @actions/core only in the reporting layer and the input readers', () => {
    const users = files.filter(file => graph.get(file)?.includes('@actions/core'))
    expect(users.sort()).toEqual(['src/input-readers.ts', 'src/inputs.ts', 'src/report/writer.ts'])
  })

  it('has no file over 300 lines outside validate/rules/', () => {
    const long = files
      .filter(file => !file.startsWith('src/validate/rules/'))
      .map(file => [file, readFileSync(file, 'utf8').split('\n').length - 1] as const)
      .filter(([, lines]) => lines > 300)
    expect(long).toEqual([])
  })
})
