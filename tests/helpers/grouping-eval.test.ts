// The grouping scorer on small cases computed by hand, so its figures can be trusted on the frozen pair set.
import { describe, expect, it } from 'vitest'
import { parsePairs, scoreConfusion, scorePairs, type LabelledPair, type PairArticle, type PairKind } from './grouping-eval'
import { jaccard, naiveTitleJaccardSame, titleTokens } from './grouping-eval-baseline'

const art = (title: string, lang: string): PairArticle => ({
  lang, outlet: 'Test', outletCountry: 'GB', title, summary: '', url: `https://example.org/${title}`,
  publishedAt: '2026-11-01T00:00:00Z', about: ['GB'],
})
const pair = (id: string, kind: PairKind, same: boolean, langA: string, langB: string): LabelledPair =>
  ({ id, kind, same, a: art(`${id}a`, langA), b: art(`${id}b`, langB) })

// Six pairs; the predicate says "same" for p1, p3, p5, p6. Every figure below was worked out on paper:
//   p1 rewrite   gold T en-en pred T -> tp (same language)
//   p2 cross     gold T en-fr pred F -> fn (cross)
//   p3 cross     gold F en-ja pred T -> fp (cross)
//   p4 hard-neg  gold F en-en pred F -> tn (same language)
//   p5 hard-neg  gold F fr-fr pred T -> fp (same language)
//   p6 follow-up gold T de-de pred T -> tp (same language)
const pairs = [
  pair('p1', 'same-wire-rewrite', true, 'en', 'en'),
  pair('p2', 'cross-language', true, 'en', 'fr'),
  pair('p3', 'cross-language', false, 'en', 'ja'),
  pair('p4', 'hard-negative-same-countries', false, 'en', 'en'),
  pair('p5', 'hard-negative-same-countries', false, 'fr', 'fr'),
  pair('p6', 'follow-up', true, 'de', 'de'),
]
const saysSame = new Set(['p1a', 'p3a', 'p5a', 'p6a'])
const predicate = (a: PairArticle): boolean => saysSame.has(a.title)

describe('grouping scorer', () => {
  it('computes precision, recall, F1 and accuracy from counts, empty denominators counting as perfect', () => {
    expect(scoreConfusion({ tp: 3, fp: 1, fn: 1, tn: 5 })).toMatchObject({ pairs: 10, precision: 0.75, recall: 0.75, f1: 0.75, accuracy: 0.8 })
    expect(scoreConfusion({ tp: 0, fp: 0, fn: 0, tn: 4 })).toMatchObject({ precision: 1, recall: 1, f1: 1, accuracy: 1 })
    expect(scoreConfusion({ tp: 0, fp: 2, fn: 0, tn: 2 })).toMatchObject({ precision: 0, recall: 1, f1: 0, accuracy: 0.5 })
    expect(scoreConfusion({ tp: 0, fp: 0, fn: 0, tn: 0 })).toMatchObject({ pairs: 0, accuracy: 1 })
  })

  it('scores the whole set: tp 2, fp 2, fn 1, tn 1', () => {
    const r = scorePairs(pairs, predicate).overall
    expect(r).toMatchObject({ tp: 2, fp: 2, fn: 1, tn: 1, pairs: 6, precision: 0.5, accuracy: 0.5 })
    expect(r.recall).toBeCloseTo(2 / 3, 10)
    expect(r.f1).toBeCloseTo(4 / 7, 10)
  })

  it('splits cross-language from same-language pairs by the articles’ languages', () => {
    const r = scorePairs(pairs, predicate)
    expect(r.crossLanguage).toMatchObject({ tp: 0, fp: 1, fn: 1, tn: 0, precision: 0, recall: 0, f1: 0, accuracy: 0 })
    expect(r.sameLanguage).toMatchObject({ tp: 2, fp: 1, fn: 0, tn: 1, recall: 1, accuracy: 0.75 })
    expect(r.sameLanguage.precision).toBeCloseTo(2 / 3, 10)
    expect(r.sameLanguage.f1).toBeCloseTo(0.8, 10)
  })

  it('scores each kind on its own pairs, an all-negative kind through its false positives', () => {
    const r = scorePairs(pairs, predicate).byKind
    expect(Object.keys(r).sort()).toEqual(['cross-language', 'follow-up', 'hard-negative-same-countries', 'same-wire-rewrite'])
    expect(r['same-wire-rewrite']).toMatchObject({ tp: 1, precision: 1, recall: 1, f1: 1 })
    expect(r['hard-negative-same-countries']).toMatchObject({ fp: 1, tn: 1, precision: 0, recall: 1, f1: 0, accuracy: 0.5 })
    expect(r['follow-up']).toMatchObject({ tp: 1, pairs: 1 })
  })

  it('hands the predicate the pair in file order, once per pair', () => {
    const seen: string[] = []
    scorePairs(pairs, (a, b) => { seen.push(`${a.title}-${b.title}`); return false })
    expect(seen).toEqual(pairs.map((p) => `${p.id}a-${p.id}b`))
  })

  it('parses JSON Lines, skipping blank lines and naming the line that is broken', () => {
    const text = `${JSON.stringify(pairs[0])}\n\n${JSON.stringify(pairs[1])}\n`
    expect(parsePairs(text).map((p) => p.id)).toEqual(['p1', 'p2'])
    expect(() => parsePairs(`${JSON.stringify(pairs[0])}\n{oops`)).toThrow('line 2')
  })
})

describe('naive title-Jaccard baseline', () => {
  it('tokenises titles into lower-case letter and digit runs', () => {
    expect([...titleTokens('Fed CUTS rates, by 0.25 point!')]).toEqual(['fed', 'cuts', 'rates', 'by', '0', '25', 'point'])
  })

  it('computes Jaccard by hand: 5 shared of 8 distinct tokens is 0.625', () => {
    const x = titleTokens('Fed cuts rates by quarter point')
    const y = titleTokens('Fed lowers rates by a quarter point')
    expect(jaccard(x, y)).toBe(0.625)
    expect(naiveTitleJaccardSame(art('Fed cuts rates by quarter point', 'en'), art('Fed lowers rates by a quarter point', 'en'))).toBe(true)
    expect(naiveTitleJaccardSame(art('Fed cuts rates', 'en'), art('Bank of England holds rates', 'en'))).toBe(false)
    expect(jaccard(new Set(), new Set())).toBe(0)
  })
})
