// Reads an article as the classifier does (index.ts: language, then each zone's topic hits) and turns it into the
// topic model's evidence; `modelTopics` is what the classifier would tag with the learned layer in place.
import type { TopicId } from '../../../../../src/shared/model'
import { articleLanguage } from '../../../../../src/main/core/classify/language'
import { getLexicon } from '../../../../../src/main/core/classify/lexicon'
import { scanZone, Zone, type Hit } from '../../../../../src/main/core/classify/matcher'
import { topicsOfCategory } from '../../../../../src/main/core/classify/topic'
import { collectEvidence, type TopicEvidence } from '../../../../../src/main/core/classify/topic-features'
import { pickTopics, topicProbabilities } from '../../../../../src/main/core/classify/topic-model'

export interface LabInput {
  title: string
  summary?: string
  content?: string
  categories?: string[]
  lang?: string
}

export interface ReadArticle {
  lang: string
  hits: Hit[]
  evidence: TopicEvidence
}

/** The classifier's body limit (index.ts MAX_BODY). */
const MAX_BODY = 20_000

export function readArticle(r: LabInput): ReadArticle {
  const { lang, isGuess } = articleLanguage(r.lang, () => `${r.title} ${r.summary ?? ''}`)
  const hits: Hit[] = []
  const zones: Array<[Zone, string | undefined]> = [[Zone.Title, r.title], [Zone.Lead, r.summary],
    [Zone.Body, r.content?.slice(0, MAX_BODY)], [Zone.Category, r.categories?.join(' | ')]]
  for (const [zone, text] of zones) if (text) hits.push(...scanZone(getLexicon(), text, zone, lang, isGuess).topics)
  return { lang, hits, evidence: collectEvidence(hits, (r.categories ?? []).map(topicsOfCategory)) }
}

export function modelTopics(r: LabInput): TopicId[] {
  const { lang, evidence } = readArticle(r)
  return pickTopics(topicProbabilities(evidence, lang), undefined, evidence.filed)
}
