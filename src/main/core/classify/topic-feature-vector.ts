// The topic model's input for one topic of one article: its own evidence (scores on a log scale, counts capped),
// its place among the other topics, every topic's score (politics learns from economy's evidence), how often the
// labels pair it with the article's leading topic (a prior learned from the dev sets) and the language.
import { TOPICS } from '../../../shared/model'
import { hasRealEvidence, type TopicEvidence } from './topic-features'

/** Languages with a topic lexicon, each a feature of its own: the lexicons differ in size and in style. */
const LANGS = ['en', 'fr', 'es', 'de', 'ru', 'zh', 'ar', 'pt', 'it', 'ja']
const OWN = ['score', 'title', 'leadFirst', 'leadLater', 'category', 'defining', 'titleDefining', 'cues', 'weak',
  'share', 'isTop', 'isSecond', 'realEvidence', 'pairPrior', 'cueShare', 'topicCount', 'mentions', 'mentionShare']
/** Names of the features, in the order of the model's weights (after the bias). */
export const FEATURE_NAMES = [...OWN, ...TOPICS.map((t) => `other:${t}`), ...LANGS.map((l) => `lang:${l}`)]
export const FEATURE_COUNT = FEATURE_NAMES.length
const OTHERS_AT = OWN.length
const LANGS_AT = OTHERS_AT + TOPICS.length

/** What every topic's features share in one article, computed once. */
export interface ArticleContext {
  top: number
  second: number
  /** The topic with the highest score (-1 when none has any). */
  topIndex: number
  /** The most distinct cues (defining and typical words) of any topic. */
  topCues: number
  /** Topics with real evidence: a lead with many threads carries more labels. */
  withEvidence: number
  /** The most hits of any topic, repeats included. */
  topMentions: number
  /** log(1 + score) of every topic. */
  logScores: Float64Array
  lang: number
}

export function articleContext(e: TopicEvidence, lang: string, into?: ArticleContext): ArticleContext {
  const c = into ?? { top: 0, second: 0, topIndex: -1, topCues: 0, withEvidence: 0, topMentions: 0, logScores: new Float64Array(TOPICS.length), lang: 0 }
  c.top = 0
  c.second = 0
  c.topIndex = -1
  c.topCues = 0
  c.withEvidence = 0
  c.topMentions = 0
  for (let t = 0; t < TOPICS.length; t++) {
    const s = e.score[t]
    c.logScores[t] = Math.log1p(s)
    c.topCues = Math.max(c.topCues, e.cues[t] + e.weak[t])
    c.topMentions = Math.max(c.topMentions, e.mentions[t])
    if (hasRealEvidence(e, t)) c.withEvidence++
    if (s > c.top) {
      c.second = c.top
      c.top = s
      c.topIndex = t
    } else if (s > c.second) c.second = s
  }
  c.lang = LANGS.indexOf(lang)
  return c
}

/**
 * Fills `out` with topic t's features, in FEATURE_NAMES' order. `pairs[k][t]`: the log-odds, learned from the dev
 * labels, that topic t is labelled when topic k leads the evidence and t has real evidence of its own.
 */
export function fillFeatures(e: TopicEvidence, t: number, c: ArticleContext, pairs: readonly (readonly number[])[], out: Float64Array): void {
  const score = e.score[t]
  out[0] = c.logScores[t]
  out[1] = Math.log1p(e.title[t])
  out[2] = Math.log1p(e.leadFirst[t])
  out[3] = Math.log1p(e.leadLater[t])
  out[4] = Math.log1p(e.category[t])
  out[5] = Math.min(e.defining[t], 3)
  out[6] = e.titleDefining[t]
  out[7] = Math.min(e.cues[t], 5)
  out[8] = Math.min(e.weak[t], 5)
  out[9] = c.top > 0 ? score / c.top : 0
  out[10] = score > 0 && score === c.top ? 1 : 0
  out[11] = score > 0 && score < c.top && score === c.second ? 1 : 0
  out[12] = hasRealEvidence(e, t) ? 1 : 0
  out[13] = c.topIndex >= 0 && c.topIndex !== t ? pairs[c.topIndex][t] : 0
  out[14] = c.topCues > 0 ? (e.cues[t] + e.weak[t]) / c.topCues : 0
  out[15] = Math.min(c.withEvidence, 5)
  out[16] = Math.log1p(e.mentions[t])
  out[17] = c.topMentions > 0 ? e.mentions[t] / c.topMentions : 0
  out.set(c.logScores, OTHERS_AT)
  for (let i = 0; i < LANGS.length; i++) out[LANGS_AT + i] = i === c.lang ? 1 : 0
}
