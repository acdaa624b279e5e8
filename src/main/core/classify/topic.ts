// Topic tagging: the lexicons' cues and the feed's categories become per-topic evidence (topic-features.ts), and a
// learned decision (topic-model.ts) keeps the likely topics, at most three, or none when nothing is clear.
import type { TopicId } from '../../../shared/model'
import type { Hit } from './matcher'
import { CATEGORY_TOPICS } from './data/categories'
import { foldString } from './normalize'
import { isInDateline } from './topic-dateline'
import { collectEvidence, newEvidence, type TopicEvidence } from './topic-features'
import { pickTopics, topicProbabilities } from './topic-model'

export interface TopicResult {
  topics: TopicId[]
  evidence: Partial<Record<TopicId, string[]>>
}

/** The evidence the topic model weighs: the hits of one article and the topics its feed categories name. */
export function topicEvidence(hits: Hit[], categories: string[] = [], into: TopicEvidence = newEvidence()): TopicEvidence {
  return collectEvidence(hits, categories.map(topicsOfCategory), into)
}

/** Reused for every article: the evidence never outlives the call. */
const scratch = newEvidence()

export function scoreTopics(hits: Hit[], categories: string[] = [], lang = 'en'): TopicResult {
  if (hits.length === 0 && categories.length === 0) return { topics: [], evidence: {} }
  const topics = pickTopics(topicProbabilities(topicEvidence(hits, categories, scratch), lang))
  const evidence: Partial<Record<TopicId, string[]>> = {}
  for (const topic of topics) {
    const words = new Set(categories.filter((c) => topicsOfCategory(c).includes(topic)))
    for (const h of hits) {
      if (h.term.topic === topic && h.term.weight > 0 && words.size < 6 && !isInDateline(h)) words.add(h.text.slice(h.start, h.end))
    }
    evidence[topic] = [...words]
  }
  return { topics, evidence }
}

let categoryIndex: Map<string, TopicId> | undefined

/** The topic a feed category names ("Sport", "Économie", "体育"), looked up part by part. */
function topicsOfCategory(category: string): TopicId[] {
  if (!categoryIndex) {
    categoryIndex = new Map()
    for (const [topic, words] of Object.entries(CATEGORY_TOPICS) as Array<[TopicId, string]>) {
      for (const w of words.split(',')) if (w.trim()) categoryIndex.set(foldString(w), topic)
    }
  }
  const found = new Set<TopicId>()
  const whole = categoryIndex.get(foldString(category))
  if (whole) found.add(whole)
  for (const part of category.split(/\s*(?:[&/,|>:;·•]|\s-\s|\band\b|\bund\b|\bet\b|\by\b)\s*/)) {
    const topic = categoryIndex.get(foldString(part))
    if (topic) found.add(topic)
  }
  return [...found]
}
