// Materialised counts, kept in step by writeArticles: how many articles each list holds, and per list how many
// carry each country, topic and outlet tag. IndexedDB counts by walking the range (O(n) in Chromium), so the
// sidebar's numbers and the facet counts of a plain list come from here in one small read instead.
//
// One row per scope: 'all', 'u:all', 's', 'u:s', 'f:<id>', 'u:f:<id>', and every facet value ('c:FR', 'u:t:sport').
// Its `n` is the list's size, its `f` how many of the list's articles carry each facet tag ('c:FR', 't:sport',
// 'o:GB'). Pairs of values of one facet are scopes too ('c:DE&c:FR', articles carrying both), so a list filtered to
// either of two values is counted as the first's counts plus the second's minus the pair's. A row per scope rather
// than per (scope, facet): an unread article touches ~20 scopes but ~110 (scope, facet) pairs, and IndexedDB costs
// per request (measured: 5,000 articles of 100 feeds and 60 countries wrote in 30.7 s with a row per pair, 11.6 s
// with a row per scope, 8.2–9.6 s without counters).
import type { Table } from 'dexie'
import { topicOutletScopes } from './coverage-scopes'
import { dayScopeKeys } from './day-counts'
import { facetTags, labelTags, mentionTags, tag } from './vocab/tags'
import type { CounterRow, StoredArticle } from './rows/types'

/** Net changes per scope: to its size (n) and to its count of each facet tag (f). */
export type CounterDeltas = Map<string, { n: number; f: Map<string, number> }>

type Countable = Pick<StoredArticle, 'feedId' | 'countries' | 'topics' | 'outletCountry' | 'isRead' | 'isStarred' | 'mentions' | 'isHidden' | 'labels' | 'publishedAt'>
/** An ArticleChange as counters see it. */
type CountableChange = { before?: Countable; after?: Countable }

/** The scope of the articles carrying both facet tags (of one facet), in a fixed order. */
export function pairScope(a: string, b: string): string {
  return a < b ? `${a}&${b}` : `${b}&${a}`
}

/** Every pair of the article's values within each facet (countries, topics): 'c:DE&c:FR'. */
function pairScopes(facets: string[]): string[] {
  const pairs: string[] = []
  for (const prefix of ['c:', 't:']) {
    const values = facets.filter((t) => t.startsWith(prefix))
    for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) pairs.push(pairScope(values[i], values[j]))
  }
  return pairs
}

/** The scopes an article adds one to, and the facet tags it adds one to within each. Each facet value is a scope
 *  too ('c:FR' → its topics and outlets), and each pair of values of one facet, so the facet counts of a list
 *  filtered to one or two values come from counters. */
function counterScopes(a: Countable): { scopes: string[]; facets: string[] } {
  // A hidden article counts only in 'h' (and 'u:h'): hidden ones are in no other count (issue 19).
  if (a.isHidden) return { scopes: a.isRead ? [tag.hidden] : [tag.hidden, tag.unread(tag.hidden)], facets: [] }
  const facets = facetTags(a).filter((t) => !t.startsWith('f:'))
  const scopes = [tag.all, tag.feed(a.feedId), ...facets, ...pairScopes(facets), ...labelTags(a), ...topicOutletScopes(a)]
  // Mentioned countries are counted within every scope ('n:DE'), so the country facet can add them when the reader
  // asks; they are not scopes of their own (a list of "mentions DE" is scanned, see facets.ts).
  facets.push(...mentionTags(a))
  if (a.isStarred) scopes.push(tag.starred)
  if (!a.isRead) scopes.push(...scopes.map(tag.unread))
  scopes.push(...dayScopeKeys(a)) // per-day counters (day-counts.ts)
  return { scopes, facets }
}

/** Net counter changes for a batch of article changes. */
export function counterDeltas(changes: CountableChange[]): CounterDeltas {
  return addCounterDeltas(new Map(), changes)
}

/** Adds the changes' counter deltas to `deltas` (which may already hold others). */
export function addCounterDeltas(deltas: CounterDeltas, changes: CountableChange[]): CounterDeltas {
  const add = (a: Countable, sign: number) => {
    const { scopes, facets } = counterScopes(a)
    for (const s of scopes) {
      let d = deltas.get(s)
      if (!d) deltas.set(s, (d = { n: 0, f: new Map() }))
      d.n += sign
      for (const f of facets) d.f.set(f, (d.f.get(f) ?? 0) + sign)
    }
  }
  for (const { before, after } of changes) {
    if (before) add(before, -1)
    if (after) add(after, 1)
  }
  return deltas
}

/** The row after adding a delta; undefined when the scope holds no article any more. */
function applyDelta(row: CounterRow | undefined, key: string, d: { n: number; f: Map<string, number> }): CounterRow | undefined {
  const n = (row?.n ?? 0) + d.n
  if (n <= 0) return undefined
  const f: Record<string, number> = { ...row?.f }
  for (const [facet, change] of d.f) {
    const v = (f[facet] ?? 0) + change
    if (v > 0) f[facet] = v
    else delete f[facet]
  }
  return { key, n, f }
}

const isNoChange = (d: { n: number; f: Map<string, number> }) => d.n === 0 && [...d.f.values()].every((v) => v === 0)

export async function applyCounterDeltas(counters: Table<CounterRow, string>, deltas: CounterDeltas): Promise<void> {
  const keys = [...deltas].filter(([, d]) => !isNoChange(d)).map(([k]) => k)
  if (keys.length === 0) return
  const rows = await counters.bulkGet(keys)
  const puts: CounterRow[] = []
  const deletes: string[] = []
  keys.forEach((key, i) => {
    const next = applyDelta(rows[i], key, deltas.get(key)!)
    if (next) puts.push(next)
    else deletes.push(key)
  })
  if (deletes.length) await counters.bulkDelete(deletes)
  if (puts.length) await counters.bulkPut(puts)
}

export async function rebuildCounters(counters: Table<CounterRow, string>, totals: CounterDeltas): Promise<void> {
  await counters.bulkPut([...totals].map(([key, d]) => applyDelta(undefined, key, d)).filter((r): r is CounterRow => r !== undefined))
}

/** Sizes of whole lists (scope keys); missing = 0. */
export async function readTotals(counters: Table<CounterRow, string>, scopes: string[]): Promise<number[]> {
  const rows = await counters.bulkGet(scopes)
  return rows.map((r) => r?.n ?? 0)
}

/** Facet tag → count within one scope, from one read. */
export async function readFacetCounts(counters: Table<CounterRow, string>, scope: string): Promise<Map<string, number>> {
  return new Map(Object.entries((await counters.get(scope))?.f ?? {}))
}

/** The counter holding the number of rows of a tag's range: every listed tag is a scope. */
export function counterKeyOfTag(t: string): string {
  return t
}
