// Topic lexicon terms (per language) for the shared automaton.
import { TOPICS, type TopicId } from '../../../shared/model'
import { TOPICS_EN } from './data/topics-en'
import { TOPICS_AR } from './data/topics-ar'
import { TOPICS_DE } from './data/topics-de'
import { TOPICS_ES } from './data/topics-es'
import { TOPICS_FR } from './data/topics-fr'
import { TOPICS_IT } from './data/topics-it'
import { TOPICS_JA } from './data/topics-ja'
import { TOPICS_PT } from './data/topics-pt'
import { TOPICS_RU } from './data/topics-ru'
import { TOPICS_ZH } from './data/topics-zh'
import type { LexiconBuilder } from './lexicon-builder'
import { EN_ENDINGS, Kind } from './terms'

const LEXICONS: Array<[string, string]> = [['en', TOPICS_EN], ['fr', TOPICS_FR], ['es', TOPICS_ES], ['de', TOPICS_DE],
  ['ru', TOPICS_RU], ['zh', TOPICS_ZH], ['ar', TOPICS_AR], ['pt', TOPICS_PT], ['it', TOPICS_IT], ['ja', TOPICS_JA]]
const TOPIC_SET = new Set<string>(TOPICS)

/**
 * The automaton only leaves a phrase's last word open, so a stem inside a phrase ("мирн* соглашени*",
 * "process* per") is spelled out with the language's endings: Russian adjective and noun endings, else the
 * Romance ones.
 */
const INNER_ENDINGS: Record<string, string[]> = {
  // The commonest adjective endings and a noun's nominative and genitive only: each ending adds a copy of the
  // phrase to the automaton, and a bigger automaton scans slower.
  ru: ['', 'ый', 'ий', 'ой', 'ая', 'ое', 'ые', 'ого', 'ую', 'ом', 'ых', 'а', 'и'],
}
const ROMANCE_ENDINGS = ['', 'o', 'i', 'a', 'e', 's', 'es']

export function expandInnerStems(term: string, lang: string): string[] {
  const words = term.split(' ')
  const inner = words.findIndex((w, i) => i < words.length - 1 && w.endsWith('*'))
  if (inner < 0) return [term]
  const stem = words[inner].slice(0, -1)
  const out: string[] = []
  for (const ending of INNER_ENDINGS[lang] ?? ROMANCE_ENDINGS) {
    out.push(...expandInnerStems([...words.slice(0, inner), stem + ending, ...words.slice(inner + 1)].join(' '), lang))
  }
  return out
}

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
        for (const word of expandInnerStems(term.trim(), lang)) {
          if (!word) continue
          const isOpen = word.endsWith('*')
          b.add(word, !isOpen ? plain : lang === 'de' && word.replace(/^~/, '').length > 5 ? compoundHead : open)
        }
      }
    }
  }
}
