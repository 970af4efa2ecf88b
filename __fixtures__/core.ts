import type * as core from '@actions/core'
import {jest} from '@jest/globals'

// Typed stand-ins for @actions/core; a test wires them with jest.unstable_mockModule.
export const debug = jest.fn<typeof core.debug>()
export const info = jest.fn<typeof core.info>()
export const warning = jest.fn<typeof core.warning>()
export const error = jest.fn<typeof core.error>()
export const notice = jest.fn<typeof core.notice>()
export const getInput = jest.fn<typeof core.getInput>()
export const setOutput = jest.fn<typeof core.setOutput>()
export const setFailed = jest.fn<typeof core.setFailed>()
export const setSecret = jest.fn<typeof core.setSecret>()

/** Makes getInput answer from a table, as the runner does from INPUT_* variables. */
export function useInputs(inputs: Record<string, string>): void {
  getInput.mockImplementation((name, options) => {
    const value = (inputs[name] ?? '').trim()
    if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`)
    return value
  })
}
