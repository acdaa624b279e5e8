// Facet counts for the current view: for each facet (countries, topics, outlets), how many articles of the view
// carry each value, counted with every filter except that facet's own, so that ticking a second country shows
// what it would add. A list unfiltered, or filtered to one or two values of one facet, reads its counters
// (counters.ts); other combinations scan the membership strings of their smallest driving tag (view-query.ts).
import type { CountryCode, TopicId } from '../../../shared/model'
import { tag } from './article-tags'
import { pairScope, readFacetCounts } from './counters'
import type { MeridianDb } from './schema'
import { isUnreadView, makeMembershipTest, planView, type Group, type View } from './view'
import { groupSize, listRange, scanMembership } from './view-query'

export interface FacetCounts {
  countries: Map<CountryCode, number>
  topics: Map<TopicId, number>
  outlets: Map<CountryCode, number>
}

type Dim = 'countries' | 'topics' | 'outlets'
const PREFIX: Record<Dim, string> = { countries: 'c:', topics: 't:', outlets: 'o:' }

/** Counter scopes whose counts, added and subtracted, are the view's. */
interface CounterTerms {
  add: string[]
  subtract: string[]
}

/** How counters give the view's facet counts, or undefined when they cannot (today, an excluded outlet, filters on
 *  more than two values, or on values of different facets: counters hold no "FR and politics" scope). Two values of
 *  one facet are the two values' counts minus their pair's (an article about both France and Germany counts once). */
function counterTerms(view: View): CounterTerms | undefined {
  const u = (t: string) => (isUnreadView(view) ? tag.unread(t) : t)
  const sum = (add: string[]): CounterTerms => ({ add, subtract: [] })
  if (view.excludeOutlets?.length) return undefined // counters hold sums, not "every article but these"
  if (view.includeMentions && view.countries?.length) return undefined // no scope holds "about or mentions FR"
  const byFacet = [(view.countries ?? []).map(tag.country), (view.topics ?? []).map((t) => tag.topic(t)), (view.outlets ?? []).map(tag.outlet)]
    .map((values) => [...new Set(values)])
    .filter((values) => values.length > 0)
  if (byFacet.length > 0) {
    const isWholeLibrary = view.scope.kind === 'all' || view.scope.kind === 'unread'
    if (!isWholeLibrary || byFacet.length > 1) return undefined
    const [values] = byFacet
    if (values.length === 1) return sum([u(values[0])])
    // Outlets have no pair scopes: an article has one outlet, so two outlets never overlap.
    if (values.length === 2) return { add: values.map(u), subtract: values[0].startsWith('o:') ? [] : [u(pairScope(values[0], values[1]))] }
    return undefined
  }
  switch (view.scope.kind) {
    case 'all':
    case 'unread':
      return sum([u(tag.all)])
    case 'starred':
      return sum([u(tag.starred)])
    case 'feed':
      return sum([u(tag.feed(view.scope.feedId))])
    case 'folder':
      return sum(view.scope.feedIds.map((id) => u(tag.feed(id)))) // feeds are disjoint, so sums are exact
    case 'label':
      return sum([u(tag.label(view.scope.labelId))])
    case 'today':
      return undefined
  }
}

async function countsFromCounters(db: MeridianDb, terms: CounterTerms): Promise<Map<string, number>> {
  const sum = new Map<string, number>()
  const [added, subtracted] = await Promise.all([terms.add, terms.subtract].map((scopes) => Promise.all(scopes.map((s) => readFacetCounts(db.counters, s)))))
  for (const [parts, sign] of [[added, 1], [subtracted, -1]] as const) {
    for (const part of parts) for (const [k, n] of part) sum.set(k, (sum.get(k) ?? 0) + sign * n)
  }
  for (const [k, n] of sum) if (n <= 0) sum.delete(k)
  return sum
}

const groupKey = (g: Group) => g.tags.join(' ')

/**
 * Counts several views that counters cannot answer with one scan, when they share a tag group: e.g. with countries
 * FR or DE and topic politics, the topic facet (views FR|DE) and the outlet facet (FR|DE and politics) both read
 * the FR and DE rows once, each testing its own other filters on the rows' membership strings. Undefined when
 * separate scans would read fewer rows.
 */
async function scanShared(db: MeridianDb, views: View[]): Promise<Map<string, number>[] | undefined> {
  const plans = views.map(planView)
  if (plans.some((p) => p.isEmpty || p.isUnread !== plans[0].isUnread || p.since !== plans[0].since)) return undefined
  const plan = plans[0]
  const common = plan.groups.filter((g) => plans.every((p) => p.groups.some((h) => groupKey(h) === groupKey(g))))
  // A group membership strings cannot check (starred, all) must be the one read.
  const usable = common.filter((g) => plans.every((p) => p.groups.every((h) => h.isCheckable || groupKey(h) === groupKey(g))))
  if (usable.length === 0) return undefined
  const sizes = new Map<string, number>()
  const sizeOf = async (g: Group) => {
    const k = groupKey(g)
    if (!sizes.has(k)) sizes.set(k, await groupSize(db, g))
    return sizes.get(k)!
  }
  const allGroups = [...new Map(plans.flatMap((p) => p.groups).map((g) => [groupKey(g), g])).values()]
  await Promise.all(allGroups.map(sizeOf))
  const shared = usable.reduce((best, g) => (sizes.get(groupKey(g))! < sizes.get(groupKey(best))! ? g : best))
  const separate = plans.reduce((sum, p) => sum + Math.min(...p.groups.map((g) => (g.isCheckable ? sizes.get(groupKey(g))! : Infinity))), 0)
  if (sizes.get(groupKey(shared))! > separate) return undefined

  const tests = plans.map((p) => makeMembershipTest(p.groups.filter((g) => groupKey(g) !== groupKey(shared)), p.excluded))
  const counts = plans.map(() => new Map<string, number>())
  const seen = shared.tags.length > 1 ? new Set<string>() : undefined
  for (const t of shared.tags) {
    const rows = await listRange(db, t, plan.since, false).toArray()
    for (const row of rows) {
      if (seen) {
        if (seen.has(row.s)) continue // an article under two tags of the group (FR and DE) counts once
        seen.add(row.s)
      }
      let tokens: string[] | undefined
      tests.forEach((test, i) => {
        if (test && !test(row.m)) return
        tokens ??= row.m.split(' ')
        for (const token of tokens) if (token) counts[i].set(token, (counts[i].get(token) ?? 0) + 1)
      })
    }
  }
  return counts
}

/** Facet-tag counts for each view: from counters where they can answer, the rest scanned (together when that reads less). */
async function countsForAll(db: MeridianDb, views: View[]): Promise<Map<string, number>[]> {
  const scopes = views.map(counterTerms)
  const scanned = views.filter((_, i) => !scopes[i])
  const shared = scanned.length > 1 ? await scanShared(db, scanned) : undefined
  let next = 0
  return Promise.all(
    views.map((v, i) => {
      const s = scopes[i]
      if (s) return countsFromCounters(db, s)
      const k = next++
      return shared ? Promise.resolve(shared[k]) : scanMembership(db, v).then((r) => r.counts)
    }),
  )
}

function pick<K extends string>(counts: Map<string, number>, prefix: string): Map<K, number> {
  const out = new Map<K, number>()
  for (const [k, n] of counts) if (k.startsWith(prefix)) out.set(k.slice(prefix.length) as K, n)
  return out
}

export async function facetCounts(db: MeridianDb, view: View): Promise<FacetCounts> {
  // Each facet is counted over the view without its own filter. Views that come out equal share one count (the
  // common case: one facet filtered, so the other two facets are counted over the same filtered view).
  const dims: Dim[] = ['countries', 'topics', 'outlets']
  const bases = new Map<string, View>()
  const keyOfDim = dims.map((dim) => {
    const base: View = { ...view, [dim]: undefined, order: undefined }
    if (dim === 'outlets') base.excludeOutlets = undefined // the outlet facet is counted without its own filters
    const key = JSON.stringify(base)
    bases.set(key, base)
    return key
  })
  const keys = [...bases.keys()]
  const counts = await countsForAll(db, [...bases.values()])
  const [countries, topics, outlets] = dims.map((dim, i) => pick(counts[keys.indexOf(keyOfDim[i])], PREFIX[dim]))
  // With "also articles that only mention it", a country counts both tiers (disjoint for any one article).
  if (view.includeMentions) for (const [c, n] of pick(counts[keys.indexOf(keyOfDim[0])], 'n:')) countries.set(c, (countries.get(c) ?? 0) + n)
  return { countries: countries as Map<CountryCode, number>, topics: topics as Map<TopicId, number>, outlets: outlets as Map<CountryCode, number> }
}
