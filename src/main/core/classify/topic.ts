// Topic scoring: weighted lexicon matches by zone plus the feed's categories; keeps the topics that
// clear an absolute bar and come close to the best one (at most three), or none when nothing is clear.
import { TOPICS, type TopicId } from '../../../shared/model'
import { Zone, type Hit } from './matcher'
import { CATEGORY_TOPICS } from './data/categories'
import { foldString } from './normalize'

/** Indexed by Zone: title, lead, body, categories. */
const ZONE_FACTOR = [1.5, 1, 0.4, 1]
const BODY = Zone.Body
/** A feed filing its item under "Sport" is worth about two strong words. */
const CATEGORY_BONUS = 4
const MIN_SCORE = 3
const MIN_SECONDARY = 4
const MIN_SHARE = 0.5
const MAX_TOPICS = 3
const TOPIC_INDEX = new Map<TopicId, number>(TOPICS.map((t, i) => [t, i]))

export interface TopicResult {
  topics: TopicId[]
  evidence: Partial<Record<TopicId, string[]>>
}

export function scoreTopics(hits: Hit[], categories: string[] = []): TopicResult {
  const scores = new Map<TopicId, number>()
  const support = new Map<TopicId, Support>()
  const counted = new Set<number>()
  for (const h of hits) {
    const topic = h.term.topic!
    // A word counts once per zone: "strike ... strike" is one signal, not two.
    const key = (h.pattern * 4 + h.zone) * 32 + TOPIC_INDEX.get(topic)!
    if (counted.has(key)) continue
    counted.add(key)
    scores.set(topic, (scores.get(topic) ?? 0) + h.term.weight * ZONE_FACTOR[h.zone])
    noteSupport(support, topic, h)
  }
  const fromCategories = new Map<TopicId, string[]>()
  for (const category of categories) {
    for (const topic of topicsOfCategory(category)) {
      scores.set(topic, (scores.get(topic) ?? 0) + CATEGORY_BONUS)
      fromCategories.set(topic, [...(fromCategories.get(topic) ?? []), category])
    }
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1])
  const top = ranked[0]?.[1] ?? 0
  // The best topic may rest on one defining word in the lead; a second or third topic needs more than
  // that, because stray words ("attack" in a crime story, "energy" in a war story) land there.
  const topics = ranked
    .filter(([t]) => fromCategories.has(t) || hasRealEvidence(support.get(t)))
    .filter(([, s], i) => s >= (i === 0 ? MIN_SCORE : MIN_SECONDARY) && s >= MIN_SHARE * top)
    .slice(0, MAX_TOPICS)
    .map(([t]) => t)
  const evidence: Partial<Record<TopicId, string[]>> = {}
  for (const topic of topics) {
    const words = new Set(fromCategories.get(topic))
    for (const h of hits) if (h.term.topic === topic && h.term.weight > 0 && words.size < 6) words.add(h.text.slice(h.start, h.end))
    evidence[topic] = [...words]
  }
  return { topics, evidence }
}

/** What backs a topic: a defining term outside the body, and the distinct typical words. */
interface Support {
  hasDefining: boolean
  /** Pattern ids of distinct words of weight 2 or more. */
  words: Set<number>
}

/** Weight 3 marks a defining term ("earthquake", "ceasefire"); ambiguous words ("union", "court", "team") are 2 at most. */
const DEFINING = 3

function noteSupport(support: Map<TopicId, Support>, topic: TopicId, h: Hit): void {
  let s = support.get(topic)
  if (!s) support.set(topic, (s = { hasDefining: false, words: new Set() }))
  if (h.term.weight >= DEFINING && h.zone !== BODY) s.hasDefining = true
  if (h.term.weight >= 2) s.words.add(h.pattern)
}

/**
 * No single ambiguous word decides a topic: it needs a defining term in the title or lead, or two distinct
 * typical words ("team" alone is not sport; "team" and "coach" are).
 */
function hasRealEvidence(s: Support | undefined): boolean {
  return s !== undefined && (s.hasDefining || s.words.size >= 2)
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
