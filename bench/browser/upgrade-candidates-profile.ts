// `npx tsx bench/browser/upgrade-candidates-profile.ts [articles] [rounds]`: how fast Chromium can build the list rows of a
// filled library (db/README.md, "Upgrades that finish"), in raw IndexedDB: (a) puts into a store that has the
// multiEntry `[tag, sortKey]` index, (b) puts into a store without it, then `createIndex` in a versionchange,
// (c) (a) with bigger transactions, (d) rows in their own key order, (e) relaxed durability; and reading the articles
// by `getAll` pages, cursors or point reads in time order. Write variants take turns, 10,000 rows each, so the
// machine's load (and the compaction of another variant's rows) weighs on each alike; `rounds` repeats it all.
// Prints JSON; not part of `npm test`.
import { createServer } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { CHROMIUM } from './session'
import { round } from '../lib/stats'
import type { WriteVariant } from './candidates/upgrade-page'

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`)

type Write = Omit<WriteVariant, 'durability'> & { relaxed?: boolean }
const WRITES: Write[] = [
  { name: 'a: index, 500 per tx, by article id', indexFirst: true, batch: 500, inKeyOrder: false },
  { name: 'd: index, 500 per tx, in key order', indexFirst: true, batch: 500, inKeyOrder: true },
  { name: 'c: index, 5,000 per tx, by article id', indexFirst: true, batch: 5000, inKeyOrder: false },
  { name: 'b: no index, 500 per tx, by article id, then createIndex', indexFirst: false, batch: 500, inKeyOrder: false },
  { name: 'e: index, 500 per tx, in key order, relaxed durability', indexFirst: true, batch: 500, inKeyOrder: true, relaxed: true },
]
/** Rows each variant puts in its turn. */
const CHUNK = 10_000
const READS: { name: string; mode: 'getAll' | 'cursor'; page: number }[] = [
  { name: 'getAll pages of 500', mode: 'getAll', page: 500 },
  { name: 'getAll pages of 5,000', mode: 'getAll', page: 5000 },
  { name: 'cursor pages of 500', mode: 'cursor', page: 500 },
]

async function main(): Promise<void> {
  const articles = Number(process.argv[2] ?? 100_000)
  const rounds = Number(process.argv[3] ?? 1)
  // WRITES=0,2 / READS=0: only those variants (by their index in the lists above); a write needs one read first.
  const only = process.env.WRITES?.split(',').map(Number)
  const onlyReads = process.env.READS?.split(',').map(Number)
  const bundle = await build({ entryPoints: [join(__dirname, 'candidates/upgrade-page.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120', logLevel: 'error' })
  const server = createServer((_, res) => res.setHeader('content-type', 'text/html').end('<!doctype html><title>upgrade candidates</title>')).listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  const port = (server.address() as { port: number }).port
  const profile = mkdtempSync(join(tmpdir(), 'meridian-candidates-upgrade-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(0)
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.addScriptTag({ content: bundle.outputFiles[0].text })
  const out: Record<string, unknown[]> = {}
  const note = (name: string, value: Record<string, number>) => {
    const row = { ...value, loadAverage: round(loadavg()[0]) }
    ;(out[name] ??= []).push(row)
    log(`${name}: ${JSON.stringify(row)}`)
  }
  try {
    const seedMs = await page.evaluate((n) => window.upgradeCandidates.seed(n), articles)
    log(`seeded ${articles} articles in ${round(seedMs / 1000)} s`)
    for (let r = 0; r < rounds; r++) {
      for (const read of READS.filter((_, i) => !onlyReads || onlyReads.includes(i))) {
        const { ms, rows } = await page.evaluate(({ mode, p }) => window.upgradeCandidates.read(mode, p), { mode: read.mode, p: read.page })
        note(read.name, { seconds: round(ms / 1000), rows })
      }
      if (process.env.READ_BY_TIME) note('point reads in time order, 500 per tx', { seconds: round((await page.evaluate(() => window.upgradeCandidates.readByTime(500))) / 1000) })
      const writes = WRITES.map((w, i) => ({ ...w, name: `cand-lists-${i}`, label: w.name, durability: (w.relaxed ? 'relaxed' : 'default') as IDBTransactionDurability })).filter((_, i) => !only || only.includes(i))
      const putMs = new Map(writes.map((w) => [w.label, 0]))
      for (const w of writes) await page.evaluate(({ v }) => window.upgradeCandidates.openLists(v), { v: w })
      for (let from = 0; from < articles; from += CHUNK) {
        for (const w of writes) putMs.set(w.label, putMs.get(w.label)! + (await page.evaluate(({ v, f, n }) => window.upgradeCandidates.writeChunk(v, f, n), { v: w, f: from, n: CHUNK })))
        log(`${Math.min(articles, from + CHUNK)} rows put by each variant`)
      }
      for (const w of writes) {
        const res = await page.evaluate(({ v }) => window.upgradeCandidates.finishLists(v), { v: w })
        const puts = putMs.get(w.label)!
        note(w.label, { putsSeconds: round(puts / 1000), createIndexSeconds: round(res.createIndexMs / 1000), totalSeconds: round((puts + res.createIndexMs) / 1000), indexEntries: res.entries })
      }
    }
  } finally {
    await context.close()
    server.close()
    rmSync(profile, { recursive: true, force: true })
  }
  process.stdout.write(`${JSON.stringify({ articles, rounds, runs: out }, null, 2)}\n`)
}

main().catch((err: unknown) => {
  process.stderr.write(`upgrade-candidates-profile: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
