// `npx tsx bench/browser/page-profile.ts [runs]`: where a list's first read spends its time, on the library
// ingest-profile.ts keeps (INGEST_PROFILE_DIR): the index read of a country's first keys, its counter, the articles
// of the first rows, the whole listHead (one country; country + topic + unread) and a frequent word's search (in the
// library; in one country), each timed alone in the page, countries cycled. Runs on a copy of the
// kept profile, HEAD's build (PROFILE_WORKTREE=1: the working tree's). Prints JSON; not part of `npm test`.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { COUNTRY_NAMES } from '../lib/corpus'
import { percentiles, round } from '../lib/stats'
import { buildRenderer, openSession } from './session'
import { buildWorktree } from './ingest-profile-build'

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 50)
  const kept = process.env.INGEST_PROFILE_DIR ?? join(tmpdir(), 'meridian-ingest-profile')
  const build = process.env.PROFILE_WORKTREE ? buildWorktree() : buildRenderer()
  const copy = mkdtempSync(join(tmpdir(), 'meridian-page-profile-'))
  cpSync(kept, copy, { recursive: true })
  const s = await openSession(build.rendererDir, { profileDir: copy, port: Number(process.env.INGEST_PROFILE_PORT ?? 47_391) })
  try {
    await s.open()
    const settled = await s.settle(10_000)
    const times = await s.page.evaluate(
      async ({ runs, countries }) => {
        const b = window.__bench!
        const db = b.db
        const q = b.queries as Record<string, (...args: unknown[]) => Promise<unknown>>
        const out: Record<string, number[]> = { indexKeys: [], counter: [], articles: [], listHead: [], unreadTopicHead: [], searchWord: [], searchWordInCountry: [] }
        const time = async (name: string, f: () => Promise<unknown>) => {
          const t0 = performance.now()
          await f()
          out[name].push(performance.now() - t0)
        }
        const topics = ['politics', 'sport', 'health', 'economy-business-finance']
        const words = ['inflation', 'Deutschland', 'élection', 'Россия', '地震', 'الانتخابات', 'vaccine'] // queries-bench.ts's frequent words
        for (let i = 0; i < runs; i++) {
          const c = countries[i % countries.length]
          const t = `c:${c}`
          let keys: string[] = []
          await time('indexKeys', async () => {
            keys = await db.lists.where('k').between([t, ''], [t, '\uffff']).reverse().limit(101).primaryKeys()
          })
          await time('counter', () => db.counters.get(t))
          await time('articles', () => db.articles.bulkGet(keys.slice(0, b.firstPage.rows).map((k) => k.slice(k.indexOf('|') + 1))))
          await time('listHead', () => q.listHead(db, { scope: { kind: 'all' }, countries: [c] }, b.firstPage.rows, b.firstPage.keys))
          await time('unreadTopicHead', () => q.listHead(db, { scope: { kind: 'all' }, countries: [c], topics: [topics[i % topics.length]], unreadOnly: true }, b.firstPage.rows, b.firstPage.keys))
          const word = words[i % words.length]
          await time('searchWord', () => q.searchArticles(db, word, { limit: 50 }))
          await time('searchWordInCountry', () => q.searchArticles(db, word, { limit: 50, view: { scope: { kind: 'all' }, countries: [c] } }))
        }
        return out
      },
      { runs, countries: Object.keys(COUNTRY_NAMES) },
    )
    const library = await s.page.evaluate(async () => (await window.__bench!.db.counters.get('all'))?.n ?? 0)
    const out = { library, runs, settledSeconds: round(settled / 1000), loadAverage: loadavg().map(round), ms: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, percentiles(v)])) }
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
  } finally {
    await s.close()
    build.dispose()
    rmSync(copy, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`page-profile: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
