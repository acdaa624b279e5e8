// `npx tsx bench/browser/indexer-profile.ts [rowsPerRound] [rounds]`: the search indexer's speed by rows per
// transaction, on a copy of the library ingest-profile.ts keeps (INGEST_PROFILE_DIR). Each round takes indexed
// articles back into the queue (their index rows deleted, their tokens queued as writeArticles queues them), then
// times indexAllPending with one batch size; sizes take turns, so the machine's load weighs on each alike. Prints
// JSON; not part of `npm test`.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { round } from '../lib/stats'
import { buildRenderer, openSession } from './session'

const SIZES = [250, 500, 1000, 2000]

async function main(): Promise<void> {
  const perRound = Number(process.argv[2] ?? 4000)
  const rounds = Number(process.argv[3] ?? 2)
  const kept = process.env.INGEST_PROFILE_DIR ?? join(tmpdir(), 'meridian-ingest-profile')
  const build = buildRenderer()
  const copy = mkdtempSync(join(tmpdir(), 'meridian-indexer-profile-'))
  cpSync(kept, copy, { recursive: true })
  const s = await openSession(build.rendererDir, { profileDir: copy, port: Number(process.env.INGEST_PROFILE_PORT ?? 47_391) })
  const rates: Record<number, number[]> = Object.fromEntries(SIZES.map((n) => [n, []]))
  try {
    await s.open()
    await s.settle(5_000)
    let from = ''
    for (let r = 0; r < rounds; r++) {
      for (const size of SIZES) {
        // Back into the queue: the next perRound indexed articles by id.
        from = await s.page.evaluate(
          async ({ from, n }) => {
            const db = window.__bench!.db
            const rows = await db.search.where(':id').above(from).limit(n).toArray()
            await db.transaction('rw', db.search, db.searchPending, async () => {
              await db.search.bulkDelete(rows.map((x) => x.id))
              await db.searchPending.bulkPut(rows.map((x) => ({ id: x.id, t: x.w[0]?.slice(x.w[0].indexOf('\u0001') + 1) ?? '', w: x.w.map((e) => e.slice(0, e.indexOf('\u0001'))) })))
            })
            return rows[rows.length - 1].id
          },
          { from, n: perRound },
        )
        const t = await s.page.evaluate((batch) => window.__bench!.indexSearch(batch), size)
        rates[size].push((t.rows / t.ms) * 1000)
        process.stderr.write(`${size} per transaction: ${t.rows} rows in ${Math.round(t.ms)} ms (${Math.round((t.rows / t.ms) * 1000)}/s)\n`)
      }
    }
    const library = await s.page.evaluate(async () => (await window.__bench!.db.counters.get('all'))?.n ?? 0)
    process.stdout.write(`${JSON.stringify({ library, perRound, loadAverage: loadavg().map(round), rowsPerSec: Object.fromEntries(SIZES.map((n) => [n, rates[n].map(round)])) }, null, 2)}\n`)
  } finally {
    await s.close()
    build.dispose()
    rmSync(copy, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`indexer-profile: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
