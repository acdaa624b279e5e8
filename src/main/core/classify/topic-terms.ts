// Topic lexicon terms (per language) for the shared automaton.
import { TOPICS, type TopicId } from '../../../shared/model'
import { TOPICS_EN } from './data/topics-en'
import { TOPICS_DE, TOPICS_ES, TOPICS_FR, TOPICS_RU } from './data/topics-intl'
import { TOPICS_JA, TOPICS_IT, TOPICS_PT } from './data/topics-pt-it-ja'
import { TOPICS_AR, TOPICS_ZH } from './data/topics-zh-ar'
import type { LexiconBuilder } from './lexicon-builder'
import { EN_ENDINGS, Kind } from './terms'

const LEXICONS: Array<[string, string]> = [['en', TOPICS_EN], ['fr', TOPICS_FR], ['es', TOPICS_ES], ['de', TOPICS_DE],
  ['ru', TOPICS_RU], ['zh', TOPICS_ZH], ['ar', TOPICS_AR], ['pt', TOPICS_PT], ['it', TOPICS_IT], ['ja', TOPICS_JA]]
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
      const m = /^([0123]):\s*(.*)$/.exec(line)
      if (!m || !topic) continue
      const weight = Number(m[1])
      const plain = { kind: Kind.Topic, topic, weight, lang, right: lang === 'en' ? EN_ENDINGS : undefined }
      const open = { kind: Kind.Topic, topic, weight, lang, right: undefined }
      // German glues words together: an open German stem of 5+ letters may head a compound
      // (raumfahrt* -> Raumfahrtbehörde, klima* -> Klimaschutzgesetz), so it takes a longer ending.
      const compoundHead = { kind: Kind.Topic, topic, weight, lang, right: 16 }
      for (const term of m[2].split(',')) {
        const word = term.trim()
        if (!word) continue
        const isOpen = word.endsWith('*')
        b.add(word, !isOpen ? plain : lang === 'de' && word.replace(/^~/, '').length > 5 ? compoundHead : open)
      }
    }
  }
}
