// @vitest-environment happy-dom
// The sidebar's sparklines (issue 20): beside each country and topic, the last 30 local days of the current view,
// oldest on the left, each over the view without its own facet's filter; they change when the view does. Checked
// against the stored articles counted per local day with Intl (not with db/day-counts.ts's code).
import 'fake-indexeddb/auto'
import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed, setOutletCountry } from '../../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../../src/renderer/src/db/ingest'
import type { Feed, MeridianDb, StoredArticle } from '../../../../src/renderer/src/db/schema'
import { FacetsPanel } from '../../../../src/renderer/src/features/facets/FacetsPanel'
import { useUi } from '../../../../src/renderer/src/state/ui-store'
import { dropDatabase, fakeApi, freshDb, makeArticle, updated } from '../../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
let feeds: Feed[]

const DAYS = 30
const localDay = (t: Date) => t.toLocaleDateString('sv-SE') // Swedish dates are written YYYY-MM-DD
/** Noon, `back` local days ago: never near a day boundary. */
const noonDaysAgo = (back: number) => {
  const now = new Date()
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 12).toISOString()
}

beforeEach(async () => {
  db = freshDb()
  const fr = await addFeed(db, 'https://www.lemonde.fr/rss')
  const gb = await addFeed(db, 'https://feeds.bbc.co.uk/news')
  await setOutletCountry(db, gb.id, 'GB')
  feeds = [fr, gb]
  const at = (feed: Feed, id: string, back: number, countries: string[], topics: string[]) => makeArticle({ feedId: feed.id, id, publishedAt: noonDaysAgo(back), countries, topics: topics as never })
  await ingestFeedResult(db, updated(fr.id, fr.url, [
    at(fr, 'fr-today', 0, ['FR'], ['politics']),
    at(fr, 'fr-3', 3, ['FR', 'DE'], ['sport']),
    at(fr, 'fr-3b', 3, ['FR'], ['politics']),
    at(fr, 'fr-12', 12, ['FR'], ['politics']),
    at(fr, 'fr-40', 40, ['FR'], ['politics']), // before the window
  ]))
  await ingestFeedResult(db, updated(gb.id, gb.url, [
    at(gb, 'gb-1', 1, ['FR'], ['sport']),
    at(gb, 'gb-5', 5, ['FR', 'DE'], ['sport']),
    at(gb, 'gb-29', 29, ['DE'], ['politics']), // the window's first day
  ]))
})
afterEach(() => dropDatabase(db))

/** The oracle: a facet value's articles per local day of the window, oldest first, among those `keep` holds. */
async function expectedSeries(has: (a: StoredArticle) => boolean, keep: (a: StoredArticle) => boolean = () => true): Promise<number[]> {
  const now = new Date()
  const days = Array.from({ length: DAYS }, (_, i) => localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - (DAYS - 1 - i))))
  const articles = (await db.articles.toArray()).filter((a) => has(a) && keep(a))
  return days.map((d) => articles.filter((a) => localDay(new Date(a.publishedAt)) === d).length)
}

/** What a sparkline draws, back in counts relative to its busiest day (1), oldest first. */
function drawn(optionName: RegExp, list = 'Countries'): number[] | undefined {
  const line = within(screen.getByRole('list', { name: list })).getByRole('button', { name: optionName }).querySelector('svg.sparkline polyline')
  const points = line?.getAttribute('points')?.split(' ').map((p) => Number(p.split(',')[1]))
  return points?.map((y) => Math.round(((13 - y) / 12) * 100) / 100) // height 14: y = 13 − 12 × n / max
}

const relative = (counts: number[]) => {
  const max = Math.max(1, ...counts)
  return counts.map((n) => Math.round((n / max) * 100) / 100)
}

const about = (c: string) => (a: StoredArticle) => a.countries.includes(c)
const inTopic = (t: StoredArticle['topics'][number]) => (a: StoredArticle) => a.topics.includes(t)

describe('the sidebar sparklines', () => {
  it('draw each country and topic over the last 30 days of the whole library, oldest first', async () => {
    renderWith(<FacetsPanel />, { db, api: fakeApi().api })
    const france = await expectedSeries(about('FR'))
    expect(france.reduce((a, b) => a + b, 0)).toBe(6) // the article of 40 days ago is outside the window
    await waitFor(() => expect(drawn(/^France \d/)).toEqual(relative(france)))
    expect(drawn(/^France \d/)).toHaveLength(DAYS)
    expect(drawn(/^Germany \d/)).toEqual(relative(await expectedSeries(about('DE'))))
    expect(drawn(/^Germany \d/)?.[0]).toBe(1) // 29 days ago is the window's first day
    // The topics' series are a query of their own: they may be drawn a render after the countries'.
    const sport = relative(await expectedSeries(inTopic('sport')))
    const politics = relative(await expectedSeries(inTopic('politics')))
    await waitFor(() => expect(drawn(/^Sport \d/, 'Topics')).toEqual(sport))
    expect(drawn(/^Politics \d/, 'Topics')).toEqual(politics)
  })

  it('follow the view: a topic (day counters), a feed (scanned), each facet without its own filter', async () => {
    renderWith(<FacetsPanel />, { db, api: fakeApi().api })
    const france = await expectedSeries(about('FR'))
    await waitFor(() => expect(drawn(/^France \d/)).toEqual(relative(france)))

    act(() => useUi.getState().toggleFacet('topics', 'sport'))
    const sportFrance = await expectedSeries(about('FR'), inTopic('sport'))
    expect(relative(sportFrance)).not.toEqual(relative(france))
    await waitFor(() => expect(drawn(/^France \d/)).toEqual(relative(sportFrance)))
    // The topics' own sparklines still count every topic (the view without its topic filter).
    expect(drawn(/^Politics \d/, 'Topics')).toEqual(relative(await expectedSeries(inTopic('politics'))))

    act(() => {
      useUi.getState().toggleFacet('topics', 'sport')
      useUi.getState().select({ kind: 'feed', feedId: feeds[1].id })
    })
    const inGb = (a: StoredArticle) => a.feedId === feeds[1].id
    const gbFrance = await expectedSeries(about('FR'), inGb)
    await waitFor(() => expect(drawn(/^France \d/)).toEqual(relative(gbFrance)))
    expect(drawn(/^Germany \d/)).toEqual(relative(await expectedSeries(about('DE'), inGb)))
    const gbPolitics = relative(await expectedSeries(inTopic('politics'), inGb))
    await waitFor(() => expect(drawn(/^Politics \d/, 'Topics')).toEqual(gbPolitics))
  })
})
