// Country and topic tagging (issues 3 and 14): the countries an article is about and the ones it only mentions,
// and its topics; pure functions over plain text, offline, in many languages.
// Plain Node only: never import electron, react or dexie here. Design notes: README "Classifier".
import type { ArticleTags, ClassifyRequest } from '../../../shared/model'
import { scoreCountries, type CountryContext } from './country'
import { articleLanguage } from './language'
import { getLexicon } from './lexicon'
import { scanZone, Zone, type Hit } from './matcher'
import { scoreTopics } from './topic'

/** What the classifier reads: the shared contract's ClassifyRequest (feedCountry is a weak prior only). */
export type ClassifyInput = ClassifyRequest
/** Countries, topics and the words that decided them: the shared contract's ArticleTags. */
export type Classification = ArticleTags

export { CLASSIFIER_VERSION } from './version'

/** Body text beyond this many characters adds little and costs time. */
const MAX_BODY = 20_000

export function classifyArticle(input: ClassifyInput): Classification {
  const { countryContext, topicHits, hasTopics } = scanArticle(input)
  const countries = scoreCountries(countryContext)
  const evidence: ArticleTags['evidence'] = { countries: countries.evidence, mentions: countries.mentionEvidence, topics: {} }
  let topics: ArticleTags['topics'] = []
  if (hasTopics) {
    const scored = scoreTopics(topicHits, input.categories, countryContext.lang)
    topics = scored.topics
    evidence.topics = scored.evidence
  } else evidence.topicsUnavailable = true
  return { countries: countries.countries, mentions: countries.mentions, topics, evidence }
}

/** One pass over the article's zones: the country matches with their context, and the topic matches. */
export function scanArticle(input: ClassifyInput): { countryContext: CountryContext; topicHits: Hit[]; hasTopics: boolean } {
  const lex = getLexicon()
  const { lang, isGuess, hasTopics } = articleLanguage(input.lang, () => `${input.title} ${input.summary ?? ''}`)
  const zones: Array<[Zone, string]> = [[Zone.Title, input.title ?? ''], [Zone.Lead, input.summary ?? '']]
  if (input.content) zones.push([Zone.Body, input.content.slice(0, MAX_BODY)])
  if (input.categories?.length) zones.push([Zone.Category, input.categories.join(' | ')])

  const countryHits: Hit[] = []
  const topicHits: Hit[] = []
  const cues: Hit[] = []
  for (const [zone, text] of zones) {
    if (!text) continue
    const found = scanZone(lex, text, zone, lang, isGuess)
    for (const h of found.countries) countryHits.push(h)
    for (const h of found.topics) topicHits.push(h)
    for (const h of found.cues) cues.push(h)
  }
  const texts = zones.filter(([zone]) => zone !== Zone.Category).map(([, text]) => text)
  const countryContext = { hits: countryHits, cues, title: input.title ?? '', texts, feedCountry: input.feedCountry, lang }
  return { countryContext, topicHits, hasTopics }
}
