import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed, removeFeed, setOutletCountry } from '../../../src/renderer/src/db/feeds'
import { facetCounts } from '../../../src/renderer/src/db/facets'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { countUnreadByFeed, markManyRead, markRead, smartCounts, toggleStar } from '../../../src/renderer/src/db/queries'
import type { Feed, MeridianDb } from '../../../src/renderer/src/db/schema'
import type { View } from '../../../src/renderer/src/db/view'
import { articleIdsOf, chooseDriver, firstPage, listHead, scanMembership, viewSortKeys } from '../../../src/renderer/src/db/view-query'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'

let db: MeridianDb
let fr: Feed
let uk: Feed
const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}T09:00:00.000Z`
const ids = (rows: { id: string }[]) => rows.map((r) => r.id)
const keys = async (v: View) => articleIdsOf(await viewSortKeys(db, v))
const all: View = { scope: { kind: 'all' } }
const obj = (m: Map<string, number>) => Object.fromEntries([...m].sort())

beforeEach(async () => {
  db = freshDb()
  fr = await addFeed(db, 'https://www.lemonde.fr/rss') // outlet FR from the ccTLD
  uk = await addFeed(db, 'https://feeds.bbc.co.uk/news') // outlet GB
  await ingestFeedResult(db, updated(fr.id, fr.url, [
    makeArticle({ feedId: fr.id, id: 'f1', publishedAt: day(1), countries: ['FR'], topics: ['politics'] }),
    makeArticle({ feedId: fr.id, id: 'f2', publishedAt: day(5), countries: ['FR', 'DE'], topics: ['sport'] }),
    makeArticle({ feedId: fr.id, id: 'f3', publishedAt: day(3), countries: ['DE'], topics: ['politics'] }),
  ]))
  await ingestFeedResult(db, updated(uk.id, uk.url, [
    makeArticle({ feedId: uk.id, id: 'u1', publishedAt: day(4), countries: ['FR', 'CN'], topics: ['politics', 'economy-business-finance'] }),
    makeArticle({ feedId: uk.id, id: 'u2', publishedAt: day(2), countries: ['US'], topics: ['economy-business-finance'] }),
  ]), Date.parse(day(6)))
})
afterEach(() => dropDatabase(db))

describe('views', () => {
  it('guesses outlet countries from the ccTLD and lists by outlet', async () => {
    expect((await db.feeds.get(fr.id))?.outletCountry).toBe('FR')
    expect((await db.feeds.get(uk.id))?.outletCountry).toBe('GB')
    expect(await keys({ ...all, outlets: ['GB'] })).toEqual(['u1', 'u2'])
  })

  it('treats several countries as any of them, each article once, in date order', async () => {
    expect(await keys({ ...all, countries: ['FR', 'DE'] })).toEqual(['f2', 'u1', 'f3', 'f1'])
    expect(await keys({ ...all, countries: ['FR', 'DE'], order: 'oldest' })).toEqual(['f1', 'f3', 'u1', 'f2'])
    expect(ids(await firstPage(db, { ...all, countries: ['FR', 'DE'] }, 3))).toEqual(['f2', 'u1', 'f3'])
  })

  it('combines countries AND topics AND outlet AND scope', async () => {
    expect(await keys({ ...all, countries: ['FR', 'DE'], topics: ['politics'] })).toEqual(['u1', 'f3', 'f1'])
    expect(await keys({ ...all, countries: ['FR', 'DE'], topics: ['politics'], outlets: ['FR'] })).toEqual(['f3', 'f1'])
    expect(await keys({ scope: { kind: 'feed', feedId: uk.id }, countries: ['FR'] })).toEqual(['u1'])
    expect(await keys({ scope: { kind: 'folder', feedIds: [fr.id, uk.id] }, topics: ['economy-business-finance'] })).toEqual(['u1', 'u2'])
    expect(await keys({ scope: { kind: 'folder', feedIds: [] } })).toEqual([])
  })

  it('reads a country + topic list from the smaller of the two lists, testing the other on each row', async () => {
    const frDePolitics: View = { ...all, countries: ['FR', 'DE'], topics: ['politics'] }
    const d = await chooseDriver(db, frDePolitics)
    const sizes = { countries: (await db.counters.bulkGet(['c:FR', 'c:DE'])).reduce((n, r) => n + (r?.n ?? 0), 0), politics: (await db.counters.get('t:politics'))?.n ?? 0 }
    expect(d.tags.sort()).toEqual(sizes.countries < sizes.politics ? ['c:DE', 'c:FR'] : ['t:politics'])
    expect(d.test).toBeDefined()
    const head = await listHead(db, { ...all, countries: ['FR'], topics: ['politics'] }, 10, 10)
    expect(ids(head.rows)).toEqual(['u1', 'f1'])
    expect(head.total).toBe(2) // the country's counter counts its politics articles: the size is read, not scanned
    expect((await listHead(db, frDePolitics, 10, 10)).total).toBeUndefined() // two countries: no counter holds it
    expect(obj((await scanMembership(db, frDePolitics)).counts)).toEqual({ 'c:CN': 1, 'c:DE': 1, 'c:FR': 2, [`f:${fr.id}`]: 2, [`f:${uk.id}`]: 1, 'o:FR': 2, 'o:GB': 1, 't:economy-business-finance': 1, 't:politics': 3, u: 3 })

    await markRead(db, 'u1', true)
    const unread: View = { scope: { kind: 'unread' }, countries: ['FR'], topics: ['politics'] }
    expect(await keys(unread)).toEqual(['f1'])
    expect((await listHead(db, unread, 10, 10)).total).toBe(1)

    const tiny = await addFeed(db, 'https://tiny.example/rss')
    await ingestFeedResult(db, updated(tiny.id, tiny.url, [makeArticle({ feedId: tiny.id, id: 't1', publishedAt: day(7), countries: ['FR'], topics: ['politics'] })]))
    const inTiny: View = { scope: { kind: 'feed', feedId: tiny.id }, countries: ['FR'], topics: ['politics'] }
    expect((await chooseDriver(db, inTiny)).tags).toEqual([`f:${tiny.id}`])
    expect(await keys(inTiny)).toEqual(['t1'])
    expect(await keys({ scope: { kind: 'feed', feedId: fr.id }, countries: ['FR', 'DE'], topics: ['politics'] })).toEqual(['f3', 'f1'])

    await toggleStar(db, 'f1')
    expect((await chooseDriver(db, { scope: { kind: 'starred' }, countries: ['FR'], topics: ['politics'] })).tags).toEqual(['s'])
    expect(await keys({ scope: { kind: 'starred' }, countries: ['FR'], topics: ['politics'] })).toEqual(['f1'])
    expect(await keys({ scope: { kind: 'starred' }, unreadOnly: true })).toEqual(['f1'])

    const manyCountries = ['FR', 'DE', 'US', 'CN', 'GB', 'IT', 'ES', 'PL', 'NL', 'BE', 'AT', 'CH', 'SE', 'NO', 'DK', 'FI', 'PT'] as View['countries']
    expect(await keys({ ...all, countries: manyCountries, topics: ['politics'] })).toEqual(['t1', 'u1', 'f3', 'f1'])
  })

  it('lists articles about a country from outlets outside it (no outlet country set counts as outside)', async () => {
    const unknown = await addFeed(db, 'https://wire.example.com/rss') // .com: no outlet country guessed
    expect((await db.feeds.get(unknown.id))?.outletCountry).toBeUndefined()
    await ingestFeedResult(db, updated(unknown.id, unknown.url, [makeArticle({ feedId: unknown.id, id: 'w1', publishedAt: day(6), countries: ['FR'], topics: ['politics'] })]))
    const aboutFrance = { ...all, countries: ['FR'] } satisfies View
    expect(await keys(aboutFrance)).toEqual(['w1', 'f2', 'u1', 'f1'])
    expect(await keys({ ...aboutFrance, excludeOutlets: ['FR'] })).toEqual(['w1', 'u1'])
    expect(await keys({ ...aboutFrance, excludeOutlets: ['FR', 'GB'] })).toEqual(['w1'])
    expect(ids(await firstPage(db, { ...aboutFrance, excludeOutlets: ['FR'] }, 1))).toEqual(['w1'])
    // exclusion alone, with unread and a feed scope
    expect(await keys({ ...all, excludeOutlets: ['GB'] })).toEqual(['w1', 'f2', 'f3', 'f1'])
    await markRead(db, 'w1', true)
    expect(await keys({ scope: { kind: 'unread' }, countries: ['FR'], excludeOutlets: ['FR'] })).toEqual(['u1'])
    expect(await keys({ scope: { kind: 'feed', feedId: fr.id }, excludeOutlets: ['FR'] })).toEqual([])
  })

  it('narrows to unread, starred (and unread starred), and today', async () => {
    await markRead(db, 'f2', true)
    await toggleStar(db, 'f2')
    await toggleStar(db, 'u2')
    expect(await keys({ scope: { kind: 'unread' }, countries: ['FR'] })).toEqual(['u1', 'f1'])
    expect(await keys({ scope: { kind: 'starred' } })).toEqual(['f2', 'u2'])
    expect(await keys({ scope: { kind: 'starred' }, unreadOnly: true })).toEqual(['u2'])
    expect(await keys({ scope: { kind: 'starred' }, countries: ['US'] })).toEqual(['u2'])
    expect(await keys({ scope: { kind: 'today', since: day(4) } })).toEqual(['f2', 'u1'])
    expect(await smartCounts(db, day(4))).toEqual({ all: 5, unread: 4, today: 2, starred: 2 })
  })
})

describe('facet counts', () => {
  it('counts an unfiltered list from the counters, equal to a scan', async () => {
    const counts = await facetCounts(db, all)
    expect(obj(counts.countries)).toEqual({ CN: 1, DE: 2, FR: 3, US: 1 })
    expect(obj(counts.topics)).toEqual({ 'economy-business-finance': 2, politics: 3, sport: 1 })
    expect(obj(counts.outlets)).toEqual({ FR: 3, GB: 2 })
    const scanned = await scanMembership(db, all)
    expect(scanned.total).toBe(5)
    expect(scanned.counts.get('c:FR')).toBe(3)
  })

  it('counts each facet with the other facets\' filters only', async () => {
    const counts = await facetCounts(db, { ...all, countries: ['DE'], topics: ['politics'] })
    // countries: over politics articles (f1, f3, u1); topics: over DE articles (f2, f3)
    expect(obj(counts.countries)).toEqual({ CN: 1, DE: 1, FR: 2 })
    expect(obj(counts.topics)).toEqual({ politics: 1, sport: 1 })
    expect(obj(counts.outlets)).toEqual({ FR: 1 })
  })

  it('counts several values in several facets exactly (the rows of a shared group read once)', async () => {
    const counts = await facetCounts(db, { ...all, countries: ['FR', 'DE'], topics: ['politics'] })
    // countries over politics (f1, f3, u1); topics over FR or DE (f1, f2, f3, u1); outlets over both (f1, f3, u1)
    expect(obj(counts.countries)).toEqual({ CN: 1, DE: 1, FR: 2 })
    expect(obj(counts.topics)).toEqual({ 'economy-business-finance': 1, politics: 3, sport: 1 })
    expect(obj(counts.outlets)).toEqual({ FR: 2, GB: 1 })
    const scannedTopics = await scanMembership(db, { ...all, countries: ['FR', 'DE'] })
    expect(scannedTopics.counts.get('t:politics')).toBe(3)
    await markRead(db, 'f3', true)
    const unread = await facetCounts(db, { scope: { kind: 'unread' }, countries: ['FR', 'DE'], topics: ['politics'], excludeOutlets: ['GB'] })
    expect(obj(unread.countries)).toEqual({ FR: 1 })
    expect(obj(unread.topics)).toEqual({ politics: 1, sport: 1 })
    expect(obj(unread.outlets)).toEqual({ FR: 1, GB: 1 })
  })

  it('counts a view that excludes outlet countries by scanning, the outlet facet without its own filter', async () => {
    const counts = await facetCounts(db, { ...all, excludeOutlets: ['FR'] })
    // countries and topics over u1 and u2 (the GB outlet); outlets over everything
    expect(obj(counts.countries)).toEqual({ CN: 1, FR: 1, US: 1 })
    expect(obj(counts.topics)).toEqual({ 'economy-business-finance': 2, politics: 1 })
    expect(obj(counts.outlets)).toEqual({ FR: 3, GB: 2 })
    const aboutFrance = await facetCounts(db, { ...all, countries: ['FR'], excludeOutlets: ['FR'] })
    expect(obj(aboutFrance.topics)).toEqual({ 'economy-business-finance': 1, politics: 1 })
    expect(obj(aboutFrance.outlets)).toEqual({ FR: 2, GB: 1 })
  })

  it('follows reading, starring, outlet changes and unsubscribing', async () => {
    await markManyRead(db, ['f1', 'f2', 'u2'], true)
    expect(obj((await facetCounts(db, { scope: { kind: 'unread' } })).countries)).toEqual({ CN: 1, DE: 1, FR: 1 })
    expect(Object.fromEntries(await countUnreadByFeed(db, [fr.id, uk.id]))).toEqual({ [fr.id]: 1, [uk.id]: 1 })
    await setOutletCountry(db, uk.id, 'IE')
    expect(obj((await facetCounts(db, all)).outlets)).toEqual({ FR: 3, IE: 2 })
    expect(await keys({ ...all, outlets: ['IE'], topics: ['politics'] })).toEqual(['u1'])
    await toggleStar(db, 'u2')
    await removeFeed(db, uk.id)
    expect(obj((await facetCounts(db, all)).outlets)).toEqual({ FR: 3, IE: 1 })
    expect(obj((await facetCounts(db, { scope: { kind: 'starred' } })).countries)).toEqual({ US: 1 })
  })

  it('undoes mark-all-read by flipping back exactly the articles it changed', async () => {
    await markRead(db, 'f1', true)
    const view: View = { ...all, countries: ['FR'] }
    const changed = await markManyRead(db, await keys(view), true, Date.now(), 1)
    expect(changed.sort()).toEqual(['f2', 'u1'])
    expect(await keys({ ...view, unreadOnly: true })).toEqual([])
    await markManyRead(db, changed, false)
    expect(await keys({ ...view, unreadOnly: true })).toEqual(['f2', 'u1'])
    expect((await db.articles.get('f1'))?.isRead).toBe(1)
  })
})

describe('paging', () => {
  it('reads the head with articles, then pages on from a sortKey, without gaps or repeats', async () => {
    const { listHead, listKeys } = await import('../../../src/renderer/src/db/view-query')
    const head = await listHead(db, all, 2, 3)
    expect(ids(head.rows)).toEqual(['f2', 'u1'])
    expect(articleIdsOf(head.keys)).toEqual(['f2', 'u1', 'f3'])
    expect(head.hasMore).toBe(true)
    expect(head.total).toBe(5) // one tag, nothing to check: the counter knows
    const next = await listKeys(db, all, 10, head.keys[2])
    expect(articleIdsOf(next.keys)).toEqual(['u2', 'f1'])
    expect(next.hasMore).toBe(false)
    const filtered = await listHead(db, { ...all, countries: ['FR', 'DE'] }, 1, 10)
    expect(filtered.total).toBeUndefined() // a union: only counting would tell
    expect(articleIdsOf(filtered.keys)).toEqual(['f2', 'u1', 'f3', 'f1'])
  })

  it('gives the same facet counts from the per-value counters as from a scan', async () => {
    const views: View[] = [
      { ...all, countries: ['FR'] }, { scope: { kind: 'unread' }, topics: ['politics'] }, { ...all, outlets: ['GB'] },
      // two values of one facet: their counters minus their pair's (f2 is about both FR and DE)
      { ...all, countries: ['FR', 'DE'] }, { scope: { kind: 'unread' }, countries: ['DE', 'FR'] }, { ...all, topics: ['politics', 'sport'] }, { ...all, outlets: ['GB', 'FR'] },
    ]
    for (const view of views) {
      await markRead(db, 'f3', true)
      const counts = await facetCounts(db, view)
      const scanned = (await scanMembership(db, view)).counts
      const pick = (prefix: string) => Object.fromEntries([...scanned].filter(([k]) => k.startsWith(prefix)).map(([k, n]) => [k.slice(2), n]).sort())
      if (!view.topics) expect(obj(counts.topics)).toEqual(pick('t:'))
      if (!view.outlets) expect(obj(counts.outlets)).toEqual(pick('o:'))
      if (!view.countries) expect(obj(counts.countries)).toEqual(pick('c:'))
    }
  })
})
