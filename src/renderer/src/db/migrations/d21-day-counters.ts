// Data step of version 21 (issue 20): per-day counters ('d|<scope>|<YYYY-MM-DD>' rows of the counters table,
// db/day-counts.ts), built from the list rows alone: a row's sortKey starts with the publication time, and its
// membership string holds topics, outlet, countries, mentions and the unread flag, so no article is read. Runs after
// the list rows and the counters step (which clears the counters table). Frozen: the day-counter shape of version 21.
//
// A batch at a time, whole days per batch (issue 15; it was one transaction over every list row, 23 s at 100,000 on
// the loaded machine): list rows sit in time order and a day is a range of them, so a batch reads `limit` rows after
// its cursor, then the rest of its last row's day, and replaces those days' counter rows; the cursor is the key where
// the next day starts. The reader's writes meanwhile stay right: a day already counted is complete, and the deltas
// writeArticles adds to it keep it so; a day not counted yet gets its rows replaced by a count of its list rows as
// they are then, whatever deltas reached it before (a scope's row a delta emptied is deleted by writeArticles, and
// one a delta raised above zero has a list row of that day to be counted).
import type { Table } from 'dexie'
import { pageAfter, type DataStep } from './data-step'

export const DAY_COUNTS_STEP = 'v21-day-counters'

interface ListRowV21 {
  s: string
  m: string
}

interface CounterRowV21 {
  key: string
  n: number
  f?: Record<string, number>
}

type Sums = Map<string, { n: number; f: Map<string, number> }>

function localDayV21(iso: string): string {
  const t = new Date(iso)
  if (Number.isNaN(t.getTime())) return iso.slice(0, 10)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`
}

function addRowV21(sums: Sums, row: ListRowV21): void {
  const tokens = row.m.split(' ').filter(Boolean)
  const day = localDayV21(row.s.slice(0, row.s.indexOf('|')))
  const facets = tokens.filter((t) => /^[ctno]:/.test(t))
  const scopes = ['all', ...tokens.filter((t) => t.startsWith('t:') || t.startsWith('o:'))]
  if (tokens.includes('u')) scopes.push('u:all')
  for (const scope of scopes) {
    const key = `d|${scope}|${day}`
    let sum = sums.get(key)
    if (!sum) sums.set(key, (sum = { n: 0, f: new Map() }))
    sum.n++
    for (const f of facets) sum.f.set(f, (sum.f.get(f) ?? 0) + 1)
  }
}

/** The list-row key where the local day after `sortKey`'s starts: every row of that day sorts before it, the first
 *  row of the next day after it (a key is `${iso}|${id}`). A time that does not parse ends its batch at its own row. */
function nextDayKeyV21(sortKey: string): string {
  const t = new Date(sortKey.slice(0, sortKey.indexOf('|')))
  if (Number.isNaN(t.getTime())) return `${sortKey}\u0000`
  return new Date(t.getFullYear(), t.getMonth(), t.getDate() + 1).toISOString()
}

export const dayCountsStep: DataStep = {
  name: DAY_COUNTS_STEP,
  tables: ['lists', 'counters'],
  // Its units are list rows, one per article; sized before the list rows are built when both steps run.
  size: (db) => db.table('articles').count(),
  async batch(db, cursor, limit) {
    const lists: Table<ListRowV21, string> = db.table('lists')
    const counters: Table<CounterRowV21, string> = db.table('counters')
    // Day rows written before the step began (none, unless an older run was cut short) would outlive a day that lost
    // every article; the first batch starts from an empty set.
    if (cursor === undefined) await counters.where(':id').between('d|', 'd|\uffff').delete()
    const page = await pageAfter(lists, cursor, limit)
    if (page.length === 0) return { cursor, count: 0, done: true }
    const last = page[page.length - 1].s
    const next = nextDayKeyV21(last)
    const rest = page.length < limit ? [] : await lists.where(':id').between(last, next, false, false).toArray()
    const sums: Sums = new Map()
    for (const row of page) addRowV21(sums, row)
    for (const row of rest) addRowV21(sums, row)
    await counters.bulkPut([...sums].map(([key, { n, f }]) => ({ key, n, f: Object.fromEntries(f) })))
    return { cursor: next, count: page.length + rest.length, done: page.length < limit }
  },
}
