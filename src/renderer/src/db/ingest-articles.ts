// What a burst of feed results does to the articles, decided in memory: every stored row the burst can touch is read
// up front in a few requests (by id, tombstones, by URL within a feed), then each result is merged in order against
// what is stored and what earlier results of the burst wrote, and the burst's changes are written by one
// writeArticles call (ingest.ts): one request per table in key order, instead of a round of requests per result.
import type { IncomingArticle } from '../../../shared/model'
import { applyUserTags, sortKeyOf, type ArticleChange } from './article-tags'
import { omitUndefined } from './incoming'
import type { MeridianDb, StoredArticle } from './rows/types'
import { applyRulesAtIngest, type RuleHit } from './rules/apply'
import type { CompiledRule } from './rules/match'

/** What one result did to the articles (the body of its IngestSummary). */
export interface ArticleCounts {
  added: number
  /** Ids of the articles this result added (new to the library), for notifications. */
  addedIds: string[]
  /** Known articles whose stored row changed. */
  updated: number
  /** Known articles identical to what was stored (not rewritten). */
  unchanged: number
  /** Repeats within the result: the same id, or the same canonical URL in this feed. */
  duplicates: number
  /** Malformed rows that could not be stored. */
  skipped: number
  /** Articles retention deleted that the feed still lists: not brought back. */
  removedBefore: number
  /** New articles a rule with a notify action matched (issue 19). */
  ruleHits: RuleHit[]
}

export const noArticles = (): ArticleCounts => ({ added: 0, addedIds: [], updated: 0, unchanged: 0, duplicates: 0, skipped: 0, removedBefore: 0, ruleHits: [] })

/** One result's clean articles, and whether its feed held articles when the burst began (else no URL can match). */
export interface ResultArticles {
  feedId: string
  incoming: IncomingArticle[]
  hasArticles: boolean
}

const urlKey = (feedId: string, url: string) => `${feedId}\u0000${url}`

/** The stored rows a burst can touch, and the changes it makes, one per article (a second write of an article in
 *  the burst folds into the first). */
export interface Burst {
  stored: Map<string, StoredArticle>
  removed: Set<string>
  storedByUrl: Map<string, StoredArticle>
  changes: Map<string, ArticleChange>
  writtenByUrl: Map<string, StoredArticle>
}

/** Reads, in three requests at once, what the burst's results can touch: rows by id, tombstones, rows by URL within
 *  feeds that held articles (one index read per URL not found by id). */
export async function readBurst(db: MeridianDb, results: ResultArticles[], tombstones: (ids: string[]) => Promise<Set<string>>): Promise<Burst> {
  const ids = [...new Set(results.flatMap((r) => r.incoming.map((a) => a.id)))]
  const [rows, removed] = await Promise.all([readStoredRows(db, results, ids), tombstones(ids)])
  const stored = new Map<string, StoredArticle>()
  for (const a of rows) if (a) stored.set(a.id, a)
  const lookups = new Map<string, [string, string]>()
  for (const r of results) {
    if (!r.hasArticles) continue
    for (const a of r.incoming) if (a.url && !stored.has(a.id)) lookups.set(urlKey(r.feedId, a.url), [r.feedId, a.url])
  }
  const found = await Promise.all([...lookups.values()].map((key) => db.articles.where('[feedId+url]').equals(key).first()))
  const storedByUrl = new Map<string, StoredArticle>()
  for (const a of found) if (a?.url) storedByUrl.set(urlKey(a.feedId, a.url), a)
  return { stored, removed, storedByUrl, changes: new Map(), writtenByUrl: new Map() }
}

/** Merges one result's articles into the burst, in order, as if the results before it were stored already. */
export function mergeResult(b: Burst, feed: { id: string; outletCountry?: string; folder?: string }, incoming: IncomingArticle[], now: number, rules: CompiledRule[], counts: ArticleCounts): void {
  const claimed = new Set<string>() // stored ids written by this result
  const newUrls = new Set<string>()
  for (const a of incoming) {
    const byId = b.changes.get(a.id)?.after ?? b.stored.get(a.id)
    if (b.removed.has(a.id) && !byId) {
      counts.removedBefore++
      continue
    }
    const known = byId ?? (a.url ? byUrl(b, feed.id, a.url) : undefined)
    if (known && known.feedId !== feed.id) {
      counts.skipped++ // an id belonging to another feed's article: never let one feed overwrite another's
      continue
    }
    const id = known?.id ?? a.id
    if (claimed.has(id) || (!known && a.url && newUrls.has(a.url))) {
      counts.duplicates++
      continue
    }
    claimed.add(id)
    if (a.url) newUrls.add(a.url)
    if (!known) {
      record(b, { after: applyRulesAtIngest(rules, fromIncoming(a, now, feed.outletCountry), feed.folder, now, counts.ruleHits) })
      counts.added++
      counts.addedIds.push(id)
      continue
    }
    const next = mergeKnown(known, a, feed.outletCountry)
    if (sameRow(known, next)) counts.unchanged++
    else {
      record(b, { before: known, after: next })
      counts.updated++
    }
  }
}

/** The article of this feed with this URL: written earlier in the burst, or stored (unless the burst moved it). */
function byUrl(b: Burst, feedId: string, url: string): StoredArticle | undefined {
  const key = urlKey(feedId, url)
  const written = b.writtenByUrl.get(key)
  if (written?.url === url) return written
  const stored = b.storedByUrl.get(key)
  const latest = stored && (b.changes.get(stored.id)?.after ?? stored)
  return latest?.url === url ? latest : undefined
}

/** Adds a change; a second change of one article keeps the first one's `before` (what is stored). */
function record(b: Burst, change: ArticleChange): void {
  const after = change.after as StoredArticle
  const earlier = b.changes.get(after.id)
  b.changes.set(after.id, earlier ? { before: earlier.before, after } : change)
  if (after.url) b.writtenByUrl.set(urlKey(after.feedId, after.url), after)
}

function fromIncoming(a: IncomingArticle, now: number, outletCountry: string | undefined): StoredArticle {
  return omitUndefined<StoredArticle>({
    ...a,
    outletCountry,
    mentions: a.mentions?.filter((c) => !a.countries.includes(c)),
    classified: omitUndefined({ countries: a.countries, topics: a.topics, mentions: a.mentions }),
    isRead: 0,
    isStarred: 0,
    firstSeenAt: now,
    sortKey: sortKeyOf(a.publishedAt, a.id),
  })
}

/** Content and classifier tags are refreshed; the reader's state, the stored id and a real date are kept. */
function mergeKnown(known: StoredArticle, a: IncomingArticle, outletCountry: string | undefined): StoredArticle {
  const keepDate = a.isDateMissing === true // the new date is only "first seen now": the stored one is better
  const publishedAt = keepDate ? known.publishedAt : a.publishedAt
  const classified = omitUndefined({ countries: a.countries, topics: a.topics, mentions: a.mentions })
  const tags = applyUserTags(classified, known.userTags)
  return omitUndefined<StoredArticle>({
    ...a,
    id: known.id,
    publishedAt,
    isDateMissing: keepDate ? known.isDateMissing : undefined,
    countries: tags.countries,
    topics: tags.topics,
    mentions: a.mentions === undefined && !known.userTags?.addMentions?.length ? undefined : tags.mentions,
    classified,
    isRead: known.isRead,
    isStarred: known.isStarred,
    firstSeenAt: known.firstSeenAt,
    readAt: known.readAt,
    userTags: known.userTags,
    sourceTitle: known.sourceTitle,
    ...{ isHidden: known.isHidden, isShownByReader: known.isShownByReader, labels: known.labels, isHighlighted: known.isHighlighted },
    outletCountry,
    // A story, once given, stays: the grouper may not remember the article any more when it comes again.
    storyId: known.storyId ?? a.storyId,
    sortKey: sortKeyOf(publishedAt, known.id),
  })
}

/** Structural equality independent of key order (keys holding undefined count as absent), to skip rewriting
 *  rows a poll did not change. Stops at the first difference. */
export function sameRow(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameRow(x, b[i]))
  }
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  const keys = Object.keys(x).filter((k) => x[k] !== undefined)
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false
  return keys.every((k) => sameRow(x[k], y[k]))
}

/**
 * The stored rows of `ids`. Ids are `${feedId}:${hash}` (src/main/core/ids.ts), so for a feed that held no article
 * when the burst began (a first refresh, an OPML import) the ids under its own prefix are looked up with one key
 * range read instead of one get each: the range finds any stored row of such an id, whichever feed it belongs to.
 * In the farm's first refresh the gets were 15,000 requests that all answered nothing (db/README.md, "The farm in
 * Chromium, session 14"). Every other id is read by key as before.
 */
async function readStoredRows(db: MeridianDb, results: ResultArticles[], ids: string[]): Promise<(StoredArticle | undefined)[]> {
  const prefixes = [...new Set(results.filter((r) => !r.hasArticles).map((r) => `${r.feedId}:`))]
  const ranged = (id: string) => !id.includes(MAX_CHAR) && prefixes.some((p) => id.startsWith(p))
  const byKey = prefixes.length ? ids.filter((id) => !ranged(id)) : ids
  const inRanges = byKey.length === ids.length ? [] : await Promise.all(prefixes.map((p) => db.articles.where(':id').between(p, p + MAX_CHAR).primaryKeys()))
  const wanted = new Set(ids)
  const found = inRanges.flat().filter((id) => wanted.has(id))
  return db.articles.bulkGet([...byKey, ...found])
}

/** Above every code unit an id's hash holds; an id that contains it is read by key. */
const MAX_CHAR = '\uffff'
