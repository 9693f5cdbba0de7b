// Ends the run with the plain line CI tools read: "N passed, N failed, N skipped".
import type { Reporter, SerializedError, TestModule } from 'vitest/node'

export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 }
    for (const testModule of testModules) {
      let failedHere = 0
      for (const testCase of testModule.children.allTests()) {
        const state = testCase.result().state
        if (state === 'passed') counts.passed++
        else if (state === 'failed') failedHere++
        else counts.skipped++
      }
      // A failing beforeAll or import fails the file while its tests only show as skipped.
      counts.failed += failedHere || (testModule.state() === 'failed' ? 1 : 0)
    }
    counts.failed += unhandledErrors.length
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`)
  }
}
