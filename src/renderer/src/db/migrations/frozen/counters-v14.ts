// Frozen copy of the counter helpers as they were at schema version 14 (counters.ts before the mentions tier), for
// the upgrades that rebuild counters. Never edit: an upgrade must do what it did when it shipped.
import type { Table } from 'dexie'
import { facetTagsV14, tagV14, type ArticleV14 } from './tag-rows-v14'

export interface CounterRowV14 {
  key: string
  n: number
  f?: Record<string, number>
}

export type CounterDeltasV14 = Map<string, { n: number; f: Map<string, number> }>

const pairScope = (a: string, b: string) => (a < b ? `${a}&${b}` : `${b}&${a}`)

function pairScopes(facets: string[]): string[] {
  const pairs: string[] = []
  for (const prefix of ['c:', 't:']) {
    const values = facets.filter((t) => t.startsWith(prefix))
    for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) pairs.push(pairScope(values[i], values[j]))
  }
  return pairs
}

function counterScopesV14(a: ArticleV14): { scopes: string[]; facets: string[] } {
  const facets = facetTagsV14(a).filter((t) => !t.startsWith('f:'))
  const scopes = [tagV14.all, tagV14.feed(a.feedId), ...facets, ...pairScopes(facets)]
  if (a.isStarred) scopes.push(tagV14.starred)
  if (!a.isRead) scopes.push(...scopes.map(tagV14.unread))
  return { scopes, facets }
}

export function addCounterDeltasV14(deltas: CounterDeltasV14, articles: ArticleV14[]): CounterDeltasV14 {
  for (const a of articles) {
    const { scopes, facets } = counterScopesV14(a)
    for (const s of scopes) {
      let d = deltas.get(s)
      if (!d) deltas.set(s, (d = { n: 0, f: new Map() }))
      d.n += 1
      for (const f of facets) d.f.set(f, (d.f.get(f) ?? 0) + 1)
    }
  }
  return deltas
}

export async function rebuildCountersV14(counters: Table<CounterRowV14, string>, totals: CounterDeltasV14): Promise<void> {
  await counters.clear()
  const rows = [...totals].filter(([, d]) => d.n > 0).map(([key, d]) => ({ key, n: d.n, f: Object.fromEntries([...d.f].filter(([, v]) => v > 0)) }))
  await counters.bulkPut(rows)
}
