import { describe, expect, it, vi } from 'vitest'
import { countSharedSorted, StemIds } from '../../../../src/main/core/stories/stem-ids'
import { StoryIndex, type StorySeed } from '../../../../src/main/core/stories/story-index'
import { devArticles } from './dev-pairs'

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** Distinct stems drawn from a small vocabulary, so that lists share many. */
function stems(next: () => number, vocabulary: readonly string[]): string[] {
  const out = new Set<string>()
  const n = Math.floor(next() * 40)
  for (let i = 0; i < n; i++) out.add(vocabulary[Math.floor(next() * vocabulary.length)])
  return [...out]
}

/** The oracle: the stems of `a` that `b` holds, compared as strings. */
function naiveShared(a: readonly string[], b: readonly string[]): number {
  return a.filter((x) => b.includes(x)).length
}

describe('stem ids', () => {
  it('count the stems two lists share exactly as comparing the strings does', () => {
    const next = random(16)
    const vocabulary = Array.from({ length: 120 }, (_, i) => `st${i.toString(36)}` + (i % 7 ? '' : 'é'))
    const ids = new StemIds()
    const lists = Array.from({ length: 300 }, () => stems(next, vocabulary))
    const sorted = lists.map((list) => ids.of(list))
    let sharing = 0
    for (let i = 0; i < lists.length; i++) {
      expect([...sorted[i]]).toEqual([...sorted[i]].sort((x, y) => x - y))
      for (let j = 0; j < lists.length; j += 7) {
        const want = naiveShared(lists[i], lists[j])
        if (want > 0) sharing++
        expect(countSharedSorted(sorted[i], sorted[j])).toBe(want)
        expect(countSharedSorted(sorted[j], sorted[i])).toBe(want)
      }
    }
    expect(sharing).toBeGreaterThan(1000)
    expect(ids.size).toBeLessThanOrEqual(vocabulary.length)
  })

  it('give a stem one id and two stems two ids', () => {
    const ids = new StemIds()
    const [a] = ids.of(['kharki'])
    expect(ids.of(['kharki'])[0]).toBe(a)
    expect(ids.of(['kharkh'])[0]).not.toBe(a)
    expect(ids.of([]).length).toBe(0)
  })

  it('group the dev set alike when the index renumbers its stems at every prune', () => {
    const list: StorySeed[] = devArticles()
      .map((a, i) => ({ ...a, id: `a${i}` }))
      .sort((x, y) => Date.parse(x.publishedAt) - Date.parse(y.publishedAt))
    const want = new StoryIndex().assign(list)
    const of = vi.spyOn(StemIds.prototype, 'of')
    try {
      expect(new StoryIndex(1).assign(list)).toEqual(want)
      // Renumbering gives held entries new ids: more calls than articles show it happened.
      expect(of.mock.calls.length).toBeGreaterThan(list.length)
    } finally {
      of.mockRestore()
    }
  })

  it('keep comparing the stems of held articles rightly after the stems of pruned ones are dropped', () => {
    // Words of six distinct letters each: the pruned articles give hundreds of stems ids before the story begins.
    const word = (n: number) => `zq${[0, 1, 2, 3].map((k) => String.fromCharCode(97 + (Math.floor(n / 26 ** k) % 26))).join('')}`
    const old = Array.from({ length: 60 }, (_, i) => ({
      id: `old${i}`,
      title: Array.from({ length: 8 }, (_, k) => word(i * 8 + k)).join(' '),
      publishedAt: '2026-09-07T08:00:00Z',
      about: ['KE'],
      lang: 'en',
    }))
    // One number and the same words, nothing else: only the words make them one story (score 5; 1 without words).
    const first = { id: 'y', title: 'lowland villages count damage after river waters rose overnight', summary: 'officials said 4,217 homes were hit across lowland villages and farms', publishedAt: '2026-09-11T08:00:00Z', about: ['KE'], lang: 'en' }
    const second = { id: 'z', title: 'river waters rose overnight over lowland villages and farms', summary: 'about 4,217 homes were hit, officials said, as villages count damage', publishedAt: '2026-09-11T09:00:00Z', about: ['KE'], lang: 'en' }
    for (const limit of [1, undefined]) {
      const index = new StoryIndex(limit)
      index.assign(old)
      expect(index.assign([first, second])).toEqual(['y', 'y'])
      // The old articles were pruned: they are more than three days older.
      expect(index.size).toBe(2)
    }
  })
})
