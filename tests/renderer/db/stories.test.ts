import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed, setOutletCountry } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import type { Feed, MeridianDb } from '../../../src/renderer/src/db/schema'
import { onePerStory, recentStorySeeds, storiesOf, StoryLookup, storySources, storySummaries } from '../../../src/renderer/src/db/stories'
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

describe('story rows written', () => {
  it("writes a story's first row once, not again with every burst that adds a member", async () => {
    const local = freshDb()
    const puts: string[][] = []
    local.use({ stack: 'dbcore', name: 'count-story-puts', create: (down) => ({ ...down, table(name) {
      const table = down.table(name)
      return name !== 'storyMembers' ? table : { ...table, mutate: (req) => (req.type === 'put' && puts.push(req.values.map((v: { id: string }) => v.id)), table.mutate(req)) }
    } }) })
    try {
      const a = await addFeed(local, 'https://wire.example/rss')
      const b = await addFeed(local, 'https://paper.example/rss')
      await ingestFeedResult(local, updated(a.id, a.url, [makeArticle({ feedId: a.id, id: 'w1', storyId: 'w1', publishedAt: hoursAgo(3) })]))
      expect(puts).toEqual([])
      await ingestFeedResult(local, updated(b.id, b.url, [makeArticle({ feedId: b.id, id: 'p1', storyId: 'w1', publishedAt: hoursAgo(2) })]))
      await ingestFeedResult(local, updated(b.id, b.url, [makeArticle({ feedId: b.id, id: 'p2', storyId: 'w1', publishedAt: hoursAgo(1) })]))
      // A story whose first two articles come in one burst: both rows at once.
      await ingestFeedResult(local, updated(a.id, a.url, [makeArticle({ feedId: a.id, id: 'w3', storyId: 'w3' }), makeArticle({ feedId: a.id, id: 'w4', storyId: 'w3' })]))
      expect(puts.map((ids) => ids.sort())).toEqual([['p1', 'w1'], ['p2'], ['w3', 'w4']])
      expect((await local.storyMembers.toArray()).map((r) => [r.id, r.s])).toEqual([['p1', 'w1'], ['p2', 'w1'], ['w1', 'w1'], ['w3', 'w3'], ['w4', 'w3']])
      expect((await storySources(local, 'w1')).map((x) => x.id)).toEqual(['p2', 'p1', 'w1'])
    } finally {
      await dropDatabase(local)
    }
  })
})

describe('storySummaries reads', () => {
  it("reads a member's list row, not its article, and the article when the row's sortKey is stale", async () => {
    const local = freshDb()
    const articleReads: string[] = []
    local.use({ stack: 'dbcore', name: 'count-article-reads', create: (down) => ({ ...down, table(name) {
      const table = down.table(name)
      return name !== 'articles' ? table : { ...table, getMany: (req) => (articleReads.push(...(req.keys as string[])), table.getMany(req)), get: (req) => (articleReads.push(req.key as string), table.get(req)) }
    } }) })
    try {
      const a = await addFeed(local, 'https://wire.example/rss', { outletCountry: 'GB' })
      const b = await addFeed(local, 'https://paper.example/rss')
      // w1 and w3 start the story in one burst (both rows carry their sortKeys); p1 joins later.
      await ingestFeedResult(local, updated(a.id, a.url, [
        makeArticle({ feedId: a.id, id: 'w1', storyId: 'w1', publishedAt: hoursAgo(3) }),
        makeArticle({ feedId: a.id, id: 'w3', storyId: 'w1', publishedAt: hoursAgo(2) }),
      ]))
      await ingestFeedResult(local, updated(b.id, b.url, [makeArticle({ feedId: b.id, id: 'p1', storyId: 'w1', publishedAt: hoursAgo(1) })]))
      articleReads.length = 0
      expect(Object.fromEntries(await storySummaries(local, ['w1']))).toEqual({ w1: { sources: 3, countries: 2 } })
      expect(articleReads).toEqual([])
      // w1 comes again with a new date: its row's sortKey names a list row that is gone, so its article is read.
      await ingestFeedResult(local, updated(a.id, a.url, [makeArticle({ feedId: a.id, id: 'w1', storyId: 'w1', publishedAt: hoursAgo(4) })]))
      articleReads.length = 0
      expect(Object.fromEntries(await storySummaries(local, ['w1']))).toEqual({ w1: { sources: 3, countries: 2 } })
      expect(articleReads).toEqual(['w1'])
      // The paper's outlet becomes British: its list row says so at once.
      await setOutletCountry(local, b.id, 'GB')
      expect(Object.fromEntries(await storySummaries(local, ['w1']))).toEqual({ w1: { sources: 3, countries: 1 } })
    } finally {
      await dropDatabase(local)
    }
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

describe('StoryLookup', () => {
  const NOW = Date.parse('2026-12-07T12:00:00Z')
  const keyOf = (id: string, daysAgo: number) => `${new Date(NOW - daysAgo * 86_400_000).toISOString()}|${id}`

  it('answers like storiesOf after every ingest and page, reading only what it has not seen (oracle)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ newIds: fc.integer({ min: 0, max: 4 }), join: fc.option(fc.nat(40), { nil: undefined }) }), { minLength: 1, maxLength: 8 }),
        async (steps) => {
          const local = freshDb()
          const lookup = new StoryLookup(local)
          const keys: string[] = []
          const storyOf = new Map<string, string>()
          try {
            for (const step of steps) {
              // New articles, newest first; the newest may join the story of a listed article that starts or has none,
              // as the grouper does (ingest writes the joiner's row and the first article's).
              for (let k = 0; k < step.newIds; k++) keys.unshift(keyOf(`n${keys.length}`, 0))
              const newest = keys[0]?.split('|')[1]
              const firsts = keys.slice(1).map((k) => k.split('|')[1]).filter((id) => (storyOf.get(id) ?? id) === id)
              if (step.join !== undefined && newest && !storyOf.has(newest) && firsts.length) {
                const first = firsts[step.join % firsts.length]
                storyOf.set(newest, first).set(first, first)
                await local.storyMembers.bulkPut([{ id: newest, s: first }, { id: first, s: first }])
              }
              const generation = await local.storyMembers.count()
              const got = await lookup.storiesOfKeys(keys, generation, NOW)
              expect(got).toEqual(await storiesOf(local, keys.map((k) => k.split('|')[1])))
            }
          } finally {
            await dropDatabase(local)
          }
        },
      ),
      { numRuns: 25 },
    )
  })

  it('reads nothing again for an unchanged list, and only recent articles after an ingest', async () => {
    const keys = [keyOf('new', 0), keyOf('old', 30)]
    await db.storyMembers.bulkPut([{ id: 'old', s: 'old' }, { id: 'x', s: 'old' }])
    const lookup = new StoryLookup(db)
    const read: string[][] = []
    const bulkGet = db.storyMembers.bulkGet.bind(db.storyMembers)
    db.storyMembers.bulkGet = ((ids: string[]) => (read.push([...ids]), bulkGet(ids))) as typeof db.storyMembers.bulkGet
    expect(Object.fromEntries(await lookup.storiesOfKeys(keys, 1, NOW))).toEqual({ old: 'old' })
    expect(Object.fromEntries(await lookup.storiesOfKeys(keys, 1, NOW))).toEqual({ old: 'old' })
    await db.storyMembers.bulkPut([{ id: 'new', s: 'new' }, { id: 'y', s: 'new' }])
    expect(Object.fromEntries(await lookup.storiesOfKeys(keys, 2, NOW))).toEqual({ old: 'old', new: 'new' })
    expect(read).toEqual([['new', 'old'], ['new']])
  })
})
