import { describe, expect, it } from 'vitest'
import { storyFeatures } from '../../../../src/main/core/stories/features'
import { sameStory, storyEvidence } from '../../../../src/main/core/stories/same-story'
import { StoryIndex, type StorySeed } from '../../../../src/main/core/stories/story-index'
import { devArticles } from './dev-pairs'

const seeds = (): StorySeed[] =>
  devArticles()
    .map((a, i) => ({ ...a, id: `a${i}` }))
    .sort((x, y) => Date.parse(x.publishedAt) - Date.parse(y.publishedAt))

/** The oracle: every earlier article is a candidate; the best-scoring same-story one gives its story. */
function naiveStories(list: StorySeed[]): string[] {
  const stories: string[] = []
  const starts: number[] = []
  list.forEach((seed, i) => {
    const f = storyFeatures(seed)
    let best = -1
    let bestScore = -Infinity
    for (let j = 0; j < i; j++) {
      const g = storyFeatures(list[j])
      if (Math.abs(f.time - starts[j]) > 72 * 3600_000 || !sameStory(f, g)) continue
      const score = storyEvidence(f, g).score
      if (score > bestScore) { bestScore = score; best = j }
    }
    stories.push(best < 0 ? seed.id : stories[best])
    starts.push(best < 0 ? f.time : starts[best])
  })
  return stories
}

describe('StoryIndex', () => {
  it('groups the dev set exactly as comparing every pair would', () => {
    const list = seeds()
    expect(new StoryIndex().assign(list)).toEqual(naiveStories(list))
  })

  it('puts most of each dev story in one group and never mixes two stories', () => {
    const list = seeds()
    const stories = new StoryIndex().assign(list)
    const goldOf = new Map<string, Set<string>>()
    stories.forEach((s, i) => {
      if (!goldOf.has(s)) goldOf.set(s, new Set())
      goldOf.get(s)?.add((list[i] as StorySeed & { story: string }).story)
    })
    for (const gold of goldOf.values()) expect(gold.size).toBe(1)
    expect(goldOf.size).toBeLessThanOrEqual(new Set(list.map((a) => (a as StorySeed & { story: string }).story)).size + 4)
  })

  it('keeps an article in its story when it comes again, and keeps stories given when priming', () => {
    const index = new StoryIndex()
    const [first, second] = index.assign([
      { id: 'x', title: 'Kenya cuts rate to 9.25%', publishedAt: '2026-09-08T10:00:00Z', about: ['KE'], lang: 'en' },
      { id: 'y', storyId: 'old-story', title: 'Kenya cuts rate to 9.25%', publishedAt: '2026-09-08T11:00:00Z', about: ['KE'], lang: 'en' },
    ])
    expect(first).toBe('x')
    expect(second).toBe('old-story')
    expect(index.assign([{ id: 'x', title: 'changed', publishedAt: '2026-09-08T10:00:00Z', about: ['KE'] }])).toEqual(['x'])
  })

  it('never puts two articles of one feed in one story', () => {
    const lead = { title: 'Sudan: fighting spreads in Khartoum', summary: "Sudan's army and the RSF clashed again in Khartoum.", about: ['SD'], lang: 'en' }
    const stories = new StoryIndex().assign([
      { ...lead, id: 'a', feedId: 'desk', publishedAt: '2026-09-08T10:00:00Z' },
      { ...lead, id: 'b', feedId: 'desk', publishedAt: '2026-09-08T10:05:00Z' },
      { ...lead, id: 'c', feedId: 'wire', publishedAt: '2026-09-08T10:10:00Z' },
    ])
    expect(stories).toEqual(['a', 'b', 'a'])
  })

  it('forgets articles once the news has moved three days on', () => {
    const index = new StoryIndex()
    index.assign([{ id: 'old', title: 'Old 123 story', publishedAt: '2026-09-01T00:00:00Z', about: ['KE'] }])
    index.assign([{ id: 'new', title: 'New 456 story', publishedAt: '2026-09-05T00:00:00Z', about: ['KE'] }])
    expect(index.size).toBe(1)
  })
})
