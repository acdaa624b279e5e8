// The pair priors (pairs.ts) against counts worked out by hand, and the features that carry them and the other
// version-12 inputs (topic-feature-vector.ts): the leading topic gets no pair prior, the cue share and the count of
// topics with evidence follow their definitions.
import { describe, expect, it } from 'vitest'
import { TOPICS, type TopicId } from '../../../../../src/shared/model'
import { newEvidence, type TopicEvidence } from '../../../../../src/main/core/classify/topic-features'
import { articleContext, FEATURE_COUNT, FEATURE_NAMES, fillFeatures } from '../../../../../src/main/core/classify/topic-feature-vector'
import { pairPriors } from './pairs'
import type { TrainingRow } from './train'

const WAR = TOPICS.indexOf('conflict-war-peace')
const POLITICS = TOPICS.indexOf('politics')
const ECONOMY = TOPICS.indexOf('economy-business-finance')
const logit = (p: number) => Math.log(p / (1 - p))

/** Evidence with the given score and distinct cues per topic (two cues are real evidence). */
function evidence(topics: Array<[number, number, number]>): TopicEvidence {
  const e = newEvidence()
  for (const [t, score, cues] of topics) {
    e.score[t] = score
    e.cues[t] = cues
  }
  return e
}

function row(e: TopicEvidence, gold: TopicId[]): TrainingRow {
  return { set: 's', title: '', line: 0, lang: 'en', gold, rules: [], evidence: e, hits: [], categories: [] }
}

describe('pair priors', () => {
  it('are the smoothed log-odds that a topic is labelled behind the leading one', () => {
    // 6 war leads with politics and economy evidence: politics labelled in all 6, economy in none.
    const rows = Array.from({ length: 6 }, () => row(evidence([[WAR, 10, 3], [POLITICS, 4, 2], [ECONOMY, 3, 2]]), ['conflict-war-peace', 'politics']))
    const pairs = pairPriors(rows)
    // Base rates over all 12 (topic, lead) cases, Laplace-smoothed: politics 7/8, economy 1/8; then 6 cases each
    // against 10 pseudo-cases at the base rate.
    expect(pairs[WAR][POLITICS]).toBeCloseTo(logit((6 + 10 * (7 / 8)) / 16), 3)
    expect(pairs[WAR][ECONOMY]).toBeCloseTo(logit((0 + 10 * (1 / 8)) / 16), 3)
    // A pair never seen falls back on the topic's base rate.
    expect(pairs[ECONOMY][POLITICS]).toBeCloseTo(logit(7 / 8), 3)
  })

  it('ignore topics without real evidence and the leading topic itself', () => {
    const rows = [row(evidence([[WAR, 10, 3], [POLITICS, 2, 1]]), ['conflict-war-peace', 'politics'])]
    const pairs = pairPriors(rows)
    // One cue is no real evidence: nothing counted, every prior is logit(1/2) = 0.
    expect(pairs.flat().every((v) => v === 0)).toBe(true)
  })
})

describe('the version-12 features', () => {
  const at = (name: string) => FEATURE_NAMES.indexOf(name)
  const pairs = TOPICS.map((_, k) => TOPICS.map((__, t) => k * 100 + t))

  it('give the pair prior of the leading topic only to the others', () => {
    const e = evidence([[WAR, 10, 4], [POLITICS, 4, 2], [ECONOMY, 1, 1]])
    const c = articleContext(e, 'en')
    const out = new Float64Array(FEATURE_COUNT)
    fillFeatures(e, POLITICS, c, pairs, out)
    expect(out[at('pairPrior')]).toBe(WAR * 100 + POLITICS)
    expect(out[at('cueShare')]).toBeCloseTo(2 / 4, 9)
    expect(out[at('topicCount')]).toBe(2)
    fillFeatures(e, WAR, c, pairs, out)
    expect(out[at('pairPrior')]).toBe(0)
    expect(out[at('cueShare')]).toBe(1)
  })
})
