import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { generateLexiconSnapshot } from './scripts/lexicon-snapshot.mjs'

// Main and preload are emitted as CommonJS (no "type": "module"), which the sandboxed preload requires.
// ESM-only dependencies (htmlparser2 12, entities 9, linkedom's parser) are bundled into main instead of being
// require()d at run time, so the app does not depend on require(esm) support in Electron's Node.
const esmOnly = ['htmlparser2', 'entities', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype']

/**
 * Builds the classifier's lexicon snapshot (generated/, gitignored) from its tables before main is bundled, and in
 * watch mode (`npm run dev`) again whenever a classify source changes: main imports only the snapshot, so without
 * these watch files an edited table would not trigger a rebuild.
 */
function lexiconSnapshot(): Plugin {
  const classify = resolve(__dirname, 'src/main/core/classify')
  return {
    name: 'meridian-lexicon-snapshot',
    buildStart() {
      generateLexiconSnapshot(__dirname)
      for (const dir of [classify, resolve(classify, 'data')]) {
        for (const name of readdirSync(dir)) if (name.endsWith('.ts')) this.addWatchFile(resolve(dir, name))
      }
    },
  }
}

export default defineConfig({
  main: {
    plugins: [lexiconSnapshot()],
    build: {
      externalizeDeps: { exclude: esmOnly },
      // Page extraction (core/extract/extract-pool.ts) and feeds' text work (core/feed-text-pool.ts) run in worker
      // threads, so their entries are built beside index.js.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'extract-worker': resolve(__dirname, 'src/main/core/extract/extract-worker.ts'),
          'feed-text-worker': resolve(__dirname, 'src/main/core/feed-text-worker.ts'),
        },
      },
    },
  },
  preload: {},
  renderer: {
    resolve: { alias: { '@renderer': resolve(__dirname, 'src/renderer/src') } },
    plugins: [react()],
    build: { minify: true },
  },
})
