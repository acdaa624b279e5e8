import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { countUnread } from '../../../src/renderer/src/db/queries'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { cancelReadMark, flushReadMarks, queueReadMark } from '../../../src/renderer/src/features/reader/read-marks'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'

let db: MeridianDb
let transactions: number
const readStates = async () => (await db.articles.bulkGet(['a', 'b', 'c', 'd'])).map((x) => x?.isRead)

beforeEach(async () => {
  db = freshDb()
  const f = await addFeed(db, 'https://news.example/rss')
  await ingestFeedResult(db, updated(f.id, f.url, ['a', 'b', 'c', 'd'].map((id) => makeArticle({ feedId: f.id, id, title: `Story ${id}` }))))
  // Counts the transactions opened from here on: each read-mark write is one.
  transactions = 0
  const open = db.transaction.bind(db) as (...args: unknown[]) => unknown
  ;(db as unknown as { transaction: (...args: unknown[]) => unknown }).transaction = (...args: unknown[]) => {
    transactions++
    return open(...args)
  }
})
afterEach(() => dropDatabase(db))

describe('read marks of opened articles', () => {
  it('waits while articles keep being opened, then writes them all in one transaction', async () => {
    for (const id of ['a', 'b', 'c']) queueReadMark(db, id, 60_000)
    await new Promise((r) => setTimeout(r, 50))
    expect(await readStates()).toEqual([0, 0, 0, 0])
    expect(transactions).toBe(0)
    await flushReadMarks(db)
    expect(await readStates()).toEqual([1, 1, 1, 0])
    expect(transactions).toBe(1)
    expect(await countUnread(db)).toBe(1) // the counters moved with the marks
  })

  it('writes on its own after the quiet spell, and again for marks queued later', async () => {
    queueReadMark(db, 'a', 20)
    await vi.waitFor(async () => expect(await readStates()).toEqual([1, 0, 0, 0]))
    queueReadMark(db, 'missing', 20) // an article deleted meanwhile does not stop the others
    queueReadMark(db, 'd', 20)
    await vi.waitFor(async () => expect(await readStates()).toEqual([1, 0, 0, 1]))
    expect(transactions).toBe(2)
    expect(await countUnread(db)).toBe(2)
  })
})

describe('cancelling a waiting read mark', () => {
  it('keeps that article unread and writes the others', async () => {
    queueReadMark(db, 'a', 60_000)
    queueReadMark(db, 'b', 60_000)
    expect(cancelReadMark(db, 'b')).toBe(true)
    expect(cancelReadMark(db, 'c')).toBe(false) // never queued
    await flushReadMarks(db)
    expect(await readStates()).toEqual([1, 0, 0, 0])
  })
})
