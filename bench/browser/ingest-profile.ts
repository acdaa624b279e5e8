// `npx tsx bench/browser/ingest-profile.ts [libraryArticles] [batches]`: ingest at a library size, app open on All
// articles, HEAD against the working tree. The library is kept in a profile (INGEST_PROFILE_DIR, default
// <tmp>/meridian-ingest-profile) grown once by HEAD's code; each variant ingests into a copy of it, batch by batch in
// turn (10 feed results, 500 articles, as sync.ts stores a burst, through the renderer's ingestFeedResults). With
// PROFILE_WORKTREE=1 the working tree (a candidate not committed yet) runs next to HEAD. Phase timings come from the
// page's `performance` measures named `ingest:*` when a build has them (added by hand while profiling). With
// PROFILE_BASE=<commit>, that commit's code runs next to HEAD too (the code before a change). Prints JSON; not part
// of `npm test`.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildFeedResult } from '../lib/feed-results'
import { buildCommit, buildWorktree } from './ingest-profile-build'
import { percentiles, round } from '../lib/stats'
import { buildRenderer, openSession, type Session } from './session'
import { ITEMS_PER_FEED, bulkClone, ingestThroughApp, putBenchFeeds } from './fill'

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`)

/** Grows the kept library to `target` articles (once: later runs find it stored). */
async function ensureLibrary(rendererDir: string, profileDir: string, port: number, target: number): Promise<void> {
  const s = await openSession(rendererDir, { profileDir, port })
  try {
    await s.open()
    const stored = () => s.page.evaluate(async () => (await window.__bench!.db.counters.get('all'))?.n ?? 0)
    let n = await stored()
    if (n === 0) {
      await putBenchFeeds(s, Math.ceil(target / ITEMS_PER_FEED))
      n = (await ingestThroughApp(s, 100, log)).articles
    }
    if (n < target) await bulkClone(s, n, target - n, log)
    const indexed = await s.page.evaluate(() => window.__bench!.indexSearch())
    log(`library: ${await stored()} articles; search rows indexed now: ${indexed.rows}`)
  } finally {
    await s.close()
  }
}

interface Variant {
  name: string
  session: Session
  rates: number[]
  phases: Record<string, number[]>
}

/** Ingests batch `b` (10 new feed results) into one variant's library, app open. */
async function timeBatch(v: Variant, first: number, b: number): Promise<void> {
  const results = await Promise.all(Array.from({ length: 10 }, (_, i) => buildFeedResult(first + b * 10 + i, ITEMS_PER_FEED)))
  const r = await v.session.page.evaluate(async (rs) => {
    performance.clearMeasures()
    const t0 = performance.now()
    const summaries = await window.__bench!.ingestFeedResults(rs)
    const ms = performance.now() - t0
    const measures: Record<string, number> = {}
    for (const m of performance.getEntriesByType('measure')) if (m.name.startsWith('ingest:')) measures[m.name] = (measures[m.name] ?? 0) + m.duration
    return { ms, added: summaries.reduce((sum, x) => sum + x.added, 0), measures }
  }, results)
  v.rates.push((r.added / r.ms) * 1000)
  for (const [name, ms] of Object.entries(r.measures)) (v.phases[name] ??= []).push(ms)
  log(`${v.name} batch ${b}: ${r.added} articles in ${Math.round(r.ms)} ms (${Math.round((r.added / r.ms) * 1000)}/s) ${JSON.stringify(Object.fromEntries(Object.entries(r.measures).map(([k, x]) => [k, Math.round(x)])))}`)
}

async function main(): Promise<void> {
  const target = Number(process.argv[2] ?? 100_000)
  const batches = Number(process.argv[3] ?? 10)
  const kept = process.env.INGEST_PROFILE_DIR ?? join(tmpdir(), 'meridian-ingest-profile')
  const head = buildRenderer()
  const builds = [{ name: 'head', build: head }]
  if (process.env.PROFILE_BASE) builds.push({ name: process.env.PROFILE_BASE, build: buildCommit(process.env.PROFILE_BASE) })
  if (process.env.PROFILE_WORKTREE) builds.push({ name: 'worktree', build: buildWorktree() })
  const port = Number(process.env.INGEST_PROFILE_PORT ?? 47_391)
  await ensureLibrary(head.rendererDir, kept, port, target)
  // Each variant ingests into its own copy of the kept library, batches interleaved: the machine's load weighs on
  // every variant alike, and the kept library stays as it was for the next run.
  const variants: Variant[] = []
  const copies: string[] = []
  try {
    for (const { name, build } of builds) {
      const copy = mkdtempSync(join(tmpdir(), `meridian-ingest-${name}-`))
      copies.push(copy)
      cpSync(kept, copy, { recursive: true })
      // The kept library's origin (IndexedDB is per origin, and the port is part of it): each variant's server
      // closes once its page has loaded, so the next can take the port; the pages only talk to IndexedDB after that.
      const session = await openSession(build.rendererDir, { profileDir: copy, port })
      await session.open()
      await session.web.close()
      variants.push({ name, session, rates: [], phases: {} })
    }
    for (const v of variants) await v.session.settle(5_000)
    const first = Math.ceil(target / ITEMS_PER_FEED) + 100
    for (const v of variants) await putBenchFeeds(v.session, first + batches * 10)
    for (let b = 0; b < batches; b++) for (const v of variants) await timeBatch(v, first, b)
    const out = {
      library: target,
      batches,
      loadAverage: loadavg().map(round),
      variants: Object.fromEntries(variants.map((v) => [v.name, { articlesPerSec: percentiles(v.rates), phasesMs: Object.fromEntries(Object.entries(v.phases).map(([k, x]) => [k, percentiles(x)])) }])),
    }
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
  } finally {
    for (const v of variants) await v.session.close()
    for (const c of copies) rmSync(c, { recursive: true, force: true })
    for (const { build } of builds) build.dispose()
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`ingest-profile: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
