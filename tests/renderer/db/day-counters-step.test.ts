// The per-day counters' data step (version 21) counts whole days a batch at a time while the app is in use: what the
// reader does between its batches — on days it has counted and on days it has not, including an article that arrives
// on a counted day after that day's last row, and articles re-dated across the step's cursor — must leave the same
// counters as a rebuild from the articles. Run in a half-hour time zone, so a local day is not a UTC day.
import 'fake-indexeddb/auto'
import { afterEach, expect, it } from 'vitest'
import { openDatabase, type MeridianDb } from '../../../src/renderer/src/db/schema'
import { MIGRATIONS_TABLE, runDataMigrations, type MigrationRow } from '../../../src/renderer/src/db/data-migrations'
import { DAY_COUNTS_STEP } from '../../../src/renderer/src/db/migrations/data-steps'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { markRead, setUserTags, toggleStar } from '../../../src/renderer/src/db/queries'
import { makeArticle, updated } from '../helpers/factories'
import { createAt, derived, manyArticlesAt, rebuilt } from './released-schemas'

process.env.TZ = 'Asia/Kolkata' // UTC+5:30

let db: MeridianDb | undefined
afterEach(async () => {
  db?.close()
  await db?.delete()
})

const FEED_URL = 'https://www.lemonde.fr/rss'
const minuteBefore = (iso: string) => new Date(new Date(iso).getTime() - 60_000).toISOString()

it('the reader working between its batches leaves the counters a rebuild gives', async () => {
  const name = `day-step-${Math.random().toString(36).slice(2)}`
  const articles = manyArticlesAt(18, 130)
  await createAt(18, name, articles)
  db = openDatabase(name)
  const stop = new AbortController()
  let dayBatches = 0
  await runDataMigrations(db, { batchSize: 40, pauseMs: 0, signal: stop.signal, onProgress: (p) => p.step === DAY_COUNTS_STEP && ++dayBatches === 2 && stop.abort() })
  const row = await db.table<MigrationRow, string>(MIGRATIONS_TABLE).get(DAY_COUNTS_STEP)
  expect(row?.done).toBe(0)
  const cursor = row!.cursor!
  const byTime = [...articles].sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1))
  const counted = byTime.filter((a) => a.sortKey < cursor)
  const ahead = byTime.filter((a) => a.sortKey > cursor)
  expect(counted.length).toBeGreaterThanOrEqual(80)
  expect(ahead.length).toBeGreaterThan(10)

  for (const a of [counted[0], ahead[ahead.length - 1]]) {
    await markRead(db, a.id, a.isRead === 0)
    await toggleStar(db, a.id)
    await setUserTags(db, a.id, { addCountries: ['EG'], removeCountries: [], addTopics: ['sport'], removeTopics: [] })
  }
  await ingestFeedResult(db, updated('f1', FEED_URL, [
    // On the last day counted, after that day's last row: its key sorts after every row the step has read.
    makeArticle({ id: 'late', feedId: 'f1', publishedAt: minuteBefore(cursor), countries: ['FR'], topics: ['sport'] }),
    // Re-dated across the cursor, both ways.
    makeArticle({ id: counted[5].id, feedId: 'f1', title: 'moved on', publishedAt: ahead[3].publishedAt, countries: ['DE'], topics: ['politics'] }),
    makeArticle({ id: ahead[6].id, feedId: 'f1', title: 'moved back', publishedAt: counted[9].publishedAt, countries: ['US'], topics: ['health'] }),
  ]))

  expect(await runDataMigrations(db, { batchSize: 40, pauseMs: 0 })).toBe(true)
  const upgraded = await derived(db)
  expect(upgraded.counters.filter((c) => c.key.startsWith('d|')).length).toBeGreaterThan(28)
  expect(upgraded.counters).toEqual((await rebuilt(db)).counters)
})
