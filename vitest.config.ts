import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    globalSetup: ['./__tests__/support/global-setup.ts'],
    // End-to-end tests spawn the bundled action and CLI against the simulator.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // Built bundles (lib.test.ts imports dist/lib) load as Node loads them, not through Vite.
    server: { deps: { external: [/\/dist\//] } },
    reporters: ['default', './__tests__/support/count-reporter.ts']
  }
})
