import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { articleTables, writeArticles } from '../../../src/renderer/src/db/article-tags'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { lookupTagKeys, readTagKeys, sortKeysOfTag, tagRange } from '../../../src/renderer/src/db/tag-index'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'

let db: MeridianDb
const T1 = '2026-11-01T10:00:00.000Z'
const T2 = '2026-11-02T10:00:00.000Z'

// Ids chosen so that one sortKey is a prefix of another ('…|a' and '…|ab'): the bounds must still split them.
beforeEach(async () => {
  db = freshDb()
  const feed = await addFeed(db, 'https://news.example/rss')
  await ingestFeedResult(db, updated(feed.id, feed.url, [
    makeArticle({ feedId: feed.id, id: 'a', publishedAt: T1, countries: ['FR'] }),
    makeArticle({ feedId: feed.id, id: 'ab', publishedAt: T1, countries: ['FR', 'DE'] }),
    makeArticle({ feedId: feed.id, id: 'b', publishedAt: T2, countries: ['DE'] }),
  ]))
})
afterEach(() => dropDatabase(db))

const keysOf = async (t: string, r: Parameters<typeof tagRange>[2]) => (await readTagKeys(tagRange(db.articles, t, r))).map((k) => k.sortKey)

describe('the tag index', () => {
  it('lists a tag oldest first with each article\'s membership string, and nothing of a tag that only shares a prefix', async () => {
    const rows = await readTagKeys(tagRange(db.articles, 'c:FR'))
    expect(rows.map((r) => r.sortKey)).toEqual([`${T1}|a`, `${T1}|ab`])
    expect(rows[1].m).toMatch(/ c:FR /)
    expect(rows[1].m).toMatch(/ c:DE /)
    expect(rows.every((r) => r.tag === 'c:FR')).toBe(true)
    expect(await sortKeysOfTag(db.articles, 'c:F')).toEqual([])
    expect(await sortKeysOfTag(db.articles, 'all')).toEqual([`${T1}|a`, `${T1}|ab`, `${T2}|b`])
  })

  it('bounds ranges by sortKey, open or closed at either end, even when one sortKey is a prefix of another', async () => {
    expect(await keysOf('all', { lo: `${T1}|a` })).toEqual([`${T1}|a`, `${T1}|ab`, `${T2}|b`])
    expect(await keysOf('all', { lo: `${T1}|a`, loOpen: true })).toEqual([`${T1}|ab`, `${T2}|b`])
    expect(await keysOf('all', { hi: `${T1}|ab` })).toEqual([`${T1}|a`, `${T1}|ab`])
    expect(await keysOf('all', { hi: `${T1}|ab`, hiOpen: true })).toEqual([`${T1}|a`])
    expect(await keysOf('all', { hi: `${T1}|a` })).toEqual([`${T1}|a`])
    expect(await keysOf('all', { lo: T2 })).toEqual([`${T2}|b`]) // a date alone: everything from that instant
    expect(await readTagKeys(tagRange(db.articles, 'all', { hi: `${T2}|b`, hiOpen: true }).reverse())).toMatchObject([{ sortKey: `${T1}|ab` }, { sortKey: `${T1}|a` }])
  })

  it('looks up which sortKeys a tag holds', async () => {
    const found = await lookupTagKeys(db.articles, 'c:DE', [`${T1}|a`, `${T1}|ab`, `${T2}|b`, 'missing'])
    expect([...found.keys()].sort()).toEqual([`${T1}|ab`, `${T2}|b`])
  })

  it('follows every write: a read mark drops the unread entries, a delete drops them all', async () => {
    const before = (await db.articles.get('a'))!
    await db.transaction('rw', articleTables(db), () => writeArticles(db, [{ before, after: { ...before, isRead: 1, readAt: 5 } }]))
    expect(await sortKeysOfTag(db.articles, 'u:c:FR')).toEqual([`${T1}|ab`])
    expect(await sortKeysOfTag(db.articles, 'c:FR')).toEqual([`${T1}|a`, `${T1}|ab`])
    const row = (await db.articles.get('ab'))!
    await db.transaction('rw', articleTables(db), () => writeArticles(db, [{ before: row }]))
    expect(await sortKeysOfTag(db.articles, 'c:FR')).toEqual([`${T1}|a`])
    expect(await sortKeysOfTag(db.articles, 'c:DE')).toEqual([`${T2}|b`])
  })
})
