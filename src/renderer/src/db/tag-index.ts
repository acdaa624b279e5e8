// The tag index: every list the reader can open is a tag ('all', 'c:FR', 'u:t:politics', ...; article-tags.ts),
// and each article row carries one entry per tag it is listed under, `${tag}\u0001${sortKey}\u0001${membership}`,
// in its field `x`, indexed multiEntry. The index then reads as (tag, sortKey) in order: a tag's articles newest
// first come from one range, a later page starts from a range bound, and the membership string (the article's
// feed, countries, topics and outlet) comes with each key, so a filter over several facets is checked on the keys
// of one tag without reading an article.
//
// Why entries on the article row rather than a row per (tag, article): IndexedDB costs about 0.2 ms per request in
// Chromium whatever its size, and an unread article is listed under ~14 tags. Measured (5,000 articles, one
// transaction, fresh database): article rows 2.6 s, their 70,000 tag rows 15.6 s, the article rows with the same
// entries as a multiEntry index 4.0 s.
import type { Collection, Table } from 'dexie'
import type { StoredArticle } from './schema'

/** Sorts below every character a tag, a date or a membership string holds. */
const SEP = '\u0001'
/** One above SEP: `${tag}${SEP_END}` bounds every entry of the tag from above. */
const SEP_END = '\u0002'

/** The indexed field of an article row. */
export const TAG_INDEX = 'x'

export function tagEntry(t: string, sortKey: string, membership: string): string {
  return `${t}${SEP}${sortKey}${SEP}${membership}`
}

export interface TagKey {
  tag: string
  sortKey: string
  /** ' f:<feedId> c:FR t:sport o:GB ': the article's facet tags, space-delimited at both ends. */
  m: string
}

export function parseTagEntry(entry: string): TagKey {
  const start = entry.indexOf(SEP)
  const end = entry.lastIndexOf(SEP)
  return { tag: entry.slice(0, start), sortKey: entry.slice(start + 1, end), m: entry.slice(end + 1) }
}

export interface SortKeyRange {
  /** Lowest sortKey (inclusive unless loOpen). */
  lo?: string
  loOpen?: boolean
  /** Highest sortKey (inclusive unless hiOpen). */
  hi?: string
  hiOpen?: boolean
}

/** The index bounds of a tag's entries whose sortKey lies in the range. An entry with sortKey k starts with
 *  `${t}${SEP}${k}${SEP}`, so appending SEP to a bound excludes entries of k itself, SEP_END includes them. */
function bounds(t: string, r: SortKeyRange): [string, string] {
  const lower = r.lo === undefined ? `${t}${SEP}` : `${t}${SEP}${r.lo}${r.loOpen ? SEP_END : ''}`
  const upper = r.hi === undefined ? `${t}${SEP_END}` : `${t}${SEP}${r.hi}${r.hiOpen ? SEP : SEP_END}`
  return [lower, upper]
}

/** The articles table, as the app or an upgrade transaction types it. */
type Articles<I> = Table<StoredArticle, string, I>

/** A tag's entries in a sortKey range, oldest first (reverse() for newest first). */
export function tagRange<I>(articles: Articles<I>, t: string, r: SortKeyRange = {}): Collection<StoredArticle, string, I> {
  const [lower, upper] = bounds(t, r)
  return articles.where(TAG_INDEX).between(lower, upper, true, false)
}

/** The sortKeys and membership strings of a collection from tagRange, read from the index keys alone. */
export async function readTagKeys<I>(c: Collection<StoredArticle, string, I>): Promise<TagKey[]> {
  return ((await c.keys()) as string[]).map(parseTagEntry)
}

/** A tag's sortKeys, oldest first, from the index alone (no article is read). */
export async function sortKeysOfTag<I>(articles: Articles<I>, t: string): Promise<string[]> {
  return (await readTagKeys(tagRange(articles, t))).map((k) => k.sortKey)
}

/** The entries of each (tag, sortKey) pair listed, in one cursor over their ranges: which of the sortKeys the tag
 *  holds, with their membership strings. */
export async function lookupTagKeys<I>(articles: Articles<I>, t: string, sortKeys: string[]): Promise<Map<string, TagKey>> {
  if (sortKeys.length === 0) return new Map()
  const ranges = [...new Set(sortKeys)].sort().map((k) => bounds(t, { lo: k, hi: k }))
  const found = await readTagKeys(articles.where(TAG_INDEX).inAnyRange(ranges, { includeLowers: true, includeUppers: false }))
  return new Map(found.map((k) => [k.sortKey, k]))
}
