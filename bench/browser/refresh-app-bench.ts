// The first refresh of the 300 × 50 loopback farm end to end in Chromium (issue 15): the Refresh button clicked in
// the app (browser mode, the real engine), each feed fetched, parsed and tagged, its articles stored in IndexedDB
// and listed by the open All articles view; against `newsboat -x reload` of the same farm with as many threads,
// alternating in the same run. While the app refreshes, the reader presses j and k and switches the sidebar tabs
// every ~250 ms: the Event Timing API gives each input's latency (input delay, handlers, the next paint).
// The engine (src/main/web-server.ts) runs in a Node process of its own, as Electron's main process does: run inside
// this process it shared one event loop with Playwright's driving and the farm, and fetching alone took 119–149 s.
// The farm and newsboat's runs stay in this process; the farm is idle except while it serves.
//   npm run bench -- refresh-app [--quick]      (BENCH_RENDERER_DIR=<built renderer> measures that build, not HEAD)
// BENCH_PROFILE=1 profiles the first run: the engine under node --cpu-prof, the page through CDP, both summarised
// (BENCH_PROFILE=<dir> keeps the .cpuprofile files there).
// BENCH_FRAMES=1 prints the long animation frames during the refresh by what started their scripts.
// BENCH_WORKERS=built,source compares the engine's worker threads built (as Electron runs them) and from source;
// BENCH_WORKERS=built,built:2 one feed-text worker (the default on two cores) and two.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { summarizeProfile } from '../lib/cpu-profile'
import { FAR_FUTURE } from '../lib/feed-results'
import { startFeedServer, type FeedServer } from '../lib/feed-server'
import { round, spread } from '../lib/stats'
import { newsboatVersion, runNewsboat } from '../refresh/newsboat'
import { DEFAULT_CONCURRENCY } from '../../src/main/core/poller'
import { countIdb, idbLine, readIdbCounts } from './refresh-idb-count'
import { storyReadLine, timeStoryReads } from './refresh-story-reads'
import { watchRefresh } from './refresh-timeline'
import { buildRenderer, chromiumVersion, openEngineSession, waitForQuietIndexedDb, type EngineSession } from './session'

export interface RefreshAppOptions {
  feeds: number
  itemsPerFeed: number
  runs: number
  log: (line: string) => void
}

interface AppRun {
  /** Refresh clicked → every feed answered by the farm. */
  fetchedMs: number
  /** → every article stored. */
  storedMs: number
  /** → the All articles list's count reached its final value (unchanged for SETTLED_MS after every article was
   *  stored), with rows shown. */
  listedMs: number
  /** The list's final count (stories count as one row). */
  listedCount: number
  inputs: number
  inputP50Ms: number
  inputP95Ms: number
  inputMaxMs: number
}

/** The engine's worker threads: built beside the renderer, as Electron runs them (the default), or from source
 *  through tsx, with ':N' feed-text workers (default: the cores less one); BENCH_WORKERS=built,source or
 *  built,built:2 runs each in turn, the first one's figures being the app's. */
const WORKERS = (process.env.BENCH_WORKERS ?? 'built').split(',')

/** The list's count unchanged this long after the last article was stored: it is up to date. */
const SETTLED_MS = 3000

type Timing = { interactionId: number; duration: number; name: string }

/** Collects Event Timing entries (trusted input only, as the reader's own). */
async function watchInputs(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Timing[] = []
    ;(window as unknown as { __inputs: Timing[] }).__inputs = seen
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) if (e.interactionId) seen.push({ interactionId: e.interactionId, duration: e.duration, name: e.name })
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)
  })
}

type Frame = { duration: number; blocking: number; scripts: { invoker: string; duration: number; source: string }[] }

/** Collects long animation frames (> 50 ms) with their scripts' invokers: which work blocked input. */
async function watchLongFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const frames: Frame[] = []
    ;(window as unknown as { __frames: Frame[] }).__frames = frames
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as Array<{ duration: number; blockingDuration: number; scripts: Array<{ invoker: string; duration: number; sourceFunctionName: string; sourceURL: string }> }>) {
        frames.push({ duration: e.duration, blocking: e.blockingDuration, scripts: e.scripts.map((x) => ({ invoker: x.invoker, duration: x.duration, source: `${x.sourceFunctionName}@${x.sourceURL.replace(/^.*\//, '')}` })) })
      }
    }).observe({ type: 'long-animation-frame', buffered: false })
  })
}

/** Long frames summed by the invoker of their scripts (what started the blocking work). */
async function longFrameLines(page: Page): Promise<string[]> {
  const frames = await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames)
  const byInvoker = new Map<string, { ms: number; n: number; max: number }>()
  for (const f of frames) {
    for (const x of f.scripts) {
      const key = x.invoker.replace(/\d+/g, '#')
      const cur = byInvoker.get(key) ?? { ms: 0, n: 0, max: 0 }
      byInvoker.set(key, { ms: cur.ms + x.duration, n: cur.n + 1, max: Math.max(cur.max, x.duration) })
    }
  }
  const blocking = frames.reduce((a, f) => a + f.blocking, 0)
  const longest = frames.reduce((a, f) => Math.max(a, f.duration), 0)
  return [
    `long frames: ${frames.length}, longest ${Math.round(longest)} ms, blocking ${Math.round(blocking)} ms in all; scripts by invoker (ms, count, max):`,
    ...[...byInvoker].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12).map(([k, v]) => `  ${String(Math.round(v.ms)).padStart(7)} ${String(v.n).padStart(5)} ${String(Math.round(v.max)).padStart(6)}  ${k}`),
  ]
}

/** One latency per interaction (its slowest event), as INP counts them; interactions under 16 ms report nothing and
 *  count as 16. */
async function inputLatencies(page: Page, interactions: number): Promise<number[]> {
  const seen = await page.evaluate(() => (window as unknown as { __inputs: Timing[] }).__inputs)
  const byInteraction = new Map<number, number>()
  for (const e of seen) byInteraction.set(e.interactionId, Math.max(byInteraction.get(e.interactionId) ?? 0, e.duration))
  const slow = [...byInteraction.values()]
  return [...slow, ...Array.from({ length: Math.max(0, interactions - slow.length) }, () => 16)].sort((a, b) => a - b)
}

/** Presses j, k and switches the sidebar tab in turn, every ~250 ms, until `done()`; answers how many inputs. */
async function keepTyping(page: Page, done: () => boolean): Promise<number> {
  let n = 0
  const tabs = ['Filters', 'Feeds']
  while (!done()) {
    const step = n % 4
    if (step === 3) await page.getByRole('tab', { name: tabs[Math.floor(n / 4) % 2] }).click()
    else await page.keyboard.press(step === 1 ? 'k' : 'j')
    n++
    await page.waitForTimeout(250)
  }
  return n
}

/** Lines summarising a .cpuprofile: busy time by stage and the costliest functions. */
function profileLines(who: string, file: string): string[] {
  const s = summarizeProfile(file, 20)
  return [
    `${who} CPU: busy ${s.totalMs - s.idleMs} ms of ${s.totalMs} ms`,
    ...s.byStage.map((x) => `  ${String(x.ms).padStart(7)} ms ${(x.share * 100).toFixed(1).padStart(5)}%  ${x.stage}`),
    '  top functions (self ms):',
    ...s.topFunctions.map((f) => `  ${String(f.ms).padStart(7)}  ${f.fn.replace(/https?:\/\/127\.0\.0\.1:\d+\//, '')}`),
  ]
}

/** Every schedule the page hands the engine (setSubscriptions over the web bridge): the size of the latest, and how
 *  many were sent (each one makes the engine re-plan its polls). */
function watchSchedule(session: EngineSession): { size(): number; sent(): number } {
  let scheduled = 0
  let sent = 0
  session.page.on('requestfinished', (req) => {
    if (!req.url().endsWith('/api/invoke/setSubscriptions')) return
    sent++
    const args = req.postDataJSON() as unknown[]
    if (Array.isArray(args[0])) scheduled = args[0].length
  })
  return { size: () => scheduled, sent: () => sent }
}

async function runApp(rendererDir: string, farm: FeedServer, o: RefreshAppOptions, workers: string, profileDir?: string): Promise<AppRun> {
  const [kind, size] = workers.split(':')
  const args = ['--workers', kind!, ...(size ? ['--feed-workers', size] : [])]
  const session = await openEngineSession({ rendererDir, cpuProfileDir: profileDir && join(profileDir, 'engine'), args })
  try {
    await session.open()
    const expected = o.feeds * o.itemsPerFeed
    // The main side learns the schedule from the page; the refresh starts once it holds every farm feed.
    const schedule = watchSchedule(session)
    let scheduled = 0
    const rows = farm.urls.map((url, f) => ({ id: `farm-${f}`, url, title: `Farm ${f}`, failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: 0, nextPollAt: FAR_FUTURE }))
    await session.page.evaluate((r) => window.__bench!.putFeeds(r as never), rows)
    for (const t = Date.now(); scheduled < o.feeds && Date.now() - t < 120_000; scheduled = schedule.size()) await session.page.waitForTimeout(100)
    if (scheduled < o.feeds) throw new Error(`the main side got ${scheduled} of ${o.feeds} feeds`)
    o.log(`refresh-app: the main side holds the ${o.feeds} feeds; refreshing`)
    await waitForQuietIndexedDb(session.page, 2000)
    await watchInputs(session.page)
    if (process.env.BENCH_FRAMES) await watchLongFrames(session.page)
    await countIdb(session.page)
    farm.resetStats()
    if (profileDir) {
      await session.cdp.send('Profiler.enable')
      await session.cdp.send('Profiler.start')
    }

    const sentBefore = schedule.sent()
    const timeline = watchRefresh({ engineUrl: session.engine.url, enginePid: session.engine.pid, page: session.page, profileDir: session.profileDir })
    await new Promise((r) => setTimeout(r, 300)) // its event stream connected
    const t0 = performance.now()
    timeline.start(t0)
    await session.page.getByRole('button', { name: '↻ Refresh' }).click()
    let fetchedMs = 0
    let storedMs = 0
    let listedMs = 0
    const finished = () => listedMs > 0 || performance.now() - t0 > 600_000
    const typing = keepTyping(session.page, finished)
    let lastLog = t0
    let lastListed = -1
    let listedChangedAt = t0
    let lastStoredLogged = false
    while (!finished()) {
      await new Promise((r) => setTimeout(r, 200))
      if (!fetchedMs && farm.stats.ok >= o.feeds) fetchedMs = performance.now() - t0
      const state = await session.page.evaluate(async () => {
        const b = window.__bench!
        return {
          stored: await b.db.articles.count(),
          listed: Number(document.querySelector<HTMLElement>('.article-scroller')?.dataset.count ?? 0),
          rows: document.querySelectorAll('.article-row[data-id]').length,
        }
      })
      // Listed: the open list's count settled after the last article was stored (it counts stories as one row, so
      // its final value is below the articles stored).
      timeline.sample(performance.now(), state.stored, state.listed)
      if (state.listed !== lastListed) [lastListed, listedChangedAt] = [state.listed, performance.now()]
      if (!storedMs && state.stored >= expected) storedMs = performance.now() - t0
      if (performance.now() - lastLog > 15_000 || (storedMs && !lastStoredLogged)) {
        lastStoredLogged = storedMs > 0
        lastLog = performance.now()
        o.log(`refresh-app: ${Math.round((lastLog - t0) / 1000)} s: ${farm.stats.ok} feeds served, ${state.stored} articles stored, ${state.listed} listed`)
      }
      // Unchanged for SETTLED_MS counted from the last store, not from the list's last change: a list starved of
      // reads during the burst (stuck at an early count) catches up only after it, and was taken as settled.
      if (storedMs && state.rows > 0 && performance.now() - Math.max(listedChangedAt, t0 + storedMs) >= SETTLED_MS) listedMs = Math.max(storedMs, listedChangedAt - t0)
    }
    const inputs = await typing
    o.log(`refresh-app: ${idbLine(await readIdbCounts(session.page))}`)
    o.log(`refresh-app: ${schedule.sent() - sentBefore} schedules sent to the engine during the refresh`)
    for (const line of timeline.lines(farm.served, farm.urls)) o.log(`refresh-app: ${line}`)
    timeline.close()
    if (process.env.BENCH_FRAMES) for (const line of await longFrameLines(session.page)) o.log(line)
    if (process.env.BENCH_STORY_READS) o.log(`refresh-app: ${storyReadLine(await timeStoryReads(session.page))}`)
    if (profileDir) {
      const { profile } = (await session.cdp.send('Profiler.stop')) as { profile: unknown }
      mkdirSync(profileDir, { recursive: true })
      writeFileSync(join(profileDir, 'page.cpuprofile'), JSON.stringify(profile))
    }
    if (!listedMs) throw new Error(`the refresh did not finish in 10 minutes (fetched ${farm.stats.ok} feeds)`)
    const latencies = await inputLatencies(session.page, inputs)
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]
    return { fetchedMs, storedMs, listedMs, listedCount: lastListed, inputs, inputP50Ms: p(0.5), inputP95Ms: p(0.95), inputMaxMs: latencies.at(-1) ?? 0 }
  } finally {
    await session.close()
    if (profileDir && session.cpuProfile) for (const line of profileLines('engine', session.cpuProfile)) o.log(line)
    if (profileDir && existsSync(join(profileDir, 'page.cpuprofile'))) for (const line of profileLines('page', join(profileDir, 'page.cpuprofile'))) o.log(line)
  }
}

export async function runRefreshAppBench(o: RefreshAppOptions): Promise<Record<string, unknown>> {
  o.log(`refresh-app: ${o.feeds} feeds × ${o.itemsPerFeed} items, app in Chromium against newsboat, ${o.runs} run(s) each`)
  const farm = await startFeedServer(o.feeds, o.itemsPerFeed)
  const prebuilt = process.env.BENCH_RENDERER_DIR
  const build = prebuilt ? { rendererDir: resolve(prebuilt), dispose: () => {} } : buildRenderer()
  try {
    const ours: AppRun[] = []
    const byWorkers = new Map<string, AppRun[]>()
    const theirs: number[] = []
    for (let r = 0; r < o.runs; r++) {
      for (const who of r % 2 === 0 ? [...WORKERS, 'newsboat'] : ['newsboat', ...WORKERS.toReversed()]) {
        if (who !== 'newsboat') {
          // BENCH_PROFILE=<dir> keeps the .cpuprofile files there.
          const keep = process.env.BENCH_PROFILE && process.env.BENCH_PROFILE !== '1' ? resolve(process.env.BENCH_PROFILE) : undefined
          const profileDir = process.env.BENCH_PROFILE && r === 0 ? (keep ?? mkdtempSync(join(tmpdir(), 'meridian-refresh-prof-'))) : undefined
          const run = await runApp(build.rendererDir, farm, o, who, profileDir).finally(() => profileDir && !keep && rmSync(profileDir, { recursive: true, force: true }))
          if (who === WORKERS[0]) ours.push(run)
          byWorkers.set(who, [...(byWorkers.get(who) ?? []), run])
          o.log(`refresh-app run ${r + 1}, workers ${who}: app fetched ${Math.round(run.fetchedMs)} ms, stored ${Math.round(run.storedMs)} ms, listed ${Math.round(run.listedMs)} ms (${run.listedCount} rows); input p50 ${run.inputP50Ms} / p95 ${run.inputP95Ms} / max ${run.inputMaxMs} ms over ${run.inputs} inputs`)
        } else {
          farm.resetStats()
          const run = await runNewsboat(farm.urls, DEFAULT_CONCURRENCY)
          if (run.errors > 0 || farm.stats.ok !== o.feeds) throw new Error(`newsboat: ${run.errors} errors, ${farm.stats.ok}/${o.feeds} feeds served`)
          theirs.push(run.wallMs)
          o.log(`refresh-app run ${r + 1}: newsboat ${Math.round(run.wallMs)} ms, ${run.items} items stored`)
        }
      }
    }
    const listed = spread(ours.map((r) => r.listedMs))
    const nb = spread(theirs)
    return {
      feeds: o.feeds,
      itemsPerFeed: o.itemsPerFeed,
      concurrency: DEFAULT_CONCURRENCY,
      app: {
        fetchedMs: spread(ours.map((r) => r.fetchedMs)),
        storedMs: spread(ours.map((r) => r.storedMs)),
        listedMs: listed,
        inputP50Ms: spread(ours.map((r) => r.inputP50Ms)),
        inputP95Ms: spread(ours.map((r) => r.inputP95Ms)),
        inputMaxMs: spread(ours.map((r) => r.inputMaxMs)),
        inputs: ours.map((r) => r.inputs),
      },
      newsboat: { reloadMs: nb, version: newsboatVersion() },
      ratio: { listedVsNewsboat: round(listed.median / nb.median) },
      ...(WORKERS.length > 1 && { byWorkers: Object.fromEntries([...byWorkers].map(([w, runs]) => [w, { fetchedMs: spread(runs.map((x) => x.fetchedMs)), listedMs: spread(runs.map((x) => x.listedMs)) }])) }),
      chromium: chromiumVersion(),
      loadAverageAtEnd: loadavg()[0],
      note: 'engine in its own Node process (src/main/web-server.ts); app: Refresh clicked → every article stored and the open All articles list at its final count (fresh profile each run); newsboat -x reload with the same number of threads; inputs: j, k and sidebar tab clicks every ~250 ms during the refresh, latency per interaction from the Event Timing API (under 16 ms counted as 16)',
    }
  } finally {
    build.dispose()
    await farm.close()
  }
}
