// Materialised counts, kept in step by writeArticles: how many articles each list holds, and per list how many
// carry each country, topic and outlet tag. IndexedDB counts by walking the range (O(n) in Chromium), so the
// sidebar's numbers and the facet counts of a plain list come from here in one small range read instead.
//
// Keys: a scope alone ('all', 'u:all', 's', 'u:s', 'f:<id>', 'u:f:<id>', and every facet value 'c:FR', 'u:t:sport')
// is that list's size; `${scope}\x01${facet}` (facet = 'c:FR', 't:sport', 'o:GB') is how many articles of the scope
// carry the facet. Pairs of values of one facet are scopes too ('c:DE&c:FR', articles carrying both), so a list
// filtered to either of two values is counted as the first's counts plus the second's minus the pair's.
import type { Table } from 'dexie'
import { facetTags, tag, type ArticleChange } from './article-tags'
import type { CounterRow, StoredArticle } from './schema'

export const FACET_SEP = '\u0001'

type Countable = Pick<StoredArticle, 'feedId' | 'countries' | 'topics' | 'outletCountry' | 'isRead' | 'isStarred'>

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

/** Every counter an article adds one to. Each facet value is a scope too ('c:FR' → its topics and outlets), and
 *  each pair of values of one facet, so the facet counts of a list filtered to one or two values come from counters. */
export function counterKeys(a: Countable): string[] {
  const facets = facetTags(a).filter((t) => !t.startsWith('f:'))
  const scopes = [tag.all, tag.feed(a.feedId), ...facets, ...pairScopes(facets)]
  if (a.isStarred) scopes.push(tag.starred)
  if (!a.isRead) scopes.push(...scopes.map(tag.unread))
  const keys: string[] = []
  for (const s of scopes) {
    keys.push(s)
    for (const f of facets) keys.push(`${s}${FACET_SEP}${f}`)
  }
  return keys
}

/** Net change per counter key for a batch of article changes; zero deltas are left out. */
export function counterDeltas(changes: ArticleChange[]): Map<string, number> {
  return addCounterDeltas(new Map(), changes)
}

/** Adds the changes' counter deltas to `deltas` (which may already hold others); keys netting to zero are removed. */
export function addCounterDeltas(deltas: Map<string, number>, changes: ArticleChange[]): Map<string, number> {
  const touched = new Set<string>()
  const add = (keys: string[], d: number) => {
    for (const k of keys) {
      deltas.set(k, (deltas.get(k) ?? 0) + d)
      touched.add(k)
    }
  }
  for (const { before, after } of changes) {
    if (before) add(counterKeys(before), -1)
    if (after) add(counterKeys(after), 1)
  }
  for (const k of touched) if (deltas.get(k) === 0) deltas.delete(k)
  return deltas
}

export async function applyCounterDeltas(counters: Table<CounterRow, string>, deltas: Map<string, number>): Promise<void> {
  if (deltas.size === 0) return
  const keys = [...deltas.keys()]
  const rows = await counters.bulkGet(keys)
  const puts: CounterRow[] = []
  const deletes: string[] = []
  keys.forEach((key, i) => {
    const n = (rows[i]?.n ?? 0) + (deltas.get(key) ?? 0)
    if (n > 0) puts.push({ key, n })
    else deletes.push(key)
  })
  if (deletes.length) await counters.bulkDelete(deletes)
  if (puts.length) await counters.bulkPut(puts)
}

export async function rebuildCounters(counters: Table<CounterRow, string>, totals: Map<string, number>): Promise<void> {
  await counters.bulkPut([...totals].filter(([, n]) => n > 0).map(([key, n]) => ({ key, n })))
}

/** Sizes of whole lists (scope keys); missing = 0. */
export async function readTotals(counters: Table<CounterRow, string>, scopes: string[]): Promise<number[]> {
  const rows = await counters.bulkGet(scopes)
  return rows.map((r) => r?.n ?? 0)
}

/** Facet tag → count within one scope, from one range read. */
export async function readFacetCounts(counters: Table<CounterRow, string>, scope: string): Promise<Map<string, number>> {
  const prefix = `${scope}${FACET_SEP}`
  const rows = await counters.where('key').between(prefix, prefix + '\uffff', true, true).toArray()
  return new Map(rows.map((r) => [r.key.slice(prefix.length), r.n]))
}

/** The counter holding the number of rows of a tag's range: every listed tag is a scope. */
export function counterKeyOfTag(t: string): string {
  return t
}
