// Refresh: N feeds x M items through our real poller (a child process) and through `newsboat -x reload`,
// alternating, so background load on the shared machine hits both sides alike. Optionally CPU-profiles ours.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { runChild } from '../lib/child'
import { summarizeProfile, type ProfileSummary } from '../lib/cpu-profile'
import { startFeedServer } from '../lib/feed-server'
import { headSnapshot } from '../lib/snapshot'
import { spread } from '../lib/stats'
import { runNewsboat } from './newsboat'

export interface RefreshOptions {
  feeds: number
  itemsPerFeed: number
  concurrency: number
  runs: number
  /** 'auto': profile when ours is slower than newsboat. */
  profile: boolean | 'auto'
  log: (line: string) => void
}

interface OursRun {
  refreshMs: number
  /** Classifier table build, before refreshMs starts (once per process). */
  warmupMs: number
  processMs: number
  items: number
  failed: number
  tagged: number
  peakRssMb: number
  rssAfterMb: number
  heapUsedMb: number
}

/** The child as committed (HEAD snapshot), with the engine it imports. */
const child = () => join(headSnapshot().dir, 'bench/refresh/ours-child.ts')

/**
 * One plain-Node file, so the child starts without tsx's loader, and built like the app's main process is
 * (electron-vite: no source map). An inlined source map would be kept by V8 as a second copy of
 * the whole program next to the source (about 18 MB of heap here, and the heap limit grows with it): that
 * would be billed to the engine although the app never carries it.
 */
async function bundleLikeApp(entry: string): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'meridian-bench-')), 'child.cjs')
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'error', sourcemap: false })
  return outfile
}

async function runOurs(bundle: string, urlsFile: string, concurrency: number): Promise<OursRun> {
  const run = await runChild('/usr/bin/time', ['-f', 'BENCH_TIME %e %M', process.execPath, bundle, urlsFile, String(concurrency)], {
    env: { ...process.env, MERIDIAN_LOG: 'error' },
    timeoutMs: 300_000,
  })
  const j = run.json
  if (run.code !== 0 || !j) throw new Error(`our refresh child failed (exit ${run.code}): ${run.stderr.slice(-800)}`)
  const time = /BENCH_TIME ([\d.]+) (\d+)/.exec(run.stderr)
  return {
    refreshMs: Number(j.ms),
    warmupMs: Number(j.classifierWarmupMs),
    processMs: run.wallMs,
    items: Number(j.items),
    failed: Number(j.failed),
    tagged: Number(j.tagged),
    peakRssMb: time ? Number(time[2]) / 1024 : Number(j.maxRssMb),
    rssAfterMb: Number(j.rssAfterMb),
    heapUsedMb: Number(j.heapUsedMb),
  }
}

async function profileOurs(urlsFile: string, concurrency: number): Promise<ProfileSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'meridian-prof-'))
  try {
    const run = await runChild(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--import', 'tsx', child(), urlsFile, String(concurrency)], {
      env: { ...process.env, MERIDIAN_LOG: 'error' },
      timeoutMs: 300_000,
    })
    if (run.code !== 0) throw new Error(`profiled run failed: ${run.stderr.slice(-800)}`)
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
    if (!file) throw new Error('no .cpuprofile written')
    const summary = summarizeProfile(join(dir, file))
    return { ...summary, refreshMs: Number(run.json?.ms) } as ProfileSummary & { refreshMs: number }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const perSec = (items: number, ms: number) => Math.round((items / ms) * 1000)

export async function runRefreshBench(o: RefreshOptions): Promise<Record<string, unknown>> {
  o.log(`refresh: generating ${o.feeds} feeds x ${o.itemsPerFeed} items`)
  const server = await startFeedServer(o.feeds, o.itemsPerFeed)
  const tmp = mkdtempSync(join(tmpdir(), 'meridian-refresh-'))
  try {
    const urlsFile = join(tmp, 'urls')
    writeFileSync(urlsFile, server.urls.join('\n') + '\n')
    const bundle = await bundleLikeApp(child())
    const expected = o.feeds * o.itemsPerFeed
    const ours: OursRun[] = []
    const theirs: Awaited<ReturnType<typeof runNewsboat>>[] = []
    // One unmeasured round warms the page cache (node, newsboat, libraries) for both.
    await runOurs(bundle, urlsFile, o.concurrency)
    await runNewsboat(server.urls, o.concurrency)
    for (let r = 0; r < o.runs; r++) {
      const order = r % 2 === 0 ? ['ours', 'newsboat'] : ['newsboat', 'ours'] // neither always goes first
      for (const who of order) {
        server.resetStats()
        if (who === 'ours') {
          const run = await runOurs(bundle, urlsFile, o.concurrency)
          if (run.items !== expected || run.failed > 0) throw new Error(`ours got ${run.items}/${expected} items, ${run.failed} failed feeds`)
          ours.push(run)
          o.log(`refresh run ${r + 1}: ours ${Math.round(run.refreshMs)} ms in-app, ${Math.round(run.processMs)} ms process, peak RSS ${run.peakRssMb.toFixed(0)} MB`)
        } else {
          const run = await runNewsboat(server.urls, o.concurrency)
          if (run.errors > 0 || server.stats.ok !== o.feeds) throw new Error(`newsboat: ${run.errors} errors, ${server.stats.ok}/${o.feeds} feeds served`)
          theirs.push(run)
          o.log(`refresh run ${r + 1}: newsboat ${Math.round(run.wallMs)} ms, ${run.items} items stored, peak RSS ${run.peakRssMb?.toFixed(0)} MB`)
        }
      }
    }
    const oursRefresh = spread(ours.map((r) => r.refreshMs))
    const oursCold = spread(ours.map((r) => r.refreshMs + r.warmupMs))
    const oursProcess = spread(ours.map((r) => r.processMs))
    const nb = spread(theirs.map((r) => r.wallMs))
    const result: Record<string, unknown> = {
      feeds: o.feeds,
      itemsPerFeed: o.itemsPerFeed,
      items: expected,
      hosts: Math.min(30, o.feeds),
      concurrency: o.concurrency,
      ours: {
        refreshMs: oursRefresh,
        classifierWarmupMs: spread(ours.map((r) => r.warmupMs)),
        refreshWithWarmupMs: oursCold,
        processMs: oursProcess,
        itemsPerSec: spread(ours.map((r) => perSec(r.items, r.refreshMs))),
        peakRssMb: spread(ours.map((r) => r.peakRssMb)),
        rssAfterRefreshMb: spread(ours.map((r) => r.rssAfterMb)),
        heapUsedAfterMb: spread(ours.map((r) => r.heapUsedMb)),
        taggedShare: Number((ours[0].tagged / expected).toFixed(3)),
      },
      newsboat: {
        processMs: nb,
        itemsPerSec: spread(theirs.map((r) => perSec(expected, r.wallMs))),
        peakRssMb: spread(theirs.map((r) => r.peakRssMb ?? NaN)),
        itemsStored: theirs[0].items,
      },
      ratio: {
        inAppVsNewsboat: Number((oursRefresh.median / nb.median).toFixed(2)),
        inAppWithWarmupVsNewsboat: Number((oursCold.median / nb.median).toFixed(2)),
        processVsNewsboat: Number((oursProcess.median / nb.median).toFixed(2)),
      },
    }
    if (o.profile === true || (o.profile === 'auto' && oursRefresh.median > nb.median)) {
      o.log('refresh: profiling one run of ours (node --cpu-prof)')
      result.profile = await profileOurs(urlsFile, o.concurrency)
    }
    return result
  } finally {
    await server.close()
    rmSync(tmp, { recursive: true, force: true })
  }
}
