// Stores one FeedResult from the main process: articles upserted, the feed's HTTP and error state recorded,
// all in one transaction so a reader never sees half a poll. No IPC or network in here.
import type { FeedHttpState, FeedResult, IncomingArticle } from '../../../shared/model'
import { isHttpUrl } from '../../../shared/validate'
import { articleTables, tag, writeArticles, type ArticleChange } from './article-tags'
import { applyCounterDeltas, readTotals, type CounterDeltas } from './counters'
import { cleanIncoming, omitUndefined } from './incoming'
import { mergeResult, noArticles, readBurst, type ResultArticles, type ArticleCounts } from './ingest-articles'
import { recordStories } from './stories'
import { applyRestoredStates } from './backup/pending-states'
import { guessOutletCountry } from '../../../shared/outlet-country'
import type { Feed, MeridianDb } from './schema'
import { compiledRules } from './rules/store'

export { sameRow } from './ingest-articles'

export interface IngestSummary extends ArticleCounts {
  feedId: string
  kind: FeedResult['kind']
  /** The feed was removed before its result arrived; nothing was written. */
  ignored: boolean
}

export async function ingestFeedResult(db: MeridianDb, result: FeedResult, now = Date.now()): Promise<IngestSummary> {
  return (await ingestFeedResults(db, [result], now))[0]
}

/**
 * Several results in one transaction, in order, as if ingested one after another: a burst from a refresh then
 * costs one commit, one re-run of the open lists' live queries and one counters update instead of one each. What
 * the burst touches is read up front and its article changes written by one writeArticles call (ingest-articles.ts).
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
    const hadArticles = new Set(feedIds.filter((_, i) => stored[i] > 0))
    const skipped = results.map(() => 0)
    const articles: ResultArticles[] = results.map((r, i) => ({ feedId: r.feedId, incoming: r.kind === 'updated' && feeds.get(r.feedId) ? cleanAll(r.articles, r.feedId, now, () => skipped[i]++) : [], hasArticles: hadArticles.has(r.feedId) }))
    const burst = await readBurst(db, articles, tombstoneLookup(db))
    const summaries: IngestSummary[] = []
    for (const [i, result] of results.entries()) {
      const counts = { ...noArticles(), skipped: skipped[i] }
      const summary = { feedId: result.feedId, kind: result.kind, ignored: false }
      const feed = feeds.get(result.feedId)
      if (!feed) {
        summaries.push({ ...summary, ...counts, ignored: true })
        continue
      }
      const next = await nextFeedState(db, feed, result)
      if (result.kind === 'updated') mergeResult(burst, next, articles[i].incoming, now, rules, counts)
      feeds.set(next.id, next)
      summaries.push({ ...summary, ...counts })
    }
    await writeBurst(db, [...burst.changes.values()], [...feeds.values()].filter((f): f is Feed => f !== undefined))
    return summaries
  })
}

/** The incoming articles that pass the checks (incoming.ts); `onSkip` counts the others. */
function cleanAll(raws: unknown, feedId: string, now: number, onSkip: () => void): IncomingArticle[] {
  const out: IncomingArticle[] = []
  for (const raw of Array.isArray(raws) ? raws : []) {
    const clean = cleanIncoming(raw, feedId, now)
    if (clean) out.push(clean)
    else onSkip()
  }
  return out
}

/** The burst's writes: restored reader state joined in, articles with their derived rows, stories, feeds, counters. */
async function writeBurst(db: MeridianDb, changes: ArticleChange[], feeds: Feed[]): Promise<void> {
  const deltas: CounterDeltas = new Map()
  await applyRestoredStates(db, changes)
  await Promise.all([
    writeInSteps(db, changes, deltas),
    recordStories(db, changes.flatMap((c) => (c.after ? [c.after] : []))),
    feeds.length ? db.feeds.bulkPut(feeds) : undefined,
  ])
  await applyCounterDeltas(db.counters, deltas)
}

/** Articles written per step of a burst, in one transaction still. A step's rows are derived and cloned in one task,
 *  once the step before it is written: a 1,000-article burst derived at once held the page for up to 2 s in the farm
 *  refresh (long animation frames, under load), and the reader's keys waited behind it. */
const WRITE_STEP = 200

/** writeArticles a step at a time, in id order across steps; the counters' sum is applied once, by the caller. */
async function writeInSteps(db: MeridianDb, changes: ArticleChange[], deltas: CounterDeltas): Promise<void> {
  const idOf = (c: ArticleChange) => (c.after ?? c.before)?.id ?? ''
  const ordered = [...changes].sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0))
  for (let i = 0; i < ordered.length; i += WRITE_STEP) await writeArticles(db, ordered.slice(i, i + WRITE_STEP), deltas)
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

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return ''
  }
}
