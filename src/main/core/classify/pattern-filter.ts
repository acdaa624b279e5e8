// What every reading of a pattern has in common, in one typed array: the matcher rejects most matches (a word of
// another language's lexicon, "un" inside "under") from these four numbers, without reaching the readings' objects
// scattered across the heap (a cache miss per match, then per reading). Pure; the rules themselves are matcher.ts's.
import { Kind, Left, type Term } from './terms'

/** Fields of pattern p at 4 * p + field. */
export const LANG_MASK = 0
/** The languages a reading may pass in when the article's language is only a guess. */
export const GUESS_MASK = 1
export const FLAGS = 2

/** Every reading needs a word start: a match right after a letter or digit fails them all. */
export const ALL_WORD_LEFT = 1
/** Every reading needs a word end: a match running into a letter or digit fails them all. */
export const ALL_WORD_END = 2

/** Bit 0 stands for every language no reading is limited to; a reading with no language has every bit. */
const OTHER_LANGUAGE = 1
const EVERY_LANGUAGE = 0x7fffffff

export interface PatternFilter {
  /** LANG_MASK, GUESS_MASK, FLAGS and one spare field per pattern. */
  info: Int32Array
  /** Language -> its bit in the masks. */
  langBits: ReadonlyMap<string, number>
}

export function compilePatternFilter(readings: readonly (readonly Term[])[]): PatternFilter {
  const langBits = new Map<string, number>()
  for (const list of readings) {
    for (const term of list) {
      if (term.lang === undefined || langBits.has(term.lang)) continue
      if (langBits.size >= 30) throw new Error('pattern-filter.ts: more than 30 lexicon languages do not fit the masks')
      langBits.set(term.lang, 1 << (langBits.size + 1))
    }
  }
  const info = new Int32Array(4 * readings.length)
  readings.forEach((list, p) => {
    let langMask = 0
    let guessMask = 0
    let flags = ALL_WORD_LEFT | ALL_WORD_END
    for (const term of list) {
      const bits = term.lang === undefined ? EVERY_LANGUAGE : langBits.get(term.lang)!
      langMask |= bits
      // matcher.ts lets a capitalised country name of another language through when the language is a guess.
      guessMask |= term.kind === Kind.Country && term.upperMask !== 0 ? EVERY_LANGUAGE : bits
      if (term.left !== Left.Word) flags &= ~ALL_WORD_LEFT
      if (term.right !== null) flags &= ~ALL_WORD_END
    }
    info[4 * p + LANG_MASK] = langMask
    info[4 * p + GUESS_MASK] = guessMask
    info[4 * p + FLAGS] = flags
  })
  return { info, langBits }
}

/** The article language's bit: a language no reading is limited to passes only readings with no language. */
export function languageBit(filter: PatternFilter, lang: string): number {
  return filter.langBits.get(lang) ?? OTHER_LANGUAGE
}
