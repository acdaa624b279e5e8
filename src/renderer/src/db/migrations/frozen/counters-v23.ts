// Frozen copy of the counters as they were at schema version 23 (counters.ts), computed from list rows' membership
// strings (frozen/list-rows-v23.ts) instead of articles, for the data step that rebuilds counters
// (d14-counters.ts). Never edit: an upgrade must do what it did when it shipped.

export interface CounterRowV23 {
  key: string
  n: number
  f?: Record<string, number>
}

export type CounterTotalsV23 = Map<string, { n: number; f: Map<string, number> }>

const pairScope = (a: string, b: string) => (a < b ? `${a}&${b}` : `${b}&${a}`)

function pairScopes(facets: string[]): string[] {
  const pairs: string[] = []
  for (const prefix of ['c:', 't:']) {
    const values = facets.filter((t) => t.startsWith(prefix))
    for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) pairs.push(pairScope(values[i], values[j]))
  }
  return pairs
}

/** The scopes a list row's article adds one to, and the facet tags it adds one to within each. */
function scopesOfMembershipV23(m: string): { scopes: string[]; facets: string[] } {
  const tokens = m.split(' ').filter(Boolean)
  const feed = tokens.find((t) => t.startsWith('f:'))
  const facets = tokens.filter((t) => /^[cto]:/.test(t))
  const scopes = ['all', ...(feed ? [feed] : []), ...facets, ...pairScopes(facets)]
  const counted = [...facets, ...tokens.filter((t) => t.startsWith('n:'))]
  if (tokens.includes('s')) scopes.push('s')
  if (tokens.includes('u')) scopes.push(...scopes.map((s) => `u:${s}`))
  return { scopes, facets: counted }
}

export function addCountsOfRowsV23(totals: CounterTotalsV23, memberships: string[]): void {
  for (const m of memberships) {
    const { scopes, facets } = scopesOfMembershipV23(m)
    for (const s of scopes) {
      let d = totals.get(s)
      if (!d) totals.set(s, (d = { n: 0, f: new Map() }))
      d.n += 1
      for (const f of facets) d.f.set(f, (d.f.get(f) ?? 0) + 1)
    }
  }
}

export function counterRowsV23(totals: CounterTotalsV23): CounterRowV23[] {
  return [...totals].filter(([, d]) => d.n > 0).map(([key, d]) => ({ key, n: d.n, f: Object.fromEntries([...d.f].filter(([, v]) => v > 0)) }))
}
