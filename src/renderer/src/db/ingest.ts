// Stores one FeedResult from the main process: articles upserted, the feed's HTTP and error state recorded,
// all in one transaction so a reader never sees half a poll. No IPC or network in here.
import type { FeedHttpState, FeedResult, IncomingArticle } from '../../../shared/model'
import { isHttpUrl } from '../../../shared/validate'
import { applyUserTags, articleTables, sortKeyOf, tag, writeArticles, type ArticleChange } from './article-tags'
import { applyCounterDeltas, readTotals, type CounterDeltas } from './counters'
import { cleanIncoming, omitUndefined } from './incoming'
import { recordStories } from './stories'
import { applyRestoredStates } from './backup/pending-states'
import { guessOutletCountry } from '../../../shared/outlet-country'
import type { Feed, MeridianDb, StoredArticle } from './schema'
import { applyRulesAtIngest, type RuleHit } from './rules/apply'
import { compiledRules } from './rules/store'
import type { CompiledRule } from './rules/match'

export interface IngestSummary {
  feedId: string
  kind: FeedResult['kind']
  /** The feed was removed before its result arrived; nothing was written. */
  ignored: boolean
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

type ArticleCounts = Pick<IngestSummary, 'added' | 'addedIds' | 'updated' | 'unchanged' | 'duplicates' | 'skipped' | 'removedBefore' | 'ruleHits'>
const noArticles = (): ArticleCounts => ({ added: 0, addedIds: [], updated: 0, unchanged: 0, duplicates: 0, skipped: 0, removedBefore: 0, ruleHits: [] })

export async function ingestFeedResult(db: MeridianDb, result: FeedResult, now = Date.now()): Promise<IngestSummary> {
  return (await ingestFeedResults(db, [result], now))[0]
}

/**
 * Several results in one transaction, in order, as if ingested one after another: a burst from a refresh then
 * costs one commit, one re-run of the open lists' live queries and one counters update instead of one each.
 * All or nothing: when any result throws, none is stored (sync.ts then retries them one at a time).
 */
export async function ingestFeedResults(db: MeridianDb, results: FeedResult[], now = Date.now()): Promise<IngestSummary[]> {
  if (results.length === 0) return []
  return db.transaction('rw', [db.feeds, db.tombstones, db.storyMembers, db.restoredStates, db.rules, ...articleTables(db)], async () => {
    // Rules run here, at storage time, on new articles only (why: src/renderer/src/features/rules/README.md).
    const rules = await compiledRules(db)
    // Feeds are read up front in one round trip; a feed seen twice in the batch gets the state the first result left.
    const feedIds = [...new Set(results.map((r) => r.feedId))]
    const [feedRows, stored] = await Promise.all([db.feeds.bulkGet(feedIds), readTotals(db.counters, feedIds.map(tag.feed))])
    const feeds = new Map<string, Feed | undefined>(feedRows.map((f, i) => [feedIds[i], f]))
    // Feeds holding no article yet (a first refresh, an OPML import) cannot hold a known URL: no lookup by URL.
    const hasArticles = new Set(feedIds.filter((_, i) => stored[i] > 0))
    const deltas: CounterDeltas = new Map() // counter deltas of the whole batch, applied once at the end
    const tombstones = tombstoneLookup(db)
    const summaries: IngestSummary[] = []
    for (const result of results) {
      const counts = noArticles()
      const summary = { feedId: result.feedId, kind: result.kind, ignored: false }
      const feed = feeds.get(result.feedId)
      if (!feed) {
        summaries.push({ ...summary, ...counts, ignored: true })
        continue
      }
      const next = await nextFeedState(db, feed, result)
      if (result.kind === 'updated') {
        Object.assign(counts, await upsertArticles(db, next, result.articles, now, deltas, rules, hasArticles.has(next.id), tombstones))
        hasArticles.add(next.id) // a second result of this feed in the batch sees what the first stored
      }
      await db.feeds.put(next)
      feeds.set(next.id, next)
      summaries.push({ ...summary, ...counts })
    }
    await applyCounterDeltas(db.counters, deltas)
    return summaries
  })
}

async function nextFeedState(db: MeridianDb, feed: Feed, result: FeedResult): Promise<Feed> {
  const http: FeedHttpState = result.http
  // A permanent redirect moves the feed, unless another subscription already has that URL (url is unique).
  let url = feed.url
  if (http.url !== feed.url && isHttpUrl(http.url) && !(await db.feeds.where('url').equals(http.url).first())) url = http.url
  const next: Feed = {
    ...feed,
    url,
    validators: http.validators ?? feed.validators,
    lastFetchAt: http.fetchedAt,
    nextPollAt: http.nextPollAt,
    failureCount: http.failureCount,
    isDead: http.isDead,
    intervalMinutes: http.intervalMinutes,
  }
  if (result.kind === 'failed') {
    const { code, message, status } = result.error
    return { ...next, lastError: omitUndefined({ code, message, status, at: http.fetchedAt }) }
  }
  delete next.lastError
  next.lastSuccessAt = http.fetchedAt
  if (result.kind === 'updated') {
    // title is the document's; a reader's rename lives in customTitle and is left alone.
    const title = typeof result.feed?.title === 'string' ? result.feed.title.trim() : ''
    // A document without a title comes titled with its host (normalize.ts): never over a title we already have.
    if (title && !(next.title && title === hostOf(next.url))) next.title = title
    if (typeof result.feed?.siteUrl === 'string' && result.feed.siteUrl) next.siteUrl = result.feed.siteUrl
    // The site's address is a better outlet hint than a feed host (feeds.example.com); guessed once, never
    // over a reader's choice.
    if (!next.outletCountry && feed.lastSuccessAt === undefined) {
      const guess = guessOutletCountry(next.siteUrl, result.feed?.language) ?? guessOutletCountry(next.url)
      if (guess) next.outletCountry = guess
    }
  }
  return next
}

/** Which of these ids retention deleted (tombstones), for one ingest transaction, which writes no tombstone. The
 *  table holds a year of retention's deletions: while that is at most TOMBSTONE_KEYS ids, they are read once, in one
 *  request, instead of one read per incoming article. */
function tombstoneLookup(db: MeridianDb): (ids: string[]) => Promise<Set<string>> {
  let all: Promise<Set<string> | undefined> | undefined
  return async (ids) => {
    all ??= db.tombstones.limit(TOMBSTONE_KEYS + 1).primaryKeys().then((keys) => (keys.length <= TOMBSTONE_KEYS ? new Set(keys) : undefined))
    const known = await all
    if (known) return new Set(ids.filter((id) => known.has(id)))
    return new Set((await db.tombstones.bulkGet(ids)).flatMap((t) => (t ? [t.id] : [])))
  }
}

const TOMBSTONE_KEYS = 5_000

async function upsertArticles(
  db: MeridianDb, feed: Feed, raws: unknown, now: number, deltas: CounterDeltas, rules: CompiledRule[], hasArticles: boolean,
  tombstones: (ids: string[]) => Promise<Set<string>>,
): Promise<ArticleCounts> {
  const feedId = feed.id
  const counts = noArticles()
  const incoming: IncomingArticle[] = []
  for (const raw of Array.isArray(raws) ? raws : []) {
    const clean = cleanIncoming(raw, feedId, now)
    if (clean) incoming.push(clean)
    else counts.skipped++
  }
  const byId = new Map<string, StoredArticle>()
  const [stored, removed] = await Promise.all([db.articles.bulkGet(incoming.map((a) => a.id)), tombstones(incoming.map((a) => a.id))])
  for (const a of stored) if (a) byId.set(a.id, a)
  // The same story under a new guid: found by canonical URL within this feed.
  // One index lookup per URL, all in flight together: anyOf walks a cursor, one round trip per key.
  const urls = hasArticles ? [...new Set(incoming.filter((a) => a.url && !byId.has(a.id)).map((a) => a.url as string))] : []
  const byUrl = new Map<string, StoredArticle>()
  const found = await Promise.all(urls.map((url) => db.articles.where('[feedId+url]').equals([feedId, url]).first()))
  for (const a of found) if (a) byUrl.set(a.url as string, a)

  const claimed = new Set<string>() // stored ids written by this result
  const newUrls = new Set<string>()
  const changes: ArticleChange[] = []
  for (const a of incoming) {
    if (removed.has(a.id) && !byId.has(a.id)) {
      counts.removedBefore++
      continue
    }
    const known = byId.get(a.id) ?? (a.url ? byUrl.get(a.url) : undefined)
    if (known && known.feedId !== feedId) {
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
      changes.push({ after: applyRulesAtIngest(rules, fromIncoming(a, now, feed.outletCountry), feed.folder, now, counts.ruleHits) })
      counts.added++
      counts.addedIds.push(id)
      continue
    }
    const next = mergeKnown(known, a, feed.outletCountry)
    if (sameRow(known, next)) counts.unchanged++
    else {
      changes.push({ before: known, after: next })
      counts.updated++
    }
  }
  await applyRestoredStates(db, changes)
  await writeArticles(db, changes, deltas)
  await recordStories(db, changes.flatMap((c) => (c.after ? [c.after] : [])))
  return counts
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

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return ''
  }
}
