// The two country tiers in storage: `about` filters by default, `mentions` only when the reader asks (lists and
// facet counts follow the switch), corrections move a country between tiers, and tags that arrive with the full
// text replace the teaser's unless the reader corrected the article.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { facetCounts } from '../../../src/renderer/src/db/facets'
import { listKeys } from '../../../src/renderer/src/db/view-query'
import { idOfSortKey } from '../../../src/renderer/src/db/article-tags'
import { editArticleTags } from '../../../src/renderer/src/db/user-tags'
import { storeFullText } from '../../../src/renderer/src/db/offline/store-content'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import type { View } from '../../../src/renderer/src/db/view'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'

let db: MeridianDb
const day = (d: number) => `2026-11-0${d}T10:00:00.000Z`
const keys = async (v: View) => (await listKeys(db, v, 50)).keys.map(idOfSortKey)
const all: View = { scope: { kind: 'all' } }

beforeEach(async () => {
  db = freshDb()
  const f = await addFeed(db, 'https://news.example/rss')
  await ingestFeedResult(db, updated(f.id, f.url, [
    makeArticle({ feedId: f.id, id: 'quake', publishedAt: day(1), countries: ['NP'], mentions: ['FR', 'IN'], topics: ['disaster-accident-emergency'] }),
    makeArticle({ feedId: f.id, id: 'paris', publishedAt: day(2), countries: ['FR'], mentions: ['DE'], topics: ['politics'] }),
    makeArticle({ feedId: f.id, id: 'old', publishedAt: day(3), countries: ['FR'], topics: [] }), // stored before tiers: no mentions
  ]))
})
afterEach(() => dropDatabase(db))

describe('mentions tier', () => {
  it('filters on about by default and adds articles that only mention the country when asked', async () => {
    expect(await keys({ ...all, countries: ['FR'] })).toEqual(['old', 'paris'])
    expect(await keys({ ...all, countries: ['FR'], includeMentions: true })).toEqual(['old', 'paris', 'quake'])
    expect(await keys({ ...all, countries: ['IN'], includeMentions: true, unreadOnly: true })).toEqual(['quake'])
    expect(await keys({ ...all, countries: ['IN'] })).toEqual([])
  })

  it('facet counts follow the switch', async () => {
    expect(Object.fromEntries((await facetCounts(db, all)).countries)).toEqual({ FR: 2, NP: 1 })
    expect(Object.fromEntries((await facetCounts(db, { ...all, includeMentions: true })).countries)).toEqual({ FR: 3, NP: 1, IN: 1, DE: 1 })
    const topicsInFrance = await facetCounts(db, { ...all, countries: ['FR'], includeMentions: true })
    expect(Object.fromEntries(topicsInFrance.topics)).toEqual({ politics: 1, 'disaster-accident-emergency': 1 })
  })

  it('a correction moves a country between tiers or removes it, and survives a re-fetch', async () => {
    await editArticleTags(db, 'quake', { action: 'add', kind: 'country', value: 'FR' }) // mentions -> about
    expect(await keys({ ...all, countries: ['FR'] })).toEqual(['old', 'paris', 'quake'])
    expect((await db.articles.get('quake'))?.mentions).toEqual(['IN'])
    await editArticleTags(db, 'paris', { action: 'add', kind: 'mention', value: 'FR' }) // about -> mentions
    expect(await keys({ ...all, countries: ['FR'] })).toEqual(['old', 'quake'])
    expect(await keys({ ...all, countries: ['FR'], includeMentions: true })).toEqual(['old', 'paris', 'quake'])
    await editArticleTags(db, 'quake', { action: 'remove', kind: 'mention', value: 'IN' })
    expect(await keys({ ...all, countries: ['IN'], includeMentions: true })).toEqual([])
    const f = (await db.feeds.toArray())[0]
    await ingestFeedResult(db, updated(f.id, f.url, [makeArticle({ feedId: f.id, id: 'paris', publishedAt: day(2), countries: ['FR'], mentions: ['DE'], topics: ['politics'], title: 'New title' })]))
    expect(await keys({ ...all, countries: ['FR'] })).toEqual(['old', 'quake'])
    expect(Object.fromEntries((await facetCounts(db, { ...all, includeMentions: true })).countries)).toEqual({ FR: 3, NP: 1, DE: 1 })
  })
})

describe('tags that arrive with the full text', () => {
  const text = { title: 'T', contentHtml: '<p>x</p>', textContent: 'x' } as never
  const tags = (countries: string[], mentions: string[]) => ({ countries, mentions, topics: ['politics' as const], evidence: { countries: {}, topics: {}, source: 'full-text' as const }, version: 9 })

  it('replace the teaser tags', async () => {
    expect(await storeFullText(db, 'old', 'https://news.example/old', text, [], 1, tags(['FR', 'NE'], ['GB']))).toBe(true)
    const a = await db.articles.get('old')
    expect([a?.countries, a?.mentions, a?.topics, a?.classifierVersion, a?.tagEvidence?.source]).toEqual([['FR', 'NE'], ['GB'], ['politics'], 9, 'full-text'])
    expect(await keys({ ...all, countries: ['NE'] })).toEqual(['old'])
    expect(await keys({ ...all, countries: ['GB'], includeMentions: true })).toEqual(['old'])
  })

  it('replace the tags of an article the reader corrected, keeping the corrections on top', async () => {
    await editArticleTags(db, 'paris', { action: 'remove', kind: 'topic', value: 'politics' })
    await editArticleTags(db, 'paris', { action: 'add', kind: 'country', value: 'BE' })
    await storeFullText(db, 'paris', 'https://news.example/paris', text, [], 1, tags(['US'], []))
    const a = await db.articles.get('paris')
    expect([a?.countries.slice().sort(), a?.topics]).toEqual([['BE', 'US'], []])
    expect(await keys({ ...all, countries: ['US'] })).toEqual(['paris'])
    expect(await keys({ ...all, countries: ['FR'] })).not.toContain('paris')
  })
})
