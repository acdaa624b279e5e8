// `npx tsx bench/browser/upgrade-seed-v30.ts [articles]`: a library at schema 30 with its search rows, kept in a
// profile (SEED30_DIR, default <tmp>/meridian-v30-<articles>, port SEED30_PORT, default 47615) for
// `UPGRADE_APP_PROFILE=<dir> UPGRADE_APP_PORT=47615 npx tsx bench/browser/upgrade-profile.ts` (the 30 → 31 path as
// a reader meets it). The app of the last schema-30 commit (SEED30_COMMIT, default 42e5ca9) stores the articles as
// search-profile.ts does (100 feeds ingested, the rest cloned through writeArticles: articles, list rows, counters,
// queued search rows); the queued rows are then moved into `search` here, SEED30_BATCH per transaction, in the form
// schema 30's indexer stored them (indexRowOf: each token with the article's time), instead of by the app's indexer
// (500 per transaction, a pause between: 40 minutes at 100,000 in session 14). SEED30_VERIFY=1 checks on a small
// library that these rows equal what the app's indexer stores, and keeps nothing. Prints JSON; not part of `npm test`.
import { existsSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { round } from '../lib/stats'
import { bulkClone, ingestThroughApp, putBenchFeeds } from './fill'
import { buildCommit } from './ingest-profile-build'
import { openSession, type Session } from './session'

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} load ${round(loadavg()[0])} ${line}\n`)
const COMMIT = process.env.SEED30_COMMIT ?? '42e5ca9'
const PORT = Number(process.env.SEED30_PORT ?? 47_615)
const BATCH = Number(process.env.SEED30_BATCH ?? 5_000)

/** Schema 30's index row of a queued row (search-index.ts's indexRowOf at 42e5ca9), computed in the page. */
type Row = { id: string; w: string[] }

/** Moves every queued search row into `search`, `batch` per transaction, as indexRowOf shaped it; with `dryRun` only
 *  returns the rows it would write, keyed by id. */
function moveQueued(s: Session, batch: number, dryRun: boolean): Promise<{ rows: number; entries: number; ms: number; expected?: Record<string, string[]> }> {
  return s.page.evaluate(
    async ({ batch, dryRun }) => {
      const db = window.__bench!.db as unknown as import('dexie').Dexie
      const pending = db.table<{ id: string; t?: string; w: string[] }, string>('searchPending')
      const search = db.table<Row, string>('search')
      const indexRowOf = (q: { id: string; t?: string; w: string[] }): Row => (q.t === undefined ? { id: q.id, w: q.w } : { id: q.id, w: q.w.map((token) => `${token}\u0001${q.t}`) })
      const t0 = performance.now()
      if (dryRun) {
        const rows = (await pending.toArray()).map(indexRowOf)
        return { rows: rows.length, entries: rows.reduce((n, r) => n + r.w.length, 0), ms: 0, expected: Object.fromEntries(rows.map((r) => [r.id, r.w])) }
      }
      let rows = 0
      let entries = 0
      for (;;) {
        const n = await db.transaction('rw', [search, pending], async () => {
          const page = await pending.limit(batch).toArray()
          const out = page.map(indexRowOf)
          await Promise.all([search.bulkPut(out), pending.bulkDelete(page.map((r) => r.id))])
          entries += out.reduce((k, r) => k + r.w.length, 0)
          return page.length
        })
        rows += n
        if (n < batch) break
      }
      return { rows, entries, ms: performance.now() - t0 }
    },
    { batch, dryRun },
  )
}

async function fill(s: Session, articles: number): Promise<void> {
  await putBenchFeeds(s, Math.ceil(articles / 50))
  const ingested = (await ingestThroughApp(s, Math.min(100, Math.ceil(articles / 50)), log)).articles
  if (ingested < articles) await bulkClone(s, ingested, articles - ingested, log)
}

/** SEED30_VERIFY=1: the rows this seed writes against the rows the app's own indexer writes, on a small library. */
async function verify(rendererDir: string, articles: number): Promise<Record<string, unknown>> {
  const s = await openSession(rendererDir)
  try {
    await s.open()
    await fill(s, articles)
    const { expected, rows } = await moveQueued(s, BATCH, true)
    await s.page.evaluate(() => window.__bench!.indexSearch())
    const stored = await s.page.evaluate(async () => (await (window.__bench!.db as unknown as import('dexie').Dexie).table<Row, string>('search').toArray()).map((r) => [r.id, r.w] as const))
    // The app's indexer may have moved a few rows before the snapshot: only the queued rows seen are compared.
    const checked = stored.filter(([id]) => expected![id] !== undefined)
    const mismatches = checked.filter(([id, w]) => JSON.stringify(expected![id]) !== JSON.stringify(w)).length + (rows - checked.length)
    return { queued: rows, compared: checked.length, searchRows: stored.length, mismatches }
  } finally {
    await s.close()
  }
}

async function main(): Promise<void> {
  const articles = Number(process.argv[2] ?? 100_000)
  const build = buildCommit(COMMIT)
  try {
    if (process.env.SEED30_VERIFY) {
      process.stdout.write(`${JSON.stringify({ commit: COMMIT, articles, ...(await verify(build.rendererDir, articles)) })}\n`)
      return
    }
    const dir = process.env.SEED30_DIR ?? join(tmpdir(), `meridian-v30-${articles}`)
    if (existsSync(dir)) throw new Error(`${dir} exists; remove it to seed again`)
    const s = await openSession(build.rendererDir, { profileDir: dir, port: PORT })
    try {
      await s.open()
      const t0 = performance.now()
      await fill(s, articles)
      const filled = performance.now()
      log(`articles stored in ${round((filled - t0) / 1000)} s`)
      const moved = await moveQueued(s, BATCH, false)
      log(`search rows: ${JSON.stringify(moved)}`)
      const counts = await s.page.evaluate(async () => {
        const db = window.__bench!.db as unknown as import('dexie').Dexie
        const n = (t: string) => db.table(t).count()
        return { articles: await n('articles'), lists: await n('lists'), search: await n('search'), searchPending: await n('searchPending'), version: db.verno }
      })
      await s.settle(2_000)
      process.stdout.write(`${JSON.stringify({ commit: COMMIT, dir, port: PORT, fillSeconds: round((filled - t0) / 1000), searchSeconds: round(moved.ms / 1000), searchEntries: moved.entries, ...counts })}\n`)
    } catch (err) {
      rmSync(dir, { recursive: true, force: true })
      throw err
    } finally {
      await s.close()
    }
  } finally {
    build.dispose()
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`upgrade-seed-v30: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
