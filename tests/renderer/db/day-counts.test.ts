// Per-day counters and coverage (issue 20) against a naive oracle: the stored articles filtered with Array.filter,
// their days computed with Intl (not with day-counts.ts's own code), after random ingests, read and star changes,
// tag corrections, unsubscribes and retention. Run in a half-hour time zone, so a local day is not a UTC day.
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countriesSince, countryCoverage, coverageMatrix, dailyCounts, NO_OUTLET } from '../../../src/renderer/src/db/coverage'
import { allDayRows } from '../../../src/renderer/src/db/day-counts'
import { addFeed, removeFeed, setOutletCountry } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { applyRetention } from '../../../src/renderer/src/db/offline/retention'
import { markRead, toggleStar } from '../../../src/renderer/src/db/queries'
import type { MeridianDb, StoredArticle } from '../../../src/renderer/src/db/schema'
import { editArticleTags } from '../../../src/renderer/src/db/user-tags'
import type { View } from '../../../src/renderer/src/db/view'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'

process.env.TZ = 'America/St_Johns' // UTC−3:30 (−2:30 in summer)

const NOW = new Date(2026, 10, 20, 12, 0) // local noon, 20 November 2026
const COUNTRIES = ['FR', 'DE', 'SG', 'BR']
const TOPICS = ['politics', 'sport'] as const
const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
/** The local day, by Intl: Swedish dates are written YYYY-MM-DD. */
const intlDay = (iso: string) => new Date(iso).toLocaleDateString('sv-SE')
const localMidnight = (daysBack: number) => new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() - daysBack)

let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(() => dropDatabase(db))

/** What the day rows should hold, from the articles: key → [n, facet counts]. */
function expectedDayRows(articles: StoredArticle[]): Map<string, { n: number; f: Record<string, number> }> {
  const rows = new Map<string, { n: number; f: Record<string, number> }>()
  for (const a of articles) {
    const day = intlDay(a.publishedAt)
    const facets = [...a.countries.map((c) => `c:${c}`), ...a.topics.map((t) => `t:${t}`), ...(a.outletCountry ? [`o:${a.outletCountry}`] : []), ...(a.mentions ?? []).filter((c) => !a.countries.includes(c)).map((c) => `n:${c}`)]
    const topicOutlets = a.outletCountry ? a.topics.map((t) => `t:${t}&o:${a.outletCountry}`) : []
    const scopes = ['all', ...a.topics.map((t) => `t:${t}`), ...(a.outletCountry ? [`o:${a.outletCountry}`] : []), ...topicOutlets, ...(a.isRead ? [] : ['u:all'])]
    for (const s of scopes) {
      const key = `d|${s}|${day}`
      const row = rows.get(key) ?? { n: 0, f: {} }
      row.n++
      for (const f of facets) row.f[f] = (row.f[f] ?? 0) + 1
      rows.set(key, row)
    }
  }
  return rows
}

const sorted = <T>(m: Map<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1))

/** Outlet × about-country by Array.filter over the given articles. */
function naiveMatrixOf(articles: StoredArticle[], keep: (a: StoredArticle) => boolean) {
  const m = new Map<string, Map<string, number>>()
  for (const a of articles.filter(keep)) {
    const o = a.outletCountry ?? NO_OUTLET
    const row = m.get(o) ?? new Map<string, number>()
    for (const c of a.countries) row.set(c, (row.get(c) ?? 0) + 1)
    m.set(o, row)
  }
  return sorted(new Map([...m].filter(([, r]) => r.size > 0).map(([o, r]) => [o, sorted(r)])))
}
const asSorted = ({ cells: m }: { cells: Map<string, Map<string, number>> }) => sorted(new Map([...m].filter(([, r]) => r.size > 0).map(([o, r]) => [o, sorted(r)])))

type Op =
  | { kind: 'ingest'; feed: number; items: { id: string; hoursBack: number; countries: string[]; mentions: string[]; topics: string[] }[] }
  | { kind: 'read'; id: string; isRead: boolean }
  | { kind: 'star'; id: string }
  | { kind: 'correct'; id: string; value: string }
  | { kind: 'unsubscribe'; feed: number }
  | { kind: 'retention' }

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('ingest' as const), feed: fc.integer({ min: 0, max: 1 }), items: fc.array(fc.record({ id: fc.constantFrom(...ids), hoursBack: fc.integer({ min: -5, max: 24 * 20 }), countries: fc.subarray(COUNTRIES), mentions: fc.subarray(COUNTRIES), topics: fc.subarray([...TOPICS]) }), { minLength: 1, maxLength: 6 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('read' as const), id: fc.constantFrom(...ids), isRead: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('star' as const), id: fc.constantFrom(...ids) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('correct' as const), id: fc.constantFrom(...ids), value: fc.constantFrom(...COUNTRIES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unsubscribe' as const), feed: fc.integer({ min: 0, max: 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retention' as const) }) },
)

async function apply(o: Op, feeds: { id: string; url: string }[]): Promise<void> {
  if (o.kind === 'ingest') {
    const f = feeds[o.feed]
    if (!(await db.feeds.get(f.id))) return
    const articles = o.items.map((it) => makeArticle({ feedId: f.id, id: `${f.id}-${it.id}`, publishedAt: new Date(NOW.getTime() - it.hoursBack * 3_600_000).toISOString(), countries: it.countries, mentions: it.mentions, topics: it.topics as never }))
    await ingestFeedResult(db, updated(f.id, f.url, [...new Map(articles.map((a) => [a.id, a])).values()]), NOW.getTime())
  } else {
    const stored = await db.articles.toArray()
    const target = stored.find((a) => a.id.endsWith(`-${'id' in o ? o.id : ''}`))
    if (o.kind === 'read' && target) await markRead(db, target.id, o.isRead, NOW.getTime())
    if (o.kind === 'star' && target) await toggleStar(db, target.id)
    if (o.kind === 'correct' && target) await editArticleTags(db, target.id, { action: target.countries.includes(o.value) ? 'remove' : 'add', kind: 'country', value: o.value })
    if (o.kind === 'unsubscribe') await removeFeed(db, feeds[o.feed].id)
    if (o.kind === 'retention') await applyRetention(db, { keepReadDays: 3, maxPerFeed: 5, capDeletesUnread: true }, NOW.getTime())
  }
}

describe('per-day counters', () => {
  it('runs in a time zone whose days are not UTC days', () => {
    expect(NOW.getTimezoneOffset()).not.toBe(0)
    expect(NOW.getTimezoneOffset() % 60).not.toBe(0)
  })

  it('equal a naive count of the stored articles per local day after any sequence of changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
        await dropDatabase(db)
        db = freshDb()
        const fr = await addFeed(db, 'https://www.lemonde.fr/rss')
        const gb = await addFeed(db, 'https://feeds.bbc.co.uk/news')
        await setOutletCountry(db, gb.id, 'GB')
        for (const o of ops) await apply(o, [fr, gb])
        const articles = await db.articles.toArray()
        const rows = await allDayRows(db.counters)
        expect(sorted(new Map(rows.map((r) => [r.key, { n: r.n, f: r.f ?? {} }])))).toEqual(sorted(expectedDayRows(articles)))

        // A time range's country counts, from the day rows, against Array.filter.
        for (const back of [0, 6, 29]) {
          const since = localMidnight(back)
          const inRange = articles.filter((a) => new Date(a.publishedAt) >= since)
          const naive = (keep: (a: StoredArticle) => boolean, mentions = false) => {
            const m = new Map<string, number>()
            for (const a of inRange.filter(keep)) for (const c of [...a.countries, ...(mentions ? (a.mentions ?? []).filter((x) => !a.countries.includes(x)) : [])]) m.set(c, (m.get(c) ?? 0) + 1)
            return sorted(m)
          }
          const range = (v: View) => countriesSince(db, v, since).then((m) => sorted(m!))
          expect(await range({ scope: { kind: 'all' } })).toEqual(naive(() => true))
          expect(await range({ scope: { kind: 'all' }, countries: ['FR'], includeMentions: true })).toEqual(naive(() => true, true))
          expect(await range({ scope: { kind: 'unread' } })).toEqual(naive((a) => !a.isRead))
          expect(await range({ scope: { kind: 'all' }, topics: ['sport'] })).toEqual(naive((a) => a.topics.includes('sport')))
          expect(await range({ scope: { kind: 'all' }, outlets: ['GB'] })).toEqual(naive((a) => a.outletCountry === 'GB'))
          expect(await countriesSince(db, { scope: { kind: 'unread' }, topics: ['sport'] }, since)).toBeUndefined()
        }

        // Who covers whom within a topic (whole, unread, a range), from the topic × outlet counters: with the list
        // rows gone, a scan would find nothing.
        const since = localMidnight(6)
        const topicViews: [View, (a: StoredArticle) => boolean][] = [
          [{ scope: { kind: 'all' }, topics: ['sport'] }, (a) => a.topics.includes('sport')],
          [{ scope: { kind: 'unread' }, topics: ['politics'] }, (a) => !a.isRead && a.topics.includes('politics')],
          [{ scope: { kind: 'all' }, unreadOnly: true, topics: ['sport'] }, (a) => !a.isRead && a.topics.includes('sport')],
          [{ scope: { kind: 'today', since: since.toISOString() }, topics: ['politics'] }, (a) => a.topics.includes('politics') && new Date(a.publishedAt) >= since],
        ]
        await db.lists.clear()
        for (const [v, keep] of topicViews) expect(asSorted(await coverageMatrix(db, v)), JSON.stringify(v)).toEqual(naiveMatrixOf(articles, keep))
      }),
      { numRuns: 25 },
    )
  })
})

describe('coverage', () => {
  async function seed() {
    const fr = await addFeed(db, 'https://www.lemonde.fr/rss') // outlet FR
    const br = await addFeed(db, 'https://g1.globo.com/rss')
    await setOutletCountry(db, br.id, 'BR')
    const none = await addFeed(db, 'https://news.example/rss')
    await setOutletCountry(db, none.id, undefined)
    const at = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString()
    await ingestFeedResult(db, updated(fr.id, fr.url, [
      makeArticle({ feedId: fr.id, id: 'fr1', publishedAt: at(1), countries: ['BR'], topics: ['politics'] }),
      makeArticle({ feedId: fr.id, id: 'fr2', publishedAt: at(30), countries: ['FR', 'BR'], topics: ['sport'] }),
      makeArticle({ feedId: fr.id, id: 'fr3', publishedAt: at(24 * 9), countries: ['FR'], topics: ['politics'] }),
    ]), NOW.getTime())
    await ingestFeedResult(db, updated(br.id, br.url, [
      makeArticle({ feedId: br.id, id: 'br1', publishedAt: at(2), countries: ['BR'], topics: ['politics'] }),
      makeArticle({ feedId: br.id, id: 'br2', publishedAt: at(3), countries: ['PT', 'BR'], topics: ['sport'] }),
    ]), NOW.getTime())
    await ingestFeedResult(db, updated(none.id, none.url, [makeArticle({ feedId: none.id, id: 'x1', publishedAt: at(4), countries: ['BR'], topics: ['politics'] })]), NOW.getTime())
    return { fr, br, none }
  }
  const naiveMatrix = async (keep: (a: StoredArticle) => boolean) => naiveMatrixOf(await db.articles.toArray(), keep)

  it('counts who covers whom from counters, day rows and scans alike', async () => {
    await seed()
    await markRead(db, 'br1', true, NOW.getTime())
    const all: View = { scope: { kind: 'all' } }
    expect(asSorted(await coverageMatrix(db, all))).toEqual(await naiveMatrix(() => true))
    // The matrix ignores the view's own country and outlet filters: they are its axes.
    expect(asSorted(await coverageMatrix(db, { ...all, countries: ['FR'], outlets: ['BR'] }))).toEqual(await naiveMatrix(() => true))
    expect(asSorted(await coverageMatrix(db, { scope: { kind: 'unread' } }))).toEqual(await naiveMatrix((a) => !a.isRead))
    expect(asSorted(await coverageMatrix(db, { ...all, topics: ['politics'] }))).toEqual(await naiveMatrix((a) => a.topics.includes('politics')))
    const since = localMidnight(6)
    expect(asSorted(await coverageMatrix(db, { scope: { kind: 'today', since: since.toISOString() } }))).toEqual(await naiveMatrix((a) => new Date(a.publishedAt) >= since))
    expect((await coverageMatrix(db, all)).cells.get('FR')?.get('BR')).toBe(2)
  })

  it('counts a feed\'s and a folder\'s who covers whom from the feeds\' counters, not their list rows', async () => {
    const { fr, br, none } = await seed()
    await markRead(db, 'fr1', true, NOW.getTime())
    const views: [View, (a: StoredArticle) => boolean][] = [
      [{ scope: { kind: 'feed', feedId: fr.id } }, (a) => a.feedId === fr.id],
      [{ scope: { kind: 'feed', feedId: none.id } }, (a) => a.feedId === none.id],
      [{ scope: { kind: 'folder', feedIds: [fr.id, br.id, none.id] }, unreadOnly: true }, (a) => !a.isRead],
      [{ scope: { kind: 'folder', feedIds: [br.id, none.id] }, countries: ['PT'] }, (a) => a.feedId !== fr.id],
    ]
    const expected = await Promise.all(views.map(([, keep]) => naiveMatrix(keep)))
    await db.lists.clear() // a scan would now find nothing: equal counts can only come from the counters
    for (const [i, [v]] of views.entries()) expect(asSorted(await coverageMatrix(db, v)), JSON.stringify(v)).toEqual(expected[i])
    expect(asSorted(await coverageMatrix(db, { scope: { kind: 'feed', feedId: fr.id }, topics: ['sport'] }))).toEqual([]) // a topic within it scans
  })

  it('counts a view without counters (Starred, two topics) from its newest rows only, and says so', async () => {
    await seed()
    for (const id of ['fr1', 'br1', 'x1', 'fr3']) await toggleStar(db, id)
    const newest = (ids: string[]) => (a: StoredArticle) => ids.includes(a.id)
    const starred: View = { scope: { kind: 'starred' } }
    expect(await coverageMatrix(db, starred)).not.toHaveProperty('newestOnly')
    expect(asSorted(await coverageMatrix(db, starred))).toEqual(await naiveMatrix((a) => a.isStarred === 1))
    // The newest two starred articles are fr1 (an hour old) and br1 (two hours).
    const capped = await coverageMatrix(db, starred, 2)
    expect(capped.newestOnly).toBe(2)
    expect(asSorted(capped)).toEqual(await naiveMatrix(newest(['fr1', 'br1'])))
    // Two topics: the newest three articles of either, each once (br2 is in sport, the others in politics).
    const twoTopics = await coverageMatrix(db, { scope: { kind: 'all' }, topics: ['politics', 'sport'] }, 3)
    expect(twoTopics.newestOnly).toBe(3)
    expect(asSorted(twoTopics)).toEqual(await naiveMatrix(newest(['fr1', 'br1', 'br2'])))
    expect(asSorted(await coverageMatrix(db, { scope: { kind: 'all' }, topics: ['politics', 'sport'] }))).toEqual(await naiveMatrix(() => true))
  })

  it('tells coverage from inside from coverage from abroad, and names the busiest feeds', async () => {
    const { fr, br, none } = await seed()
    const c = await countryCoverage(db, { scope: { kind: 'all' } }, 'BR')
    const topTwo = [[br.id, 2], [fr.id, 2]].sort((a, b) => String(a[0]).localeCompare(String(b[0])))
    expect(c).toEqual({ total: 5, inside: 2, abroad: 2, unknown: 1, topFeeds: [...topTwo, [none.id, 1]] })
    expect((await countryCoverage(db, { scope: { kind: 'all' }, topics: ['sport'] }, 'BR')).total).toBe(2)
  })

  it('gives daily series for the last days, oldest first, zero on quiet days', async () => {
    await seed()
    const { days, series } = await dailyCounts(db, 10, NOW)
    expect(days).toHaveLength(10)
    expect(days[9]).toBe(intlDay(NOW.toISOString()))
    const articles = await db.articles.toArray()
    for (const t of ['c:BR', 'c:FR', 't:politics', 'o:FR']) {
      const expected = days.map((d) => articles.filter((a) => intlDay(a.publishedAt) === d && [...a.countries.map((c) => `c:${c}`), ...a.topics.map((x) => `t:${x}`), `o:${a.outletCountry}`].includes(t)).length)
      expect(series.get(t) ?? days.map(() => 0), t).toEqual(expected)
    }
  })
})
