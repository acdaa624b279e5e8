// An article's tags in `articleTags` (schema 36): a change of the tags alone is written there, not to the article row,
// and every later read and write keeps the tags the reader last got, whatever else changes the article.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ClassifyRequest, ClassifyResponse, CountryCode } from '../../../src/shared/model'
import { addFeed, removeFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { listArticles, setUserTags, toggleStar } from '../../../src/renderer/src/db/queries'
import { retagArticles } from '../../../src/renderer/src/db/retag'
import { MIGRATIONS_TABLE } from '../../../src/renderer/src/db/data-migrations'
import { COUNTRY_POSTINGS_STEP } from '../../../src/renderer/src/db/migrations/data-steps'
import type { Feed, MeridianDb } from '../../../src/renderer/src/db/schema'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'
import { derived, rebuilt } from './released-schemas'
import { getArticle } from './with-tags'

let db: MeridianDb
let feed: Feed

/** A classifier at `version` that tags every article with `country` + politics. */
function classifier(version: number, country: CountryCode) {
  return vi.fn(async (requests: ClassifyRequest[]): Promise<ClassifyResponse> => ({
    version,
    results: requests.map(() => ({ countries: [country], mentions: [], topics: ['politics'], evidence: { countries: {}, topics: {} } })),
  }))
}

async function ingest(ids: string[], over: { title?: string; countries?: CountryCode[] } = {}) {
  await ingestFeedResult(db, updated(feed.id, feed.url, ids.map((id) => makeArticle({ id, feedId: feed.id, countries: ['DE'], topics: ['sport'], classifierVersion: 1, ...over }))))
}

const listed = async (country: CountryCode) => (await listArticles(db, { country }, { limit: 10 })).map((a) => a.id).sort()

describe('the articleTags store', () => {
  beforeEach(async () => {
    db = freshDb()
    feed = await addFeed(db, 'https://news.example/feed.xml')
    await ingest(['a', 'b'])
  })
  afterEach(() => dropDatabase(db))

  it('takes a re-tag instead of the article row, and wins over the stale article row on read', async () => {
    await retagArticles(db, classifier(2, 'FR'))
    expect(await db.articleTags.count()).toBe(2)
    expect((await db.articles.get('a'))!.countries).toEqual(['DE']) // stale, not rewritten
    expect(await getArticle(db, 'a')).toMatchObject({ countries: ['FR'], classifierVersion: 2 })
    expect(await listed('FR')).toEqual(['a', 'b'])
    expect(await derived(db)).toEqual(await rebuilt(db))
  })

  it('keeps the re-tag through a star, a correction and a second re-tag', async () => {
    await retagArticles(db, classifier(2, 'FR'))
    await toggleStar(db, 'a')
    await setUserTags(db, 'b', { addCountries: ['JP'], removeCountries: [], addTopics: [], removeTopics: [] })
    expect(await getArticle(db, 'a')).toMatchObject({ isStarred: 1, countries: ['FR'], classifierVersion: 2 })
    expect((await getArticle(db, 'b'))!.countries.sort()).toEqual(['FR', 'JP'])
    await retagArticles(db, classifier(3, 'US'))
    expect(await getArticle(db, 'a')).toMatchObject({ isStarred: 1, countries: ['US'], classifierVersion: 3 })
    expect((await getArticle(db, 'b'))!.countries.sort()).toEqual(['JP', 'US'])
    expect(await listed('FR')).toEqual([])
    expect(await derived(db)).toEqual(await rebuilt(db))
  })

  it('gives way to a re-ingest that tags other words anew', async () => {
    await retagArticles(db, classifier(2, 'FR'))
    await ingest(['a'], { title: 'Other words', countries: ['NG'] })
    expect(await getArticle(db, 'a')).toMatchObject({ title: 'Other words', countries: ['NG'] })
    expect(await listed('NG')).toEqual(['a'])
    expect(await derived(db)).toEqual(await rebuilt(db))
  })

  it('loses an article’s tags row with the article', async () => {
    await retagArticles(db, classifier(2, 'FR'))
    await removeFeed(db, feed.id)
    expect(await db.articles.count()).toBe(0)
    expect(await db.articleTags.count()).toBe(0)
  })
})

describe('while a data step that reads article rows is pending', () => {
  beforeEach(async () => {
    db = freshDb()
    await db.table(MIGRATIONS_TABLE).put({ name: COUNTRY_POSTINGS_STEP, done: 0, processed: 0 })
    feed = await addFeed(db, 'https://news.example/feed.xml')
    await ingest(['a', 'b'])
  })
  afterEach(() => dropDatabase(db))

  it('a re-tag writes the article row with its tags too (the frozen steps read them there)', async () => {
    await retagArticles(db, classifier(2, 'FR'))
    expect((await db.articles.get('a'))!.countries).toEqual(['FR'])
    expect(await getArticle(db, 'a')).toMatchObject({ countries: ['FR'], classifierVersion: 2 })
  })
})
