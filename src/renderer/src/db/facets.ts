// Facet counts for the current view: for each facet (countries, topics, outlets), how many articles of the view
// carry each value, counted with every filter except that facet's own, so that ticking a second country shows
// what it would add. A list unfiltered or filtered to one value reads its counters (counters.ts); other
// combinations scan the membership strings of their smallest driving tag (view-query.ts).
import type { CountryCode, TopicId } from '../../../shared/model'
import { tag } from './article-tags'
import { readFacetCounts } from './counters'
import type { MeridianDb } from './schema'
import { isUnreadView, type View } from './view'
import { scanMembership } from './view-query'

export interface FacetCounts {
  countries: Map<CountryCode, number>
  topics: Map<TopicId, number>
  outlets: Map<CountryCode, number>
}

type Dim = 'countries' | 'topics' | 'outlets'
const PREFIX: Record<Dim, string> = { countries: 'c:', topics: 't:', outlets: 'o:' }

/** The counter scopes whose sum is the view, or undefined when counters cannot answer (today, or filters on more
 *  than one value: an article about both France and Germany would be counted twice). */
function counterScopes(view: View): string[] | undefined {
  const u = (t: string) => (isUnreadView(view) ? tag.unread(t) : t)
  if (view.excludeOutlets?.length) return undefined // counters hold sums, not "every article but these"
  const filters = [...(view.countries ?? []).map(tag.country), ...(view.topics ?? []).map((t) => tag.topic(t)), ...(view.outlets ?? []).map(tag.outlet)]
  if (filters.length > 0) {
    const isWholeLibrary = view.scope.kind === 'all' || view.scope.kind === 'unread'
    return filters.length === 1 && isWholeLibrary ? [u(filters[0])] : undefined
  }
  switch (view.scope.kind) {
    case 'all':
    case 'unread':
      return [u(tag.all)]
    case 'starred':
      return [u(tag.starred)]
    case 'feed':
      return [u(tag.feed(view.scope.feedId))]
    case 'folder':
      return view.scope.feedIds.map((id) => u(tag.feed(id))) // feeds are disjoint, so sums are exact
    case 'today':
      return undefined
  }
}

async function countsFor(db: MeridianDb, view: View): Promise<Map<string, number>> {
  const scopes = counterScopes(view)
  if (!scopes) return (await scanMembership(db, view)).counts
  const sum = new Map<string, number>()
  for (const part of await Promise.all(scopes.map((s) => readFacetCounts(db.counters, s)))) {
    for (const [k, n] of part) sum.set(k, (sum.get(k) ?? 0) + n)
  }
  return sum
}

function pick<K extends string>(counts: Map<string, number>, prefix: string): Map<K, number> {
  const out = new Map<K, number>()
  for (const [k, n] of counts) if (k.startsWith(prefix)) out.set(k.slice(prefix.length) as K, n)
  return out
}

export async function facetCounts(db: MeridianDb, view: View): Promise<FacetCounts> {
  // Views that come out equal after dropping a facet's own filter share one count (the common case: one
  // facet filtered, so the other two facets are counted over the same filtered view).
  const cache = new Map<string, Promise<Map<string, number>>>()
  const forDim = (dim: Dim) => {
    const base: View = { ...view, [dim]: undefined, order: undefined }
    if (dim === 'outlets') base.excludeOutlets = undefined // the outlet facet is counted without its own filters
    const key = JSON.stringify(base)
    let p = cache.get(key)
    if (!p) cache.set(key, (p = countsFor(db, base)))
    return p.then((counts) => pick(counts, PREFIX[dim]))
  }
  const [countries, topics, outlets] = await Promise.all([forDim('countries'), forDim('topics'), forDim('outlets')])
  return { countries, topics: topics as Map<TopicId, number>, outlets }
}
