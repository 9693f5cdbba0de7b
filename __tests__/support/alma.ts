// For tests of the Alma client: the error a call ends with.
import { expect } from 'vitest'
import { AlmaError } from '../../src/alma/index.js'

/** The AlmaError `promise` rejects with; a call that succeeds fails the test. */
export async function failure(promise: Promise<unknown>): Promise<AlmaError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(AlmaError)
    return error as AlmaError
  }
  throw new Error('expected the call to fail')
}
