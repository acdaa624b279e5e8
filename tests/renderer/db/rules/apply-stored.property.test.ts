// Property test of applying rules to stored articles: random libraries and rule sets, compared with the naive
// oracle (which articles each rule hits, in order), and the maintained lists and counters compared with a rebuild
// from the articles. Small libraries: fake-indexeddb's cursors are O(n²).
import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addFeed, setFolder, setOutletCountry } from '../../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../../src/renderer/src/db/ingest'
import { rebuildLists } from '../../../../src/renderer/src/db/article-tags'
import { applyRulesToStored } from '../../../../src/renderer/src/db/rules/apply-stored'
import { viewSortKeys, articleIdsOf } from '../../../../src/renderer/src/db/view-query'
import { countUnread } from '../../../../src/renderer/src/db/queries'
import type { MeridianDb } from '../../../../src/renderer/src/db/schema'
import type { Rule } from '../../../../src/renderer/src/db/rules/types'
import type { CountryCode, TopicId } from '../../../../src/shared/model'
import { dropDatabase, freshDb, makeArticle, updated } from '../../helpers/factories'
import { FOLDERS, rulesArb, subjectArb } from './arbitraries'
import { naiveApplying } from './oracle'

const libraryArb = fc.array(subjectArb, { minLength: 1, maxLength: 8 })

async function snapshot(db: MeridianDb) {
  const lists = (await db.lists.toArray()).sort((a, b) => (a.s < b.s ? -1 : 1))
  const counters = (await db.counters.toArray()).sort((a, b) => (a.key < b.key ? -1 : 1))
  return { lists, counters }
}

describe('applying rules to stored articles', () => {
  it('does what the oracle says to each article, and keeps lists and counters exact', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArb, rulesArb, fc.integer({ min: 1, max: 4 }), async (library, rules, batch) => {
        const db = freshDb()
        try {
          // Three feeds, one per folder; subjects pick a feed by index.
          const feeds = await Promise.all(FOLDERS.map((_, i) => addFeed(db, `https://f${i}.example/rss`)))
          await Promise.all(feeds.map((f, i) => setFolder(db, f.id, FOLDERS[i])))
          await setOutletCountry(db, feeds[0].id, 'FR')
          await setOutletCountry(db, feeds[1].id, 'DE')
          const byFeed = (s: (typeof library)[number]) => feeds[Number(s.feedId.slice(1)) - 1]
          const articles = library.map((s, i) =>
            makeArticle({ ...s, id: `a${i}`, feedId: byFeed(s).id, countries: s.countries as CountryCode[], topics: s.topics as TopicId[], publishedAt: `2026-11-0${(i % 9) + 1}T10:00:00.000Z` }),
          )
          for (const f of feeds) await ingestFeedResult(db, updated(f.id, f.url, articles.filter((a) => a.feedId === f.id)))
          // The rules speak of the arbitraries' feed names: map them to the real ids.
          const realRules: Rule[] = rules.map((r) => ({ ...r, conditions: r.conditions.map((c) => (c.kind === 'feed' ? { ...c, feedIds: c.feedIds.map((x) => feeds[Number(x.slice(1)) - 1].id) } : c)) }))
          await applyRulesToStored(db, realRules, { batch })

          const stored = new Map((await db.articles.toArray()).map((a) => [a.id, a]))
          const expectedVisible: string[] = []
          library.forEach((s, i) => {
            const a = stored.get(`a${i}`)!
            // The outlet country is the feed's, not the item's.
            const applying = naiveApplying(realRules, { ...s, feedId: byFeed(s).id, folder: FOLDERS[Number(s.feedId.slice(1)) - 1], outletCountry: a.outletCountry })
            const actions = applying.flatMap((r) => r.actions)
            const has = (k: string) => actions.some((x) => x.kind === k)
            expect([a.id, a.isHidden === 1, a.isRead === 1, a.isStarred === 1, a.isHighlighted === 1]).toEqual([a.id, has('hide'), has('markRead'), has('star'), has('highlight')])
            expect(new Set(a.labels ?? [])).toEqual(new Set(actions.flatMap((x) => (x.kind === 'label' ? [x.labelId] : []))))
            if (!has('hide')) expectedVisible.push(a.id)
          })
          expect(new Set(articleIdsOf(await viewSortKeys(db, { scope: { kind: 'all' } })))).toEqual(new Set(expectedVisible))
          expect(await countUnread(db)).toBe([...stored.values()].filter((a) => !a.isHidden && !a.isRead).length)
          const maintained = await snapshot(db)
          await db.transaction('rw', db.articles, db.lists, db.counters, () => rebuildLists(db.articles, db.lists, db.counters))
          expect(maintained).toEqual(await snapshot(db))
        } finally {
          await dropDatabase(db)
        }
      }),
      { numRuns: 40 },
    )
  }, 120_000)
})
