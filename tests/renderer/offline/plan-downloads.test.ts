// The download planner after a stored poll result: a result none of whose articles needs its page opens no
// transaction (a refresh of full-content feeds must not take the articles table for writing once per feed).
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { planDownloads } from '../../../src/renderer/src/db/offline/plan-downloads'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { needsFullText } from '../../../src/renderer/src/offline/needs-full-text'
import { updateOfflineSettings } from '../../../src/renderer/src/db/offline/settings'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'
import { seedFeed } from './offline-helpers'

let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(async () => {
  vi.restoreAllMocks()
  await dropDatabase(db)
})

const FULL = `<p>${'A whole article, long enough to read without its page. '.repeat(30)}</p>`

/** A stored feed of three articles and the poll result that stored them, with the given bodies. */
async function storedResult(bodies: string[]) {
  const feed = await seedFeed(db, 'https://news.example/rss', bodies.length, (i) => ({ url: `https://news.example/a${i}`, contentHtml: bodies[i], summary: '' }))
  const stored = await db.articles.toArray()
  return { feed, result: updated(feed.id, feed.url, stored.map((a) => makeArticle({ ...a }))) }
}

describe('planDownloads', () => {
  it('opens no transaction when no article of the result needs its page', async () => {
    const { result } = await storedResult([FULL, FULL, FULL])
    const transaction = vi.spyOn(db, 'transaction')
    expect(await planDownloads(db, [result], needsFullText)).toEqual([])
    expect(transaction).not.toHaveBeenCalled()
  })

  it('asks for the teasers among them, once each', async () => {
    const { result } = await storedResult([FULL, '<p>Read more…</p>', ''])
    const ids = (await db.articles.toArray()).filter((a) => a.contentHtml !== FULL).map((a) => a.id).sort()
    expect((await planDownloads(db, [result], needsFullText)).map((r) => r.articleId).sort()).toEqual(ids)
    expect(await planDownloads(db, [result], needsFullText)).toEqual([]) // recorded: never asked twice
  })

  it('ignores malformed incoming articles', async () => {
    const { result } = await storedResult([''])
    const articles = result.kind === 'updated' ? result.articles : []
    const bad = { ...result, articles: [null, 42, { id: 7 }, ...articles] } as unknown as typeof result
    expect(await planDownloads(db, [bad], needsFullText)).toHaveLength(1)
  })

  it('plans a batch of results in one transaction, each feed capped and judged apart', async () => {
    const a = await seedFeed(db, 'https://a.example/rss', 60, (i) => ({ url: `https://a.example/${i}`, contentHtml: '', summary: '' }), 'a')
    const b = await seedFeed(db, 'https://b.example/rss', 2, (i) => ({ url: `https://b.example/${i}`, contentHtml: i === 0 ? FULL : '', summary: '' }), 'b')
    const c = await seedFeed(db, 'https://c.example/rss', 2, (i) => ({ url: `https://c.example/${i}`, contentHtml: '', summary: '' }), 'c')
    await updateOfflineSettings(db, { feedModes: { [c.id]: 'never' } })
    const stored = await db.articles.toArray()
    const resultOf = (feed: { id: string; url: string }) => updated(feed.id, feed.url, stored.filter((x) => x.feedId === feed.id).map((x) => makeArticle({ ...x })))
    const transaction = vi.spyOn(db, 'transaction')
    const requests = await planDownloads(db, [resultOf(a), resultOf(b), resultOf(c)], needsFullText)
    expect(transaction).toHaveBeenCalledTimes(1)
    const newestOfA = stored.filter((x) => x.feedId === a.id).sort((x, y) => (x.sortKey < y.sortKey ? 1 : -1)).slice(0, 50).map((x) => x.id)
    const teaserOfB = stored.filter((x) => x.feedId === b.id && x.contentHtml !== FULL).map((x) => x.id)
    expect(requests.map((r) => r.articleId).sort()).toEqual([...newestOfA, ...teaserOfB].sort())
  })
})
