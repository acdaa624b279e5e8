// Which worker-thread entries the browser mode runs: those built beside the renderer (out/main, made by the same
// `electron-vite build` as out/renderer), as Electron runs them, or the TypeScript sources through tsx.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export interface WorkerPaths {
  extractWorkerPath?: string
  feedTextWorkerPath?: string
  /** `--feed-workers N`: feed-text workers at most (default: the cores less one), to compare pool sizes. */
  feedTextWorkers?: number
}

/**
 * The built entries when both exist and `--workers source` was not asked for; otherwise none, and the web server
 * falls back to the sources. `--feed-workers N` sizes the feed-text pool. Through tsx each worker compiles the engine again as it starts: on 300 farm feeds its
 * first feed came 1.5–2.5 s later and it used about 1 s more CPU than the built worker (bench/refresh/README).
 */
export function workerPathsFor(argv: string[], rendererDir: string): WorkerPaths {
  const n = Number(argv[argv.indexOf('--feed-workers') + 1])
  const size = argv.includes('--feed-workers') && Number.isInteger(n) && n >= 1 && n <= 16 ? { feedTextWorkers: n } : {}
  const i = argv.indexOf('--workers')
  if (i >= 0 && argv[i + 1] === 'source') return size
  const built = join(rendererDir, '..', 'main')
  const paths = { extractWorkerPath: join(built, 'extract-worker.js'), feedTextWorkerPath: join(built, 'feed-text-worker.js') }
  return existsSync(paths.extractWorkerPath) && existsSync(paths.feedTextWorkerPath) ? { ...paths, ...size } : size
}
