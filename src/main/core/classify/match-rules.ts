// The rules one match must pass to count as a reading (language, word start and end, endings, capitals, katakana
// word ends, dates before 日), read from the lexicon's compiled rules (compiled-rules.ts). Pure.
import { RIGHT_FREE, RIGHT_HYPHEN, RIGHT_LETTERS, RIGHT_WORD_END, T_CAPS, T_DATE, T_GUESS, T_LANG, T_LEFT, T_RIGHT_ARG,
  T_RIGHT_KIND, T_UPPER, type CompiledRules } from './compiled-rules'
import { CharClass, SKIP, caseTable, classTable, foldTable } from './normalize'
import { AR_PREFIXES, Left } from './terms'

const FOLD = foldTable()
const CLASS = classTable()
const CASE = caseTable()
const UPPER = 2
// Imported enum members and constants are getters under per-file transpilers: copy them once.
const WORD = CharClass.Word
const SKIPPED = SKIP
const FREE = Left.Free
const ARABIC_LEFT = Left.Arabic
const LANG = T_LANG
const GUESS = T_GUESS
const LEFT = T_LEFT
const RIGHT_KIND = T_RIGHT_KIND
const RIGHT_ARG = T_RIGHT_ARG
const UPPER_MASK = T_UPPER
const CAPS_MASK = T_CAPS
const DATE = T_DATE
const WORD_END = RIGHT_WORD_END
const ANY_END = RIGHT_FREE
const HYPHEN_END = RIGHT_HYPHEN
const LETTERS_END = RIGHT_LETTERS
const HYPHENS = new Set([0x2d, 0x2010, 0x2011, 0x2013])
const APOSTROPHES = new Set([0x27, 0x2019])
const DATE_WORDS = new Set('今昨明次当每本节周生近同终全半假之前连某'.split('').map((c) => c.charCodeAt(0)))

/**
 * Whether the reading whose rule starts at termRule[at] holds for text[start, end). bit is the article language's
 * (compiled-rules.ts languageBit); when the language is only a guess, capitalised foreign country names still pass.
 */
export function passes(rules: CompiledRules, at: number, text: string, start: number, end: number, bit: number,
  isGuess: boolean): boolean {
  const rule = rules.termRule
  if ((rule[at + (isGuess ? GUESS : LANG)] & bit) === 0) return false
  if (!leftOk(rule[at + LEFT], text, start)) return false
  if (!rightOk(rules, at, text, end)) return false
  const upperMask = rule[at + UPPER_MASK]
  const capsMask = rule[at + CAPS_MASK]
  if ((upperMask | capsMask) !== 0 && !casingOk(upperMask, capsMask, text, start, end)) return false
  if (isKatakana(text.charCodeAt(start)) && (isKatakana(text.charCodeAt(start - 1)) ||
    (isKatakana(text.charCodeAt(end - 1)) && isKatakana(text.charCodeAt(end))))) {
    // マリ in マリア, インド in インドネシア: katakana words have no spaces, but they do end; ジョージア州 ends in a
    // kanji, so a katakana name after it starts a new word (ジョージア州アトランタ).
    return false
  }
  if (rule[at + DATE] !== 0) {
    const p = previousUnit(text, start)
    if (p >= 0) {
      const c = text.charCodeAt(p)
      if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || DATE_WORDS.has(c)) return false
    }
  }
  return true
}

/** A letter or digit before the match: no reading that needs a word start can pass (leftOk's Left.Word case). */
export function followsWordUnit(text: string, start: number): boolean {
  const p = previousUnit(text, start)
  return p >= 0 && CLASS[text.charCodeAt(p)] === WORD
}

/** Nothing but a word boundary after the match (rightOk's word-end case). */
export function endsWord(text: string, end: number): boolean {
  let q = end
  while (q < text.length && FOLD[text.charCodeAt(q)] === SKIPPED) q++
  return q >= text.length || CLASS[text.charCodeAt(q)] !== WORD
}

/** Katakana letters and the long-vowel mark. */
function isKatakana(c: number): boolean {
  return c >= 0x30a1 && c <= 0x30fc && c !== 0x30fb
}

function previousUnit(text: string, at: number): number {
  let p = at - 1
  while (p >= 0 && FOLD[text.charCodeAt(p)] === SKIPPED) p--
  return p
}

function leftOk(left: number, text: string, start: number): boolean {
  if (left === FREE) return true
  const p = previousUnit(text, start)
  if (p >= 0 && APOSTROPHES.has(text.charCodeAt(p))) return isElision(text, p)
  if (p < 0 || CLASS[text.charCodeAt(p)] !== WORD) return true
  if (left !== ARABIC_LEFT) return false
  let w = p
  while (w > 0 && start - w < 6 && CLASS[text.charCodeAt(w - 1)] === WORD) w--
  if (w > 0 && CLASS[text.charCodeAt(w - 1)] === WORD) return false
  let prefix = ''
  for (let k = w; k < start; k++) {
    const f = FOLD[text.charCodeAt(k)]
    if (f !== SKIPPED) prefix += String.fromCharCode(f)
  }
  return AR_PREFIXES.has(prefix)
}

function rightOk(rules: CompiledRules, at: number, text: string, end: number): boolean {
  const kind = rules.termRule[at + RIGHT_KIND]
  if (kind === ANY_END) return true
  if (kind === HYPHEN_END) return HYPHENS.has(text.charCodeAt(end))
  if (kind === WORD_END) return endsWord(text, end)
  // Count the letters left in the word first: most matches end at a word end.
  let q = end
  let letters = 0
  for (; q < text.length && letters <= 8; q++) {
    const code = text.charCodeAt(q)
    if (FOLD[code] === SKIPPED) continue
    if (CLASS[code] !== WORD) break
    letters++
  }
  if (kind === LETTERS_END) return letters <= rules.termRule[at + RIGHT_ARG]
  const endings = rules.sets[rules.termRule[at + RIGHT_ARG]]
  if (letters === 0) return endings.has('')
  if (letters > 8) return false
  let rest = ''
  for (let k = end; k < q; k++) {
    const f = FOLD[text.charCodeAt(k)]
    if (f !== SKIPPED) rest += String.fromCharCode(f)
  }
  return endings.has(rest)
}

/** Checks the capitals the source spelling had, word by word (words split at spaces and hyphens). */
function casingOk(upperMask: number, capsMask: number, text: string, start: number, end: number): boolean {
  let word = 0
  let inWord = false
  for (let i = start; i < end && word < 30; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x20 || code === 0x2d || code === 0x0a || code === 0xa0) {
      if (inWord) word++
      inWord = false
      continue
    }
    const letterCase = CASE[code]
    if (letterCase === 0) continue
    const bit = 1 << word
    if (capsMask & bit) {
      if (letterCase !== UPPER) return false
    } else if (!inWord && upperMask & bit && letterCase !== UPPER) return false
    inWord = true
  }
  return true
}

/** Elided articles and prepositions before an apostrophe: l'Iran, d'Israël, dell'Italia, un'esplosione (not nor'easter). */
const ELISIONS = new Set(['l', 'd', 'qu', 'n', 's', 'j', 'm', 'c', 't', 'dell', 'all', 'dall', 'nell', 'sull', 'jusqu',
  'lorsqu', 'puisqu', 'un', 'quell', 'quest'])

/** An apostrophe before a match is a word boundary only after an elided word or at a word start. */
function isElision(text: string, apostrophe: number): boolean {
  let w = apostrophe
  while (w > 0 && CLASS[text.charCodeAt(w - 1)] === WORD && apostrophe - w < 7) w--
  if (w === apostrophe) return true
  let word = ''
  for (let k = w; k < apostrophe; k++) word += String.fromCharCode(FOLD[text.charCodeAt(k)])
  return ELISIONS.has(word)
}
