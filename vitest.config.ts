import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // End-to-end tests spawn the bundled action and CLI against the simulator.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    reporters: ['default', './__tests__/support/count-reporter.ts']
  }
})
