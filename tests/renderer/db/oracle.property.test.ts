// Property test of the storage engine against an independent oracle: random sequences of ingest, re-ingest, read
// (one or many), star, tag correction, re-tag by a new classifier version, unsubscribe and retention are applied both
// to the database and to plain arrays, and every list (whole, paged, and the first paint's head), facet count, sidebar
// count, search result and article's tags as the reader sees them must equal a naive Array.filter over the arrays.
// Libraries stay small: fake-indexeddb's cursors are O(n²) (STACK.md).
import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addFeed, removeFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { countUnread, countUnreadByFeed, getArticle, markManyRead, markRead, smartCounts, toggleStar } from '../../../src/renderer/src/db/queries'
import { editArticleTags, type TagEdit } from '../../../src/renderer/src/db/user-tags'
import { applyRetention } from '../../../src/renderer/src/db/offline/retention'
import { retagArticles } from '../../../src/renderer/src/db/retag'
import { listHead, listKeys } from '../../../src/renderer/src/db/view-query'
import { facetCounts } from '../../../src/renderer/src/db/facets'
import { searchArticles } from '../../../src/renderer/src/db/search'
import { indexAllPending } from '../../../src/renderer/src/db/search-indexer'
import { idOfSortKey } from '../../../src/renderer/src/db/article-tags'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import type { View } from '../../../src/renderer/src/db/view'
import type { ClassifyRequest, TopicId } from '../../../src/shared/model'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'

const COUNTRIES = ['FR', 'DE', 'US'] as const
const TOPICS: TopicId[] = ['politics', 'sport']
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'gammon']
const DAY = 86_400_000
const T0 = Date.parse('2026-11-20T00:00:00.000Z')

interface Item { id: string; day: number; countries: string[]; mentions: string[]; topics: TopicId[]; words: string[] }
type Op =
  | { kind: 'ingest'; feed: number; items: Item[] }
  | { kind: 'read'; id: string; isRead: boolean }
  /** Mark all as read (or its undo) over any set of ids, known or not. */
  | { kind: 'readMany'; ids: string[]; isRead: boolean }
  | { kind: 'star'; id: string }
  | { kind: 'retag'; shift: number }
  | { kind: 'correct'; id: string; edit: TagEdit }
  | { kind: 'unsubscribe'; feed: number }
  | { kind: 'retention'; keepReadDays: number; maxPerFeed: number }
  /** The background indexer catches up (search must not depend on whether it did). */
  | { kind: 'index' }

const ids = Array.from({ length: 10 }, (_, i) => `a${i}`)
const sub = <T>(xs: readonly T[]) => fc.subarray([...xs])
const item = fc.record({ id: fc.constantFrom(...ids), day: fc.integer({ min: 1, max: 9 }), countries: sub(COUNTRIES), mentions: sub(COUNTRIES), topics: sub(TOPICS), words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }) })
const edit: fc.Arbitrary<TagEdit> = fc.oneof(
  fc.record({ action: fc.constantFrom('add' as const, 'remove' as const), kind: fc.constant('country' as const), value: fc.constantFrom(...COUNTRIES) }),
  fc.record({ action: fc.constantFrom('add' as const, 'remove' as const), kind: fc.constant('mention' as const), value: fc.constantFrom(...COUNTRIES) }),
  fc.record({ action: fc.constantFrom('add' as const, 'remove' as const), kind: fc.constant('topic' as const), value: fc.constantFrom(...TOPICS) }),
)
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('ingest' as const), feed: fc.integer({ min: 0, max: 1 }), items: fc.array(item, { minLength: 1, maxLength: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('read' as const), id: fc.constantFrom(...ids), isRead: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('readMany' as const), ids: fc.subarray(ids), isRead: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('star' as const), id: fc.constantFrom(...ids) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('retag' as const), shift: fc.integer({ min: 0, max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('correct' as const), id: fc.constantFrom(...ids), edit }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unsubscribe' as const), feed: fc.integer({ min: 0, max: 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retention' as const), keepReadDays: fc.integer({ min: 0, max: 3 }), maxPerFeed: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('index' as const) }) },
)

/** The oracle's article: what was ingested last, the reader's state, and the reader's corrections as plain sets. */
interface Plain {
  id: string; feed: number; publishedAt: string; words: string[]; isRead: boolean; readAt?: number; isStarred: boolean
  classifier: { countries: string[]; mentions: string[]; topics: string[] }
  forced: Set<string>; removed: Set<string>; moved: Set<string>; topicsAdded: Set<string>; topicsRemoved: Set<string>
}

/** A classifier update's verdict on an article's words (the title the database classifies holds them): shift 0
 *  keeps some verdicts, so a re-tag both changes articles and leaves others unwritten. */
function retagged(words: string[], shift: number) {
  const n = words.length + words.join('').length
  return { countries: [COUNTRIES[(n + shift) % 3]], mentions: shift % 2 ? [COUNTRIES[(n + 1) % 3]] : [], topics: [TOPICS[(n + shift) % 2]] }
}

function effective(a: Plain) {
  const about = [...new Set([...a.classifier.countries.filter((c) => !a.removed.has(c) && !a.moved.has(c)), ...a.forced])]
  const mentions = [...new Set([...a.classifier.mentions, ...a.moved])].filter((c) => !a.removed.has(c) && !about.includes(c))
  const topics = [...new Set([...a.classifier.topics.filter((t) => !a.topicsRemoved.has(t)), ...a.topicsAdded])]
  return { about, mentions, topics, outlet: a.feed === 0 ? 'FR' : undefined }
}

function correct(a: Plain, e: TagEdit): void {
  const v = e.value
  if (e.kind === 'topic') {
    if (e.action === 'add') {
      a.topicsRemoved.delete(v)
      if (a.classifier.topics.includes(v)) a.topicsAdded.delete(v)
      else a.topicsAdded.add(v)
    } else {
      a.topicsAdded.delete(v)
      if (a.classifier.topics.includes(v)) a.topicsRemoved.add(v)
      else a.topicsRemoved.delete(v)
    }
  } else if (e.kind === 'country') {
    if (e.action === 'add') {
      a.removed.delete(v)
      a.moved.delete(v)
      if (a.classifier.countries.includes(v)) a.forced.delete(v)
      else a.forced.add(v)
    } else {
      // Removing a country the classifier put in either tier takes it out of both (the reader wants it gone).
      a.forced.delete(v)
      if (a.classifier.countries.includes(v) || a.classifier.mentions.includes(v)) a.removed.add(v)
      else a.removed.delete(v)
    }
  } else if (e.action === 'add') {
    a.moved.add(v)
    a.forced.delete(v)
    a.removed.delete(v)
  } else {
    a.moved.delete(v)
    if (a.classifier.mentions.includes(v) || a.classifier.countries.includes(v)) a.removed.add(v)
  }
}

class Model {
  articles = new Map<string, Plain>()
  subscribed = [true, true]
  /** Ids retention deleted: a feed that still lists them does not bring them back. */
  tombstones = new Set<string>()
  apply(o: Op, now: number): void {
    if (o.kind === 'ingest') {
      if (!this.subscribed[o.feed]) return
      const seen = new Set<string>()
      for (const it of o.items) {
        const known = this.articles.get(it.id)
        if (seen.has(it.id) || (known && known.feed !== o.feed) || (!known && this.tombstones.has(it.id))) continue
        seen.add(it.id)
        const classifier = { countries: it.countries, mentions: it.mentions, topics: it.topics }
        const next = { id: it.id, feed: o.feed, publishedAt: dateOf(it.day), words: it.words, classifier }
        this.articles.set(it.id, known ? { ...known, ...next } : { ...next, isRead: false, isStarred: false, forced: new Set(), removed: new Set(), moved: new Set(), topicsAdded: new Set(), topicsRemoved: new Set() })
      }
    } else if (o.kind === 'read') this.markRead(o.id, o.isRead, now)
    else if (o.kind === 'readMany') for (const id of o.ids) this.markRead(id, o.isRead, now)
    else if (o.kind === 'star') {
      const a = this.articles.get(o.id)
      if (a) a.isStarred = !a.isStarred
    } else if (o.kind === 'correct') {
      const a = this.articles.get(o.id)
      if (a) correct(a, o.edit)
    } else if (o.kind === 'retag') {
      for (const a of this.articles.values()) a.classifier = retagged(a.words, o.shift)
    } else if (o.kind === 'unsubscribe') {
      if (!this.subscribed[o.feed]) return
      this.subscribed[o.feed] = false
      for (const a of [...this.articles.values()]) if (a.feed === o.feed && !a.isStarred) this.articles.delete(a.id)
    } else if (o.kind === 'retention') this.retain(o.keepReadDays, o.maxPerFeed, now)
  }
  markRead(id: string, isRead: boolean, now: number): void {
    const a = this.articles.get(id)
    if (a && a.isRead !== isRead) Object.assign(a, { isRead, readAt: isRead ? now : undefined })
  }
  retain(keepReadDays: number, maxPerFeed: number, now: number): void {
    const cutoff = now - keepReadDays * DAY
    const aged = [...this.articles.values()].filter((a) => !a.isStarred && a.isRead && (a.readAt ?? 0) < cutoff)
    const capped: Plain[] = []
    for (const feed of [0, 1].filter((f) => this.subscribed[f])) {
      const own = [...this.articles.values()].filter((a) => a.feed === feed).sort(bySortKey)
      let excess = own.length - aged.filter((a) => a.feed === feed).length - maxPerFeed
      for (const a of own) {
        if (excess > 0 && !a.isStarred && a.isRead && !aged.includes(a)) {
          capped.push(a)
          excess--
        }
      }
    }
    for (const a of [...aged, ...capped]) {
      this.articles.delete(a.id)
      this.tombstones.add(a.id)
    }
  }
  list(v: View): string[] {
    const rows = [...this.articles.values()].filter((a) => {
      const t = effective(a)
      const countries = v.includeMentions ? [...t.about, ...t.mentions] : t.about
      return (
        (v.scope.kind !== 'unread' || !a.isRead) && (v.scope.kind !== 'starred' || a.isStarred) && (!v.unreadOnly || !a.isRead) &&
        (v.scope.kind !== 'feed' || feedIdOf[a.feed] === v.scope.feedId) &&
        (v.scope.kind !== 'folder' || v.scope.feedIds.includes(feedIdOf[a.feed])) && (v.scope.kind !== 'today' || a.publishedAt >= v.scope.since) &&
        (!v.countries?.length || v.countries.some((c) => countries.includes(c))) && (!v.topics?.length || v.topics.some((x) => t.topics.includes(x))) &&
        (!v.outlets?.length || v.outlets.some((o) => o === t.outlet)) && !(v.excludeOutlets ?? []).some((o) => o === t.outlet)
      )
    })
    const sorted = rows.sort(bySortKey).map((a) => a.id)
    return v.order === 'oldest' ? sorted : sorted.reverse()
  }
  facets(v: View) {
    const count = (base: View, pick: (t: ReturnType<typeof effective>) => (string | undefined)[]) => {
      const out: Record<string, number> = {}
      for (const id of this.list(base)) for (const x of new Set(pick(effective(this.articles.get(id)!)))) if (x) out[x] = (out[x] ?? 0) + 1
      return out
    }
    return {
      countries: count({ ...v, countries: undefined }, (t) => (v.includeMentions ? [...t.about, ...t.mentions] : t.about)),
      topics: count({ ...v, topics: undefined }, (t) => t.topics),
      outlets: count({ ...v, outlets: undefined, excludeOutlets: undefined }, (t) => [t.outlet]),
    }
  }
  /** The sidebar: smart views and unread per feed. */
  counts(since: string) {
    const all = [...this.articles.values()]
    const unreadOf = (feed: number) => all.filter((a) => a.feed === feed && !a.isRead).length
    return {
      smart: { all: all.length, unread: all.filter((a) => !a.isRead).length, today: all.filter((a) => a.publishedAt >= since).length, starred: all.filter((a) => a.isStarred).length },
      unreadByFeed: [unreadOf(0), unreadOf(1)],
    }
  }
  search(words: string[], prefix: string | undefined, v: View): string[] {
    return this.list(v).filter((id) => {
      const held = this.articles.get(id)!.words
      return words.every((w) => held.includes(w)) && (!prefix || held.some((w) => w.startsWith(prefix)))
    })
  }
}

const dateOf = (d: number) => new Date(T0 - d * 3_600_000).toISOString()
const sortKeyOf = (a: Plain) => `${a.publishedAt}|${a.id}`
const bySortKey = (x: Plain, y: Plain) => (sortKeyOf(x) < sortKeyOf(y) ? -1 : 1)
let feedIdOf: string[] = []

async function applyToDb(db: MeridianDb, o: Op, now: number): Promise<void> {
  if (o.kind === 'ingest') {
    const f = feedIdOf[o.feed]
    const articles = o.items.map((it) => makeArticle({ feedId: f, id: it.id, url: `https://news.example/${it.id}`, title: it.words.join(' '), summary: '', publishedAt: dateOf(it.day), countries: it.countries, mentions: it.mentions, topics: it.topics }))
    await ingestFeedResult(db, updated(f, `https://feed${o.feed}.example/rss`, articles), now)
  } else if (o.kind === 'read') await markRead(db, o.id, o.isRead, now)
  else if (o.kind === 'readMany') await markManyRead(db, o.ids, o.isRead, now, 3) // chunks of 3: several transactions
  else if (o.kind === 'star') await toggleStar(db, o.id)
  else if (o.kind === 'correct') await editArticleTags(db, o.id, o.edit)
  else if (o.kind === 'retag') {
    // Pages of two: with most verdicts changing a page is read and written in one transaction, with few its changed
    // articles are read again and written apart (retag.ts), so both paths run.
    const classify = async (requests: ClassifyRequest[]) => ({ version: 100 + o.shift, results: requests.map((r) => ({ ...retagged(r.title.split(' '), o.shift), evidence: { countries: {}, topics: {} } })) })
    await retagArticles(db, classify, { all: true, batchSize: 2 })
  }
  else if (o.kind === 'unsubscribe') {
    if ((await db.feeds.get(feedIdOf[o.feed])) !== undefined) await removeFeed(db, feedIdOf[o.feed])
  } else if (o.kind === 'retention') await applyRetention(db, { keepReadDays: o.keepReadDays, maxPerFeed: o.maxPerFeed }, now)
  else await indexAllPending(db)
}

const obj = (m: Map<string, number>) => Object.fromEntries([...m].sort())
const sorted = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort())

async function compare(db: MeridianDb, model: Model): Promise<void> {
  const all: View = { scope: { kind: 'all' } }
  const views: View[] = [
    all, { scope: { kind: 'unread' } }, { scope: { kind: 'starred' } }, { scope: { kind: 'feed', feedId: feedIdOf[0] } }, { ...all, order: 'oldest' },
    { ...all, countries: ['FR'] }, { ...all, countries: ['FR', 'DE'] }, { ...all, topics: ['politics'] }, { ...all, countries: ['FR'], topics: ['politics'] },
    { ...all, countries: ['DE'], unreadOnly: true }, { ...all, countries: ['US'], includeMentions: true }, { ...all, outlets: ['FR'] },
    { ...all, countries: ['DE'], excludeOutlets: ['FR'] }, { scope: { kind: 'starred' }, topics: ['sport'], unreadOnly: true },
    { scope: { kind: 'today', since: dateOf(5) } }, { scope: { kind: 'today', since: dateOf(5) }, countries: ['FR'], unreadOnly: true },
    { scope: { kind: 'folder', feedIds: feedIdOf } }, { scope: { kind: 'folder', feedIds: feedIdOf }, topics: ['sport'], order: 'oldest' },
    { ...all, countries: ['FR'], topics: ['politics'], unreadOnly: true }, { scope: { kind: 'starred' }, countries: ['DE'] },
    { scope: { kind: 'feed', feedId: feedIdOf[1] }, topics: ['sport'], unreadOnly: true }, { ...all, outlets: ['FR'], topics: ['sport'] },
  ]
  for (const v of views) {
    const want = model.list(v)
    expect((await listKeys(db, v, 100)).keys.map(idOfSortKey), JSON.stringify(v)).toEqual(want)
    await comparePaged(db, v, want)
    const head = await listHead(db, v, 3, 100)
    expect({ rows: head.rows.map((a) => a.id), keys: head.keys.map(idOfSortKey), hasMore: head.hasMore }, `head ${JSON.stringify(v)}`).toEqual({ rows: want.slice(0, 3), keys: want, hasMore: false })
    if (head.total !== undefined) expect(head.total, `total ${JSON.stringify(v)}`).toBe(want.length)
    const got = await facetCounts(db, v)
    const facets = model.facets(v)
    expect({ countries: obj(got.countries), topics: obj(got.topics), outlets: obj(got.outlets) }, `facets ${JSON.stringify(v)}`).toEqual({ countries: sorted(facets.countries), topics: sorted(facets.topics), outlets: sorted(facets.outlets) })
    // The first read of the list as the app makes it: a short head, whether more follow, and the size when counters
    // hold it (they also stop the scan once every match is found).
    const short = await listHead(db, v, 2, 3)
    expect([short.keys.map(idOfSortKey), short.rows.map((a) => a.id), short.hasMore], `short head ${JSON.stringify(v)}`).toEqual([want.slice(0, 3), want.slice(0, 2), want.length > 3])
  }
  // Each article's tags as the reader and the tag editor read them.
  for (const a of model.articles.values()) {
    const t = effective(a)
    const got = await getArticle(db, a.id)
    expect([got?.countries, got?.mentions ?? [], got?.topics].map((x) => [...(x ?? [])].sort()), `tags of ${a.id}`).toEqual([t.about, t.mentions, t.topics].map((x) => [...x].sort()))
  }
  const counts = model.counts(dateOf(5))
  expect(await smartCounts(db, dateOf(5)), 'smart views').toEqual(counts.smart)
  expect(await countUnread(db), 'unread').toBe(counts.smart.unread)
  expect([...(await countUnreadByFeed(db, feedIdOf)).values()], 'unread per feed').toEqual(counts.unreadByFeed)
  for (const [query, words, prefix] of [['alpha ', ['alpha'], undefined], ['gam', [], 'gam'], ['beta delta ', ['beta', 'delta'], undefined]] as const) {
    for (const v of [all, { ...all, countries: ['FR'] } as View, { scope: { kind: 'unread' } } as View, { scope: { kind: 'starred' } } as View, { ...all, countries: ['US'], includeMentions: true } as View, { ...all, countries: ['FR'], topics: ['politics'], unreadOnly: true } as View]) {
      const want = model.search([...words], prefix, v)
      const got = await searchArticles(db, query, { view: v, limit: 100 })
      expect(got.keys.map(idOfSortKey), `search ${query} in ${JSON.stringify(v)}`).toEqual(want)
      // Page by page (two hits a page), and with each plan forced: the posting lists read from a bound, the view, and
      // the posting lists of the terms and the view's countries intersected.
      expect(await searchPaged(db, query, v), `paged search ${query} in ${JSON.stringify(v)}`).toEqual(want)
      for (const plan of ['view', words.length ? 'term' : 'prefix', 'join'] as const) {
        expect((await searchArticles(db, query, { view: v, limit: 100, plan })).keys.map(idOfSortKey), `search ${query} by ${plan} in ${JSON.stringify(v)}`).toEqual(want)
      }
    }
  }
}

async function searchPaged(db: MeridianDb, query: string, v: View): Promise<string[]> {
  const got: string[] = []
  let after: string | undefined
  for (let page = 0; page < 20; page++) {
    const { keys, hasMore } = await searchArticles(db, query, { view: v, limit: 2, after })
    got.push(...keys.map(idOfSortKey))
    after = keys.at(-1)
    if (!hasMore) break
  }
  return got
}

/** The list read page by page, two keys at a time, as the list does when scrolled. */
async function comparePaged(db: MeridianDb, v: View, want: string[]): Promise<void> {
  const got: string[] = []
  let after: string | undefined
  for (let page = 0; page <= want.length; page++) {
    const { keys, hasMore } = await listKeys(db, v, 2, after)
    got.push(...keys.map(idOfSortKey))
    after = keys.at(-1)
    if (!hasMore) break
  }
  expect(got, `paged ${JSON.stringify(v)}`).toEqual(want)
}

describe('storage engine against a naive model', () => {
  it('every list, facet count and search equals Array.filter over plain arrays after random operations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        const db = freshDb()
        try {
          feedIdOf = [(await addFeed(db, 'https://www.lemonde.fr/rss', { outletCountry: 'FR' })).id, (await addFeed(db, 'https://news.example.com/rss')).id]
          const model = new Model()
          for (const [i, o] of ops.entries()) {
            const now = T0 + i * DAY
            model.apply(o, now)
            await applyToDb(db, o, now)
          }
          await compare(db, model)
        } finally {
          await dropDatabase(db)
        }
      }),
      { numRuns: 40 },
    )
  }, 180_000) // 40 databases: ~15 s on a quiet machine, several times that on a loaded one
})
