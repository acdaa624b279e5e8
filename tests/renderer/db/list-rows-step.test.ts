// Version 15's list rows are built in time order by walking schema 14's 'all' tag rows (d15-list-rows-by-time.ts).
// What that walk cannot see must still end as a rebuild from the articles does: an article no tag row names, articles
// ingested or re-dated across the walk's cursor between its batches, and a library that recorded the step of before
// (walking the articles by id) and had not finished it.
import 'fake-indexeddb/auto'
import { afterEach, expect, it } from 'vitest'
import { openDatabase, type MeridianDb } from '../../../src/renderer/src/db/schema'
import { MIGRATIONS_TABLE, runDataMigrations, type MigrationRow } from '../../../src/renderer/src/db/data-migrations'
import { LIST_ROWS_BY_TIME_STEP, LIST_ROWS_STEP } from '../../../src/renderer/src/db/migrations/data-steps'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { markRead, toggleStar } from '../../../src/renderer/src/db/queries'
import { makeArticle, updated } from '../helpers/factories'
import { createAt, derived, manyArticlesAt, rebuilt } from './released-schemas'

let db: MeridianDb | undefined
afterEach(async () => {
  db?.close()
  await db?.delete()
})

const FEED_URL = 'https://www.lemonde.fr/rss'
const bySortKey = (a: { sortKey: string }, b: { sortKey: string }) => (a.sortKey < b.sortKey ? -1 : 1)
const migrationRows = (d: MeridianDb) => d.table<MigrationRow, string>(MIGRATIONS_TABLE)

async function upgradeToEnd(d: MeridianDb): Promise<void> {
  expect(await runDataMigrations(d, { batchSize: 40, pauseMs: 0 })).toBe(true)
  const upgraded = await derived(d)
  expect(upgraded).toEqual(await rebuilt(d))
  expect(upgraded.lists).toHaveLength(await d.articles.count())
}

it('writes the list row of an article no tag row names', async () => {
  const name = `lists-untagged-${Math.random().toString(36).slice(2)}`
  const articles = manyArticlesAt(14, 90)
  await createAt(14, name, articles)
  db = openDatabase(name)
  await db.open()
  const orphan = articles[17]
  await db.table('tags').where('[tag+sortKey]').equals(['all', orphan.sortKey]).delete()
  await upgradeToEnd(db)
  expect((await db.lists.get(orphan.sortKey))?.m).toContain(' c:')
})

it('the reader ingesting, re-dating and marking between its batches leaves what a rebuild gives', async () => {
  const name = `lists-reader-${Math.random().toString(36).slice(2)}`
  const articles = manyArticlesAt(14, 130)
  await createAt(14, name, articles)
  db = openDatabase(name)
  const stop = new AbortController()
  let batches = 0
  await runDataMigrations(db, { batchSize: 40, pauseMs: 0, signal: stop.signal, onProgress: (p) => p.step === LIST_ROWS_BY_TIME_STEP && ++batches === 2 && stop.abort() })
  const cursor = (await migrationRows(db).get(LIST_ROWS_BY_TIME_STEP))!.cursor!
  const byTime = [...articles].sort(bySortKey)
  const walked = byTime.filter((a) => a.sortKey <= cursor)
  const ahead = byTime.filter((a) => a.sortKey > cursor)
  expect(walked).toHaveLength(80)

  await markRead(db, walked[3].id, walked[3].isRead === 0)
  await toggleStar(db, ahead[4].id)
  await ingestFeedResult(db, updated('f1', FEED_URL, [
    makeArticle({ id: 'new-early', feedId: 'f1', publishedAt: walked[0].publishedAt, countries: ['FR'], topics: ['sport'] }),
    makeArticle({ id: 'new-late', feedId: 'f1', publishedAt: ahead[ahead.length - 1].publishedAt, countries: ['DE'], topics: ['politics'] }),
    makeArticle({ id: walked[7].id, feedId: 'f1', title: 'moved on', publishedAt: ahead[2].publishedAt, countries: ['DE'], topics: ['politics'] }),
    makeArticle({ id: ahead[9].id, feedId: 'f1', title: 'moved back', publishedAt: walked[1].publishedAt, countries: ['US'], topics: ['health'] }),
  ]))
  await upgradeToEnd(db)
})

it('finishes the step of before (articles by id) where a library had recorded it', async () => {
  const name = `lists-old-step-${Math.random().toString(36).slice(2)}`
  await createAt(14, name, manyArticlesAt(14, 90))
  db = openDatabase(name)
  await db.open()
  // As the app before this step left it: the old step recorded, 40 articles in.
  const ids = (await db.articles.orderBy('id').limit(40).primaryKeys()) as string[]
  await migrationRows(db).delete(LIST_ROWS_BY_TIME_STEP)
  await migrationRows(db).put({ name: LIST_ROWS_STEP, done: 0, processed: 40, cursor: ids[39], total: 90 })
  const first = await db.articles.bulkGet(ids)
  await db.transaction('rw', db.articles, db.lists, db.counters, async () => {
    const { listRowV23 } = await import('../../../src/renderer/src/db/migrations/frozen/list-rows-v23')
    await db!.lists.bulkPut(first.map((a) => listRowV23(a!)))
  })
  await upgradeToEnd(db)
  expect(await migrationRows(db).get(LIST_ROWS_BY_TIME_STEP)).toBeUndefined()
})
