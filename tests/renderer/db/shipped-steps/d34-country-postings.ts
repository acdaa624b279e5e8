// Version 34's data step exactly as shipped (commit 0eb6618), kept as the oracle of upgrade-step-d34.test.ts: the
// step in migrations/ may change how it walks, never what it stores.
// Data step of version 34 (issue 15): each forward row (`search`) gets its article's country tokens ('\u0002FR' for
// every country in `countries`, none for a hidden article or a row without words), in the tokens-and-time form, and
// the posting lists get those tokens' records, so a search within a country intersects posting lists
// (search-join.ts) instead of reading the country's list rows. Walks the rows by id and reads the same ids' articles
// (the truth). A background step: until it is done, search within a country reads the list rows as before.
// Frozen: the row and posting shapes of version 34, with its helpers copied here.
import type { Dexie } from 'dexie'
import { outcomeOf, pageAfter, type DataStep } from '../../../../src/renderer/src/db/migrations/data-step'

const COUNTRY_POSTINGS_STEP = 'v34-country-postings'

interface SearchRowV34 {
  id: string
  t?: string
  w: string[]
}

interface ArticleV34 {
  id: string
  countries: string[]
  isHidden?: boolean
}

const SEP_V34 = '\u0001'
const COUNTRY_MARK_V34 = '\u0002'

/** The row in the tokens-and-time form, its country tokens replaced by `countries`'; undefined when it has no words. */
function withCountriesV34(row: SearchRowV34, countries: string[]): SearchRowV34 | undefined {
  const time = row.t ?? (row.w.length ? row.w[0].slice(row.w[0].indexOf(SEP_V34) + 1) : undefined)
  const tokens = (row.t !== undefined ? row.w : row.w.map((e) => e.slice(0, e.indexOf(SEP_V34)))).filter((w) => !w.startsWith(COUNTRY_MARK_V34))
  if (time === undefined || tokens.length === 0) return undefined
  return { id: row.id, t: time, w: [...tokens, ...new Set(countries.map((c) => `${COUNTRY_MARK_V34}${c}`))] }
}

function countryPostingsV34(rows: SearchRowV34[], batch: string): { k: string; s: string[] }[] {
  const lists = new Map<string, string[]>()
  for (const row of rows) {
    for (const token of row.w) {
      if (!token.startsWith(COUNTRY_MARK_V34)) continue
      const k = `${token}${SEP_V34}${row.t!.slice(0, 10)}${SEP_V34}${batch}`
      const list = lists.get(k)
      if (list) list.push(`${row.t!}|${row.id}`)
      else lists.set(k, [`${row.t!}|${row.id}`])
    }
  }
  return [...lists.keys()].sort().map((k) => ({ k, s: lists.get(k)! }))
}

/** Rows of `table` after `after` with their articles' country tokens; those without words are left out. */
async function pageWithCountriesV34(db: Dexie, table: string, after: string | undefined, limit: number): Promise<{ page: SearchRowV34[]; rows: SearchRowV34[] }> {
  const page = await pageAfter(db.table<SearchRowV34, string>(table), after, limit)
  if (page.length === 0) return { page, rows: [] }
  // The articles of the same ids by one range read (they are keyed by id too): one request instead of one per id.
  const inRange = await db.table<ArticleV34, string>('articles').where(':id').between(page[0].id, page[page.length - 1].id, true, true).toArray()
  const byId = new Map(inRange.map((a) => [a.id, a]))
  const rows: SearchRowV34[] = []
  for (const row of page) {
    const a = byId.get(row.id)
    const next = a && withCountriesV34(row, a.isHidden ? [] : a.countries)
    if (next) rows.push(next)
  }
  return { page, rows }
}

/** Cursor prefixes: rows still queued by schemas 16–30 (`searchPending`) are given their tokens first, then the
 *  forward rows. A queued row the indexer moves meanwhile lands in `search`, which is walked after; once the queue
 *  was walked, every row the indexer moves carries its countries. */
const QUEUED = 'p:'
const FORWARD = 's:'

export const countryPostingsStep: DataStep = {
  name: COUNTRY_POSTINGS_STEP,
  tables: ['search', 'searchPending', 'postings', 'articles'],
  isBackground: true,
  size: async (db) => (await db.table('search').count()) + (await db.table('searchPending').count()),
  async batch(db, cursor, limit) {
    if (cursor === undefined || cursor.startsWith(QUEUED)) {
      const { page, rows } = await pageWithCountriesV34(db, 'searchPending', cursor?.slice(QUEUED.length), limit)
      await db.table('searchPending').bulkPut(rows) // posted by the indexer, with the rest of the row
      const done = outcomeOf(page, limit, (r) => r.id)
      return { count: done.count, done: false, cursor: done.done ? FORWARD : `${QUEUED}${done.cursor}` }
    }
    const after = cursor.slice(FORWARD.length)
    const { page, rows } = await pageWithCountriesV34(db, 'search', after === '' ? undefined : after, limit)
    // The batch's own key part, as version 31's step: a batch run again writes the same records.
    const batch = `v34-${page.length ? page[0].id : ''}`
    await Promise.all([db.table('search').bulkPut(rows), db.table('postings').bulkPut(countryPostingsV34(rows, batch))])
    const done = outcomeOf(page, limit, (r) => r.id)
    return { ...done, cursor: done.cursor === undefined ? cursor : `${FORWARD}${done.cursor}` }
  },
}
