// The grouper's speed paths give what the plain ones give: the verdict (no reasons written) scores every dev pair as
// storyEvidence does, and an index fed features made beforehand (in a feed-text worker) groups as one that makes them.
import { describe, expect, it, vi } from 'vitest'
import type { IncomingArticle } from '../../../../src/shared/model'
import { storyFeatures, type StoryFeatures } from '../../../../src/main/core/stories/features'
import { ASCII, fold } from '../../../../src/main/core/stories/names'
import { sameStoryScore, storyEvidence, storyVerdict } from '../../../../src/main/core/stories/same-story'
import { StemIds } from '../../../../src/main/core/stories/stem-ids'
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

  it('scores every dev pair with stem ids as storyEvidence does with the strings', () => {
    const pairs = [...devPairs(devArticles()), ...devPairs(freshArticles())]
    const ids = new StemIds()
    let linked = 0
    for (const { a, b } of pairs) {
      const fa = storyFeatures(a)
      const fb = storyFeatures(b)
      const evidence = storyEvidence(fa, fb).score
      const score = sameStoryScore(fa, fb, ids.of(fa.stems), ids.of(fb.stems))
      expect(score).toBe(storyVerdict(fa, fb).same ? evidence : -Infinity)
      if (score > -Infinity) linked++
    }
    expect(linked).toBeGreaterThan(50)
  })

  it('counts shared name keys as matching every pair of keys would', () => {
    // Keys that share first letters and prefixes often, short ones kept as spelt ('=oleh'), and an empty one.
    const PARTS = ['', '=', 'k', 'kh', 'khar', 'kharkiv', 'kharkov', 'x', 'deut', 'deutsche', 'deutschen', 'od', 'odesa', 'o']
    let seed = 11
    // The high bits: the low ones of this generator repeat within a few draws.
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return Math.floor(seed / 65536) % n
    }
    const key = (): string => PARTS[next(PARTS.length)] + PARTS[next(PARTS.length)]
    const features = (names: string[]): StoryFeatures => ({
      ...storyFeatures({ title: '', publishedAt: '2026-09-08T00:00:00Z', about: ['PE'] }), names,
    })
    // The oracle: every key of a against every key of b.
    const naive = (a: string[], b: string[]): number =>
      a.filter((x) => b.some((y) => x === y || (Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x)))))
        .reduce((sum, x) => sum + (x[0] === '=' ? 0.75 : 1), 0)
    let matched = 0
    for (let i = 0; i < 3000; i++) {
      const a = Array.from({ length: next(8) }, key)
      const b = Array.from({ length: next(8) }, key)
      const want = naive(a, b)
      if (want > 0) matched++
      expect(storyEvidence(features(a), features(b)).score).toBe(want)
    }
    expect(matched).toBeGreaterThan(500)
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

// Text in ASCII alone (most English leads) is folded and scanned with plain a-z classes; every other text with the
// Unicode ones. Turning the ASCII test off sends every text the Unicode way: the features must not change.
describe('story features on their ASCII fast paths', () => {
  const PIECES = ['a', 'e', 's', 'k', 'A', 'K', 'O', 'D', 'Z', ' ', ' ', ' ', '\n', "'", '’', 'é', 'É', 'ß', 'İ', 'Σ', 'ς',
    'ё', 'Ё', 'д', 'Д', 'ا', 'ل', 'ق', 'ة', '和', '名', 'ン', 'ア', '1', '9', '0', '٣', ',', '.', '-', '\u0301', '\u00a0',
    '\ufeff', 'ª', '𝐀', 'earthquake', 'Odesa', 'Kyiv', 'two', 'eight', 'huit', 'ستة', '两名', 'fire ', 'forest fire',
    'tremblement de terre', "d'Odessa", 'L’ONU', 'Mayor', 'Kenya’s', 'NATO', '18 billion', '5,550', '6.8', 'the']
  const LANGS = ['en', 'fr', 'es', 'de', 'ru', 'ar', 'zh', 'ja', '']
  let seed = 7
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  const ASCII_PIECES = PIECES.filter((p) => /^[\x00-\x7f]*$/.test(p))
  /** Every other text is made of ASCII pieces alone. */
  const randomText = (): string => {
    const pieces = next(2) ? PIECES : ASCII_PIECES
    return Array.from({ length: 1 + next(40) }, () => pieces[next(pieces.length)]).join('')
  }
  const inputs = [
    ...[...devArticles(), ...freshArticles()].map((a) => ({ ...a, about: a.about })),
    ...Array.from({ length: 3000 }, (_, i) => ({
      title: randomText(), summary: i % 3 ? randomText() : undefined, lang: LANGS[next(LANGS.length)],
      publishedAt: '2026-09-08T00:00:00Z', about: ['PE'],
    })),
  ]

  it('makes the same features as the Unicode paths', () => {
    const fast = inputs.map(storyFeatures)
    const spy = vi.spyOn(ASCII, 'test').mockReturnValue(false)
    let slow: StoryFeatures[]
    try {
      slow = inputs.map(storyFeatures)
    } finally {
      spy.mockRestore()
    }
    expect(fast).toEqual(slow)
    // Both kinds of text were met, and the features say something on them.
    expect(inputs.filter((i) => ASCII.test(`${i.title}\n${i.summary ?? ''}`)).length).toBeGreaterThan(300)
    expect(fast.filter((f) => f.stems.length && f.kinds.length && f.names.length).length).toBeGreaterThan(100)
  })

  it('folds words as the Unicode path does', () => {
    const words = Array.from({ length: 3000 }, randomText)
    const fast = words.map(fold)
    const slow = words.map((w) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss'))
    expect(fast).toEqual(slow)
  })
})
