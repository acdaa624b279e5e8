// Per-day counters (issue 20): for each of the reader's local calendar days, how many articles of a scope were
// published that day and how many of them carry each facet tag. They are rows of the counters table keyed
// 'd|<scope>|<YYYY-MM-DD>', so writeArticles keeps them in the same transaction and with the same deltas as the
// other counters (counters.ts adds these scopes), and a time range, a sparkline or "rising" reads a few dozen small
// rows instead of scanning the articles of the range.
//
// Scopes kept per day: the whole library ('all'), its unread part ('u:all'), each topic ('t:sport'), each outlet
// country ('o:GB') and each topic × outlet country ('t:sport&o:GB', schema 32); each row counts the facet tags of its articles (about-countries 'c:', mentioned 'n:', topics,
// outlets). Other combinations (a feed, unread within a topic, two topics) are scanned for a time range, as before.
// Days are local days of the machine that wrote the row: after the reader moves to another time zone, older rows
// keep their old day boundaries until the counters are rebuilt (rebuildLists).
import type { Table } from 'dexie'
import { topicOutletScopes } from './coverage-scopes'
import type { CounterRow, StoredArticle } from './rows/types'
import { tag } from './vocab/tags'

type Dayable = Pick<StoredArticle, 'publishedAt' | 'topics' | 'outletCountry' | 'isRead'>

const PREFIX = 'd|'

/** The local calendar day of an ISO time, 'YYYY-MM-DD'; an unreadable time falls back to its own first ten chars. */
export function dayOf(iso: string): string {
  const t = new Date(iso)
  if (Number.isNaN(t.getTime())) return iso.slice(0, 10)
  return localDay(t)
}

/** 'YYYY-MM-DD' of a Date in local time. */
function localDay(t: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`
}

/** The counter key of a scope on a day. */
function dayKey(scope: string, day: string): string {
  return `${PREFIX}${scope}|${day}`
}

/** The per-day counter keys an article adds one to (counters.ts counts its facet tags in each). */
export function dayScopeKeys(a: Dayable): string[] {
  const day = dayOf(a.publishedAt)
  const scopes = [tag.all, ...new Set(a.topics.map(tag.topic))]
  if (a.outletCountry) scopes.push(tag.outlet(a.outletCountry))
  scopes.push(...topicOutletScopes(a)) // who covers whom within a topic over a time range (coverage-scopes.ts)
  if (!a.isRead) scopes.push(tag.unread(tag.all))
  return scopes.map((s) => dayKey(s, day))
}

/** The local days from `first` to `last` inclusive, oldest first. */
export function daysBetween(first: Date, last: Date): string[] {
  const days: string[] = []
  // Stepping the day field keeps local midnight across daylight-saving changes.
  for (let d = new Date(first.getFullYear(), first.getMonth(), first.getDate()); d <= last; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
    days.push(localDay(d))
  }
  return days
}

/** The scope's rows from `firstDay` on (later days included: an article may carry a date in the future). */
async function readDaysFrom(counters: Table<CounterRow, string>, scope: string, firstDay: string): Promise<CounterRow[]> {
  return counters.where(':id').between(dayKey(scope, firstDay), dayKey(scope, '\uffff'), true, true).toArray()
}

/** Facet tag → count summed over the scope's days from `firstDay` on: what a time range holds. */
export async function facetCountsSince(counters: Table<CounterRow, string>, scope: string, firstDay: string): Promise<Map<string, number>> {
  const sum = new Map<string, number>()
  for (const row of await readDaysFrom(counters, scope, firstDay)) {
    for (const [k, n] of Object.entries(row.f ?? {})) sum.set(k, (sum.get(k) ?? 0) + n)
  }
  return sum
}

/** Daily counts of every facet tag of the scope over the given days: tag → one count per day, in the days' order. */
export async function dailySeries(counters: Table<CounterRow, string>, scope: string, days: string[]): Promise<Map<string, number[]>> {
  const series = new Map<string, number[]>()
  if (days.length === 0) return series
  const rows = await counters.where(':id').between(dayKey(scope, days[0]), dayKey(scope, days[days.length - 1]), true, true).toArray()
  const index = new Map(days.map((d, i) => [d, i]))
  for (const row of rows) {
    const i = index.get(row.key.slice(row.key.lastIndexOf('|') + 1))
    if (i === undefined) continue
    for (const [k, n] of Object.entries(row.f ?? {})) {
      let s = series.get(k)
      if (!s) series.set(k, (s = Array.from({ length: days.length }, () => 0)))
      s[i] = n
    }
  }
  return series
}

/** Every day row of the table (tests and repairs): they sort after 'c:'… and before 'f:'… keys. */
export function allDayRows(counters: Table<CounterRow, string>): Promise<CounterRow[]> {
  return counters.where(':id').between(PREFIX, `${PREFIX}\uffff`, true, true).toArray()
}
