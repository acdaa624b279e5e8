import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node', // component test files start with: // @vitest-environment happy-dom
    setupFiles: ['fake-indexeddb/auto'], // must load before dexie is imported
    globalSetup: ['scripts/lexicon-snapshot.mjs'], // the classifier's generated lexicon (generated/, gitignored)
    testTimeout: 20_000,
  },
})
