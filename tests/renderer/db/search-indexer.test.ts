import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { BURST_QUIET_MS, LARGE_IMPORT_ARTICLES, isLargeImportLanding, noteIngestBurst } from '../../../src/renderer/src/db/paced-live-query'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { startSearchIndexer } from '../../../src/renderer/src/db/search-indexer'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
let db: MeridianDb

beforeEach(async () => {
  db = freshDb()
  const feed = await addFeed(db, 'https://example.com/rss')
  await ingestFeedResult(db, updated(feed.id, feed.url, [
    makeArticle({ feedId: feed.id, id: 'a1', title: 'Harbour strike ends', summary: 'Dockers return to work.' }),
    makeArticle({ feedId: feed.id, id: 'a2', title: 'Rail fares rise', summary: 'Commuters pay more from May.' }),
  ]))
})
afterEach(async () => {
  noteIngestBurst(-Infinity) // no import carries over to the next test
  await dropDatabase(db)
})

describe('startSearchIndexer', () => {
  it('indexes what is queued at once when no import is landing', async () => {
    expect(await db.searchQueue.count()).toBeGreaterThan(0)
    const indexer = startSearchIndexer(db, () => false, (err) => expect.fail(String(err)))
    await indexer.idle()
    expect(await db.searchQueue.count()).toBe(0)
    expect(await db.postings.count()).toBeGreaterThan(0)
    indexer.stop()
  })

  it('waits out a large import, past the pause that ends a burst train, then indexes', async () => {
    noteIngestBurst(performance.now(), LARGE_IMPORT_ARTICLES)
    const indexer = startSearchIndexer(db, () => false, (err) => expect.fail(String(err)))
    await sleep(BURST_QUIET_MS + 300) // bursts no longer "landing", the import still under way
    expect(isLargeImportLanding()).toBe(true)
    expect([await db.searchQueue.count(), await db.postings.count()]).toEqual([1, 0])
    noteIngestBurst(-Infinity) // the import is over
    await indexer.idle()
    expect(await db.searchQueue.count()).toBe(0)
    expect(await db.postings.count()).toBeGreaterThan(0)
    indexer.stop()
  })

  it('a small train (fewer articles than a large import) does not hold it once its bursts stop', async () => {
    noteIngestBurst(performance.now(), LARGE_IMPORT_ARTICLES - 1)
    expect(isLargeImportLanding()).toBe(false)
    const indexer = startSearchIndexer(db, () => false, (err) => expect.fail(String(err)))
    await indexer.idle()
    expect(await db.searchQueue.count()).toBe(0)
    indexer.stop()
  })
})
