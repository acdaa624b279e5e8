// Query latencies in Chromium against whatever is stored: each query runs `runs` times inside the page (so
// only IndexedDB and our code are timed), cycling its parameter so repeated runs are not one cached answer.
// Uses the renderer's exported query functions by name; what the app does not have is implemented here and marked
// `benchImplementation: true` (search-memory: the in-memory alternative the app's indexed search is compared with).
import { createRequire } from 'node:module'
import { TOPICS } from '../../src/shared/model'
import { COUNTRY_NAMES, TOPIC_WORDS } from '../lib/corpus'
import { percentiles, type Percentiles } from '../lib/stats'
import type { Session } from './session'

const PAGE_ROWS = 50

export interface QueryFigure extends Percentiles {
  /** Rows (or counts) the last run returned: a check that the query did real work. */
  resultSize: number
  benchImplementation?: boolean
  note?: string
  /** search-memory only: building the in-memory text list, and its size (UTF-16). */
  indexBuildMs?: number
  indexHeapMb?: number
}

type QueryKind =
  | 'country-page' | 'country-topic-unread-page' | 'country-page-50' | 'country-topic-unread-page-50' | 'facets' | 'facets-country'
  | 'search-common' | 'search-prefix' | 'search-two-words' | 'search-country-view' | 'search-miss' | 'search-memory'

interface QueryArgs {
  kind: QueryKind
  runs: number
  countries: string[]
  topics: string[]
  allCountries: string[]
  allTopics: string[]
  terms: string[]
  limit: number
}

function allCountryCodes(): string[] {
  const countries = createRequire(__filename)('i18n-iso-countries') as { getAlpha2Codes(): Record<string, string> }
  return Object.keys(countries.getAlpha2Codes())
}

/** Runs inside the page. Self-contained: it may only use its argument and window. */
async function runInPage(a: QueryArgs): Promise<{ times: number[]; size: number; usedAppFunction: boolean }> {
  const b = window.__bench!
  const db = b.db
  const q = b.queries as Record<string, (...args: unknown[]) => Promise<unknown>>
  const listArticles = q.listArticles as (db: unknown, f: object, o: object) => Promise<{ title: string; summary: string }[]>
  const listHead = q.listHead as (db: unknown, view: object, rows: number, keys: number) => Promise<unknown>
  const filterToView = q.filterToView as (f: object) => object
  const countRange = (t: string) => db.lists.where('k').between([t, ''], [t, '\uffff']).count()
  const appFacets = typeof q.facetCounts === 'function' ? 'facetCounts' : undefined
  // searchArticles(db, query, { view, limit }): the app's indexed search (db/search.ts).
  const search = q.searchArticles as (db: unknown, query: string, o: object) => Promise<{ keys: string[] }>
  if (typeof search !== 'function') throw new Error('queries bench: the app exports no searchArticles')
  // The alternative to an index: title + summary of every article held in memory, newest
  // first, built once (the first, uncounted run pays for it) and scanned with includes().
  const w = window as unknown as { __searchIndex?: string[] }
  const memorySearch = async (term: string): Promise<number> => {
    if (!w.__searchIndex) {
      const rows: [string, string][] = []
      await db.articles.each((art) => {
        rows.push([art.sortKey, `${art.title}\n${art.summary}`.toLowerCase()])
      })
      rows.sort((x, y) => (x[0] < y[0] ? 1 : -1))
      w.__searchIndex = rows.map((r) => r[1])
    }
    const needle = term.toLowerCase()
    let hits = 0
    for (const text of w.__searchIndex) if (text.includes(needle) && ++hits >= a.limit) break
    return hits
  }
  const times: number[] = []
  let size = 0
  let usedAppFunction = true
  for (let i = 0; i < a.runs; i++) {
    const country = a.countries[i % a.countries.length]
    const topic = a.topics[i % a.topics.length]
    const term = a.terms[i % a.terms.length]
    const t0 = performance.now()
    switch (a.kind) {
      case 'country-page':
      case 'country-topic-unread-page': {
        // The list's own first read (useViewList): its first rows with their articles and the next keys.
        const filter = a.kind === 'country-page' ? { country } : { country, topic, unreadOnly: true }
        const head = (await listHead(db, filterToView(filter), b.firstPage.rows, b.firstPage.keys)) as { rows: unknown[] }
        size = head.rows.length
        break
      }
      case 'country-page-50':
        size = (await listArticles(db, { country }, { limit: a.limit })).length
        break
      case 'country-topic-unread-page-50':
        size = (await listArticles(db, { country, topic, unreadOnly: true }, { limit: a.limit })).length
        break
      case 'facets':
      case 'facets-country':
        if (appFacets) {
          // facetCounts(db, view): counts of every country, topic and outlet within the view.
          const view = a.kind === 'facets' ? { scope: { kind: 'all' } } : { scope: { kind: 'all' }, countries: [country] }
          const r = (await q[appFacets](db, view)) as Record<string, Map<string, number>>
          size = Object.values(r).reduce((n, m) => n + m.size, 0)
        } else {
          usedAppFunction = false
          const counts = await Promise.all([...a.allCountries.map((c) => countRange(`c:${c}`)), ...a.allTopics.map((t) => countRange(`t:${t}`))])
          size = counts.filter((n) => n > 0).length
        }
        break
      case 'search-memory':
        usedAppFunction = false
        size = await memorySearch(term)
        break
      case 'search-common':
      case 'search-prefix':
      case 'search-two-words':
      case 'search-miss':
        size = (await search(db, term, { limit: a.limit })).keys.length
        break
      case 'search-country-view':
        size = (await search(db, term, { limit: a.limit, view: { scope: { kind: 'all' }, countries: [country] } })).keys.length
        break
    }
    times.push(performance.now() - t0)
  }
  return { times, size, usedAppFunction }
}

export interface QueryPlan {
  /** Leaves out the in-memory search comparison, which reads every article into the page (minutes at a million). */
  skipMemorySearch?: boolean
  runs: number
  /** Not used since search is indexed (it runs `runs` times like the other queries); kept for run.ts's options. */
  searchRuns: number
  /** Not used, as searchRuns. */
  missRuns: number
}

export async function runQueries(s: Session, plan: QueryPlan, log: (l: string) => void): Promise<Record<string, QueryFigure>> {
  const countries = Object.keys(COUNTRY_NAMES)
  const topics = Object.keys(TOPIC_WORDS)
  const base = { countries, topics, allCountries: allCountryCodes(), allTopics: [...TOPICS], limit: PAGE_ROWS }
  const common = ['inflation', 'Deutschland', 'élection', 'Россия', '地震', 'الانتخابات', 'vaccine']
  const kinds: [QueryKind, number, string[], string][] = [
    ['country-page', plan.runs, common, "the article list's first read for one country, newest first: its first rows with their articles and the next keys (listHead, sizes from useViewList)"],
    ['country-topic-unread-page', plan.runs, common, "the article list's first read for country + topic + unread"],
    ['country-page-50', plan.runs, common, `first ${PAGE_ROWS} articles for one country, newest first (listArticles)`],
    ['country-topic-unread-page-50', plan.runs, common, `first ${PAGE_ROWS} articles for country + topic + unread`],
    ['facets', plan.runs, common, 'facet counts (every country, topic, outlet) of the unfiltered list'],
    ['facets-country', plan.runs, common, 'facet counts of the list filtered to one country'],
    ['search-common', plan.runs, common, `first ${PAGE_ROWS} hits of a frequent word (7 languages), as typed (the last word is a prefix)`],
    ['search-prefix', plan.runs, common.map((w) => [...w].slice(0, 3).join('')), `first ${PAGE_ROWS} hits of the first 3 characters of a frequent word (as typed)`],
    ['search-two-words', plan.runs, ['inflation officials', 'élection gouvernement', 'Россия выборы', 'the government', 'vaccine analysts'], `first ${PAGE_ROWS} hits of two words`],
    ['search-country-view', plan.runs, common, `first ${PAGE_ROWS} hits of a frequent word within one country's list`],
    ['search-miss', plan.runs, ['zqxjv'], 'a word in no article'],
    ['search-memory', plan.runs, [...common, 'zqxjv'], 'title + summary of every article kept in memory, scanned with includes(); frequent words and one in no article'],
  ]
  const out: Record<string, QueryFigure> = {}
  for (const [kind, runs, terms, note] of kinds.filter(([kind]) => !(plan.skipMemorySearch && kind === 'search-memory'))) {
    const warm = await s.page.evaluate(runInPage, { ...base, kind, runs: 1, terms }) // opens caches (builds the memory index); not counted
    const r = await s.page.evaluate(runInPage, { ...base, kind, runs, terms })
    out[kind] = { ...percentiles(r.times), resultSize: r.size, note, ...(r.usedAppFunction ? {} : { benchImplementation: true }) }
    if (kind === 'search-memory') {
      out[kind].indexBuildMs = Math.round(warm.times[0])
      out[kind].indexHeapMb = Math.round(await s.page.evaluate(() => ((window as unknown as { __searchIndex?: string[] }).__searchIndex ?? []).reduce((n, t) => n + t.length * 2, 0) / 2 ** 20))
      await s.page.evaluate(() => delete (window as unknown as { __searchIndex?: string[] }).__searchIndex) // not part of the app's heap
    }
    log(`queries: ${kind} p50 ${out[kind].p50} ms, p95 ${out[kind].p95} ms (${runs} runs, ${r.size} results)`)
  }
  return out
}

