// Re-tagging stored articles: new classifier output lands, the reader's state and corrections survive.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ClassifyRequest, ClassifyResponse } from '../../../src/shared/model'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { listArticles, markRead, setUserTags, toggleStar } from '../../../src/renderer/src/db/queries'
import { retagArticles } from '../../../src/renderer/src/db/retag'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { RETAG_CURSOR_KEY, TAGGED_VERSION_KEY, retagIfClassifierChanged } from '../../../src/renderer/src/features/tagging/background-retag'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'
import { derived, rebuilt } from './released-schemas'

let db: MeridianDb
let feedId: string

/** A classifier at `version` that tags every article it sees with FR + politics. */
function fakeClassifier(version: number) {
  return vi.fn(async (requests: ClassifyRequest[]): Promise<ClassifyResponse> => ({
    version,
    results: requests.map(() => ({ countries: ['FR'], mentions: [], topics: ['politics'], evidence: { countries: { FR: ['Paris'] }, topics: { politics: ['minister'] } } })),
  }))
}

/** makeArticle's title for an id: what the classifier is sent. */
const titleOf = (id: string) => `Title ${id}`

beforeEach(async () => {
  db = freshDb()
  const feed = await addFeed(db, 'https://news.example/feed.xml')
  feedId = feed.id
  const articles = ['a', 'b', 'c'].map((id) => makeArticle({ id, feedId, countries: ['DE'], topics: ['sport'], classifierVersion: 1 }))
  await ingestFeedResult(db, updated(feedId, feed.url, articles))
})
afterEach(() => dropDatabase(db))

describe('retagArticles', () => {
  it('stores the new tags and version and moves the articles between tag lists', async () => {
    const summary = await retagArticles(db, fakeClassifier(2), { batchSize: 2 })
    expect(summary).toEqual({ version: 2, scanned: 3, retagged: 3 })
    const a = await db.articles.get('a')
    expect(a).toMatchObject({ countries: ['FR'], topics: ['politics'], classifierVersion: 2, classified: { countries: ['FR'], topics: ['politics'] } })
    expect(a!.tagEvidence?.countries.FR).toEqual(['Paris'])
    expect((await listArticles(db, { country: 'FR' }, { limit: 10 })).map((x) => x.id).sort()).toEqual(['a', 'b', 'c'])
    expect(await listArticles(db, { country: 'DE' }, { limit: 10 })).toEqual([])
  })

  it('keeps a star and a read mark made while the classifier was working', async () => {
    const tagged = fakeClassifier(2)
    const reader: Promise<unknown>[] = []
    const classify = async (requests: ClassifyRequest[]) => {
      // The reader, while the batch is being classified: the clicks do not wait for the classifier, nor it for them.
      if (requests.length) reader.push(toggleStar(db, 'a'), markRead(db, 'c', true))
      return tagged(requests)
    }
    expect(await retagArticles(db, classify, { all: true })).toEqual({ version: 2, scanned: 3, retagged: 3 })
    await Promise.all(reader)
    expect(await db.articles.get('a')).toMatchObject({ isStarred: 1, countries: ['FR'] })
    expect(await db.articles.get('c')).toMatchObject({ isRead: 1, countries: ['FR'] })
    expect((await listArticles(db, { country: 'FR', starredOnly: true }, { limit: 10 })).map((x) => x.id)).toEqual(['a'])
  })

  it('keeps read, starred and the reader corrections', async () => {
    await markRead(db, 'a', true)
    await toggleStar(db, 'b')
    await setUserTags(db, 'c', { addCountries: ['JP'], removeCountries: ['FR'], addTopics: [], removeTopics: [] })
    await retagArticles(db, fakeClassifier(2))
    expect(await db.articles.get('a')).toMatchObject({ isRead: 1 })
    expect(await db.articles.get('b')).toMatchObject({ isStarred: 1 })
    expect(await db.articles.get('c')).toMatchObject({ countries: ['JP'], topics: ['politics'], classified: { countries: ['FR'] } })
    expect((await listArticles(db, { country: 'JP' }, { limit: 10 })).map((x) => x.id)).toEqual(['c'])
  })

  it('writes nothing for articles the classifier tags as they are stored', async () => {
    await retagArticles(db, fakeClassifier(2))
    const puts = vi.spyOn(db.articles, 'bulkPut')
    const again = await retagArticles(db, fakeClassifier(2), { all: true })
    expect(again).toEqual({ version: 2, scanned: 3, retagged: 0 })
    expect(puts).not.toHaveBeenCalled()
  })

  it('leaves an article the new version tags as before unwritten, with the version that tagged it', async () => {
    await retagArticles(db, fakeClassifier(2))
    const reader: Promise<unknown>[] = []
    const v3 = vi.fn(async (requests: ClassifyRequest[]): Promise<ClassifyResponse> => {
      // While the page is classified, the reader corrects an article the new version leaves as it is.
      if (requests.length) reader.push(setUserTags(db, 'a', { addCountries: ['JP'], removeCountries: [], addTopics: [], removeTopics: [] }))
      const v2 = (await fakeClassifier(2)(requests)).results
      return { version: 3, results: requests.map((r, i) => (r.title === titleOf('c') ? { ...v2[i]!, countries: ['BR'] } : v2[i]!)) }
    })
    const puts = vi.spyOn(db.articles, 'bulkPut')
    expect(await retagArticles(db, v3, { all: true })).toEqual({ version: 3, scanned: 3, retagged: 1 })
    await Promise.all(reader)
    expect(puts.mock.calls.flatMap(([rows]) => rows.map((r) => r.id)).filter((id) => id !== 'a')).toEqual(['c'])
    expect(await db.articles.get('a')).toMatchObject({ countries: ['FR', 'JP'], classifierVersion: 2 })
    expect(await db.articles.get('b')).toMatchObject({ countries: ['FR'], classifierVersion: 2 })
    expect(await db.articles.get('c')).toMatchObject({ countries: ['BR'], classifierVersion: 3 })
    expect((await listArticles(db, { country: 'JP' }, { limit: 10 })).map((x) => x.id)).toEqual(['a'])
    expect(await derived(db)).toEqual(await rebuilt(db))
  })

  it('keeps what the reader did while few verdicts changed and their page was classified', async () => {
    await retagArticles(db, fakeClassifier(2))
    const reader: Promise<unknown>[] = []
    const v3 = async (requests: ClassifyRequest[]): Promise<ClassifyResponse> => {
      // No transaction is open while a page with few changes is classified: these land before its verdicts.
      if (requests.length) reader.push(toggleStar(db, 'c'), markRead(db, 'c', true), setUserTags(db, 'c', { addCountries: ['JP'], removeCountries: [], addTopics: [], removeTopics: [] }))
      const v2 = (await fakeClassifier(2)(requests)).results
      return { version: 3, results: requests.map((r, i) => (r.title === titleOf('c') ? { ...v2[i]!, countries: ['BR'] } : v2[i]!)) }
    }
    expect(await retagArticles(db, v3, { all: true })).toEqual({ version: 3, scanned: 3, retagged: 1 })
    await Promise.all(reader)
    const c = await db.articles.get('c')
    expect(c).toMatchObject({ isStarred: 1, isRead: 1, classifierVersion: 3, classified: { countries: ['BR'] } })
    expect(c!.countries.sort()).toEqual(['BR', 'JP'])
    expect(await derived(db)).toEqual(await rebuilt(db))
  })

  it('drops a verdict for an article whose words changed after its page was read', async () => {
    await retagArticles(db, fakeClassifier(2))
    const reader: Promise<unknown>[] = []
    const v3 = async (requests: ClassifyRequest[]): Promise<ClassifyResponse> => {
      // Re-ingested with other words (and the tags the current classifier gave them) while the page is classified.
      if (requests.length) reader.push(ingestFeedResult(db, updated(feedId, 'https://news.example/feed.xml', [makeArticle({ id: 'c', feedId, title: 'Other words', countries: ['NG'], topics: ['sport'], classifierVersion: 3 })])))
      const v2 = (await fakeClassifier(2)(requests)).results
      return { version: 3, results: requests.map((r, i) => (r.title === titleOf('c') ? { ...v2[i]!, countries: ['BR'] } : v2[i]!)) }
    }
    await retagArticles(db, v3, { all: true })
    await Promise.all(reader)
    expect(await db.articles.get('c')).toMatchObject({ title: 'Other words', countries: ['NG'], classifierVersion: 3 })
    expect(await derived(db)).toEqual(await rebuilt(db))
  })

  it('re-tags page by page and keeps what the reader did meanwhile', async () => {
    const more = ['d', 'e', 'f', 'g'].map((id) => makeArticle({ id, feedId, countries: ['DE'], topics: ['sport'], classifierVersion: 1 }))
    await ingestFeedResult(db, updated(feedId, 'https://news.example/feed.xml', more))
    const tagged = fakeClassifier(2)
    const seen: string[][] = []
    const reader: Promise<unknown>[] = []
    const classify = async (requests: ClassifyRequest[]) => {
      seen.push(requests.map((r) => r.title))
      // While the second page is classified: a star on an article of the first, a correction on one of the third.
      if (seen.length === 3) reader.push(toggleStar(db, 'a'), setUserTags(db, 'e', { addCountries: ['JP'], removeCountries: [], addTopics: [], removeTopics: [] }))
      return tagged(requests)
    }
    const progress: number[] = []
    const summary = await retagArticles(db, classify, { batchSize: 2, onProgress: (p) => progress.push(p.scanned) })
    await Promise.all(reader)
    expect(summary).toEqual({ version: 2, scanned: 7, retagged: 7 })
    expect(progress).toEqual([2, 4, 6, 7])
    expect(await db.articles.get('a')).toMatchObject({ isStarred: 1, countries: ['FR'] })
    expect((await db.articles.get('e'))!.countries.sort()).toEqual(['FR', 'JP'])
    // Every derived row (lists, counters, search) equals what today's code rebuilds from the articles.
    expect(await derived(db)).toEqual(await rebuilt(db))
  })

  it('stops between pages when aborted, and a later run finishes', async () => {
    const stop = new AbortController()
    const classify = fakeClassifier(2)
    const first = await retagArticles(db, classify, { batchSize: 1, signal: stop.signal, onProgress: () => stop.abort() })
    expect(first.retagged).toBe(1)
    expect((await retagArticles(db, classify)).retagged).toBe(2)
    expect(await derived(db)).toEqual(await rebuilt(db))
  })

  it('sends only articles of another version unless asked to re-tag all', async () => {
    const v1 = fakeClassifier(1)
    expect((await retagArticles(db, v1)).retagged).toBe(0)
    expect(v1).toHaveBeenCalledTimes(1) // the version probe only
    const all = await retagArticles(db, v1, { all: true })
    expect(all.retagged).toBe(3)
  })
})

describe('retagIfClassifierChanged', () => {
  it('runs once per classifier version and remembers it', async () => {
    const store = new Map<string, string>()
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) }
    const classify = fakeClassifier(3)
    expect((await retagIfClassifierChanged(db, { classifyArticles: classify }, storage))?.retagged).toBe(3)
    expect(store.get(TAGGED_VERSION_KEY)).toBe('3')
    classify.mockClear()
    expect(await retagIfClassifierChanged(db, { classifyArticles: classify }, storage)).toBeUndefined()
    expect(classify).toHaveBeenCalledTimes(1)
  })

  it('resumes a pass cut short after the last page it did, and only for the same version', async () => {
    await retagArticles(db, fakeClassifier(2))
    const store = new Map<string, string>()
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) }
    const sent: string[][] = []
    const asVersion = (version: number, failOnPage?: number) => async (requests: ClassifyRequest[]) => {
      if (requests.length) sent.push(requests.map((r) => r.title))
      if (failOnPage === sent.length) throw new Error('the window closed')
      return { ...(await fakeClassifier(2)(requests)), version } // the same tags: no article is rewritten
    }
    expect(await retagIfClassifierChanged(db, { classifyArticles: asVersion(3, 2) }, storage, 1)).toBeUndefined()
    expect(store.get(TAGGED_VERSION_KEY)).toBeUndefined()
    expect(sent).toEqual([[titleOf('a')], [titleOf('b')]])
    expect(JSON.parse(store.get(RETAG_CURSOR_KEY)!)).toEqual({ version: 3, after: 'a' })
    sent.length = 0
    expect((await retagIfClassifierChanged(db, { classifyArticles: asVersion(3) }, storage, 1))?.scanned).toBe(2)
    expect(sent).toEqual([[titleOf('b')], [titleOf('c')]])
    expect(store.get(TAGGED_VERSION_KEY)).toBe('3')
    sent.length = 0
    await retagIfClassifierChanged(db, { classifyArticles: asVersion(4) }, storage, 1)
    expect(sent.flat()).toEqual(['a', 'b', 'c'].map(titleOf))
  })
})
