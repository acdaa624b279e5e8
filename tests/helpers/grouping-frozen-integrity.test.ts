// Guards the frozen grouping pair set: its shape, its balance and its bytes. Any edit fails the sha256 pin,
// because a set used to report grouping quality must never be tuned on (see tests/fixtures/grouping/frozen/README.md).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import countries from 'i18n-iso-countries'
import { describe, expect, it } from 'vitest'
import { PAIR_KINDS, parsePairs, type LabelledPair, type PairArticle } from './grouping-eval'

const FILE = join(__dirname, '..', 'fixtures', 'grouping', 'frozen', 'pairs.jsonl')
const PINNED_SHA256 = '743d0510d62c43180817d7e8087d10346f24de742f4f5fc09cbc3af6816d909b'
const LANGS = ['en', 'fr', 'es', 'de', 'ru', 'zh', 'ar', 'pt', 'it', 'ja']
const ISO_INSTANT = /^2026-(0[1-9]|1[0-2])-\d{2}T\d{2}:\d{2}:\d{2}Z$/
const HOUR = 3_600_000

const bytes = readFileSync(FILE)
const pairs: LabelledPair[] = parsePairs(bytes.toString('utf8'))
const articles = pairs.flatMap((p) => [p.a, p.b])
const hoursApart = (p: LabelledPair): number => Math.abs(Date.parse(p.a.publishedAt) - Date.parse(p.b.publishedAt)) / HOUR
const sharesCountry = (p: LabelledPair): boolean => p.a.about.some((c) => p.b.about.includes(c))
const ofKind = (kind: string): LabelledPair[] => pairs.filter((p) => p.kind === kind)
/** Lead length in words, or in characters / 2.5 for scripts written without spaces. */
const leadWords = (x: PairArticle): number =>
  /[\u3040-\u30ff\u4e00-\u9fff]/.test(x.summary) ? x.summary.length / 2.5 : x.summary.split(/\s+/).length

describe('frozen grouping pairs', () => {
  it('is byte-for-byte the frozen file (edit nothing; write a new set instead)', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(PINNED_SHA256)
  })

  it('holds at least 400 pairs with unique ids p001…, about half of them "same"', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(400)
    expect(new Set(pairs.map((p) => p.id)).size).toBe(pairs.length)
    expect(pairs.every((p, i) => p.id === `p${String(i + 1).padStart(3, '0')}`)).toBe(true)
    const positives = pairs.filter((p) => p.same).length / pairs.length
    expect(positives).toBeGreaterThan(0.4)
    expect(positives).toBeLessThan(0.6)
  })

  it('has every kind, and at least a third of the pairs across languages', () => {
    for (const kind of PAIR_KINDS) expect(ofKind(kind).length, kind).toBeGreaterThanOrEqual(20)
    expect(pairs.every((p) => (PAIR_KINDS as readonly string[]).includes(p.kind))).toBe(true)
    expect(ofKind('cross-language').length * 3).toBeGreaterThanOrEqual(pairs.length)
    expect(pairs.filter((p) => p.a.lang !== p.b.lang).length * 3).toBeGreaterThanOrEqual(pairs.length)
    expect(new Set(articles.map((x) => x.lang))).toEqual(new Set(LANGS))
  })

  it('gives every article a known language, valid ISO country codes, an https URL and a 2026 UTC instant', () => {
    for (const x of articles) {
      expect(LANGS, x.title).toContain(x.lang)
      expect(countries.isValid(x.outletCountry), x.outlet).toBe(true)
      expect(x.about.length).toBeGreaterThan(0)
      for (const c of x.about) expect(countries.isValid(c) && /^[A-Z]{2}$/.test(c), c).toBe(true)
      expect(x.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//)
      expect(x.publishedAt, x.title).toMatch(ISO_INSTANT)
      expect(new Date(x.publishedAt).toISOString().replace('.000Z', 'Z')).toBe(x.publishedAt)
      expect(x.title.length).toBeGreaterThan(10)
      expect(leadWords(x), x.title).toBeGreaterThanOrEqual(40)
      expect(leadWords(x), x.title).toBeLessThanOrEqual(100)
    }
  })

  it('labels each kind as the guidelines say', () => {
    const labels = (kind: string): Set<boolean> => new Set(ofKind(kind).map((p) => p.same))
    expect(labels('same-wire-rewrite')).toEqual(new Set([true]))
    expect(labels('same-event-different-angle')).toEqual(new Set([true]))
    expect(labels('same-canonical-url')).toEqual(new Set([true]))
    expect(labels('hard-negative-same-countries')).toEqual(new Set([false]))
    expect(labels('different')).toEqual(new Set([false]))
    expect(labels('cross-language')).toEqual(new Set([true, false]))
    expect(labels('follow-up')).toEqual(new Set([true, false]))
    expect(ofKind('cross-language').every((p) => p.a.lang !== p.b.lang)).toBe(true)
    for (const k of ['same-wire-rewrite', 'same-event-different-angle', 'hard-negative-same-countries', 'different']) {
      expect(ofKind(k).every((p) => p.a.lang === p.b.lang), k).toBe(true)
    }
    expect(ofKind('hard-negative-same-countries').every(sharesCountry)).toBe(true)
    expect(ofKind('different').some(sharesCountry)).toBe(false)
    expect(ofKind('follow-up').every(sharesCountry)).toBe(true)
  })

  it('keeps positives within 48 hours, follow-up negatives days apart, copies on one URL and others apart', () => {
    expect(pairs.filter((p) => p.same).every((p) => hoursApart(p) <= 48)).toBe(true)
    expect(ofKind('follow-up').filter((p) => !p.same).every((p) => hoursApart(p) > 48)).toBe(true)
    expect(ofKind('same-canonical-url').every((p) => p.a.url === p.b.url && p.a.outlet !== p.b.outlet)).toBe(true)
    expect(pairs.filter((p) => p.kind !== 'same-canonical-url').every((p) => p.a.url !== p.b.url)).toBe(true)
  })
})
