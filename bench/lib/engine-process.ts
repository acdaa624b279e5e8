// The browser-mode engine (src/main/web-server.ts: renderer files, NewsApi over loopback HTTP + SSE) in a Node process
// of its own, as Electron runs its main process apart from the renderer. In the bench's own process the engine
// shared one event loop with Playwright's driving and the farm: its fetches waited behind the bench's work.
// `cpuProfileDir` runs it under `node --cpu-prof`; the profile is written when the engine exits (close()).
import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

export interface EngineProcess {
  url: string
  port: number
  pid: number
  /** Stops the engine (SIGTERM; SIGKILL after 10 s) and resolves once it exited; answers the .cpuprofile written, if any. */
  close(): Promise<string | undefined>
}

export interface EngineOptions {
  rendererDir: string
  port?: number
  cpuProfileDir?: string
  env?: NodeJS.ProcessEnv
  /** More arguments for web-server.ts (`--workers source`). */
  args?: string[]
}

const ROOT = resolve(__dirname, '../..')
const ENTRY = join(ROOT, 'src/main/web-server.ts')

export async function startEngineProcess(o: EngineOptions): Promise<EngineProcess> {
  const profile = o.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', o.cpuProfileDir] : []
  const args = [...profile, '--import', 'tsx', ENTRY, '--port', String(o.port ?? 0), '--renderer-dir', resolve(o.rendererDir), ...(o.args ?? [])]
  // The workers built beside a renderer in a temporary directory find their packages in ours.
  const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), ...o.env }
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stderr.setEncoding('utf8').on('data', (d: string) => process.stderr.write(`engine: ${d}`))
  const url = await listeningUrl(child)
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  return {
    url,
    port: Number(new URL(url).port),
    pid: child.pid!,
    async close() {
      if (child.exitCode === null) child.kill('SIGTERM')
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(killer)
      if (!o.cpuProfileDir) return undefined
      const file = readdirSync(o.cpuProfileDir).find((f) => f.endsWith('.cpuprofile'))
      return file && join(o.cpuProfileDir, file)
    },
  }
}

/** The first stdout line, "listening on http://127.0.0.1:PORT"; rejects if the engine exits or stays silent. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    let out = ''
    const timer = setTimeout(() => fail(new Error('the engine did not start within 60 s')), 60_000)
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d
      const m = /listening on (http:\/\/\S+)/.exec(out)
      if (!m) return
      clearTimeout(timer)
      done(m[1])
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`the engine exited with ${code} before listening`))
    })
  })
}
