// Plain-Node entry of the browser mode (`npm run dev:web [-- --port N]`): the built renderer and the engine
// on 127.0.0.1. Imports core, shared and web only — never electron.
// `--renderer-dir DIR` serves another build (the benches run this entry as the engine's own process, as Electron
// runs its main process apart from the renderer); `--port 0` takes a free port, printed on the first line;
// `--workers source` runs the worker threads from source instead of the build beside the renderer;
// `--feed-workers N` sizes the feed-text pool (default: the cores less one).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { startWebServer } from './web/server'
import { workerPathsFor } from './web/worker-paths'

function readPort(argv: string[]): number {
  const i = argv.indexOf('--port')
  const raw = i >= 0 ? argv[i + 1] : process.env.PORT
  const port = raw === undefined ? 5199 : Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port ${raw}`)
  return port
}

function readRendererDir(argv: string[]): string {
  const i = argv.indexOf('--renderer-dir')
  return i >= 0 && argv[i + 1] ? argv[i + 1] : 'out/renderer'
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const rendererDir = readRendererDir(argv)
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write(`web: ${rendererDir} has no index.html; run \`npm run build\` first (npm run dev:web does it)\n`)
    process.exit(1)
  }
  const server = await startWebServer({ port: readPort(argv), rendererDir, service: workerPathsFor(argv, rendererDir) })
  process.stdout.write(`listening on ${server.url}\n`)
  const shutdown = () => void server.close().then(() => process.exit(0))
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((err: unknown) => {
  process.stderr.write(`web: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
