import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// Main and preload are emitted as CommonJS (no "type": "module"), which the sandboxed preload requires.
// ESM-only dependencies (htmlparser2 12, entities 9, linkedom's parser) are bundled into main instead of being
// require()d at run time, so the app does not depend on require(esm) support in Electron's Node.
const esmOnly = ['htmlparser2', 'entities', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype']

export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: esmOnly },
      // Page extraction runs in a worker thread (core/extract/extract-pool.ts), so its entry is built beside index.js.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'extract-worker': resolve(__dirname, 'src/main/core/extract/extract-worker.ts'),
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
