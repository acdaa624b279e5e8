// A data migration interrupted after k batches (the window closed: the database is closed mid-way) resumes from its
// cursor on the next open and ends where an uninterrupted one does: every derived table equal to a rebuild from the
// articles, and what the reader did meanwhile (read, star, a correction) kept.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/renderer/src/db/schema'
import { MIGRATIONS_TABLE, migrationProgress, runDataMigrations, type MigrationRow } from '../../../src/renderer/src/db/data-migrations'
import { markRead, toggleStar, setUserTags } from '../../../src/renderer/src/db/queries'
import { createAt, derived, manyArticlesAt, rebuilt, withDb } from './released-schemas'

const BATCH = 40

/** The units of the day counters' batches, modelled apart from the step: the list rows in key (time) order, each
 *  batch `limits[i]` of them and then the rest of its last row's local day; a batch whose page came back full is
 *  followed by one more, which finds nothing when the rows ran out. */
function wholeDayBatches(sortKeys: string[], limits: (batch: number) => number): number[] {
  const keys = [...sortKeys].sort()
  const day = (k: string) => new Date(k.slice(0, k.indexOf('|'))).toDateString()
  const out: number[] = []
  for (let i = 0, b = 0; ; b++) {
    const limit = limits(b)
    const isFull = keys.length - i >= limit
    let j = Math.min(keys.length, i + limit)
    if (isFull) while (j < keys.length && day(keys[j]) === day(keys[j - 1])) j++
    out.push(j - i)
    i = j
    if (!isFull) return out
  }
}

/** Opens `name` with the current schema and runs its data steps until `k` batches have committed, then closes it. */
async function runAndClose(name: string, k: number): Promise<MigrationRow[]> {
  const db = openDatabase(name)
  const stop = new AbortController()
  let batches = 0
  const finished = await runDataMigrations(db, { batchSize: BATCH, pauseMs: 0, signal: stop.signal, onProgress: () => ++batches >= k && stop.abort() })
  expect(finished).toBe(false)
  expect(batches).toBe(k)
  const rows = await db.table<MigrationRow, string>(MIGRATIONS_TABLE).toArray()
  db.close()
  return rows
}

describe('an interrupted data migration resumes', () => {
  // Version 1 records every step: outlets, read times, list rows and the search queue (4 batches each over 130
  // articles: 40, 40, 40, 10), counters (1 batch), day counters (whole days of list rows, 40 and the rest of a day a
  // batch), the posting lists (1 batch: version 1 had no search rows, the indexer makes them), the topic × outlet
  // counters (2 batches: health and politics, as health's 33 list rows are fewer than 40, then sport), then the tag
  // rows' clean-up (400 rows a batch); version 14 list rows, day counters, its 130 forward rows copied back from
  // where version 30.5 set them aside (4 batches; version 1 had none: 1 empty batch), their posting lists and the topic
  // × outlet counters (the cases stop there; then the country tokens and both clean-ups).
  const cases: [number, number, number[]][] = [
    [1, 130, [1, 4, 6, 12, 13, 15, 20]],
    [14, 130, [1, 2, 3, 5, 6, 8, 10, 12, 14, 17]],
  ]
  const work = (v: number, n: number) => {
    const walk = [BATCH, BATCH, BATCH, n - 3 * BATCH]
    const days = wholeDayBatches(manyArticlesAt(v, n).map((a) => a.sortKey), () => BATCH)
    const topicOutlets = [2, 1]
    const dropTags = [400, 400, 400]
    return v === 1
      ? [...walk, ...walk, ...walk, 1, ...days, ...walk, 0, 0, ...topicOutlets, ...dropTags, 0]
      : [...walk, ...days, ...walk, ...walk, ...topicOutlets]
  }
  for (const [v, n, ks] of cases) {
    for (const k of ks) {
      it(`from version ${v}, closed after ${k} batches: same result as a rebuild, reader state kept`, async () => {
        const name = `resume-${v}-${k}-${Math.random().toString(36).slice(2)}`
        const articles = manyArticlesAt(v, n)
        await createAt(v, name, articles)
        const rows = await runAndClose(name, k)
        // The cursor was committed with each batch: the steps done so far add up to k batches' work.
        expect(rows.reduce((sum, r) => sum + r.processed, 0)).toBe(work(v, n).slice(0, k).reduce((a, b) => a + b, 0))
        const last = articles[articles.length - 1].id
        await withDb(name, async (db) => {
          // The reader works meanwhile on an article no step has reached yet.
          await markRead(db, last, articles[articles.length - 1].isRead === 0)
          await toggleStar(db, last)
          await setUserTags(db, last, { addCountries: ['EG'], removeCountries: [], addTopics: [], removeTopics: [], addMentions: ['UA'] })
        })
        await withDb(name, async (db) => {
          expect(await runDataMigrations(db, { batchSize: BATCH, pauseMs: 0 })).toBe(true)
          expect(await migrationProgress(db)).toMatchObject({ isRunning: false })
          const upgraded = await derived(db)
          expect(upgraded).toEqual(await rebuilt(db))
          expect(upgraded.lists).toHaveLength(n)
          expect(await db.table('tags').count()).toBe(0)
          const row = upgraded.lists.find((r) => r.s.endsWith(`|${last}`))
          expect(row?.m).toContain(' c:EG ')
          expect(row?.m).toContain(' n:UA ')
          expect(row?.m).toMatch(/ s $/)
          const stored = await db.articles.toArray()
          const before = new Map(articles.map((a) => [a.id, a]))
          expect(stored.filter((a) => a.id !== last && (a.isRead !== before.get(a.id)?.isRead || a.isStarred !== before.get(a.id)?.isStarred))).toEqual([])
        })
        await withDb(name, (db) => db.delete())
      })
    }
  }
})

describe('batch sizes', () => {
  // A clock that says every batch took `ms`: the runner's only view of how long its transactions take. Stopped once
  // the list rows are done (the tag rows' clean-up is sized the same way).
  const batchesOf = async (ms: number) => {
    const name = `batches-${ms}-${Math.random().toString(36).slice(2)}`
    await createAt(14, name, manyArticlesAt(14, 600))
    const done: number[] = []
    let t = 0
    const stop = new AbortController()
    await withDb(name, async (db) => {
      await runDataMigrations(db, { pauseMs: 0, signal: stop.signal, clock: () => (t += ms / 2), onProgress: (p) => {
        done.push(p.done)
        if (!p.isRunning) stop.abort()
      } })
      await db.delete()
    })
    return done.map((d, i) => d - (done[i - 1] ?? 0))
  }

  it('are sized by their measured time: halved when slow, doubled when quick, within bounds', async () => {
    const keys = manyArticlesAt(14, 600).map((a) => a.sortKey)
    // 4 s per batch (4 times the target): 250, then halved down to the floor of 50; then the day counters' step,
    // sized the same way from 250, each batch carrying on to the end of a day.
    const halved = (b: number) => Math.max(50, [250, 125, 63][b] ?? 0)
    expect(await batchesOf(4000)).toEqual([250, 125, 63, 50, 50, 50, 12, ...wholeDayBatches(keys, halved)])
    // 40 ms per batch: doubled, so 600 articles take two batches, and the day counters two.
    const days = wholeDayBatches(keys, (b) => 250 * 2 ** b)
    expect(days).toHaveLength(2)
    expect(await batchesOf(40)).toEqual([250, 350, ...days])
  })
})
