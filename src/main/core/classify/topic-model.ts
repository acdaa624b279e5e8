// The learned topic decision (classifier version 10): one logistic regression per topic over every topic's evidence
// (topic-features.ts), trained by tests/main/core/classify/topic-lab/train.ts into data/topic-weights.ts; keeps the
// likely topics, likeliest first. It won leave-one-set-out CV against the hand-set rules of topic.ts (lab README).
import { TOPICS, type TopicId } from '../../../shared/model'
import { TOPIC_MODEL } from './data/topic-weights'
import { articleContext, FEATURE_COUNT, FEATURE_NAMES, fillFeatures, type ArticleContext } from './topic-feature-vector'
import { collectEvidence, hasRealEvidence, newEvidence, type TopicEvidence } from './topic-features'
import type { Hit } from './matcher'
import type { PickRule, TopicModel } from './topic-model-types'

const MAX_TOPICS = 3
/** The classifier picks topics with the model; false falls back to the rules of topic.ts (version 7's bars). */
export const USE_TOPIC_MODEL = true

let checked: TopicModel | undefined

/** The committed model, after checking it was trained on today's features. */
function committedModel(): TopicModel {
  if (checked) return checked
  const m = TOPIC_MODEL
  const stale = m.features.length !== FEATURE_COUNT || m.features.some((f, i) => f !== FEATURE_NAMES[i]) ||
    m.weights.length !== TOPICS.length || m.weights.some((w) => w.length !== FEATURE_COUNT + 1) ||
    m.pairs.length !== TOPICS.length || m.pairs.some((row) => row.length !== TOPICS.length)
  if (stale) throw new Error('data/topic-weights.ts does not match the topic features: re-train (topic-lab/train.ts --write)')
  return (checked = m)
}

const features = new Float64Array(FEATURE_COUNT)
let context: ArticleContext | undefined

/** Probability of each topic (0 for a topic without real evidence: no single ambiguous word decides). */
export function topicProbabilities(e: TopicEvidence, lang: string, model: TopicModel = committedModel()): Float64Array {
  const p = new Float64Array(TOPICS.length)
  const c = (context = articleContext(e, lang, context))
  if (c.top === 0) return p
  for (let t = 0; t < TOPICS.length; t++) {
    if (!hasRealEvidence(e, t)) continue
    fillFeatures(e, t, c, model.pairs, features)
    const w = model.weights[t]
    let z = w[0]
    for (let i = 0; i < FEATURE_COUNT; i++) z += w[i + 1] * features[i]
    p[t] = 1 / (1 + Math.exp(-z))
  }
  return p
}

/**
 * The likeliest topic when its probability reaches the first bar, then the others that reach the threshold and
 * the share of the likeliest one's probability, likeliest first, at most maxTopics. A topic the feed files the
 * item under (`filed[t] > 0`: "Sport", "Cronaca nera") is kept whatever its probability, before the model's others:
 * the publisher's own label, and one no dev set carries, so the weights cannot learn what it is worth.
 */
export function pickTopics(p: Float64Array, rule: PickRule = committedModel(), filed?: ArrayLike<number>): TopicId[] {
  const isFiled = (t: number) => filed !== undefined && filed[t] > 0 && p[t] > 0
  let best = -1
  for (let t = 0; t < p.length; t++) if (p[t] > 0 && (best < 0 || p[t] > p[best])) best = t
  if (best < 0) return []
  const passes = p[best] >= Math.min(rule.firstThreshold, rule.threshold)
  const bar = Math.max(rule.threshold, rule.secondShare * p[best])
  const kept: number[] = []
  for (let t = 0; t < p.length; t++) if (isFiled(t) || (passes && (t === best || p[t] >= bar))) kept.push(t)
  const byProbability = (a: number, b: number) => p[b] - p[a] || a - b
  kept.sort((a, b) => Number(isFiled(b)) - Number(isFiled(a)) || byProbability(a, b))
  return kept.slice(0, Math.min(rule.maxTopics, MAX_TOPICS)).sort(byProbability).map((t) => TOPICS[t])
}

/** Reused for every article: the evidence never outlives the call. */
const scratch = newEvidence()

/** The topics the model keeps for an article's topic hits and the topics its feed categories name. */
export function modelTopics(hits: Hit[], categoryTopics: TopicId[][], lang: string): TopicId[] {
  if (hits.length === 0 && categoryTopics.length === 0) return []
  const e = collectEvidence(hits, categoryTopics, scratch)
  return pickTopics(topicProbabilities(e, lang), committedModel(), e.filed)
}
