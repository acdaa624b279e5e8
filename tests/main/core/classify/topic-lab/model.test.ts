// The learned topic layer (the classifier's topic decision since version 10): the logistic fit against closed forms,
// the pick rule against a naive filter, the body's opening, that the lab reads an article exactly as the classifier
// does and that the classifier tags what the layer picks.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rulesTopics } from '../../../../../src/main/core/classify/topic'
import { TOPICS } from '../../../../../src/shared/model'
import { BODY_WINDOW, hasRealEvidence } from '../../../../../src/main/core/classify/topic-features'
import { classifyArticle } from '../../../../../src/main/core/classify/index'
import { destandardise, fitLogistic, scaling, standardise } from './logistic'
import { pickTopics } from '../../../../../src/main/core/classify/topic-model'
import { TOPIC_MODEL } from '../../../../../src/main/core/classify/data/topic-weights'
import { modelTopics, readArticle } from './read'
import { loadTrainingRows } from './train'

const logit = (p: number) => Math.log(p / (1 - p))

describe('logistic fit', () => {
  it('recovers the log-odds of each group of a binary feature when hardly penalised', () => {
    // Feature 0: 30 of 40 positive; feature 1: 5 of 20 positive. The maximum-likelihood weights are the log-odds.
    const x: Float64Array[] = []
    const y: number[] = []
    for (let i = 0; i < 40; i++) { x.push(Float64Array.of(0)); y.push(i < 30 ? 1 : 0) }
    for (let i = 0; i < 20; i++) { x.push(Float64Array.of(1)); y.push(i < 5 ? 1 : 0) }
    const w = fitLogistic({ x, y: Uint8Array.from(y), lambda: 1e-9 })
    expect(w[0]).toBeCloseTo(logit(0.75), 4)
    expect(w[0] + w[1]).toBeCloseTo(logit(0.25), 4)
  })

  it('shrinks the weights towards zero as the penalty grows, never the bias', () => {
    const x = [0, 0, 1, 1, 1, 2, 2, 3].map((v) => Float64Array.of(v))
    const y = Uint8Array.from([0, 0, 0, 1, 0, 1, 1, 1])
    const weights = [0.01, 1, 10, 1000].map((lambda) => fitLogistic({ x, y, lambda })[1])
    for (let i = 1; i < weights.length; i++) expect(Math.abs(weights[i])).toBeLessThan(Math.abs(weights[i - 1]))
    // With the slope gone, the bias alone fits the base rate (4 of 8).
    expect(fitLogistic({ x, y, lambda: 1e9 })[0]).toBeCloseTo(0, 3)
  })

  it('gives the same predictions on raw features once the scaling is folded into the weights', () => {
    const x = [[1, 200], [2, 180], [3, 260], [4, 150], [5, 300], [6, 120]].map((r) => Float64Array.from(r))
    const y = Uint8Array.from([0, 1, 0, 1, 1, 0])
    const s = scaling(x)
    const scaled = standardise(x, s)
    const w = fitLogistic({ x: scaled, y, lambda: 1 })
    const raw = destandardise(w, s)
    x.forEach((row, r) => {
      const onScaled = w[0] + w[1] * scaled[r][0] + w[2] * scaled[r][1]
      expect(raw[0] + raw[1] * row[0] + raw[2] * row[1]).toBeCloseTo(onScaled, 9)
    })
  })
})

describe('picking topics from probabilities', () => {
  const limits = { threshold: 0.5, firstThreshold: 0.2, secondShare: 0, maxTopics: 3 }
  const probs = (entries: Array<[number, number]>) => {
    const p = new Float64Array(TOPICS.length)
    for (const [t, v] of entries) p[t] = v
    return p
  }

  it('keeps at most three, likeliest first, each at the threshold or above', () => {
    expect(pickTopics(probs([[0, 0.6], [1, 0.9], [2, 0.7], [3, 0.55], [4, 0.49]]), limits)).toEqual([TOPICS[1], TOPICS[2], TOPICS[0]])
  })

  it('keeps the likeliest alone when none reaches the threshold, and none below the floor', () => {
    expect(pickTopics(probs([[5, 0.3], [6, 0.25]]), limits)).toEqual([TOPICS[5]])
    expect(pickTopics(probs([[5, 0.1]]), limits)).toEqual([])
    expect(pickTopics(probs([]), limits)).toEqual([])
  })

  it('keeps a second topic only at the given share of the first one\'s probability, and at most maxTopics', () => {
    const p = probs([[0, 0.9], [1, 0.6], [2, 0.5]])
    expect(pickTopics(p, { ...limits, secondShare: 0.6 })).toEqual([TOPICS[0], TOPICS[1]])
    expect(pickTopics(p, { ...limits, secondShare: 0.7 })).toEqual([TOPICS[0]])
    expect(pickTopics(p, { ...limits, maxTopics: 2 })).toEqual([TOPICS[0], TOPICS[1]])
    expect(pickTopics(p, { ...limits, maxTopics: 1 })).toEqual([TOPICS[0]])
  })

  it('agrees with a naive filter on random probabilities', () => {
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    for (let n = 0; n < 500; n++) {
      const p = probs(TOPICS.map((_, t) => [t, random() < 0.3 ? random() : 0] as [number, number]))
      const rule = { threshold: 0.3 + random() * 0.4, firstThreshold: random() * 0.3, secondShare: random(), maxTopics: 1 + Math.floor(random() * 3) }
      const order = [...p.keys()].filter((t) => p[t] > 0).sort((a, b) => p[b] - p[a] || a - b)
      const expected = order.filter((t, i) => i === 0 ? p[t] >= Math.min(rule.threshold, rule.firstThreshold)
        : p[order[0]] >= Math.min(rule.threshold, rule.firstThreshold) && p[t] >= rule.threshold && p[t] >= rule.secondShare * p[order[0]])
      expect(pickTopics(p, rule)).toEqual(expected.slice(0, rule.maxTopics).map((t) => TOPICS[t]))
    }
  })
})

describe('a topic the feed files the item under', () => {
  const limits = { threshold: 0.5, firstThreshold: 0.3, secondShare: 0, maxTopics: 2 }
  const vector = (entries: Array<[number, number]>) => {
    const v = new Float64Array(TOPICS.length)
    for (const [t, x] of entries) v[t] = x
    return v
  }

  it('is kept below every bar, alone or behind likelier topics', () => {
    expect(pickTopics(vector([[2, 0.1]]), limits, vector([[2, 1]]))).toEqual([TOPICS[2]])
    expect(pickTopics(vector([[2, 0.1], [5, 0.9]]), limits, vector([[2, 1]]))).toEqual([TOPICS[5], TOPICS[2]])
    expect(pickTopics(vector([[2, 0.1]]), limits)).toEqual([])
  })

  it('takes a place before the model\'s second topic when maxTopics is reached', () => {
    const p = vector([[0, 0.9], [1, 0.8], [2, 0.2]])
    expect(pickTopics(p, limits)).toEqual([TOPICS[0], TOPICS[1]])
    expect(pickTopics(p, limits, vector([[2, 1]]))).toEqual([TOPICS[0], TOPICS[2]])
  })

  it('agrees with the unfiled pick rule plus the filed topics, on random probabilities', () => {
    let seed = 11
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    for (let n = 0; n < 500; n++) {
      const p = vector(TOPICS.map((_, t) => [t, random() < 0.3 ? random() : 0] as [number, number]))
      const filed = vector(TOPICS.map((_, t) => [t, p[t] > 0 && random() < 0.2 ? 1 : 0] as [number, number]))
      const rule = { threshold: 0.3 + random() * 0.4, firstThreshold: random() * 0.3, secondShare: random(), maxTopics: 1 + Math.floor(random() * 3) }
      const byP = (a: string, b: string) => p[TOPICS.indexOf(b as never)] - p[TOPICS.indexOf(a as never)]
      const fromFeed = TOPICS.filter((_, t) => filed[t] > 0).sort(byP)
      const fromModel = pickTopics(p, { ...rule, maxTopics: 3 }).filter((t) => !fromFeed.includes(t))
      const expected = [...fromFeed, ...fromModel].slice(0, rule.maxTopics).sort(byP)
      expect(pickTopics(p, rule, filed)).toEqual(expected)
    }
  })
})

describe('the training rows', () => {
  it('are read as the classifier reads them: its rules pick the same topics from the lab\'s hits', () => {
    const rows = loadTrainingRows()
    expect(rows.length).toBeGreaterThan(2000)
    expect(new Set(rows.map((r) => r.set)).size).toBeGreaterThanOrEqual(13)
    expect(rows.some((r) => r.set.startsWith('heldout') || r.set.includes('frozen'))).toBe(false)
    const differ = rows.filter((r, i) => {
      if (i % 5 !== 0) return false
      const line = JSON.parse(readLine(r.set, r.line)) as { title: string; summary?: string; lang: string }
      const { hits } = readArticle(line)
      return JSON.stringify(rulesTopics(hits).topics) !== JSON.stringify(r.rules)
    })
    expect(differ.map((r) => `${r.set}:${r.line}`)).toEqual([])
  })
})

describe('the classifier', () => {
  it('tags the topics the learned layer picks from the lab\'s reading, in every language, with feed categories', () => {
    const rows = loadTrainingRows().filter((_, i) => i % 7 === 0)
    const differ = rows.filter((r) => {
      const line = JSON.parse(readLine(r.set, r.line)) as { title: string; summary?: string; lang: string }
      const input = { ...line, categories: r.line % 3 === 0 ? ['Sport'] : [] }
      return JSON.stringify(classifyArticle(input).topics) !== JSON.stringify(modelTopics(input))
    })
    expect(rows.length).toBeGreaterThan(250)
    expect(differ.map((r) => `${r.set}:${r.line}`)).toEqual([])
  })

  it('keeps at most the pick rule\'s number of topics (chosen by CV) and never a topic without real evidence', () => {
    for (const r of loadTrainingRows().filter((_, i) => i % 11 === 0)) {
      const line = JSON.parse(readLine(r.set, r.line)) as { title: string; summary?: string; lang: string }
      const topics = classifyArticle(line).topics
      expect(topics.length).toBeLessThanOrEqual(TOPIC_MODEL.maxTopics)
      for (const t of topics) expect(hasRealEvidence(r.evidence, TOPICS.indexOf(t))).toBe(true)
    }
  })
})

describe('a body', () => {
  const quake = 'A strong earthquake struck the region overnight, collapsing buildings; rescuers searched the rubble for survivors.'

  it('counts its opening like a lead: a text given as the body gets nearly always the topics it gets as the lead', () => {
    const rows = loadTrainingRows().filter((_, i) => i % 4 === 0)
    const differ = rows.filter((r) => {
      const line = JSON.parse(readLine(r.set, r.line)) as { title: string; summary: string; lang: string }
      const asLead = modelTopics({ title: line.title, summary: line.summary, lang: line.lang })
      const asBody = modelTopics({ title: line.title, content: line.summary, lang: line.lang })
      return [...asLead].sort().join() !== [...asBody].sort().join()
    })
    expect(differ.length / rows.length).toBeLessThan(0.1)
  })

  it('decides nothing from words past its opening, where a long text names every topic somewhere', () => {
    const filler = 'The report was published on Tuesday and is available online. '.repeat(Math.ceil(BODY_WINDOW / 60))
    const early = modelTopics({ lang: 'en', title: 'Overnight news', content: `${quake} ${filler}` })
    const late = modelTopics({ lang: 'en', title: 'Overnight news', content: `${filler} ${quake}` })
    expect(early).toContain('disaster-accident-emergency')
    expect(late).toEqual([])
  })
})

function readLine(set: string, line: number): string {
  return readFileSync(join(__dirname, '../../../../fixtures/classify', set), 'utf8').trim().split('\n')[line]
}
