// Story summaries ("3 sources · 2 countries") against an independent oracle: random ingests (stories growing across
// bursts, members re-dated), outlet changes, unsubscribes and member rows of the shape written before session 18
// (no sortKey) are applied, and every story's summary must equal a plain grouping of the stored articles by storyId.
import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addFeed, removeFeed, setOutletCountry } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import type { Feed, MeridianDb } from '../../../src/renderer/src/db/schema'
import { storySummaries, type StorySummary } from '../../../src/renderer/src/db/stories'
import { outletKeyOfMembership } from '../../../src/renderer/src/db/story-summaries'
import type { CountryCode } from '../../../src/shared/model'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'

const ARTICLES = 10
const SEEDS = ['a0', 'a1', 'a2']
const FEEDS = 3
const OUTLETS: (CountryCode | undefined)[] = ['GB', 'FR', undefined]
const T0 = Date.parse('2026-11-20T00:00:00.000Z')

type Op =
  | { kind: 'ingest'; items: { n: number; hour: number }[] }
  | { kind: 'outlet'; feed: number; code: CountryCode | undefined }
  | { kind: 'unsubscribe'; feed: number }
  | { kind: 'oldRows' }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('ingest' as const), items: fc.array(fc.record({ n: fc.nat(ARTICLES - 1), hour: fc.nat(3) }), { minLength: 1, maxLength: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('outlet' as const), feed: fc.nat(FEEDS - 1), code: fc.constantFrom(...OUTLETS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unsubscribe' as const), feed: fc.nat(FEEDS - 1) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'oldRows' as const }) },
)

/** Article n's story never changes (the grouper's storyId is kept); a seed is its own story. */
const storyArb = fc.array(fc.constantFrom(...SEEDS, 'self'), { minLength: ARTICLES, maxLength: ARTICLES })

async function oracle(db: MeridianDb): Promise<Record<string, StorySummary>> {
  const byStory = new Map<string, string[]>()
  for (const a of await db.articles.toArray()) {
    if (!a.storyId) continue
    byStory.set(a.storyId, [...(byStory.get(a.storyId) ?? []), a.outletCountry ?? `feed:${a.feedId}`])
  }
  const out: Record<string, StorySummary> = {}
  for (const [story, outlets] of byStory) if (outlets.length > 1) out[story] = { sources: outlets.length, countries: new Set(outlets).size }
  return out
}

async function apply(db: MeridianDb, feeds: Feed[], stories: string[], op: Op): Promise<void> {
  if (op.kind === 'ingest') {
    // Article n comes from feed n % FEEDS, one burst per feed.
    for (let f = 0; f < FEEDS; f++) {
      const items = op.items.filter((it) => it.n % FEEDS === f)
      if (items.length === 0) continue
      const articles = [...new Map(items.map((it) => [it.n, it])).values()].map(({ n, hour }) => {
        const id = `a${n}`
        const story = SEEDS.includes(id) ? id : stories[n] === 'self' ? id : stories[n]
        return makeArticle({ feedId: feeds[f].id, id, storyId: story, publishedAt: new Date(T0 + hour * 3_600_000).toISOString() })
      })
      await ingestFeedResult(db, updated(feeds[f].id, feeds[f].url, articles))
    }
  } else if (op.kind === 'outlet') {
    await setOutletCountry(db, feeds[op.feed].id, op.code)
  } else if (op.kind === 'unsubscribe') {
    await removeFeed(db, feeds[op.feed].id)
    feeds[op.feed] = await addFeed(db, `https://f${op.feed}-${Math.random().toString(36).slice(2)}.example/rss`)
  } else {
    await db.storyMembers.toCollection().modify((r) => { delete r.k })
  }
}

describe('story summaries against the stored articles', () => {
  it('counts sources and outlet countries as a grouping of the stored articles does', async () => {
    await fc.assert(
      fc.asyncProperty(storyArb, fc.array(opArb, { minLength: 1, maxLength: 12 }), async (stories, ops) => {
        const db = freshDb()
        try {
          const feeds: Feed[] = []
          for (let f = 0; f < FEEDS; f++) feeds.push(await addFeed(db, `https://f${f}.example/rss`, { outletCountry: OUTLETS[f] }))
          for (const op of ops) {
            await apply(db, feeds, stories, op)
            const asked = [...SEEDS, ...Array.from({ length: ARTICLES }, (_, n) => `a${n}`)]
            expect(Object.fromEntries(await storySummaries(db, asked))).toEqual(await oracle(db))
          }
        } finally {
          await dropDatabase(db)
        }
      }),
      { numRuns: 60 },
    )
  }, 120_000)
})

describe('outletKeyOfMembership', () => {
  it.each([
    [' f:feed-1 c:FR t:sport o:GB u ', 'GB'],
    [' f:feed-1 c:FR n:DE l:lab-1 s ', 'feed:feed-1'],
    [' f:feed-1 l:o:x o:PE ', 'PE'],
    ['  ', undefined],
  ])('reads %j as %j', (m, key) => {
    expect(outletKeyOfMembership(m)).toBe(key)
  })
})
