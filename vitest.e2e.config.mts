import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['scripts/lexicon-snapshot.mjs'], // the CLI and browser-mode server load the generated lexicon
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
