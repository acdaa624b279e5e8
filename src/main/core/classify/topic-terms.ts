// Topic lexicon terms (per language) for the shared automaton, and the feed-category lookup.
import { TOPICS, type TopicId } from '../../../shared/model'
import { CATEGORY_TOPICS } from './data/categories'
import { TOPICS_EN } from './data/topics-en'
import { TOPICS_DE, TOPICS_ES, TOPICS_FR, TOPICS_RU } from './data/topics-intl'
import { TOPICS_AR, TOPICS_ZH } from './data/topics-zh-ar'
import type { LexiconBuilder } from './lexicon-builder'
import { foldString } from './normalize'
import { EN_ENDINGS, Kind } from './terms'

const LEXICONS: Array<[string, string]> = [['en', TOPICS_EN], ['fr', TOPICS_FR], ['es', TOPICS_ES], ['de', TOPICS_DE],
  ['ru', TOPICS_RU], ['zh', TOPICS_ZH], ['ar', TOPICS_AR]]
const TOPIC_SET = new Set<string>(TOPICS)

export function addTopicTerms(b: LexiconBuilder): void {
  for (const [lang, text] of LEXICONS) {
    let topic: TopicId | undefined
    for (const raw of text.trim().split('\n')) {
      const line = raw.trim()
      if (line.startsWith('@')) {
        const name = line.slice(1)
        if (!TOPIC_SET.has(name)) throw new Error(`Unknown topic @${name} in the ${lang} lexicon`)
        topic = name as TopicId
        continue
      }
      const m = /^([123]):\s*(.*)$/.exec(line)
      if (!m || !topic) continue
      const weight = Number(m[1])
      const plain = { kind: Kind.Topic, topic, weight, lang, right: lang === 'en' ? EN_ENDINGS : undefined }
      const open = { kind: Kind.Topic, topic, weight, lang, right: undefined }
      // German glues words together: an open German stem of 5+ letters may head a compound
      // (raumfahrt* -> Raumfahrtbehörde), so it takes a longer ending.
      const compoundHead = { kind: Kind.Topic, topic, weight, lang, right: 10 }
      for (const term of m[2].split(',')) {
        const word = term.trim()
        if (!word) continue
        const isOpen = word.endsWith('*')
        b.add(word, !isOpen ? plain : lang === 'de' && word.replace(/^~/, '').length > 6 ? compoundHead : open)
      }
    }
  }
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
