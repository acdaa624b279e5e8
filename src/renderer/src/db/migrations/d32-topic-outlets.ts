// Data step of version 32 (issue 20): the counters of who covers whom within a topic (db/coverage-scopes.ts): per
// topic and outlet country 't:<topic>&o:<outlet>', its unread twin 'u:t:<topic>&o:<outlet>' and its day rows
// 'd|t:<topic>&o:<outlet>|<YYYY-MM-DD>', counted from the topic's list rows alone (the membership string holds the
// outlet, the facet tags and the unread flag; the sortKey the publication time). One topic at a time: a batch reads
// a topic's whole list and replaces the topic's rows with absolute counts in its transaction, so the deltas the
// reader's writes made meanwhile to a topic not yet reached are overwritten by the truth, and those made after it to
// complete rows add up. A batch takes topics until it has read `limit` list rows (at least one topic). Nothing the
// list shows depends on it (a background step); coverage.ts scans a topic's matrix until it is done.
// Frozen: the counter shapes of version 32, with its helpers copied here.
import type { Table } from 'dexie'
import type { DataStep } from './data-step'

export const TOPIC_OUTLETS_STEP = 'v32-topic-outlets'

interface ListRowV32 {
  s: string
  m: string
}

interface CounterRowV32 {
  key: string
  n: number
  f?: Record<string, number>
}

type SumsV32 = Map<string, { n: number; f: Map<string, number> }>

function localDayV32(iso: string): string {
  const t = new Date(iso)
  if (Number.isNaN(t.getTime())) return iso.slice(0, 10)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`
}

/** The topics that hold articles: their counter rows, pairs ('t:a&t:b') and topic × outlet rows left out. */
async function topicsV32(counters: Table<CounterRowV32, string>): Promise<string[]> {
  const keys = await counters.where(':id').between('t:', 't;', true, false).primaryKeys()
  return keys.filter((k) => !k.includes('&')).map((k) => k.slice(2))
}

function addRowV32(sums: SumsV32, topic: string, row: ListRowV32): void {
  const tokens = row.m.split(' ').filter(Boolean)
  const outlet = tokens.find((t) => t.startsWith('o:'))
  if (!outlet) return
  const scope = `t:${topic}&${outlet}`
  const keys = [scope, `d|${scope}|${localDayV32(row.s.slice(0, row.s.indexOf('|')))}`]
  if (tokens.includes('u')) keys.push(`u:${scope}`)
  const facets = tokens.filter((t) => /^[ctno]:/.test(t))
  for (const key of keys) {
    let sum = sums.get(key)
    if (!sum) sums.set(key, (sum = { n: 0, f: new Map() }))
    sum.n++
    for (const f of facets) sum.f.set(f, (sum.f.get(f) ?? 0) + 1)
  }
}

/** Replaces one topic's topic × outlet rows with counts from its list rows; resolves with the rows read. */
async function rebuildTopicV32(lists: Table<ListRowV32, string>, counters: Table<CounterRowV32, string>, topic: string): Promise<number> {
  const rows = await lists.where('k').between([`t:${topic}`, ''], [`t:${topic}`, '\uffff']).toArray()
  const sums: SumsV32 = new Map()
  for (const row of rows) addRowV32(sums, topic, row)
  for (const prefix of [`t:${topic}&o:`, `u:t:${topic}&o:`, `d|t:${topic}&o:`]) await counters.where(':id').between(prefix, `${prefix}\uffff`).delete()
  await counters.bulkPut([...sums].map(([key, { n, f }]) => ({ key, n, f: Object.fromEntries(f) })))
  return rows.length
}

export const topicOutletsStep: DataStep = {
  name: TOPIC_OUTLETS_STEP,
  tables: ['lists', 'counters'],
  isBackground: true,
  size: async (db) => (await topicsV32(db.table('counters'))).length,
  async batch(db, cursor, limit) {
    const lists: Table<ListRowV32, string> = db.table('lists')
    const counters: Table<CounterRowV32, string> = db.table('counters')
    const topics = (await topicsV32(counters)).filter((t) => cursor === undefined || t > cursor)
    let read = 0
    let count = 0
    for (const topic of topics) {
      if (count > 0 && read >= limit) break
      read += await rebuildTopicV32(lists, counters, topic)
      count++
    }
    return { cursor: count ? topics[count - 1] : cursor, count, done: count === topics.length }
  },
}
