// The tagging scorer on small cases computed by hand, so its figures can be trusted on the frozen set.
import { describe, expect, it } from 'vitest'
import { pair, prf, scoreByLanguage, scoreGroup, scoreTraps, type GoldRecord, type Prediction } from './tag-eval'
import { checkTargets, languageTable } from './tag-eval-report'

const gold = (id: string, lang: string, about: string[], mentions: string[], topics: string[], traps: string[] = []): GoldRecord =>
  ({ id, lang, about, mentions, topics, traps: traps.map((kind) => ({ kind, note: '' })) })
const pred = (about: string[], mentions: string[], topics: string[]): Prediction => ({ about, mentions, topics })

// Three articles; every figure below was worked out on paper.
//   a: gold about NP+FR, mentions IN CN; predicted about NP, mentions FR IN US
//   b: gold about US, no mentions;       predicted about US GE, no mentions
//   c: gold about EG, mentions HU;       predicted about EG, no mentions
const golds = [
  gold('a', 'fr', ['NP', 'FR'], ['IN', 'CN'], ['disaster-accident-emergency'], ['nationality-in-passing']),
  gold('b', 'en', ['US'], [], ['politics'], ['place-shares-country-name', 'ambiguous-topic-word']),
  gold('c', 'en', ['EG'], ['HU'], ['disaster-accident-emergency', 'crime-law-justice'], ['product-origin']),
]
const preds = [
  pred(['NP'], ['FR', 'IN', 'US'], ['disaster-accident-emergency', 'weather']),
  pred(['US', 'GE'], [], ['politics', 'labour']),
  pred(['EG'], [], ['disaster-accident-emergency']),
]

describe('tagging scorer', () => {
  it('computes precision, recall and F1 from counts, with empty denominators counting as perfect', () => {
    expect(prf({ tp: 3, fp: 1, fn: 1 })).toMatchObject({ precision: 0.75, recall: 0.75, f1: 0.75 })
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 })
    expect(prf({ tp: 0, fp: 0, fn: 2 })).toMatchObject({ precision: 1, recall: 0, f1: 0 })
    expect(prf({ tp: 0, fp: 2, fn: 0 })).toMatchObject({ precision: 0, recall: 1, f1: 0 })
  })

  it('scores about, exact sets, mentions and topics on a hand-computed group', () => {
    const s = scoreGroup(pair(golds, preds))
    // about: tp NP,US,EG = 3; fp GE = 1; fn FR = 1
    expect(s.about).toMatchObject({ tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75, f1: 0.75 })
    // exact: only c
    expect(s.aboutExact).toBeCloseTo(1 / 3)
    // gold mentions IN, CN, HU: IN is findable (predicted mentions), CN and HU are not
    expect(s.goldMentions).toBe(3)
    expect(s.mentionsRecall).toBeCloseTo(1 / 3)
    // predicted mentions FR, IN, US: FR is gold about, IN gold mention, US not named
    expect(s.predictedMentions).toBe(3)
    expect(s.mentionsPrecision).toBeCloseTo(2 / 3)
    // topics: tp disaster, politics, disaster = 3; fp weather, labour = 2; fn crime = 1
    expect(s.topics).toMatchObject({ tp: 3, fp: 2, fn: 1 })
    expect(s.topics.precision).toBeCloseTo(0.6)
    expect(s.topics.recall).toBeCloseTo(0.75)
    expect(s.topics.f1).toBeCloseTo((2 * 0.6 * 0.75) / 1.35)
  })

  it('counts a gold mention predicted as about as found: the country stays findable', () => {
    const s = scoreGroup(pair([gold('x', 'de', ['DE'], ['FR'], ['sport'])], [pred(['DE', 'FR'], [], ['sport'])]))
    expect(s.mentionsRecall).toBe(1)
    expect(s.about).toMatchObject({ tp: 1, fp: 1, fn: 0 })
    expect(s.aboutExact).toBe(0)
  })

  it('ignores duplicates and order inside a set', () => {
    const s = scoreGroup(pair([gold('x', 'en', ['US', 'CA'], [], ['politics'])], [pred(['CA', 'US', 'US'], [], ['politics', 'politics'])]))
    expect(s.about).toMatchObject({ tp: 2, fp: 0, fn: 0 })
    expect(s.aboutExact).toBe(1)
    expect(s.topics).toMatchObject({ tp: 1, fp: 0, fn: 0 })
  })

  it('splits by language and adds non-English and overall groups', () => {
    const by = scoreByLanguage(pair(golds, preds), ['en', 'fr'])
    expect([...by.keys()]).toEqual(['en', 'fr', 'non-en', 'all'])
    expect(by.get('en')!.articles).toBe(2)
    // en: about tp US, EG; fp GE; fn none -> P 2/3, R 1
    expect(by.get('en')!.about).toMatchObject({ tp: 2, fp: 1, fn: 0 })
    expect(by.get('fr')!.about).toMatchObject({ tp: 1, fp: 0, fn: 1 })
    expect(by.get('non-en')!.about).toEqual(by.get('fr')!.about)
    expect(by.get('all')!.articles).toBe(3)
  })

  it('tables trap kinds by exact about sets and clean topics', () => {
    const rows = scoreTraps(pair(golds, preds), ['product-origin', 'nationality-in-passing'])
    expect(rows.map((r) => r.kind)).toEqual(['product-origin', 'nationality-in-passing', 'ambiguous-topic-word', 'place-shares-country-name'])
    expect(rows[0]).toEqual({ kind: 'product-origin', articles: 1, aboutExact: 1, topicsNoFalse: 1 })
    expect(rows[1]).toEqual({ kind: 'nationality-in-passing', articles: 1, aboutExact: 0, topicsNoFalse: 0 })
    expect(rows[2]).toEqual({ kind: 'ambiguous-topic-word', articles: 1, aboutExact: 0, topicsNoFalse: 0 })
  })

  it('rejects predictions that do not line up with the gold records', () => {
    expect(() => pair(golds, preds.slice(1))).toThrow(/3 gold records but 2 predictions/)
  })

  it('checks the issue targets per language and overall', () => {
    const by = scoreByLanguage(pair(golds, preds), ['en', 'fr'])
    const checks = checkTargets(by)
    expect(checks.map((c) => c.metric)).toEqual(['about F1, en', 'about F1, fr', 'about F1, lowest language', 'mentions recall, all', 'topics F1, all'])
    // en about F1 = 2*(2/3)*1/(5/3) = 0.8; fr = 2*1*0.5/1.5 = 2/3
    expect(checks[0]).toMatchObject({ target: 0.95, met: false })
    expect(checks[0].value).toBeCloseTo(0.8)
    expect(checks[1]).toMatchObject({ target: 0.92, met: false })
    expect(checks[2].value).toBeCloseTo(2 / 3)
    const perfect = scoreByLanguage(pair(golds, golds.map((g) => pred(g.about, g.mentions, g.topics))), ['en', 'fr'])
    expect(checkTargets(perfect).every((c) => c.met)).toBe(true)
  })

  it('prints one row per group and no article ids', () => {
    const table = languageTable(scoreByLanguage(pair(golds, preds), ['en', 'fr']))
    expect(table.split('\n')).toHaveLength(2 + 4)
    expect(table).toMatch(/^en\s+2\s+0\.667\s+1\.000\s+0\.800\s+0\.950/m)
    expect(table).not.toMatch(/\b[abc]\b/)
  })

  it('prints "none" rather than a perfect precision when nothing was predicted', () => {
    const by = scoreByLanguage(pair([golds[1]], [pred(['US'], [], [])]), ['en'])
    expect(languageTable(by)).toMatch(/^en\s+1\s+1\.000\s+1\.000\s+1\.000\s+0\.950\s+1\.000\s+1\.000\s+none\s+none\s+0\.000\s+0\.000$/m)
  })
})
