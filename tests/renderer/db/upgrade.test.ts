import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { openDatabase, type MeridianDb } from '../../../src/renderer/src/db/schema'
import { rebuildLists } from '../../../src/renderer/src/db/article-tags'
import { rebuildSearchIndex } from '../../../src/renderer/src/db/search-index'
import { applyRetention } from '../../../src/renderer/src/db/offline/retention'
import { OFFLINE_STORES } from '../../../src/renderer/src/db/offline/tables'
import { tagRowsV14 } from '../../../src/renderer/src/db/migrations/frozen/tag-rows-v14'
import { addCounterDeltasV14, rebuildCountersV14 } from '../../../src/renderer/src/db/migrations/frozen/counters-v14'
import { rebuildSearchIndexV11 } from '../../../src/renderer/src/db/migrations/frozen/search-v11'

/** The stores of every released schema version, as each declared them. */
const RELEASED: Record<number, Record<string, string>> = {
  1: { feeds: 'id, &url', articles: 'id, feedId, [feedId+url]', tags: '[tag+sortKey]' },
  2: { feeds: 'id, &url', articles: 'id, feedId, [feedId+url]', tags: '[tag+sortKey]', counters: 'key' },
  10: { feeds: 'id, &url', articles: 'id, feedId, [feedId+url]', tags: '[tag+sortKey]', counters: 'key', ...OFFLINE_STORES },
  11: { feeds: 'id, &url', articles: 'id, feedId, [feedId+url]', tags: '[tag+sortKey]', counters: 'key', search: 'id, *w', ...OFFLINE_STORES },
  12: { feeds: 'id, &url', articles: 'id, feedId, [feedId+url], readAt', tags: '[tag+sortKey]', counters: 'key', search: 'id, *w', ...OFFLINE_STORES },
  13: { feeds: 'id, &url', articles: 'id, feedId, [feedId+url], readAt', tags: '[tag+sortKey]', counters: 'key', search: 'id, *w', ...OFFLINE_STORES },
  14: { feeds: 'id, &url', articles: 'id, feedId, [feedId+url], readAt', tags: '[tag+sortKey]', counters: 'key', search: 'id, *w', ...OFFLINE_STORES },
}

const DAY = '2026-11-0'
/** Articles as a version-`v` app stored them: read, starred, corrected, in two feeds (one with an outlet country). */
function articlesAt(v: number) {
  const row = (id: string, feedId: string, day: number, countries: string[], topics: string[], state: object = {}) => {
    const publishedAt = `${DAY}${day}T10:00:00.000Z`
    return {
      id, feedId, title: `Élection ${id}`, summary: `Résumé de ${id}`, publishedAt, enclosures: [], categories: [], countries, topics,
      classified: { countries, topics }, classifierVersion: 1, isRead: 0, isStarred: 0, firstSeenAt: 1000, sortKey: `${publishedAt}|${id}`,
      ...(v >= 2 && feedId === 'f1' ? { outletCountry: 'FR' } : {}),
      ...state,
    }
  }
  return [
    row('a', 'f1', 1, ['FR', 'DE'], ['politics', 'sport']),
    row('b', 'f1', 2, ['DE'], ['politics'], { isRead: 1, ...(v >= 12 ? { readAt: 2000 } : {}) }),
    row('c', 'f2', 3, ['US'], [], { isStarred: 1 }),
    row('d', 'f2', 4, ['JP'], ['health'], {
      isRead: 1, isStarred: 1, countries: ['JP', 'KR'], userTags: { addCountries: ['KR'], removeCountries: [], addTopics: [], removeTopics: [] }, ...(v >= 12 ? { readAt: 3000 } : {}),
    }),
  ]
}

/** A database as schema version `v` left it: its articles, and the derived rows that version's code wrote. */
async function createAt(v: number, name: string): Promise<void> {
  const old = new Dexie(name)
  old.version(v).stores(RELEASED[v])
  const articles = articlesAt(v)
  await old.table('feeds').bulkAdd([
    { id: 'f1', url: 'https://www.lemonde.fr/rss', title: 'Le Monde', outletCountry: 'FR', failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: 0 },
    { id: 'f2', url: 'https://news.example/rss', title: 'News', failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: 0 },
  ])
  await old.table('articles').bulkAdd(articles)
  const tagRows = articles.flatMap((a) => tagRowsV14(a as Parameters<typeof tagRowsV14>[0])).filter((r) => v >= 14 || !r.tag.includes('+'))
  await old.table('tags').bulkAdd(v === 1 ? tagRows.filter((r) => r.tag === 'all').map(({ m: _m, ...r }) => r) : tagRows)
  // Version 14 wrote counters one row per scope; earlier versions one per (scope, facet), which 14 rebuilt.
  if (v >= 14) await rebuildCountersV14(old.table('counters'), addCounterDeltasV14(new Map(), articles as Parameters<typeof tagRowsV14>[0][]))
  else if (v >= 2) await old.table('counters').bulkAdd([{ key: 'all', n: 4 }, { key: 'all\u0001c:FR', n: 1 }])
  if (v >= 11) await old.transaction('rw', old.table('articles'), old.table('search'), () => rebuildSearchIndexV11(old.table('articles'), old.table('search')))
  old.close()
}

const derived = async (db: MeridianDb) => ({ lists: await db.lists.toArray(), counters: await db.counters.toArray(), search: await db.search.toArray() })

describe('upgrades from every released schema', () => {
  for (const v of Object.keys(RELEASED).map(Number)) {
    it(`version ${v} → latest: every derived table equals a rebuild from the articles; reader state survives`, async () => {
      const name = `upgrade-${v}-${Math.random().toString(36).slice(2)}`
      await createAt(v, name)
      const db = openDatabase(name)
      try {
        const upgraded = await derived(db)
        await db.transaction('rw', [db.articles, db.lists, db.counters, db.search, db.searchPending], async () => {
          await rebuildLists(db.articles, db.lists, db.counters)
          await rebuildSearchIndex(db.articles, db.search, db.searchPending)
        })
        expect(upgraded).toEqual(await derived(db))
        expect(upgraded.lists).toHaveLength(4)
        const stored = await db.articles.orderBy('id').toArray()
        expect(stored.map((a) => [a.id, a.isRead, a.isStarred, a.outletCountry])).toEqual([['a', 0, 0, 'FR'], ['b', 1, 0, 'FR'], ['c', 0, 1, undefined], ['d', 1, 1, undefined]])
        expect(stored.find((a) => a.id === 'd')?.userTags?.addCountries).toEqual(['KR'])
        expect(stored.filter((a) => a.readAt !== undefined).map((a) => a.id)).toEqual(['b', 'd'])
        expect(db.tables.map((t) => t.name)).not.toContain('tags')
      } finally {
        db.close()
        await db.delete()
      }
    })
  }
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

