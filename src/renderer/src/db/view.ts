// What the article list shows, as data: a scope from the sidebar plus facet filters, and how that becomes a
// plan over the lists index (schema.ts). Pure functions; the reading is in view-query.ts.
import type { CountryCode, TopicId } from '../../../shared/model'
import { tag, UNREAD_FLAG } from './article-tags'

export type Scope =
  | { kind: 'all' }
  | { kind: 'unread' }
  /** since: sortKey lower bound, the ISO time of the reader's local midnight. */
  | { kind: 'today'; since: string }
  | { kind: 'starred' }
  | { kind: 'feed'; feedId: string }
  | { kind: 'folder'; feedIds: string[] }
  | { kind: 'label'; labelId: string }

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
  /** The country filter also lists articles that only mention the country (the `mentions` tier); off by default. */
  includeMentions?: boolean
  /** Also list the articles rules hid (issue 19); they are still not counted. */
  showHidden?: boolean
}

/** One AND term: the article is in at least one of these lists ('c:FR', 'f:<id>', 'all', 's', 'u:all'). */
export interface Group {
  tags: string[]
  /** Membership can be read from a list row's `m` string (every list but 'all' can). */
  isCheckable: boolean
}

export interface Plan {
  isUnread: boolean
  /** Inclusive lower bound on sortKey (today). */
  since?: string
  groups: Group[]
  /** Tags no listed article may carry (checked on `m`, so they never drive a scan). */
  excluded: string[]
  /** Nothing can match (a folder without feeds). */
  isEmpty: boolean
}

export function isUnreadView(v: View): boolean {
  return v.scope.kind === 'unread' || v.unreadOnly === true
}

export function hasFacetFilters(v: View): boolean {
  return Boolean(v.countries?.length || v.topics?.length || v.outlets?.length || v.excludeOutlets?.length)
}

function scopeGroup(scope: Scope): Group {
  switch (scope.kind) {
    case 'starred':
      return { tags: [tag.starred], isCheckable: true }
    case 'feed':
      return { tags: [tag.feed(scope.feedId)], isCheckable: true }
    case 'folder':
      return { tags: scope.feedIds.map(tag.feed), isCheckable: true }
    case 'label':
      return { tags: [tag.label(scope.labelId)], isCheckable: true }
    default:
      return { tags: [tag.all], isCheckable: false }
  }
}

/** Unread is a list of its own ('u:all') that other lists are tested against (or tested on, when smaller). */
const UNREAD: Group = { tags: [tag.unread(tag.all)], isCheckable: true }

export function planView(v: View): Plan {
  const facetGroup = (values: string[] | undefined, toTags: (x: string) => string[]): Group | undefined =>
    values?.length ? { tags: [...new Set(values.flatMap(toTags))], isCheckable: true } : undefined
  const countryTags = (c: string) => (v.includeMentions ? [tag.country(c), tag.mention(c)] : [tag.country(c)])
  const groups = [facetGroup(v.countries, countryTags), facetGroup(v.topics, (x) => [tag.topic(x as TopicId)]), facetGroup(v.outlets, (x) => [tag.outlet(x)])].filter(
    (g): g is Group => g !== undefined,
  )
  const scope = scopeGroup(v.scope)
  if (isUnreadView(v)) groups.push(UNREAD)
  // 'all' holds every article: as an AND term it only matters when nothing else narrows the list.
  if (scope.tags[0] !== tag.all || groups.length === 0) groups.unshift(scope)
  return {
    isUnread: isUnreadView(v),
    since: v.scope.kind === 'today' ? v.scope.since : undefined,
    groups,
    excluded: [...new Set(v.excludeOutlets ?? [])].map(tag.outlet),
    isEmpty: groups.some((g) => g.tags.length === 0),
  }
}

/** The text a list's membership shows in `m`: ' c:FR ', and the flags ' u ' (unread) and ' s ' (starred). */
function needleOf(t: string): string {
  return t === tag.unread(tag.all) ? ` ${UNREAD_FLAG} ` : ` ${t} `
}

/** True when the row's membership string satisfies every group except the driving one and carries none of the
 *  excluded tags. */
export function makeMembershipTest(others: Group[], excluded: string[] = []): ((m: string) => boolean) | undefined {
  if (others.length === 0 && excluded.length === 0) return undefined
  const needles = others.map((g) => g.tags.map(needleOf))
  const banned = excluded.map(needleOf)
  return (m) => needles.every((any) => any.some((n) => m.includes(n))) && !banned.some((n) => m.includes(n))
}

/** A stable string for a view, to key caches and effects. */
export function viewKey(v: View): string {
  return JSON.stringify([v.scope, v.unreadOnly ?? false, v.countries ?? [], v.topics ?? [], v.outlets ?? [], v.excludeOutlets ?? [], v.order ?? 'newest', v.includeMentions ?? false, v.showHidden ?? false])
}
