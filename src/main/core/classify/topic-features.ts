// What the lexicons found for each topic of one article, as numbers the topic model weighs: weighted score per
// zone, distinct cues, defining terms, the feed's categories, and where the topic ranks among the others.
import { TOPICS, type TopicId } from '../../../shared/model'
import { Zone, type Hit } from './matcher'
import { isInDateline } from './topic-dateline'
import { isFormerOffice } from './topic-office'
import { firstSentenceEnd } from './topic-position'

/** Weight 3 marks a defining term ("earthquake", "ceasefire"); ambiguous words ("union", "court", "team") are 2 at most. */
const DEFINING = 3
/** A feed filing its item under "Sport" is worth about two strong words. */
const CATEGORY_BONUS = 4
/**
 * The model learned from titles and leads, so a body counts as more lead, and only its opening: the story's
 * subject is there, while a long text names every topic somewhere and would push the scores past anything seen.
 */
export const BODY_WINDOW = 600
/** Factors of the old rules' score: title, the lead's first sentence, its later ones (and the body's opening). */
const TITLE_FACTOR = 1.5
const LATER_FACTOR = 0.8
const TOPIC_COUNT = TOPICS.length
const TOPIC_INDEX = new Map<TopicId, number>(TOPICS.map((t, i) => [t, i]))

/** Per-topic evidence slots, each an array indexed like TOPICS. */
export interface TopicEvidence {
  /** The weighted score of the old rules: weight x zone and sentence factor, plus the category bonus. */
  score: Float64Array
  title: Float64Array
  /** The lead's first sentence states the subject; the later ones (and the body's opening) add background. */
  leadFirst: Float64Array
  leadLater: Float64Array
  /** Topic words in the feed's categories, plus a bonus per category that names the topic. */
  category: Float64Array
  /** 1 when a feed category names the topic ("Sport", "Économie"). */
  filed: Float64Array
  /** Distinct defining terms, and whether one is in the title. */
  defining: Float64Array
  titleDefining: Float64Array
  /** Distinct words of weight 2 or more, and of weight 1. */
  cues: Float64Array
  weak: Float64Array
  /** Every hit of a topic word, repeats included: a thread the story develops names its words again. */
  mentions: Float64Array
}

const SLOTS = ['score', 'title', 'leadFirst', 'leadLater', 'category', 'filed', 'defining', 'titleDefining', 'cues', 'weak', 'mentions'] as const

export function newEvidence(): TopicEvidence {
  const buffer = new Float64Array(SLOTS.length * TOPIC_COUNT)
  const e = {} as Record<(typeof SLOTS)[number], Float64Array>
  SLOTS.forEach((name, i) => { e[name] = buffer.subarray(i * TOPIC_COUNT, (i + 1) * TOPIC_COUNT) })
  return e
}

const counted = new Set<number>()
const seen = new Set<number>()

/**
 * Sums the hits per topic and zone into `e` (cleared first). A word counts once per zone ("strike ... strike" is
 * one signal), no word counts inside a wire dateline, and an office held before ("former interior minister") is a
 * defining politics term.
 */
export function collectEvidence(hits: Hit[], categoryTopics: TopicId[][], e: TopicEvidence = newEvidence()): TopicEvidence {
  for (const name of SLOTS) e[name].fill(0)
  counted.clear()
  seen.clear()
  for (const h of hits) {
    const isBody = h.zone === Zone.Body
    if ((isBody && h.start >= BODY_WINDOW) || isInDateline(h)) continue
    const t = TOPIC_INDEX.get(h.term.topic!)!
    const zone = isBody ? Zone.Lead : h.zone
    if (h.term.weight > 0) e.mentions[t]++
    const key = (h.pattern * 4 + zone) * 32 + t
    if (counted.has(key)) continue
    counted.add(key)
    const weight = h.term.weight < DEFINING && isFormerOffice(h) ? DEFINING : h.term.weight
    addToZone(e, h, isBody, t, weight)
    const wordKey = h.pattern * 32 + t
    if (weight === 0 || seen.has(wordKey)) continue
    seen.add(wordKey)
    if (weight >= DEFINING) e.defining[t]++
    if (weight >= 2) e.cues[t]++
    else e.weak[t]++
  }
  for (const topics of categoryTopics) {
    for (const topic of topics) {
      const t = TOPIC_INDEX.get(topic)!
      e.score[t] += CATEGORY_BONUS
      e.category[t] += CATEGORY_BONUS
      e.filed[t] = 1
    }
  }
  return e
}

function addToZone(e: TopicEvidence, h: Hit, isBody: boolean, t: number, weight: number): void {
  if (h.zone === Zone.Title) {
    e.title[t] += weight
    e.score[t] += weight * TITLE_FACTOR
    if (weight >= DEFINING) e.titleDefining[t] = 1
  } else if (h.zone === Zone.Category) {
    e.category[t] += weight
    e.score[t] += weight
  } else if (!isBody && h.start < firstSentenceEnd(h.text)) {
    e.leadFirst[t] += weight
    e.score[t] += weight
  } else {
    e.leadLater[t] += weight
    e.score[t] += weight * LATER_FACTOR
  }
}

/**
 * No single ambiguous word decides a topic (the guarantee): it needs a defining term, two distinct typical
 * words ("team" alone is not sport; "team" and "coach" are), or the feed's category.
 */
export function hasRealEvidence(e: TopicEvidence, t: number): boolean {
  return e.defining[t] > 0 || e.cues[t] >= 2 || e.filed[t] > 0
}
