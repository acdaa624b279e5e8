// Data step of version 21 (issue 20): per-day counters ('d|<scope>|<YYYY-MM-DD>' rows of the counters table,
// db/day-counts.ts), built from the list rows alone: a row's sortKey starts with the publication time, and its
// membership string holds topics, outlet, countries, mentions and the unread flag, so no article is read. Runs after
// the list rows and the counters step (which clears the counters table), in one transaction like that step, so the
// reader's marks made meanwhile add their deltas to a complete table. Frozen: the day-counter shape of version 21.
import type { Table } from 'dexie'
import type { DataStep } from './data-step'

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

export const dayCountsStep: DataStep = {
  name: DAY_COUNTS_STEP,
  tables: ['lists', 'counters'],
  size: async () => 1,
  async batch(db) {
    const lists: Table<ListRowV21, string> = db.table('lists')
    const counters: Table<CounterRowV21, string> = db.table('counters')
    const sums: Sums = new Map()
    let last: string | undefined
    for (;;) {
      const page = await (last === undefined ? lists.orderBy(':id') : lists.where(':id').above(last)).limit(5000).toArray()
      for (const row of page) addRowV21(sums, row)
      if (page.length < 5000) break
      last = page[page.length - 1].s
    }
    await counters.where(':id').between('d|', 'd|\uffff').delete()
    await counters.bulkPut([...sums].map(([key, { n, f }]) => ({ key, n, f: Object.fromEntries(f) })))
    return { count: 1, done: true }
  },
}
