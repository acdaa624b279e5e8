// Schema 35: an article's tags live in its list row, not its article row. A re-tag leaves the article row as it was;
// a library stored before 35 reads its tags from the article rows until the background step moves them, and what the
// reader and a re-tag do meanwhile survives the step.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ClassifyRequest, ClassifyResponse } from '../../../src/shared/model'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { listArticles, setUserTags, toggleStar } from '../../../src/renderer/src/db/queries'
import { retagArticles } from '../../../src/renderer/src/db/retag'
import { openDatabase, type MeridianDb } from '../../../src/renderer/src/db/schema'
import { runDataMigrations } from '../../../src/renderer/src/db/data-migrations'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'
import { createAt, derived, rebuilt } from './released-schemas'
import { getArticle } from './with-tags'

const TAG_KEYS = ['countries', 'topics', 'mentions', 'classified', 'tagEvidence', 'classifierVersion']

/** A classifier at `version` that tags every article with `country` + politics. */
const classifier = (version: number, country: string) =>
  vi.fn(async (requests: ClassifyRequest[]): Promise<ClassifyResponse> => ({
    version,
    results: requests.map(() => ({ countries: [country], mentions: ['UA'], topics: ['politics'], evidence: { countries: { [country]: ['dateline'] }, topics: {} } })),
  }))

let db: MeridianDb
afterEach(() => dropDatabase(db))

describe('tags in the list rows (schema 35)', () => {
  it('stores new articles with their tags in the list row only, and a re-tag rewrites no article row', async () => {
    db = freshDb()
    const feed = await addFeed(db, 'https://news.example/feed.xml')
    await ingestFeedResult(db, updated(feed.id, feed.url, ['a', 'b'].map((id) => makeArticle({ id, feedId: feed.id, countries: ['DE'], topics: ['sport'], classifierVersion: 1 }))))
    const rowsBefore = await db.articles.orderBy(':id').toArray()
    expect(rowsBefore.flatMap((r) => Object.keys(r).filter((k) => TAG_KEYS.includes(k)))).toEqual([])
    expect((await db.lists.toArray()).map((r) => r.g?.countries)).toEqual([['DE'], ['DE']])

    await retagArticles(db, classifier(2, 'FR'))
    // The article rows are exactly as they were; the tags changed in the list rows.
    expect(await db.articles.orderBy(':id').toArray()).toEqual(rowsBefore)
    expect(await getArticle(db, 'a')).toMatchObject({ countries: ['FR'], mentions: ['UA'], classifierVersion: 2, classified: { countries: ['FR'] } })
    expect((await listArticles(db, { country: 'FR' }, { limit: 10 })).map((x) => x.id).sort()).toEqual(['a', 'b'])
    expect(await derived(db)).toEqual(await rebuilt(db))
  })

  it('reads a schema-34 library from its article rows until the step moves the tags; a re-tag and corrections made meanwhile survive it', async () => {
    const name = `tags-34-${Math.random().toString(36).slice(2)}`
    await createAt(34, name)
    db = openDatabase(name)
    await db.open()
    // Not moved yet: the article rows hold the tags, the list rows none, and reads find them.
    expect((await db.lists.toArray()).filter((r) => r.g)).toEqual([])
    expect(await getArticle(db, 'd')).toMatchObject({ countries: ['JP', 'KR'], classified: { countries: ['JP'] } })
    expect((await listArticles(db, { country: 'KR' }, { limit: 10 })).map((x) => x.id)).toEqual(['d'])

    // Before the step: a correction, a star, then a re-tag that changes every article's countries.
    await setUserTags(db, 'a', { addCountries: ['EG'], removeCountries: [], addTopics: [], removeTopics: [] })
    await toggleStar(db, 'b')
    await retagArticles(db, classifier(2, 'BR'))
    // Written before the step was done: the article rows keep their tags too (older steps read them there).
    expect((await db.articles.get('a'))?.countries).toEqual(['BR', 'EG'])
    expect(await getArticle(db, 'a')).toMatchObject({ countries: ['BR', 'EG'], classifierVersion: 2 })

    expect(await runDataMigrations(db, { pauseMs: 0 })).toBe(true)
    const rows = await db.articles.orderBy(':id').toArray()
    expect(rows.flatMap((r) => Object.keys(r).filter((k) => TAG_KEYS.includes(k)))).toEqual([])
    expect(await getArticle(db, 'a')).toMatchObject({ countries: ['BR', 'EG'], userTags: { addCountries: ['EG'] }, classifierVersion: 2 })
    expect(await getArticle(db, 'b')).toMatchObject({ isStarred: 1, isRead: 1, countries: ['BR'] })
    expect(await getArticle(db, 'd')).toMatchObject({ countries: ['BR', 'KR'], isRead: 1, isStarred: 1 })
    expect((await listArticles(db, { country: 'EG' }, { limit: 10 })).map((x) => x.id)).toEqual(['a'])
    expect(await derived(db)).toEqual(await rebuilt(db))

    // After the step a re-tag writes the list rows alone, and a correction still lands.
    await retagArticles(db, classifier(3, 'CL'))
    expect(await db.articles.orderBy(':id').toArray()).toEqual(rows)
    await setUserTags(db, 'c', { addCountries: [], removeCountries: ['CL'], addTopics: ['health'], removeTopics: [] })
    expect(await getArticle(db, 'c')).toMatchObject({ countries: [], topics: ['politics', 'health'], classified: { countries: ['CL'] } })
    expect(await derived(db)).toEqual(await rebuilt(db))
  })
})
