// The learned about decision (version 8): the weights file fits the features this build computes, the decision keeps
// its hard rules (at most four, nothing only in passing, the title's stand-in), and the learner recovers a known model.
import { describe, expect, it } from 'vitest'
import { candidateFeatures, FEATURE_NAMES } from '../../../../src/main/core/classify/about-features'
import { modelMatchesFeatures, pickAbout, USE_ABOUT_MODEL } from '../../../../src/main/core/classify/about-model'
import type { StandIn } from '../../../../src/main/core/classify/about-features'
import { weighCountries } from '../../../../src/main/core/classify/country'
import { ABOUT_MODEL } from '../../../../src/main/core/classify/data/about-weights'
import { classifyArticle, scanArticle } from '../../../../src/main/core/classify/index'
import { fitLogistic, fitStumps, stumpLogit } from './about-training'
import { loadRows } from './dev-scores'

/** A small seeded generator (mulberry32), so the random cases are the same on every run. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('about model', () => {
  it('is the decision, and its weights name the features this build computes, in order', () => {
    expect(USE_ABOUT_MODEL).toBe(true)
    expect(modelMatchesFeatures()).toBe(true)
    expect(ABOUT_MODEL.weights).toHaveLength(FEATURE_NAMES.length)
    expect(ABOUT_MODEL.weights.every(Number.isFinite)).toBe(true)
    expect(ABOUT_MODEL.threshold).toBeGreaterThan(0)
    expect(ABOUT_MODEL.threshold).toBeLessThan(1)
    expect(modelMatchesFeatures({ ...ABOUT_MODEL, features: ['score', ...ABOUT_MODEL.features.slice(1)] })).toBe(false)
  })

  it('builds one finite feature row per named country, for every lead of a dev set', () => {
    for (const row of loadRows('dev-tiers.jsonl')) {
      const { countryContext } = scanArticle({ title: row.title, summary: row.summary, lang: row.lang })
      if (countryContext.hits.length === 0) continue
      const c = candidateFeatures(weighCountries(countryContext))
      expect(new Set(c.codes).size).toBe(c.codes.length)
      for (const f of c.features) {
        expect(f).toHaveLength(FEATURE_NAMES.length)
        expect(f.every(Number.isFinite)).toBe(true)
      }
    }
  })

  it('keeps the hard rules on random log-odds: at most four, above the bar, never a country only in passing', () => {
    const next = random(14)
    for (let n = 0; n < 2000; n++) {
      const k = 1 + Math.floor(next() * 7)
      const codes = Array.from({ length: k }, (_, i) => `C${i}`)
      const logits = codes.map(() => next() * 8 - 4)
      const tallies: StandIn[] = codes.map(() => ({ score: next() < 0.3 ? 0 : next() * 4, titleOrigin: next() < 0.2 ? next() * 3 : 0 }))
      const model = { threshold: 0.2 + next() * 0.6, fallback: next() < 0.5 ? 0 : 1.01 }
      const got = pickAbout(codes, logits, tallies, model)
      const bar = Math.log(model.threshold / (1 - model.threshold))
      // The naive reading of the same rules: every substantive country above the bar, likeliest first.
      const above = codes.filter((_, i) => logits[i] >= bar && tallies[i].score > 0).sort((a, b) => logits[codes.indexOf(b)] - logits[codes.indexOf(a)])
      if (above.length > 0) {
        expect(got).toEqual(above.slice(0, 4))
        continue
      }
      expect(got.length).toBeLessThanOrEqual(1)
      const substantive = codes.filter((_, i) => tallies[i].score > 0)
      if (model.fallback === 0 && substantive.length > 0) {
        expect(got).toEqual([substantive.sort((a, b) => logits[codes.indexOf(b)] - logits[codes.indexOf(a)])[0]])
      } else if (got.length === 1) {
        // Only the title's origin, company or host stands in now, the strongest one.
        const i = codes.indexOf(got[0])
        expect(tallies[i].titleOrigin).toBeGreaterThanOrEqual(1.2)
        expect(Math.max(...tallies.map((t) => t.titleOrigin))).toBe(tallies[i].titleOrigin)
      } else expect(tallies.every((t) => t.titleOrigin < 1.2)).toBe(true)
    }
  })

  it('fits a logistic regression that recovers the weights its data was drawn from', () => {
    const next = random(8)
    const truth = { weights: [1.5, -2, 0.5], bias: -0.5 }
    const rows: number[][] = []
    const labels: number[] = []
    for (let n = 0; n < 6000; n++) {
      const x = [next() * 2 - 1, next() < 0.5 ? 1 : 0, next() * 4]
      const z = truth.bias + x.reduce((s, v, j) => s + v * truth.weights[j], 0)
      rows.push(x)
      labels.push(next() < 1 / (1 + Math.exp(-z)) ? 1 : 0)
    }
    const fitted = fitLogistic(rows, labels, 0.01)
    fitted.weights.forEach((w, j) => expect(Math.abs(w - truth.weights[j])).toBeLessThan(0.25))
    expect(Math.abs(fitted.bias - truth.bias)).toBeLessThan(0.3)
    // A strong penalty pulls every weight towards zero.
    const shrunk = fitLogistic(rows, labels, 1e5)
    shrunk.weights.forEach((w) => expect(Math.abs(w)).toBeLessThan(0.05))
  })

  it('boosts stumps that find a step the data was drawn from', () => {
    const next = random(3)
    const rows = Array.from({ length: 2000 }, () => [next(), next()])
    // The label follows the first column's step at 0.6, with 10 % noise; the second column is noise.
    const labels = rows.map(([a]) => ((a >= 0.6) !== next() < 0.1 ? 1 : 0))
    const model = fitStumps(rows, labels, 50)
    expect(model.stumps[0].feature).toBe(0)
    expect(Math.abs(model.stumps[0].threshold - 0.6)).toBeLessThan(0.05)
    // Away from the step, the ensemble's sign is the step's, whatever the noise column says.
    for (let x = 0; x <= 1; x += 0.05) {
      if (Math.abs(x - 0.6) < 0.06) continue
      for (const y of [0.05, 0.35, 0.65, 0.95]) expect(stumpLogit(model, [x, y]) > 0).toBe(x > 0.6)
    }
    expect(stumpLogit(model, [0.9, 0.5])).toBeGreaterThan(1)
    expect(stumpLogit(model, [0.2, 0.5])).toBeLessThan(-1)
  })

  it('reads where researchers work as an affiliation, a mention in passing', () => {
    const got = classifyArticle({ lang: 'en', title: 'Sleep loss linked to memory decline', summary: 'Researchers at the University of Texas followed 2,000 adults for a decade.' })
    expect(got.countries).toEqual([])
    expect(got.mentions).toEqual(['US'])
    expect(got.evidence.mentions?.US).toEqual(['Texas (affiliation)'])
    const italian = classifyArticle({ lang: 'it', title: 'Studenti cinesi in aumento nelle università italiane', summary: '' })
    expect(italian.countries).toEqual(['IT'])
  })
})
