// `npx tsx bench/browser/upgrade-versionchange-profile.ts [articles] [turns]`: each schema version's versionchange at
// `articles` (default 100,000), the part of an upgrade the reader waits for before the app opens (store and index
// changes, and what the version's upgrade function does to stored data). The schema history is today's schema.ts
// (Dexie's `version(n).stores()` declarations, read from `openDatabase`), so a library kept at version N is opened
// with a build that declares versions up to the next one only, one version at a time: 1 → 2 → … → latest. The
// library is generated at version 1 (articles of ~3.5 KB) and gains its search rows (the *w-indexed form of schemas
// 16–30) when it reaches 11; no version changes the tag rows' store, so they are left out here. Each turn walks a
// fresh library; then the open's total from chosen versions (VC_FROM=11,30) in one go, each from a fresh library.
// VC_DROP_TAGS=1 also times emptying schema 14's tag rows as the shipped step does and with one Table.clear() (or the
// ways VC_DROP_TAGS lists, see dropTags), in turns, each from a fresh library. VC_PAIR_31=1: schema 30 → 31 before and after version 30.5, in turns. Fresh
// Chromium profile, raw Dexie (no app); prints JSON. Not part of `npm test`.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { openDatabase } from '../../src/renderer/src/db/schema'
import { round } from '../lib/stats'
import { CHROMIUM } from './session'
import { PAGE_SCRIPT } from './upgrade-versionchange-page'
import { swapSearchStoreV30 } from '../../src/renderer/src/db/migrations/search-swap-v30'

const PORT = Number(process.env.VC_PORT ?? 47_733)
const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} load ${round(loadavg()[0])} ${line}\n`)
type History = [number, Record<string, string | null>][]

/** Today's schema history: each declared version and the stores it declares. */
function schemaHistory(): History {
  const db = openDatabase('versionchange-bench') as unknown as { _versions: { _cfg: { version: number; storesSource: Record<string, string | null> } }[] }
  return db._versions.map((v) => [v._cfg.version, v._cfg.storesSource] as [number, Record<string, string | null>]).sort((a, b) => a[0] - b[0])
}

function serve(): Promise<Server> {
  const dexie = readFileSync(join(process.cwd(), 'node_modules/dexie/dist/dexie.js'))
  const server = createServer((req, res) => {
    if (req.url === '/dexie.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(dexie)
    else if (req.url === '/vc.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(PAGE_SCRIPT.replace('__SWAP__', swapSearchStoreV30.toString()))
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script src="/dexie.js"></script><script src="/vc.js"></script>')
  })
  return new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve(server)))
}

type Vc = { open(n: string, h: History, v: number): Promise<number>; fill(n: string, h: History, v: number, first: number, count: number, tags: boolean): Promise<Record<string, number>>; dropTags(n: string, h: History, how: string): Promise<Record<string, number>>; remove(n: string): Promise<void> }
const vc = <T>(page: Page, fn: (vc: Vc, arg: unknown) => Promise<T>, arg: unknown): Promise<T> =>
  page.evaluate(({ src, a }) => new Function('vc', 'arg', `return (${src})(vc, arg)`)((window as unknown as { __vc: Vc }).__vc, a), { src: fn.toString(), a: arg })

/** Fills `name` with `articles` at version `at` (search rows come with them from 11), 20,000 per call. */
async function fillAt(page: Page, history: History, name: string, at: number, articles: number, tags = false): Promise<void> {
  const t0 = performance.now()
  let counts: Record<string, number> = {}
  for (let first = 0; first < articles; first += 20_000) counts = await vc(page, (v, a) => { const [n, h, at, f, c, t] = a as [string, History, number, number, number, boolean]; return v.fill(n, h, at, f, c, t) }, [name, history, at, first, Math.min(20_000, articles - first), tags])
  log(`filled ${name} at ${at}: ${JSON.stringify(counts)} in ${round((performance.now() - t0) / 1000)} s`)
}

const openTo = (page: Page, history: History, name: string, v: number) => vc(page, (x, a) => { const [n, h, v] = a as [string, History, number]; return x.open(n, h, v) }, [name, history, v])

/** One library walked from version 1 to the latest, a version per open; seconds per version. */
async function walk(page: Page, history: History, articles: number, turn: number): Promise<Record<number, number>> {
  const name = `vc-walk-${turn}`
  const out: Record<number, number> = {}
  await openTo(page, history, name, 1)
  await fillAt(page, history, name, 1, articles)
  for (const [v] of history.slice(1)) {
    const ms = await openTo(page, history, name, v)
    out[v] = round(ms / 1000)
    log(`turn ${turn}: versionchange to ${v}: ${out[v]} s`)
    // VC_NO_SEARCH=1: no search rows (only version 31 reads them), to repeat the other versions sooner.
    if (v === 11 && !process.env.VC_NO_SEARCH) await fillSearchRows(page, history, name, articles)
  }
  await vc(page, (x, a) => x.remove(a as string), name)
  return out
}

/** The search rows a library had by the time it left schema 11 (written here at 11, the articles already there). */
async function fillSearchRows(page: Page, history: History, name: string, articles: number): Promise<void> {
  const t0 = performance.now()
  await page.evaluate(async ({ n, h, count }) => {
    const Dexie = (window as unknown as { Dexie: new (n: string) => { version(v: number): { stores(s: unknown): unknown }; open(): Promise<unknown>; table(t: string): { where(k: string): { between(a: string, b: string): { toArray(): Promise<{ id: string; title: string; summary: string; sortKey: string }[]> } }; bulkPut(r: unknown[]): Promise<unknown>; count(): Promise<number> }; close(): void } }).Dexie
    const db = new Dexie(n)
    for (const [v, s] of h) if (v <= 11) db.version(v).stores(s)
    await db.open()
    for (let i = 0; i < count; i += 2000) {
      const lo = `a${String(i).padStart(7, '0')}`
      const hi = `a${String(i + 2000).padStart(7, '0')}`
      const rows = await db.table('articles').where(':id').between(lo, hi).toArray()
      await db.table('search').bulkPut(rows.map((a) => {
        const time = a.sortKey.slice(0, a.sortKey.indexOf('|'))
        return { id: a.id, w: [...new Set(`${a.title} ${a.summary}`.split(' '))].map((t) => `${t}\u0001${time}`) }
      }))
    }
    db.close()
  }, { n: name, h: history, count: articles })
  log(`search rows for ${name} in ${round((performance.now() - t0) / 1000)} s`)
}

async function main(): Promise<void> {
  const articles = Number(process.argv[2] ?? 100_000)
  const turns = Number(process.argv[3] ?? 1)
  const history = schemaHistory()
  const latest = history[history.length - 1][0]
  const server = await serve()
  const profile = mkdtempSync(join(tmpdir(), 'meridian-vc-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
  const out: Record<string, unknown> = { articles, latest, load: [round(loadavg()[0])] }
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`http://127.0.0.1:${PORT}/`)
    const walks: Record<number, number>[] = []
    // VC_WALK=0: only the other measures.
    if (process.env.VC_WALK !== '0') for (let t = 0; t < turns; t++) walks.push(await walk(page, history, articles, t))
    out.walks = walks
    const totals: Record<string, number> = {}
    for (const from of (process.env.VC_FROM ?? '').split(',').filter(Boolean).map(Number)) {
      const name = `vc-from-${from}`
      await openTo(page, history, name, from === 1 ? 1 : Math.min(from, 10))
      await fillAt(page, history, name, Math.min(from, 10), articles)
      if (from >= 11) {
        await openTo(page, history, name, 11)
        await fillSearchRows(page, history, name, articles)
        await openTo(page, history, name, from)
      }
      totals[`${from}→${latest}`] = round((await openTo(page, history, name, latest)) / 1000)
      log(`open from ${from} to ${latest}: ${totals[`${from}→${latest}`]} s`)
      await vc(page, (x, a) => x.remove(a as string), name)
    }
    out.totals = totals
    if (process.env.VC_PAIR_31) out.pair31 = await pair31(page, history, articles, turns)
    if (process.env.VC_DROP_TAGS) out.dropTags = await dropTags(page, history, articles, turns)
    ;(out.load as number[]).push(round(loadavg()[0]))
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
  } finally {
    await context.close()
    server.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

/** Schema 14's tag rows emptied by the shipped step's way and by one clear(), variants taking turns. */
async function dropTags(page: Page, history: History, articles: number, turns: number): Promise<Record<string, unknown>[]> {
  const runs: Record<string, unknown>[] = []
  for (let t = 0; t < turns; t++) {
    // VC_DROP_TAGS=rows:50000,clear (default: the shipped step at the app's batch while the reader is active, 5,000
    // units of 10 rows, and one clear()); the order turns each turn.
    const hows = (process.env.VC_DROP_TAGS ?? '1') === '1' ? ['rows:50000', 'clear'] : process.env.VC_DROP_TAGS!.split(',')
    for (const how of t % 2 ? [...hows].reverse() : hows) {
      const name = `vc-tags-${how.replace(':', '-')}-${t}`
      await openTo(page, history, name, 10)
      await fillAt(page, history, name, 10, articles, true)
      await openTo(page, history, name, latest(history))
      const run = await vc(page, (x, a) => { const [n, h, w] = a as [string, History, string]; return x.dropTags(n, h, w) }, [name, history, how])
      log(`drop tags ${how}: ${JSON.stringify(run)}`)
      runs.push({ how, turn: t, ...run, seconds: round(run.ms / 1000) })
      await vc(page, (x, a) => x.remove(a as string), name)
    }
  }
  return runs
}

const latest = (history: History) => history[history.length - 1][0]

/** Today's history as it was before version 30.5 set schema 30's forward rows aside (and 35 declared their store). */
const withoutSwap = (history: History): History =>
  history.filter(([v]) => v !== 30.5 && v !== 35).map(([v, stores]) => [v, Object.fromEntries(Object.entries(stores).filter(([t]) => t !== 'searchOld'))])

/** VC_PAIR_31=1: two libraries filled alike at schema 30, opened at 31 and then the latest, one with the history
 *  before version 30.5 (the index dropped on the filled store) and one with today's, taking turns. */
async function pair31(page: Page, history: History, articles: number, turns: number): Promise<Record<string, unknown>[]> {
  const runs: Record<string, unknown>[] = []
  const variants: [string, History][] = [['before (31 drops the index)', withoutSwap(history)], ['today (30.5 sets the rows aside)', history]]
  for (let t = 0; t < turns; t++) {
    for (const [label, h] of t % 2 ? [...variants].reverse() : variants) {
      const name = `vc-pair-${t}-${h.length}`
      await openTo(page, h, name, 10)
      await fillAt(page, h, name, 10, articles)
      await openTo(page, h, name, 11)
      await fillSearchRows(page, h, name, articles)
      await openTo(page, h, name, 30)
      const to31 = round((await openTo(page, h, name, 31)) / 1000)
      const toLatest = round((await openTo(page, h, name, latest(h))) / 1000)
      log(`pair ${label}: 30 → 31 ${to31} s, then → ${latest(h)} ${toLatest} s`)
      runs.push({ variant: label, turn: t, to31, toLatest, load: round(loadavg()[0]) })
      await vc(page, (x, a) => x.remove(a as string), name)
    }
  }
  return runs
}

main().catch((err: unknown) => {
  process.stderr.write(`upgrade-versionchange: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
