// Plain-Node entry of the browser mode (`npm run dev:web [-- --port N]`): the built renderer and the engine
// on 127.0.0.1. Imports core, shared and web only — never electron.
import { existsSync } from 'node:fs'
import { startWebServer } from './web/server'

function readPort(argv: string[]): number {
  const i = argv.indexOf('--port')
  const raw = i >= 0 ? argv[i + 1] : process.env.PORT
  const port = raw === undefined ? 5199 : Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port ${raw}`)
  return port
}

async function main(): Promise<void> {
  if (!existsSync('out/renderer/index.html')) {
    process.stderr.write('web: out/renderer is missing; run `npm run build` first (npm run dev:web does it)\n')
    process.exit(1)
  }
  const server = await startWebServer({ port: readPort(process.argv.slice(2)) })
  process.stdout.write(`listening on ${server.url}\n`)
  const shutdown = () => void server.close().then(() => process.exit(0))
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((err: unknown) => {
  process.stderr.write(`web: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
