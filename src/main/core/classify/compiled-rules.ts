// The lexicon's match rules in typed arrays. Per pattern: what all its readings share (languages, word start and end
// needed) and where its readings are; per distinct reading: its language, boundary and capital rules. The matcher
// rejects most matches (a word of another language's lexicon, "un" inside "under") and checks the rest from these
// numbers, and loads a reading's object only when it passes: readings are scattered across the heap, a cache miss
// each. Pure; what the rules mean is match-rules.ts's.
import { Kind, Left, type Term } from './terms'

/** Per pattern, at 4 * p + field. */
export const LANG_MASK = 0
/** The languages a reading may pass in when the article's language is only a guess. */
export const GUESS_MASK = 1
/** ALL_WORD_LEFT | ALL_WORD_END, and the number of readings shifted left by READING_COUNT_SHIFT. */
export const FLAGS = 2
/** Index of the pattern's first reading in readingTerm. */
export const FIRST_READING = 3

/** Every reading needs a word start: a match right after a letter or digit fails them all. */
export const ALL_WORD_LEFT = 1
/** Every reading needs a word end: a match running into a letter or digit fails them all. */
export const ALL_WORD_END = 2
export const READING_COUNT_SHIFT = 2

/** Per distinct reading (term), at TERM_STRIDE * t + field. */
export const TERM_STRIDE = 8
export const T_LANG = 0
export const T_GUESS = 1
export const T_LEFT = 2
export const T_RIGHT_KIND = 3
/** The most letters that may follow (RIGHT_LETTERS) or the index of the endings' set (RIGHT_SET). */
export const T_RIGHT_ARG = 4
export const T_UPPER = 5
export const T_CAPS = 6
export const T_DATE = 7

/** Term.right as a number: null, 'free', 'hyphen', a count of letters, a set of endings. */
export const RIGHT_WORD_END = 0
export const RIGHT_FREE = 1
export const RIGHT_HYPHEN = 2
export const RIGHT_LETTERS = 3
const RIGHT_SET = 4

/** Bit 0 stands for every language no reading is limited to; a reading with no language has every bit. */
const OTHER_LANGUAGE = 1
const EVERY_LANGUAGE = 0x7fffffff

export interface CompiledRules {
  patternInfo: Int32Array
  /** Term index of each pattern's readings, highest priority first. */
  readingTerm: Int32Array
  termRule: Int32Array
  terms: Term[]
  sets: ReadonlySet<string>[]
  /** Language -> its bit in the masks. */
  langBits: ReadonlyMap<string, number>
}

export function compileRules(readings: readonly (readonly Term[])[]): CompiledRules {
  const langBits = new Map<string, number>()
  const termIndex = new Map<Term, number>()
  const terms: Term[] = []
  let readingCount = 0
  for (const list of readings) {
    for (const term of list) {
      readingCount++
      if (!termIndex.has(term)) termIndex.set(term, terms.push(term) - 1)
      if (term.lang === undefined || langBits.has(term.lang)) continue
      if (langBits.size >= 30) throw new Error('compiled-rules.ts: more than 30 lexicon languages do not fit the masks')
      langBits.set(term.lang, 1 << (langBits.size + 1))
    }
  }
  const sets = new Map<ReadonlySet<string>, number>()
  const termRule = new Int32Array(TERM_STRIDE * terms.length)
  terms.forEach((term, t) => termRule.set(ruleOf(term, langBits, sets), TERM_STRIDE * t))
  const patternInfo = new Int32Array(4 * readings.length)
  const readingTerm = new Int32Array(readingCount)
  let next = 0
  readings.forEach((list, p) => {
    let langMask = 0
    let guessMask = 0
    let flags = ALL_WORD_LEFT | ALL_WORD_END
    patternInfo[4 * p + FIRST_READING] = next
    for (const term of list) {
      const t = termIndex.get(term)!
      readingTerm[next++] = t
      langMask |= termRule[TERM_STRIDE * t + T_LANG]
      guessMask |= termRule[TERM_STRIDE * t + T_GUESS]
      if (term.left !== Left.Word) flags &= ~ALL_WORD_LEFT
      if (term.right !== null) flags &= ~ALL_WORD_END
    }
    patternInfo[4 * p + LANG_MASK] = langMask
    patternInfo[4 * p + GUESS_MASK] = guessMask
    patternInfo[4 * p + FLAGS] = flags | (list.length << READING_COUNT_SHIFT)
  })
  return { patternInfo, readingTerm, termRule, terms, sets: [...sets.keys()], langBits }
}

/** The term's rule fields; a set of endings gets the next index in `sets` (insertion order) the first time it is seen. */
function ruleOf(term: Term, langBits: ReadonlyMap<string, number>, sets: Map<ReadonlySet<string>, number>): number[] {
  const lang = term.lang === undefined ? EVERY_LANGUAGE : langBits.get(term.lang)!
  // A capitalised country name of another language passes when the article's language is only a guess.
  const guess = term.kind === Kind.Country && term.upperMask !== 0 ? EVERY_LANGUAGE : lang
  const right = term.right
  let kind = RIGHT_SET
  let arg = 0
  if (right === null) kind = RIGHT_WORD_END
  else if (right === 'free') kind = RIGHT_FREE
  else if (right === 'hyphen') kind = RIGHT_HYPHEN
  else if (typeof right === 'number') {
    kind = RIGHT_LETTERS
    arg = right
  } else {
    arg = sets.get(right) ?? sets.size
    sets.set(right, arg)
  }
  return [lang, guess, term.left, kind, arg, term.upperMask, term.capsMask, term.isDateSensitive ? 1 : 0]
}

/** The article language's bit: a language no reading is limited to passes only readings with no language. */
export function languageBit(rules: CompiledRules, lang: string): number {
  return rules.langBits.get(lang) ?? OTHER_LANGUAGE
}
