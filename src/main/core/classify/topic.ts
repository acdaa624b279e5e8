// Topic tagging: the lexicons' matches by zone plus the feed's categories. The learned decision of topic-model.ts
// keeps the likely topics (version 10); the hand-set rules below (version 7: weighted scores, bars of
// topic-bars.ts) remain as `rulesTopics`, used when USE_TOPIC_MODEL is false and by the lab's comparison.
import { TOPICS, type TopicId } from '../../../shared/model'
import { Zone, type Hit } from './matcher'
import { CATEGORY_TOPICS } from './data/categories'
import { foldString } from './normalize'
import { isInDateline } from './topic-dateline'
import { isFormerOffice } from './topic-office'
import { positionFactor } from './topic-position'
import { TOPIC_BARS, type TopicBars } from './topic-bars'
import { modelTopics, USE_TOPIC_MODEL } from './topic-model'

const BODY = Zone.Body
/** A feed filing its item under "Sport" is worth about two strong words. */
const CATEGORY_BONUS = 4
const TOPIC_INDEX = new Map<TopicId, number>(TOPICS.map((t, i) => [t, i]))

export interface TopicResult {
  topics: TopicId[]
  evidence: Partial<Record<TopicId, string[]>>
}

/** The topics of an article, likeliest first, with the words that decided each (the model, or the rules when off). */
export function scoreTopics(hits: Hit[], categories: string[] = [], lang = 'en'): TopicResult {
  if (!USE_TOPIC_MODEL) return rulesTopics(hits, categories)
  const categoryTopics = categories.map(topicsOfCategory)
  const topics = modelTopics(hits, categoryTopics, lang)
  const fromCategories = new Map<TopicId, string[]>()
  categories.forEach((c, i) => { for (const t of categoryTopics[i]) fromCategories.set(t, [...(fromCategories.get(t) ?? []), c]) })
  return { topics, evidence: topicEvidenceWords(topics, hits, fromCategories) }
}

/** Version 7's rules: weighted scores, kept when they clear the bars (best first, at most `bars.maxTopics`). */
export function rulesTopics(hits: Hit[], categories: string[] = [], bars: TopicBars = TOPIC_BARS): TopicResult {
  const scores = new Map<TopicId, number>()
  const support = new Map<TopicId, Support>()
  const counted = new Set<number>()
  for (const h of hits) {
    if (isInDateline(h)) continue
    const topic = h.term.topic!
    // A word counts once per zone: "strike ... strike" is one signal, not two.
    const key = (h.pattern * 4 + h.zone) * 32 + TOPIC_INDEX.get(topic)!
    if (counted.has(key)) continue
    counted.add(key)
    const weight = h.term.weight < DEFINING && isFormerOffice(h) ? DEFINING : h.term.weight
    scores.set(topic, (scores.get(topic) ?? 0) + weight * positionFactor(h))
    noteSupport(support, topic, h, weight)
  }
  const fromCategories = new Map<TopicId, string[]>()
  for (const category of categories) {
    for (const topic of topicsOfCategory(category)) {
      scores.set(topic, (scores.get(topic) ?? 0) + CATEGORY_BONUS)
      fromCategories.set(topic, [...(fromCategories.get(topic) ?? []), category])
    }
  }
  const topics = selectTopics(scores, (t, first) => fromCategories.has(t) || hasRealEvidence(support.get(t)) ||
    (t === 'politics' && first === 'society' && support.has(t)), support, bars)
  return { topics, evidence: topicEvidenceWords(topics, hits, fromCategories) }
}

/** The words that decided each kept topic, for "Why these tags?": its feed categories, then up to six words. */
function topicEvidenceWords(topics: TopicId[], hits: Hit[], fromCategories: Map<TopicId, string[]>): Partial<Record<TopicId, string[]>> {
  const evidence: Partial<Record<TopicId, string[]>> = {}
  for (const topic of topics) {
    const words = new Set(fromCategories.get(topic))
    for (const h of hits) {
      if (h.term.topic === topic && h.term.weight > 0 && words.size < 6 && !isInDateline(h)) words.add(h.text.slice(h.start, h.end))
    }
    evidence[topic] = [...words]
  }
  return evidence
}

/**
 * Keeps the best topic when it clears minScore; a second or third topic needs more than that, because stray
 * words ("attack" in a crime story, "energy" in a war story) land there: minSecondary and half the best score,
 * with the exceptions above, the weather behind a weather-made disaster (floods after rain, a cyclone), the
 * emergency an epidemic is declared (GUIDELINES: "epidemics as emergencies only together with health") and the
 * conflict of a foiled terror plot.
 */
function selectTopics(scores: Map<TopicId, number>, isBacked: (t: TopicId, first?: TopicId) => boolean,
  support: Map<TopicId, Support>, bars: TopicBars): TopicId[] {
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1])
  const top = ranked[0]?.[1] ?? 0
  const chosen: TopicId[] = []
  for (const [topic, score] of ranked) {
    if (chosen.length === bars.maxTopics) break
    if (!isBacked(topic, chosen[0])) continue
    if (chosen.length === 0) {
      // A defining term of a later sentence (0.8 x 3) still decides when nothing else does.
      const clear = score >= bars.minScore || support.get(topic)?.hasDefining === true
      if (clear && score >= bars.minShare * top) chosen.push(topic)
    } else if (isSecondary(topic, score, top, chosen[0], support.get(topic), bars)) chosen.push(topic)
  }
  return chosen
}

function isSecondary(topic: TopicId, score: number, top: number, first: TopicId, s: Support | undefined,
  bars: TopicBars): boolean {
  const paired = pairedBar(topic, score, top, first, s, bars)
  if (paired !== undefined) return paired
  if (score < bars.minSecondary) return false
  // Two stray typical words ("costs", "company" in a heatwave story) are not a thread of the story.
  if (!s?.hasDefining && (s?.words.size ?? 0) < bars.secondaryWords) return false
  const strong = (s?.defining.size ?? 0) >= 2 || (s?.words.size ?? 0) >= bars.strongCues
  return score >= bars.minShare * top || (strong && score >= bars.strongShare * top)
}

/** The bar of a topic that comes with the first one (GUIDELINES section 3), or undefined for the general one. */
function pairedBar(topic: TopicId, score: number, top: number, first: TopicId, s: Support | undefined,
  bars: TopicBars): boolean | undefined {
  if (topic === 'weather' && first === 'disaster-accident-emergency' && s?.hasDefining) {
    // One weather word in the lead (snow before an avalanche, wind behind a wildfire, the meteorological agency
    // that measured a quake) does not make the disaster weather-made; a flood or a storm in the title does.
    return score >= bars.minScore && (s.titleDefining || s.words.size >= 2)
  }
  if (topic === 'disaster-accident-emergency' && first === 'health' && s?.hasDefining) return score >= bars.minScore
  if (topic === 'politics' && first === 'society') return score >= bars.minSocietyPolitics && score >= bars.societyPoliticsShare * top
  if (topic === 'politics' && s?.hasDefining && (first === 'crime-law-justice' || first === 'conflict-war-peace')) {
    return score >= bars.minPolitics && (s.titleDefining || score >= bars.officePoliticsShare * top)
  }
  if (topic === 'politics') return score >= bars.minPolitics && score >= bars.politicsShare * top
  // Tourists robbed, drowned or rescued: their holiday words do not make the crime or the accident a leisure story.
  if (topic === 'lifestyle-leisure' && (first === 'crime-law-justice' || first === 'disaster-accident-emergency')) {
    return s?.titleDefining === true && score >= bars.minSecondary && score >= bars.minShare * top
  }
  // A foiled terror plot: the court words lead, terrorism in the title is conflict too.
  if (topic === 'conflict-war-peace' && first === 'crime-law-justice' && s?.titleDefining) return score >= bars.minSecondary
  return undefined
}

/** What backs a topic: a defining term outside the body, and the distinct typical words. */
interface Support {
  hasDefining: boolean
  /** A defining term in the title. */
  titleDefining: boolean
  /** Pattern ids of distinct defining terms outside the body. */
  defining: Set<number>
  /** Pattern ids of distinct words of weight 2 or more. */
  words: Set<number>
}

/** Weight 3 marks a defining term ("earthquake", "ceasefire"); ambiguous words ("union", "court", "team") are 2 at most. */
const DEFINING = 3

function noteSupport(support: Map<TopicId, Support>, topic: TopicId, h: Hit, weight: number): void {
  let s = support.get(topic)
  if (!s) support.set(topic, (s = { hasDefining: false, titleDefining: false, defining: new Set(), words: new Set() }))
  if (weight >= DEFINING && h.zone !== BODY) {
    s.hasDefining = true
    s.titleDefining ||= h.zone === Zone.Title
    s.defining.add(h.pattern)
  }
  if (weight >= 2) s.words.add(h.pattern)
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
export function topicsOfCategory(category: string): TopicId[] {
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
