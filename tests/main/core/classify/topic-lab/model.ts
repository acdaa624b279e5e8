// A learned topic decision, tried against the classifier's rules (README of src/main/core/classify): one logistic
// regression per topic over every topic's evidence (features.ts), trained by train.ts into weights.ts.
import { TOPICS, type TopicId } from '../../../../../src/shared/model'
import { TOPIC_MODEL } from './weights'
import { articleContext, FEATURE_COUNT, FEATURE_NAMES, fillFeatures, type ArticleContext } from './feature-vector'
import { hasRealEvidence, type TopicEvidence } from './features'

const MAX_TOPICS = 3

/** How topics are kept from their probabilities; every number is chosen by cross-validation (train.ts). */
export interface PickRule {
  /** A second or third topic is kept when its probability reaches this... */
  threshold: number
  /** ...and this share of the likeliest topic's probability (0: no such bar). */
  secondShare: number
  /** The likeliest topic is kept when its probability reaches this or the threshold, whichever is lower. */
  firstThreshold: number
  /** At most this many topics (GUIDELINES: one to three). */
  maxTopics: number
}

/** Weights per topic (bias first, then FEATURE_NAMES' order) and the pick rule chosen by cross-validation. */
export interface TopicModel extends PickRule {
  features: string[]
  weights: number[][]
}

let checked: TopicModel | undefined

/** The committed model, after checking it was trained on today's features. */
function committedModel(): TopicModel {
  if (checked) return checked
  const m = TOPIC_MODEL
  const stale = m.features.length !== FEATURE_COUNT || m.features.some((f, i) => f !== FEATURE_NAMES[i]) ||
    m.weights.length !== TOPICS.length || m.weights.some((w) => w.length !== FEATURE_COUNT + 1)
  if (stale) throw new Error('weights.ts does not match the topic features: re-train (train.ts --write)')
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
    fillFeatures(e, t, c, features)
    const w = model.weights[t]
    let z = w[0]
    for (let i = 0; i < FEATURE_COUNT; i++) z += w[i + 1] * features[i]
    p[t] = 1 / (1 + Math.exp(-z))
  }
  return p
}

/**
 * The likeliest topic when its probability reaches the first bar, then the others that reach the threshold and
 * the share of the likeliest one's probability, likeliest first, at most maxTopics.
 */
export function pickTopics(p: Float64Array, rule: PickRule = committedModel()): TopicId[] {
  let best = -1
  for (let t = 0; t < p.length; t++) if (p[t] > 0 && (best < 0 || p[t] > p[best])) best = t
  if (best < 0 || p[best] < Math.min(rule.firstThreshold, rule.threshold)) return []
  const bar = Math.max(rule.threshold, rule.secondShare * p[best])
  const kept: number[] = [best]
  for (let t = 0; t < p.length; t++) if (t !== best && p[t] >= bar) kept.push(t)
  kept.sort((a, b) => p[b] - p[a] || a - b)
  return kept.slice(0, Math.min(rule.maxTopics, MAX_TOPICS)).map((t) => TOPICS[t])
}
