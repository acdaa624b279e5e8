// Daily counts of a view (db/view-daily.ts, issue 20) against a naive oracle: the stored articles filtered by the
// view with Array.filter and bucketed by local day with Intl, for views the day rows hold (library, unread, a topic,
// an outlet) and views scanned (a feed, a folder, Starred, unread within a topic, two topics, an excluded outlet,
// a country, with or without its mentions).
// Run in a half-hour time zone, so a local day is not a UTC day.
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dailyCounts } from '../../../src/renderer/src/db/coverage'
import { addFeed, setOutletCountry } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { markRead, toggleStar } from '../../../src/renderer/src/db/queries'
import type { MeridianDb, StoredArticle } from '../../../src/renderer/src/db/schema'
import type { View } from '../../../src/renderer/src/db/view'
import { viewDailyCounts } from '../../../src/renderer/src/db/view-daily'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'

process.env.TZ = 'America/St_Johns' // UTC−3:30 (−2:30 in summer)

const NOW = new Date(2026, 10, 20, 12, 0)
const DAYS = 10
const COUNTRIES = ['FR', 'DE', 'BR']
const TOPICS = ['politics', 'sport'] as const
const intlDay = (iso: string) => new Date(iso).toLocaleDateString('sv-SE')

let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(() => dropDatabase(db))

interface Item {
  hoursBack: number
  feed: number
  countries: string[]
  mentions: string[]
  topics: string[]
  isRead: boolean
  isStarred: boolean
}
const item: fc.Arbitrary<Item> = fc.record({
  hoursBack: fc.integer({ min: -5, max: 24 * 14 }),
  feed: fc.integer({ min: 0, max: 2 }),
  countries: fc.subarray(COUNTRIES),
  mentions: fc.subarray(COUNTRIES),
  topics: fc.subarray([...TOPICS]),
  isRead: fc.boolean(),
  isStarred: fc.boolean(),
})

async function store(items: Item[]) {
  const fr = await addFeed(db, 'https://www.lemonde.fr/rss')
  const gb = await addFeed(db, 'https://feeds.bbc.co.uk/news')
  await setOutletCountry(db, gb.id, 'GB')
  const none = await addFeed(db, 'https://news.example/rss')
  await setOutletCountry(db, none.id, undefined)
  const feeds = [fr, gb, none]
  for (const [f, feed] of feeds.entries()) {
    const articles = items.flatMap((it, i) => (it.feed === f ? [makeArticle({ feedId: feed.id, id: `a${i}`, publishedAt: new Date(NOW.getTime() - it.hoursBack * 3_600_000).toISOString(), countries: it.countries, mentions: it.mentions, topics: it.topics as never })] : []))
    if (articles.length) await ingestFeedResult(db, updated(feed.id, feed.url, articles), NOW.getTime())
  }
  for (const [i, it] of items.entries()) {
    if (it.isRead) await markRead(db, `a${i}`, true, NOW.getTime())
    if (it.isStarred) await toggleStar(db, `a${i}`)
  }
  return feeds.map((f) => f.id)
}

/** The view's articles by Array.filter. */
function inView(v: View, a: StoredArticle): boolean {
  const s = v.scope
  const about = v.includeMentions ? [...a.countries, ...(a.mentions ?? [])] : a.countries
  if (v.countries?.length && !v.countries.some((c) => about.includes(c))) return false
  if (s.kind === 'unread' || v.unreadOnly) if (a.isRead) return false
  if (s.kind === 'starred' && !a.isStarred) return false
  if (s.kind === 'feed' && a.feedId !== s.feedId) return false
  if (s.kind === 'folder' && !s.feedIds.includes(a.feedId)) return false
  if (v.topics?.length && !v.topics.some((t) => a.topics.includes(t))) return false
  if (v.outlets?.length && !v.outlets.includes(a.outletCountry ?? '')) return false
  if (v.excludeOutlets?.length && v.excludeOutlets.includes(a.outletCountry ?? '')) return false
  return true
}

/** Tag → counts per day, naively; with mentions, a country's series also counts the articles that only mention it. */
function naiveSeries(articles: StoredArticle[], v: View, days: string[]): Map<string, number[]> {
  const out = new Map<string, number[]>()
  for (const a of articles.filter((x) => inView(v, x))) {
    const i = days.indexOf(intlDay(a.publishedAt))
    if (i < 0) continue
    const only = (a.mentions ?? []).filter((c) => !a.countries.includes(c))
    const keys = [...a.countries.map((c) => `c:${c}`), ...a.topics.map((t) => `t:${t}`), ...(a.outletCountry ? [`o:${a.outletCountry}`] : []), ...only.map((c) => `n:${c}`)]
    if (v.includeMentions) keys.push(...only.map((c) => `c:${c}`))
    for (const k of keys) {
      const s = out.get(k) ?? days.map(() => 0)
      s[i]++
      out.set(k, s)
    }
  }
  return out
}

const nonZero = (m: Map<string, number[]>) => [...m].filter(([, s]) => s.some((n) => n > 0)).sort(([a], [b]) => (a < b ? -1 : 1))

describe('daily counts of a view', () => {
  it('equal a naive count per local day, from day rows or a scan', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 14 }), async (items) => {
        await dropDatabase(db)
        db = freshDb()
        const [fr, gb, none] = await store(items)
        const articles = await db.articles.toArray()
        const views: View[] = [
          { scope: { kind: 'all' } },
          { scope: { kind: 'unread' } },
          { scope: { kind: 'all' }, topics: ['sport'] },
          { scope: { kind: 'all' }, outlets: ['GB'] },
          { scope: { kind: 'all' }, includeMentions: true },
          { scope: { kind: 'all' }, countries: ['FR'] },
          { scope: { kind: 'unread' }, topics: ['sport'], countries: ['DE', 'BR'], includeMentions: true },
          { scope: { kind: 'unread' }, topics: ['politics'] },
          { scope: { kind: 'all' }, topics: ['politics', 'sport'] },
          { scope: { kind: 'all' }, excludeOutlets: ['GB'] },
          { scope: { kind: 'feed', feedId: gb } },
          { scope: { kind: 'folder', feedIds: [fr, none] }, unreadOnly: true },
          { scope: { kind: 'starred' } },
        ]
        for (const v of views) {
          const got = await viewDailyCounts(db, v, DAYS, NOW)
          expect(got.basis, JSON.stringify(v)).toBe('view')
          expect(got.days[DAYS - 1]).toBe(intlDay(NOW.toISOString()))
          expect(nonZero(got.series), JSON.stringify(v)).toEqual(nonZero(naiveSeries(articles, v, got.days)))
        }
      }),
      { numRuns: 20 },
    )
  })

  it('shows the whole library, and says so, when a view without day rows is too large to scan', async () => {
    const items = Array.from({ length: 6 }, (_, i): Item => ({ hoursBack: i * 20, feed: 1, countries: ['FR'], mentions: [], topics: ['sport'], isRead: false, isStarred: false }))
    const [, gb] = await store(items)
    const feed: View = { scope: { kind: 'feed', feedId: gb } }
    expect((await viewDailyCounts(db, feed, DAYS, NOW, 6)).basis).toBe('view')
    const capped = await viewDailyCounts(db, feed, DAYS, NOW, 5)
    expect(capped.basis).toBe('library')
    expect(capped.series).toEqual((await dailyCounts(db, DAYS, NOW)).series)
    // A view the day rows hold is never capped: no scan.
    expect((await viewDailyCounts(db, { scope: { kind: 'all' }, topics: ['sport'] }, DAYS, NOW, 1)).basis).toBe('view')
  })
})
