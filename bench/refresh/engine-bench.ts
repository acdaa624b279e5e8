// The engine's share of a first refresh of the loopback farm, without a browser: the app's NewsService path
// (service-child.ts) of this commit, optionally of another tree's commit (the "before"), and `newsboat -x reload`,
// alternating in one run so background load hits all alike. Optionally CPU-profiles each engine once.
// `npx tsx bench/refresh/engine-bench.ts [--feeds 300] [--items 50] [--runs 2] [--baseline /work/main] [--profile]
// [--no-newsboat] [--workers 1,2]` (--workers: this commit once per feed-text pool size, default: the cores less one) (newsboat takes minutes over 10,000 feeds on a loaded machine: --feeds 10000 --items 1 --no-newsboat)
import { execFileSync, execSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { runChild } from '../lib/child'
import { summarizeProfile, type ProfileSummary } from '../lib/cpu-profile'
import { startFeedServer } from '../lib/feed-server'
import { spread } from '../lib/stats'
import { runNewsboat } from './newsboat'

interface Engine {
  label: string
  dir: string
  commit: string
  bundle: string
  /** The feed-text worker bundled like the app's (electron.vite.config.ts), for a tree that has one. */
  worker?: string
  /** Its pool size; the pool's default when unset. */
  workers?: number
}

interface EngineRun {
  ms: number
  cpuMs: number
  waitForCpuMs: number
  /** CPU of the main thread alone (the rest is feed-text workers'). */
  mainCpuMs: number
  timeline: string
  items: number
  grouped: number
  messages: number
  sentChars: number
  peakRssMb: number
}

const HERE = resolve(__dirname, '../..')
const CHILD = 'bench/refresh/service-child.ts'
const WORKER = 'src/main/core/feed-text-worker.ts'

/** A repository's HEAD exported to a temporary directory with its node_modules linked and the lexicon built; this
 *  tree's service child copied in, so an older commit (which may lack it) is driven the same way. */
async function engineOf(label: string, repo: string): Promise<Engine> {
  const dir = mkdtempSync(join(tmpdir(), `meridian-engine-${label}-`))
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim()
  execSync(`git archive --format=tar HEAD | tar -x -C ${JSON.stringify(dir)}`, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] })
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'))
  execFileSync(process.execPath, [join(dir, 'scripts/lexicon-snapshot.mjs'), dir], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] })
  copyFileSync(join(HERE, CHILD), join(dir, CHILD))
  const bundle = join(dir, 'service-child.cjs')
  const options = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', sourcemap: false } as const
  await build({ ...options, entryPoints: [join(dir, CHILD)], outfile: bundle })
  if (!existsSync(join(dir, WORKER))) return { label, dir, commit, bundle }
  const worker = join(dir, 'feed-text-worker.cjs')
  await build({ ...options, entryPoints: [join(dir, WORKER)], outfile: worker })
  return { label, dir, commit, bundle, worker }
}

async function runEngine(e: Engine, urlsFile: string, concurrency: number): Promise<EngineRun> {
  const run = await runChild(process.execPath, [e.bundle, urlsFile, String(concurrency), ...(e.worker ? [e.worker, ...(e.workers ? [String(e.workers)] : [])] : [])], { env: { ...process.env, MERIDIAN_LOG: 'error' }, timeoutMs: 600_000 })
  const j = run.json
  if (run.code !== 0 || !j) throw new Error(`${e.label} engine failed (exit ${run.code}): ${run.stderr.slice(-800)}`)
  return {
    ms: Number(j.ms), cpuMs: Number(j.cpuMs), waitForCpuMs: Number(j.waitForCpuMs), mainCpuMs: Number(j.mainCpuMs), timeline: JSON.stringify(j.timeline), items: Number(j.items), grouped: Number(j.grouped), messages: Number(j.messages),
    sentChars: Number(j.sentChars), peakRssMb: run.peakRssMb ?? Number(j.maxRssMb),
  }
}

/** One run from source under node --cpu-prof, so functions keep their file names: one summary a thread (the main
 *  thread first, then each feed-text worker). */
async function profileEngine(e: Engine, urlsFile: string, concurrency: number): Promise<ProfileSummary[]> {
  const dir = mkdtempSync(join(tmpdir(), 'meridian-prof-'))
  try {
    const run = await runChild(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--import', 'tsx', join(e.dir, CHILD), urlsFile, String(concurrency), ...(e.worker ? [join(e.dir, WORKER)] : [])], {
      cwd: e.dir, env: { ...process.env, MERIDIAN_LOG: 'error' }, timeoutMs: 600_000,
    })
    if (run.code !== 0) throw new Error(`profiled run failed: ${run.stderr.slice(-800)}`)
    // Node names a thread's profile CPU.<date>.<time>.<pid>.<thread id>.<seq>: the main thread is thread 0.
    const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort((a, b) => threadOf(a) - threadOf(b))
    if (!files.length) throw new Error('no .cpuprofile written')
    return files.map((f) => summarizeProfile(join(dir, f), 25))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const threadOf = (file: string): number => Number(file.split('.').at(-3))

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : fallback
}

function printProfile(label: string, s: ProfileSummary): void {
  console.log(`${label} CPU: busy ${s.totalMs - s.idleMs} ms of ${s.totalMs} ms`)
  for (const x of s.byStage) console.log(`  ${String(x.ms).padStart(7)} ms ${(x.share * 100).toFixed(1).padStart(5)}%  ${x.stage}`)
  console.log('  top functions (self ms):')
  for (const f of s.topFunctions) console.log(`  ${String(f.ms).padStart(7)}  ${f.fn}`)
}

async function main(): Promise<void> {
  const feeds = Number(arg('feeds', '300'))
  const items = Number(arg('items', '50'))
  const runs = Number(arg('runs', '2'))
  const concurrency = Number(arg('concurrency', '6'))
  const baseline = arg('baseline')
  const head = await engineOf('head', HERE)
  const sizes = arg('workers')?.split(',').map(Number)
  const heads = sizes ? sizes.map((n) => ({ ...head, label: `head-${n}w`, workers: n })) : [head]
  const engines = [...heads, ...(baseline ? [await engineOf('baseline', resolve(baseline))] : [])]
  const server = await startFeedServer(feeds, items)
  const tmp = mkdtempSync(join(tmpdir(), 'meridian-engine-urls-'))
  try {
    const urlsFile = join(tmp, 'urls')
    writeFileSync(urlsFile, server.urls.join('\n') + '\n')
    const results = new Map<string, EngineRun[]>(engines.map((e) => [e.label, []]))
    const newsboat: { wallMs: number; cpuMs: number }[] = []
    const withNewsboat = !process.argv.includes('--no-newsboat')
    for (const e of engines) await runEngine(e, urlsFile, concurrency) // warms the page cache for all
    if (withNewsboat) await runNewsboat(server.urls, concurrency)
    for (let r = 0; r < runs; r++) {
      const others = withNewsboat ? ['newsboat' as const] : []
      const order = r % 2 === 0 ? [...engines, ...others] : [...others, ...[...engines].reverse()]
      for (const who of order) {
        server.resetStats()
        if (who === 'newsboat') {
          const nb = await runNewsboat(server.urls, concurrency)
          if (nb.errors > 0 || server.stats.ok !== feeds) throw new Error(`newsboat: ${nb.errors} errors, ${server.stats.ok}/${feeds} served`)
          newsboat.push({ wallMs: nb.wallMs, cpuMs: nb.cpuMs ?? NaN })
          console.log(`run ${r + 1}: newsboat ${Math.round(nb.wallMs)} ms, CPU ${Math.round(nb.cpuMs ?? NaN)} ms (all threads)`)
          continue
        }
        const run = await runEngine(who, urlsFile, concurrency)
        if (run.items !== feeds * items) throw new Error(`${who.label}: ${run.items}/${feeds * items} items`)
        results.get(who.label)!.push(run)
        console.log(`run ${r + 1}: ${who.label} (${who.commit}) ${run.ms} ms, CPU ${run.cpuMs} ms (main thread ${run.mainCpuMs} ms), main thread waiting for a CPU ${run.waitForCpuMs} ms, ${run.grouped} grouped, ${run.messages} messages, peak RSS ${run.peakRssMb.toFixed(0)} MB; results sent at ${run.timeline}`)
      }
    }
    const nb = spread(newsboat.map((x) => x.wallMs))
    const nbCpu = spread(newsboat.map((x) => x.cpuMs))
    for (const e of engines) {
      const rs = results.get(e.label)!
      const ms = spread(rs.map((x) => x.ms))
      const cpu = spread(rs.map((x) => x.cpuMs))
      const wait = spread(rs.map((x) => x.waitForCpuMs))
      console.log(`${e.label} (${e.commit}): refresh ${JSON.stringify(ms)} ms, CPU ${JSON.stringify(cpu)} ms (${(cpu.median / (feeds * items)).toFixed(2)} ms an article), waiting for a CPU ${JSON.stringify(wait)} ms; vs newsboat: wall ${(ms.median / nb.median).toFixed(2)}, CPU ${(cpu.median / nbCpu.median).toFixed(2)}`)
    }
    console.log(`newsboat: wall ${JSON.stringify(nb)} ms, CPU ${JSON.stringify(nbCpu)} ms`)
    if (process.argv.includes('--profile')) for (const e of engines) {
      const threads = await profileEngine(e, urlsFile, concurrency)
      threads.forEach((s, i) => printProfile(`${e.label} (${e.commit}) ${i === 0 ? 'main thread' : `worker ${i}`}`, s))
    }
  } finally {
    await server.close()
    rmSync(tmp, { recursive: true, force: true })
    for (const dir of new Set(engines.map((e) => e.dir))) rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err))
  process.exit(1)
})
