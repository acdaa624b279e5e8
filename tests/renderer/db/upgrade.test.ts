import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/renderer/src/db/schema'
import { countUnread, smartCounts } from '../../../src/renderer/src/db/queries'
import { facetCounts } from '../../../src/renderer/src/db/facets'

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
    expect(rows.map((r) => r.tag).sort()).toEqual(['all', 'c:DE', 'f:f', 'o:FR', 't:sport', 'u:all', 'u:c:DE', 'u:f:f', 'u:o:FR', 'u:t:sport'])
    expect(rows.every((r) => r.m === ' f:f c:DE t:sport o:FR ')).toBe(true)
    expect(await countUnread(db)).toBe(1)
    expect(await smartCounts(db, '2026-11-01T00:00:00.000Z')).toEqual({ all: 1, unread: 1, today: 1, starred: 0 })
    expect(Object.fromEntries((await facetCounts(db, { scope: { kind: 'all' } })).outlets)).toEqual({ FR: 1 })
    db.close()
    await db.delete()
  })
})
