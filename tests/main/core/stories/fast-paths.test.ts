// The grouper's speed paths give what the plain ones give: the verdict (no reasons written) scores every dev pair as
// storyEvidence does, and an index fed features made beforehand (in a feed-text worker) groups as one that makes them.
import { describe, expect, it } from 'vitest'
import type { IncomingArticle } from '../../../../src/shared/model'
import { storyFeatures } from '../../../../src/main/core/stories/features'
import { storyEvidence, storyVerdict } from '../../../../src/main/core/stories/same-story'
import { groupIntoStories, storySeedOf, StoryIndex } from '../../../../src/main/core/stories/story-index'
import { devArticles, devPairs, freshArticles } from './dev-pairs'

describe('story grouping fast paths', () => {
  it('scores every dev pair as storyEvidence does, and decides by its threshold', () => {
    const pairs = [...devPairs(devArticles()), ...devPairs(freshArticles())]
    expect(pairs.length).toBeGreaterThan(1000)
    let linked = 0
    for (const { a, b } of pairs) {
      const fa = storyFeatures(a)
      const fb = storyFeatures(b)
      const verdict = storyVerdict(fa, fb)
      expect(verdict.score).toBe(storyEvidence(fa, fb).score)
      if (verdict.same) linked++
    }
    expect(linked).toBeGreaterThan(50)
  })

  it('groups alike with features made beforehand or by the index', () => {
    const articles: IncomingArticle[] = [...devArticles(), ...freshArticles()].map((d, i) => ({
      id: `a${i}`, feedId: `feed-${i % 7}`, url: d.url, title: d.title, summary: d.summary ?? '', language: d.lang,
      publishedAt: d.publishedAt, countries: d.about, mentions: [], topics: [], categories: [], enclosures: [],
    }) as unknown as IncomingArticle)
    const made = groupIntoStories(new StoryIndex(), articles)
    const given = groupIntoStories(new StoryIndex(), articles, articles.map((a) => storyFeatures(storySeedOf(a))))
    expect(given.map((a) => a.storyId)).toEqual(made.map((a) => a.storyId))
    expect(new Set(made.map((a) => a.storyId)).size).toBeLessThan(articles.length * 0.8)
  })
})
