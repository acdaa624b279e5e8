// What a story grouper keeps of one article: the few features that say which event it reports, computed once at
// ingest and compared across languages (numbers, name keys, Han bigrams) and within one (word stems).
import { canonicalizeUrl } from '../canonical-url'
import { eventKinds } from './event-types'
import { ASCII, fold, nameKeys } from './names'
import { countWords } from './number-words'
import { statedNumbers } from './numbers'
import { simplifyHan } from './han'
import { findPlaces } from './places'

export interface StoryInput {
  title: string
  summary?: string
  url?: string
  lang?: string
  /** ISO time; the grouper never links articles more than 48 hours apart. */
  publishedAt: string
  /** The `about` countries. */
  about: readonly string[]
}

export interface StoryFeatures {
  time: number
  url?: string
  lang: string
  about: string[]
  strongNumbers: string[]
  weakNumbers: string[]
  /** Strong numbers of the title alone. */
  titleNumbers: string[]
  names: string[]
  /** Gazetteer ids of the places, seats and leaders named, one id for every script (gazetteer.ts). */
  places: string[]
  /** Name keys of the words each place was found by: a place both articles name alike counts once, as a name. */
  placeNames: Record<string, string[]>
  /** Pairs of adjacent Han characters, simplified (han.ts): Chinese and Japanese write many place names alike. */
  han: string[]
  /** Word stems for comparing two articles in one language. */
  stems: string[]
  /** Kinds of happening the lead names (event-types.ts). */
  kinds: string[]
  /** Whether the lead is written in Latin letters: names match only between Latin-script (or Cyrillic) leads. */
  latin: boolean
}

/** Words that carry no event: compared stems skip them. */
const FUNCTION_WORDS = new Set(
  `the and for that with from this have has was were are been its his her their said says after over into about
  les des une dans pour par avec sur qui que est ont été selon los las una del con por para que fue han según der
  die das und mit für von den dem des ist hat wurde nach auf ein eine einer della delle degli con per che sono dos
  das uma com para que foi por`.split(/\s+/),
)
const HAN = /[\p{Script=Han}]{2,}/gu
const STEM_LENGTH = 6

export function storyFeatures(input: StoryInput): StoryFeatures {
  const text = `${input.title}\n${input.summary ?? ''}`
  const numbers = statedNumbers(text)
  const lang = (input.lang ?? '').slice(0, 2).toLowerCase()
  const places = findPlaces(text)
  return {
    time: Date.parse(input.publishedAt),
    url: canonicalizeUrl(input.url),
    lang,
    about: [...input.about],
    strongNumbers: numbers.strong,
    weakNumbers: [...new Set([...numbers.weak, ...countWords(text, lang)])],
    titleNumbers: statedNumbers(input.title).strong,
    names: nameKeys(text),
    places: places.ids,
    placeNames: Object.fromEntries([...places.words].map(([id, words]) => [id, nameKeys(words.join(' '))])),
    han: hanBigrams(simplifyHan(text)),
    stems: wordStems(text),
    kinds: eventKinds(text),
    latin: !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Hangul}]/u.test(input.title),
  }
}

function hanBigrams(text: string): string[] {
  const grams = new Set<string>()
  for (const run of text.matchAll(HAN)) {
    const chars = [...run[0]]
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1])
  }
  return [...grams]
}

function wordStems(text: string): string[] {
  const stems = new Set<string>()
  // Folded once for the whole text: folding word by word cost more than everything else here. Letters of ASCII text
  // are a-z once folded, which a plain class finds three times faster than \p{L}.
  for (const match of fold(text).matchAll(ASCII.test(text) ? /[a-z]{3,}/g : /\p{L}{3,}/gu)) {
    const word = match[0]
    if (!FUNCTION_WORDS.has(word)) stems.add(word.slice(0, STEM_LENGTH))
  }
  return [...stems]
}
