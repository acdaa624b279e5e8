// Data step of version 34 (issue 15): each forward row (`search`) gets its article's country tokens ('\u0002FR' for
// every country in `countries`, none for a hidden article or a row without words), in the tokens-and-time form, and
// the posting lists get those tokens' records, so a search within a country intersects posting lists
// (search-join.ts) instead of reading the country's list rows. Reads each row's article (the truth). A background
// step: until it is done, search within a country reads the list rows as before. Frozen: the row and posting shapes
// of version 34, with its helpers copied here.
//
// Since 2026-12-07 (session 12) the forward rows are walked in time order (the list rows' keys), not by id: a batch
// of ids spans the whole library's days, so it posted about one record per hit, each in another part of the key
// space; a batch in time order spans a few days, so a few records per country, appended in key order. Rows whose
// value does not change are not written again. The rows and the (token, sortKey) hits stored are the same as the
// shipped walk's (tests/renderer/db/upgrade-step-d34.test.ts); a library that began the walk by id finishes it so.
import type { Dexie } from 'dexie'
import { outcomeOf, pageAfter, type DataStep } from './data-step'
import { measureStep, stepNow } from './step-marks'

export const COUNTRY_POSTINGS_STEP = 'v34-country-postings'

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

const sameRow = (a: SearchRowV34, b: SearchRowV34) => a.t === b.t && a.w.length === b.w.length && a.w.every((w, i) => w === b.w[i])

/** `page`'s rows with their articles' country tokens (`rows`, those without words left out), and those of them
 *  whose stored value changes (`changed`). */
function withArticlesV34(page: (SearchRowV34 | undefined)[], articles: (ArticleV34 | undefined)[]): { rows: SearchRowV34[]; changed: SearchRowV34[] } {
  const rows: SearchRowV34[] = []
  const changed: SearchRowV34[] = []
  page.forEach((row, i) => {
    const a = articles[i]
    const next = row && a && withCountriesV34(row, a.isHidden ? [] : a.countries)
    if (!next) return
    rows.push(next)
    if (!sameRow(row, next)) changed.push(next)
  })
  return { rows, changed }
}

/** Rows of `table` after `after` by id, with their articles' country tokens. */
async function pageWithCountriesV34(db: Dexie, table: string, after: string | undefined, limit: number) {
  const page = await pageAfter(db.table<SearchRowV34, string>(table), after, limit)
  if (page.length === 0) return { page, rows: [], changed: [] }
  // The articles of the same ids by one range read (they are keyed by id too): one request instead of one per id.
  const inRange = await db.table<ArticleV34, string>('articles').where(':id').between(page[0].id, page[page.length - 1].id, true, true).toArray()
  const byId = new Map(inRange.map((a) => [a.id, a]))
  return { page, ...withArticlesV34(page, page.map((r) => byId.get(r.id))) }
}

/** The forward rows of the articles whose list rows come after `after` (a sortKey), `limit` of them, oldest first:
 *  every stored article has a list row (version 15's step ran before this one), and an article written meanwhile
 *  gets its country tokens from writeArticles. */
async function timePageV34(db: Dexie, after: string | undefined, limit: number) {
  const lists = db.table<unknown, string>('lists')
  const keys = await (after === undefined ? lists.orderBy(':id') : lists.where(':id').above(after)).limit(limit).primaryKeys()
  const ids = keys.map((k) => k.slice(k.indexOf('|') + 1))
  // Read in id order (the stores' key order), not time order: neighbouring keys share LevelDB blocks.
  const sorted = [...ids].sort()
  const [page, articles] = await Promise.all([db.table<SearchRowV34, string>('search').bulkGet(sorted), db.table<ArticleV34, string>('articles').bulkGet(sorted)])
  const at = new Map(sorted.map((id, i) => [id, i]))
  const inTimeOrder = <T,>(rows: T[]) => ids.map((id) => rows[at.get(id)!])
  return { keys, ...withArticlesV34(inTimeOrder(page), inTimeOrder(articles)) }
}

/** Cursor prefixes: rows still queued by schemas 16–30 (`searchPending`) are given their tokens first, then the
 *  forward rows (in time order; by id for a library that began so before). A queued row the indexer moves meanwhile
 *  lands in `search`, which is walked after; once the queue was walked, every row the indexer moves carries its
 *  countries. */
const QUEUED = 'p:'
const FORWARD = 's:'
const BY_TIME = 't:'

const byIdV34 = (a: SearchRowV34, b: SearchRowV34) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

async function postV34(db: Dexie, rows: SearchRowV34[], changed: SearchRowV34[], batch: string): Promise<void> {
  const start = stepNow()
  // The forward rows in their key order: Chromium writes a batch in key order faster.
  await Promise.all([db.table('search').bulkPut([...changed].sort(byIdV34)), db.table('postings').bulkPut(countryPostingsV34(rows, batch))])
  measureStep('d34-write', start)
}

export const countryPostingsStep: DataStep = {
  name: COUNTRY_POSTINGS_STEP,
  tables: ['search', 'searchPending', 'postings', 'articles', 'lists'],
  isBackground: true,
  size: async (db) => (await db.table('search').count()) + (await db.table('searchPending').count()),
  async batch(db, cursor, limit) {
    if (cursor === undefined || cursor.startsWith(QUEUED)) {
      const { page, changed } = await pageWithCountriesV34(db, 'searchPending', cursor?.slice(QUEUED.length), limit)
      await db.table('searchPending').bulkPut(changed) // posted by the indexer, with the rest of the row
      const done = outcomeOf(page, limit, (r) => r.id)
      return { count: done.count, done: false, cursor: done.done ? BY_TIME : `${QUEUED}${done.cursor}` }
    }
    if (cursor.startsWith(BY_TIME) || cursor === FORWARD) {
      const after = cursor.slice(BY_TIME.length)
      const start = stepNow()
      const { keys, rows, changed } = await timePageV34(db, after === '' ? undefined : after, limit)
      measureStep('d34-read', start)
      // The batch's own key part (its first sortKey: apart from the walk by id's ids and the indexer's batch ids); a
      // batch run again writes the same records.
      if (keys.length) await postV34(db, rows, changed, `v34t-${keys[0]}`)
      const done = outcomeOf(keys, limit, (k) => k)
      return { ...done, cursor: done.cursor === undefined ? cursor : `${BY_TIME}${done.cursor}` }
    }
    const { page, rows, changed } = await pageWithCountriesV34(db, 'search', cursor.slice(FORWARD.length), limit)
    // The batch's own key part, as version 31's step: a batch run again writes the same records.
    if (page.length) await postV34(db, rows, changed, `v34-${page[0].id}`)
    const done = outcomeOf(page, limit, (r) => r.id)
    return { ...done, cursor: done.cursor === undefined ? cursor : `${FORWARD}${done.cursor}` }
  },
}
