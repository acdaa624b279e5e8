// What the lexicons found for each topic of one article, as numbers the topic model weighs: weighted score per
// zone, distinct cues, defining terms, the feed's categories, and where the topic ranks among the others.
import { TOPICS, type TopicId } from '../../../shared/model'
import { Zone, type Hit } from './matcher'
import { isInDateline } from './topic-dateline'
import { isFormerOffice } from './topic-office'
import { firstSentenceEnd, positionFactor } from './topic-position'

/** Weight 3 marks a defining term ("earthquake", "ceasefire"); ambiguous words ("union", "court", "team") are 2 at most. */
const DEFINING = 3
/** A feed filing its item under "Sport" is worth about two strong words. */
const CATEGORY_BONUS = 4
const TOPIC_COUNT = TOPICS.length
const TOPIC_INDEX = new Map<TopicId, number>(TOPICS.map((t, i) => [t, i]))

/** Per-topic evidence slots, each an array indexed like TOPICS. */
export interface TopicEvidence {
  /** The weighted score of the old rules: weight x zone and sentence factor, plus the category bonus. */
  score: Float64Array
  title: Float64Array
  /** The lead's first sentence states the subject; the later ones add background. */
  leadFirst: Float64Array
  leadLater: Float64Array
  body: Float64Array
  /** Topic words in the feed's categories, plus a bonus per category that names the topic. */
  category: Float64Array
  /** 1 when a feed category names the topic ("Sport", "Économie"). */
  filed: Float64Array
  /** Distinct defining terms outside the body, and whether one is in the title. */
  defining: Float64Array
  titleDefining: Float64Array
  /** Distinct words of weight 2 or more, and of weight 1. */
  cues: Float64Array
  weak: Float64Array
}

function emptyEvidence(): TopicEvidence {
  const slot = () => new Float64Array(TOPIC_COUNT)
  return { score: slot(), title: slot(), leadFirst: slot(), leadLater: slot(), body: slot(), category: slot(), filed: slot(),
    defining: slot(), titleDefining: slot(), cues: slot(), weak: slot() }
}

/**
 * Sums the hits per topic and zone. A word counts once per zone ("strike ... strike" is one signal), no word counts
 * inside a wire dateline, and an office held before ("former interior minister") is a defining politics term.
 */
export function collectEvidence(hits: Hit[], categoryTopics: TopicId[][]): TopicEvidence {
  const e = emptyEvidence()
  const counted = new Set<number>()
  const definingSeen = new Set<number>()
  const cueSeen = new Set<number>()
  for (const h of hits) {
    if (isInDateline(h)) continue
    const t = TOPIC_INDEX.get(h.term.topic!)!
    const key = (h.pattern * 4 + h.zone) * 32 + t
    if (counted.has(key)) continue
    counted.add(key)
    const weight = h.term.weight < DEFINING && isFormerOffice(h) ? DEFINING : h.term.weight
    e.score[t] += weight * positionFactor(h)
    zoneSlot(e, h)[t] += weight
    const wordKey = h.pattern * 32 + t
    if (weight >= DEFINING && h.zone !== Zone.Body && !definingSeen.has(wordKey)) {
      definingSeen.add(wordKey)
      e.defining[t]++
    }
    if (weight >= DEFINING && h.zone === Zone.Title) e.titleDefining[t] = 1
    if (weight > 0 && !cueSeen.has(wordKey)) {
      cueSeen.add(wordKey)
      if (weight >= 2) e.cues[t]++
      else e.weak[t]++
    }
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

function zoneSlot(e: TopicEvidence, h: Hit): Float64Array {
  if (h.zone === Zone.Title) return e.title
  if (h.zone === Zone.Body) return e.body
  if (h.zone === Zone.Category) return e.category
  return h.start < firstSentenceEnd(h.text) ? e.leadFirst : e.leadLater
}

/**
 * No single ambiguous word decides a topic (the guarantee): it needs a defining term in the title or lead,
 * two distinct typical words ("team" alone is not sport; "team" and "coach" are), or the feed's category.
 */
export function hasRealEvidence(e: TopicEvidence, t: number): boolean {
  return e.defining[t] > 0 || e.cues[t] >= 2 || e.filed[t] > 0
}

/** Languages with a topic lexicon, each a feature of its own: the lexicons differ in size and in style. */
const LANGS = ['en', 'fr', 'es', 'de', 'ru', 'zh', 'ar', 'pt', 'it', 'ja']
const OWN = ['score', 'title', 'leadFirst', 'leadLater', 'body', 'category', 'defining', 'titleDefining', 'cues',
  'weak', 'share', 'isTop', 'isSecond', 'realEvidence']
/** Names of the features, in the order of the model's weights (after the bias). */
export const FEATURE_NAMES = [...OWN, ...TOPICS.map((t) => `other:${t}`), ...LANGS.map((l) => `lang:${l}`)]
export const FEATURE_COUNT = FEATURE_NAMES.length
const OTHERS_AT = OWN.length
const LANGS_AT = OTHERS_AT + TOPIC_COUNT

/** Where the topic ranks by score: the best score and the second best, computed once per article. */
export interface Ranking {
  top: number
  second: number
}

export function rankScores(e: TopicEvidence): Ranking {
  let top = 0
  let second = 0
  for (const s of e.score) {
    if (s > top) {
      second = top
      top = s
    } else if (s > second) second = s
  }
  return { top, second }
}

/**
 * Fills `out` with topic t's features: its own evidence (scores on a log scale, counts capped), its place among
 * the other topics, every topic's score (politics learns from economy's evidence) and the language.
 */
export function fillFeatures(e: TopicEvidence, t: number, rank: Ranking, lang: string, out: Float64Array): void {
  const score = e.score[t]
  out[0] = Math.log1p(score)
  out[1] = Math.log1p(e.title[t])
  out[2] = Math.log1p(e.leadFirst[t])
  out[3] = Math.log1p(e.leadLater[t])
  out[4] = Math.log1p(e.body[t])
  out[5] = Math.log1p(e.category[t])
  out[6] = Math.min(e.defining[t], 3)
  out[7] = e.titleDefining[t]
  out[8] = Math.min(e.cues[t], 5)
  out[9] = Math.min(e.weak[t], 5)
  out[10] = rank.top > 0 ? score / rank.top : 0
  out[11] = score > 0 && score === rank.top ? 1 : 0
  out[12] = score > 0 && score < rank.top && score === rank.second ? 1 : 0
  out[13] = hasRealEvidence(e, t) ? 1 : 0
  for (let u = 0; u < TOPIC_COUNT; u++) out[OTHERS_AT + u] = Math.log1p(e.score[u])
  const l = LANGS.indexOf(lang)
  for (let i = 0; i < LANGS.length; i++) out[LANGS_AT + i] = i === l ? 1 : 0
}
