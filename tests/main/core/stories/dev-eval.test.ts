// The grouper on its dev set (tuned on; the reported figure comes from the frozen set in bench/grouping-eval.ts).
// Floors sit just under the tuned figures so a change that breaks grouping fails here.
import { describe, expect, it } from 'vitest'
import { storyFeatures } from '../../../../src/main/core/stories/features'
import { sameStory } from '../../../../src/main/core/stories/same-story'
import { devPairs } from './dev-pairs'

describe('story grouping on the dev set', () => {
  it('keeps precision and recall above their floors', () => {
    let tp = 0, fp = 0, fn = 0
    for (const { a, b, same } of devPairs()) {
      const said = sameStory(storyFeatures(a), storyFeatures(b))
      if (said && same) tp++
      else if (said) fp++
      else if (same) fn++
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.98)
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.93)
  })
})
