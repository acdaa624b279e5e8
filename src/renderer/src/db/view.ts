// What the article list shows, as data: a scope from the sidebar plus facet filters, and how that becomes a
// plan over the tags table. Pure functions; the reading is in view-query.ts.
import type { CountryCode, TopicId } from '../../../shared/model'
import { tag } from './article-tags'

export type Scope =
  | { kind: 'all' }
  | { kind: 'unread' }
  /** since: sortKey lower bound, the ISO time of the reader's local midnight. */
  | { kind: 'today'; since: string }
  | { kind: 'starred' }
  | { kind: 'feed'; feedId: string }
  | { kind: 'folder'; feedIds: string[] }

export interface View {
  scope: Scope
  unreadOnly?: boolean
  /** Any of these (OR); the three facets combine with AND. */
  countries?: CountryCode[]
  topics?: TopicId[]
  outlets?: CountryCode[]
  /** None of these outlet countries: "about Brazil, from outlets outside Brazil". Articles whose feed has no
   *  outlet country set are kept, as nothing says they come from one of these. */
  excludeOutlets?: CountryCode[]
  order?: 'newest' | 'oldest'
}

/** One AND term: the article carries at least one of these base tags ('c:FR', 'f:<id>', 'all', 's'). */
export interface Group {
  tags: string[]
  /** Membership can be read from a tag row's `m` string (feed, country, topic, outlet tags can; 'all' and 's' not). */
  isCheckable: boolean
}

export interface Plan {
  isUnread: boolean
  /** Inclusive lower bound on sortKey (today). */
  since?: string
  groups: Group[]
  /** Base tags no listed article may carry (checked on `m`, so they never drive a scan). */
  excluded: string[]
  /** Nothing can match (a folder without feeds). */
  isEmpty: boolean
  /** With both a country and a topic filter: one group of cross tags ('c:FR+t:politics' for each pair) holding
   *  exactly the articles in both `replaces` groups. It has no counters; view-query.ts decides when it drives. */
  cross?: { group: Group; replaces: [Group, Group] }
}

/** More pairs than this and the country + topic filter is read the old way (one group drives, the other is tested):
 *  each pair is its own range, and merging many ranges for a first page costs more than filtering one. */
const MAX_CROSS_TAGS = 16

export function isUnreadView(v: View): boolean {
  return v.scope.kind === 'unread' || v.unreadOnly === true
}

export function hasFacetFilters(v: View): boolean {
  return Boolean(v.countries?.length || v.topics?.length || v.outlets?.length || v.excludeOutlets?.length)
}

function scopeGroup(scope: Scope): Group {
  switch (scope.kind) {
    case 'starred':
      return { tags: [tag.starred], isCheckable: false }
    case 'feed':
      return { tags: [tag.feed(scope.feedId)], isCheckable: true }
    case 'folder':
      return { tags: scope.feedIds.map(tag.feed), isCheckable: true }
    default:
      return { tags: [tag.all], isCheckable: false }
  }
}

export function planView(v: View): Plan {
  const facetGroup = (values: string[] | undefined, toTag: (x: string) => string): Group | undefined =>
    values?.length ? { tags: [...new Set(values)].map(toTag), isCheckable: true } : undefined
  const countries = facetGroup(v.countries, tag.country)
  const topics = facetGroup(v.topics, (x) => tag.topic(x as TopicId))
  const groups = [countries, topics, facetGroup(v.outlets, tag.outlet)].filter((g): g is Group => g !== undefined)
  const scope = scopeGroup(v.scope)
  // 'all' holds every article: as an AND term it only matters when nothing else narrows the list.
  if (scope.tags[0] !== tag.all || groups.length === 0) groups.unshift(scope)
  const pairs = countries && topics ? countries.tags.flatMap((c) => topics.tags.map((t) => tag.cross(c, t))) : []
  return {
    isUnread: isUnreadView(v),
    since: v.scope.kind === 'today' ? v.scope.since : undefined,
    groups,
    excluded: [...new Set(v.excludeOutlets ?? [])].map(tag.outlet),
    isEmpty: groups.some((g) => g.tags.length === 0),
    cross: countries && topics && pairs.length <= MAX_CROSS_TAGS ? { group: { tags: pairs, isCheckable: false }, replaces: [countries, topics] } : undefined,
  }
}

/** The tag whose rows hold a base tag's articles in this plan ('c:FR' → 'u:c:FR' for unread lists). */
export function rangeTag(plan: Plan, base: string): string {
  return plan.isUnread ? tag.unread(base) : base
}

/** True when the row's membership string satisfies every group except the driving one and carries none of the
 *  excluded tags. */
export function makeMembershipTest(others: Group[], excluded: string[] = []): ((m: string) => boolean) | undefined {
  if (others.length === 0 && excluded.length === 0) return undefined
  const needles = others.map((g) => g.tags.map((t) => ` ${t} `))
  const banned = excluded.map((t) => ` ${t} `)
  return (m) => needles.every((any) => any.some((n) => m.includes(n))) && !banned.some((n) => m.includes(n))
}

/** A stable string for a view, to key caches and effects. */
export function viewKey(v: View): string {
  return JSON.stringify([v.scope, v.unreadOnly ?? false, v.countries ?? [], v.topics ?? [], v.outlets ?? [], v.excludeOutlets ?? [], v.order ?? 'newest'])
}
