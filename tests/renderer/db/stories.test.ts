import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import type { Feed, MeridianDb } from '../../../src/renderer/src/db/schema'
import { onePerStory, recentStorySeeds, storiesOf, storySources, storySummaries } from '../../../src/renderer/src/db/stories'
import { dropDatabase, freshDb, hoursAgo, makeArticle, updated } from '../helpers/factories'

let db: MeridianDb
let wire: Feed
let paper: Feed

beforeEach(async () => {
  db = freshDb()
  wire = await addFeed(db, 'https://wire.example/rss')
  paper = await addFeed(db, 'https://paper.example/rss')
  await db.feeds.update(wire.id, { outletCountry: 'GB' })
  await db.feeds.update(paper.id, { outletCountry: 'PE' })
})
afterEach(() => dropDatabase(db))

async function ingestStory() {
  // The wire's report starts the story; the paper's joins it; a lone article has no story of its own here.
  await ingestFeedResult(db, updated(wire.id, wire.url, [
    makeArticle({ feedId: wire.id, id: 'w1', storyId: 'w1', publishedAt: hoursAgo(3), countries: ['PE'] }),
    makeArticle({ feedId: wire.id, id: 'w2', storyId: 'w2', publishedAt: hoursAgo(1) }),
  ]))
  await ingestFeedResult(db, updated(paper.id, paper.url, [makeArticle({ feedId: paper.id, id: 'p1', storyId: 'w1', publishedAt: hoursAgo(2), countries: ['PE'] })]))
}

describe('stories in storage', () => {
  it('keeps the members of stories with two or more articles, and nothing for single ones', async () => {
    await ingestStory()
    expect(Object.fromEntries(await storiesOf(db, ['w1', 'w2', 'p1']))).toEqual({ w1: 'w1', p1: 'w1' })
    expect((await storySources(db, 'w1')).map((a) => a.id)).toEqual(['p1', 'w1'])
    expect(Object.fromEntries(await storySummaries(db, ['w1']))).toEqual({ w1: { sources: 2, countries: 2 } })
  })

  it('keeps a stored article in its story when it comes again without one', async () => {
    await ingestStory()
    await ingestFeedResult(db, updated(paper.id, paper.url, [makeArticle({ feedId: paper.id, id: 'p1', title: 'Toll rises', publishedAt: hoursAgo(2), countries: ['PE'] })]))
    expect((await db.articles.get('p1'))?.storyId).toBe('w1')
  })

  it('hands the grouper the last days of articles with their stories', async () => {
    await ingestStory()
    const seeds = await recentStorySeeds(db, Date.now())
    expect(seeds.map((s) => [s.id, s.storyId])).toEqual([['w2', 'w2'], ['p1', 'w1'], ['w1', 'w1']])
    expect(await recentStorySeeds(db, Date.now() + 80 * 3600_000)).toEqual([])
  })
})

describe('onePerStory', () => {
  it('keeps exactly the first row of each story and every row without one (naive oracle)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom('s1', 's2', 's3'), { nil: undefined }), { maxLength: 30 }), (stories) => {
        const keys = stories.map((_, i) => `2026-01-01T00:00:${String(59 - i).padStart(2, '0')}Z|a${i}`)
        const storyOf = new Map(stories.flatMap((s, i) => (s ? [[`a${i}`, s] as const] : [])))
        const kept = onePerStory(keys, storyOf, (k) => k.split('|')[1])
        const expected = keys.filter((_, i) => stories[i] === undefined || stories.indexOf(stories[i]) === i)
        expect(kept).toEqual(expected)
      }),
    )
  })
})
