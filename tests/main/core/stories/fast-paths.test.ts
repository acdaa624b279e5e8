// The grouper's speed path gives what the plain one gives: the verdict (no reasons written) scores every dev pair as
// storyEvidence does.
import { describe, expect, it } from 'vitest'
import { storyFeatures } from '../../../../src/main/core/stories/features'
import { storyEvidence, storyVerdict } from '../../../../src/main/core/stories/same-story'
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
})
