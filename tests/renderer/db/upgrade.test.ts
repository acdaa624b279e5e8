import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/renderer/src/db/schema'
import { countUnread, smartCounts } from '../../../src/renderer/src/db/queries'
import { facetCounts } from '../../../src/renderer/src/db/facets'
import { applyRetention } from '../../../src/renderer/src/db/offline/retention'
import { OFFLINE_STORES } from '../../../src/renderer/src/db/offline/tables'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { markRead, toggleStar } from '../../../src/renderer/src/db/queries'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'

describe('schema upgrade from version 1', () => {
  it('copies outlet countries onto articles and rebuilds tag rows (with membership) and counters', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`
    const v1 = new Dexie(name)
    v1.version(1).stores({ feeds: 'id, &url', articles: 'id, feedId, [feedId+url]', tags: '[tag+sortKey]' })
    await v1.table('feeds').add({ id: 'f', url: 'https://www.lemonde.fr/rss', title: 'Le Monde', outletCountry: 'FR', failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: 0 })
    await v1.table('articles').add({
      id: 'a', feedId: 'f', title: 'T', summary: '', publishedAt: '2026-11-01T00:00:00.000Z', enclosures: [], categories: [],
      countries: ['DE'], topics: ['sport'], classified: { countries: ['DE'], topics: ['sport'] }, classifierVersion: 1,
      isRead: 0, isStarred: 0, firstSeenAt: 0, sortKey: '2026-11-01T00:00:00.000Z|a',
    })
    await v1.table('tags').add({ tag: 'all', sortKey: '2026-11-01T00:00:00.000Z|a', articleId: 'a' })
    v1.close()

    const db = openDatabase(name)
    expect((await db.articles.get('a'))?.outletCountry).toBe('FR')
    const rows = await db.tags.toArray()
    expect(rows.map((r) => r.tag).sort()).toEqual(['all', 'c:DE', 'c:DE+t:sport', 'f:f', 'o:FR', 't:sport', 'u:all', 'u:c:DE', 'u:c:DE+t:sport', 'u:f:f', 'u:o:FR', 'u:t:sport'])
    expect(rows.every((r) => r.m === ' f:f c:DE t:sport o:FR ')).toBe(true)
    expect(await countUnread(db)).toBe(1)
    expect(await smartCounts(db, '2026-11-01T00:00:00.000Z')).toEqual({ all: 1, unread: 1, today: 1, starred: 0 })
    expect(Object.fromEntries((await facetCounts(db, { scope: { kind: 'all' } })).outlets)).toEqual({ FR: 1 })
    db.close()
    await db.delete()
  })
})

describe('schema upgrade to the readAt index (version 12)', () => {
  it('gives read articles stored without a read time their first-seen time, so retention still finds them', async () => {
    const name = `upgrade-readat-${Math.random().toString(36).slice(2)}`
    const v11 = new Dexie(name)
    v11.version(11).stores({ feeds: 'id, &url', articles: 'id, feedId, [feedId+url]', tags: '[tag+sortKey]', counters: 'key', search: 'id, *w' })
    const DAY = 86_400_000
    const row = (id: string, isRead: 0 | 1, extra: object = {}) => ({
      id, feedId: 'f', title: id, summary: '', publishedAt: '2026-01-01T00:00:00.000Z', enclosures: [], categories: [], countries: [], topics: [],
      classified: { countries: [], topics: [] }, classifierVersion: 1, isRead, isStarred: 0, firstSeenAt: 1000 * DAY, sortKey: `2026-01-01T00:00:00.000Z|${id}`, ...extra,
    })
    await v11.table('articles').bulkAdd([row('legacy', 1), row('stamped', 1, { readAt: 1001 * DAY }), row('unread', 0)])
    await v11.table('tags').bulkAdd([
      ...['legacy', 'stamped', 'unread'].map((id) => ({ tag: 'all', sortKey: `2026-01-01T00:00:00.000Z|${id}`, articleId: id, m: ' f:f ' })),
      { tag: 'u:all', sortKey: '2026-01-01T00:00:00.000Z|unread', articleId: 'unread', m: ' f:f ' },
    ])
    v11.close()

    const db = openDatabase(name)
    expect((await db.articles.get('legacy'))?.readAt).toBe(1000 * DAY)
    expect((await db.articles.get('stamped'))?.readAt).toBe(1001 * DAY)
    expect((await db.articles.get('unread'))?.readAt).toBeUndefined()
    expect(await db.articles.where('readAt').above(0).primaryKeys()).toEqual(['legacy', 'stamped'])
    // Read 90 days are kept: at day 1091 only the legacy article (first seen day 1000) has expired.
    expect(await applyRetention(db, { keepReadDays: 90, maxPerFeed: 100 }, 1090.5 * DAY)).toEqual({ deletedByAge: 1, deletedByFeedCap: 0 })
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual(['stamped', 'unread'])
    db.close()
    await db.delete()
  })
})

describe('schema upgrade to counters per scope and cross tags (version 14)', () => {
  it('rebuilds the counters and adds the cross tag rows from the tag rows alone, equal to what writes keep', async () => {
    const live = freshDb()
    const f = await addFeed(live, 'https://www.lemonde.fr/rss')
    await ingestFeedResult(live, updated(f.id, f.url, [
      makeArticle({ feedId: f.id, id: 'a', countries: ['FR', 'DE'], topics: ['sport', 'politics'] }),
      makeArticle({ feedId: f.id, id: 'b', countries: ['DE', 'FR', 'PL'], topics: ['politics'] }),
      makeArticle({ feedId: f.id, id: 'c', countries: ['US'], topics: [] }),
    ]))
    await markRead(live, 'b', true)
    await toggleStar(live, 'a')
    const expected = { counters: await live.counters.toArray(), tags: await live.tags.toArray() }
    expect(expected.counters.find((r) => r.key === 'c:DE&c:FR')?.n).toBe(2)
    expect(expected.counters.find((r) => r.key === 'u:c:DE&c:FR')?.f?.['t:sport']).toBe(1)
    expect(expected.tags.filter((r) => r.articleId === 'a' && r.tag.includes('+')).map((r) => r.tag).sort()).toEqual([
      'c:DE+t:politics', 'c:DE+t:sport', 'c:FR+t:politics', 'c:FR+t:sport',
      'u:c:DE+t:politics', 'u:c:DE+t:sport', 'u:c:FR+t:politics', 'u:c:FR+t:sport',
    ])

    // The same tag rows in a version-13 database, without the cross rows, with counters one row per (scope, facet).
    const name = `upgrade-v14-${Math.random().toString(36).slice(2)}`
    const v13 = new Dexie(name)
    v13.version(13).stores({ feeds: 'id, &url', articles: 'id, feedId, [feedId+url], readAt', tags: '[tag+sortKey]', counters: 'key', search: 'id, *w', ...OFFLINE_STORES })
    await v13.table('tags').bulkAdd(expected.tags.filter((r) => !r.tag.includes('+')))
    await v13.table('counters').bulkAdd([{ key: 'all', n: 3 }, { key: 'all\u0001c:FR', n: 2 }])
    v13.close()
    const upgraded = openDatabase(name)
    expect(await upgraded.counters.toArray()).toEqual(expected.counters)
    expect(await upgraded.tags.toArray()).toEqual(expected.tags)
    await dropDatabase(upgraded)
    await dropDatabase(live)
  })
})
