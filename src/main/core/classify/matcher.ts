// Scans one zone of an article (title, lead, body, categories) and keeps the matches that pass their
// term's rules: language, word boundaries and endings, capitals, and overlap resolution.
import { MatchBuffer, scanText } from './automaton'
import type { Lexicon } from './lexicon-builder'
import { CharClass, SKIP, caseTable, classTable, foldTable } from './normalize'
import { ALL_WORD_END, ALL_WORD_LEFT, FLAGS, GUESS_MASK, LANG_MASK, languageBit } from './pattern-filter'
import { AR_PREFIXES, Kind, Left, type Term } from './terms'

export const enum Zone {
  Title = 0,
  Lead = 1,
  Body = 2,
  Category = 3,
}

export interface Hit {
  zone: Zone
  start: number
  end: number
  /** Pattern id in the lexicon: the same id is the same folded word. */
  pattern: number
  term: Term
  /** The zone's text, so rules can look around the match. */
  text: string
}

export interface ZoneHits {
  /** Country and block readings after overlap resolution (blocks removed). */
  countries: Hit[]
  topics: Hit[]
  cues: Hit[]
}

const buffer = new MatchBuffer()
const FOLD = foldTable()
const CLASS = classTable()
const CASE = caseTable()
const UPPER = 2
// Imported enum members and constants are getters under per-file transpilers: copy them once.
const WORD = CharClass.Word
const SKIPPED = SKIP
const TOPIC = Kind.Topic
const CUE = Kind.Cue
const COUNTRY = Kind.Country
const BLOCK = Kind.Block
const FREE = Left.Free
const WORD_LEFT_ONLY = ALL_WORD_LEFT
const WORD_END_ONLY = ALL_WORD_END
const FLAGS_AT = FLAGS
const ARABIC_LEFT = Left.Arabic
const HYPHENS = new Set([0x2d, 0x2010, 0x2011, 0x2013])
const APOSTROPHES = new Set([0x27, 0x2019])
const DATE_WORDS = new Set('今昨明次当每本节周生近同终全半假之前连某'.split('').map((c) => c.charCodeAt(0)))

/**
 * lang gates foreign-language readings; when it is only a guess, capitalised foreign names still
 * count ("Merkel besucht Frankreich" is too short to tell German), lower-case foreign words do not.
 */
export function scanZone(lex: Lexicon, text: string, zone: Zone, lang: string, isGuess = false): ZoneHits {
  buffer.count = 0
  scanText(lex.automaton, text, 0, text.length, buffer)
  const countries: Hit[] = []
  const topics: Hit[] = []
  const cues: Hit[] = []
  const { info } = lex.filter
  const bit = languageBit(lex.filter, lang)
  const maskAt = isGuess ? GUESS_MASK : LANG_MASK
  const data = buffer.data
  for (let i = 0; i < buffer.count; i++) {
    const start = data[3 * i]
    const end = data[3 * i + 1]
    const pattern = data[3 * i + 2]
    // What all readings share first: most matches fail here, before their readings are loaded.
    if ((info[4 * pattern + maskAt] & bit) === 0) continue
    const flags = info[4 * pattern + FLAGS_AT]
    if ((flags & WORD_LEFT_ONLY) !== 0 && followsWordUnit(text, start)) continue
    if ((flags & WORD_END_ONLY) !== 0 && !endsWord(text, end)) continue
    let hasCountrySide = false
    for (const term of lex.readings[pattern]) {
      if (!passes(term, text, start, end, lang, isGuess)) continue
      const hit: Hit = { zone, start, end, pattern, term, text }
      if (term.kind === TOPIC) topics.push(hit)
      else if (term.kind === CUE) cues.push(hit)
      else if (!hasCountrySide) {
        countries.push(hit)
        hasCountrySide = true
      }
    }
  }
  return { countries: resolveOverlaps(countries).filter((h) => h.term.kind === COUNTRY), topics: dropContained(topics), cues }
}

/** A letter or digit before the match: no reading that needs a word start can pass (leftOk's Left.Word case). */
function followsWordUnit(text: string, start: number): boolean {
  const p = previousUnit(text, start)
  return p >= 0 && CLASS[text.charCodeAt(p)] === WORD
}

/** Nothing but a word boundary after the match (rightOk's word-end case). */
function endsWord(text: string, end: number): boolean {
  let q = end
  while (q < text.length && FOLD[text.charCodeAt(q)] === SKIPPED) q++
  return q >= text.length || CLASS[text.charCodeAt(q)] !== WORD
}

function passes(term: Term, text: string, start: number, end: number, lang: string, isGuess: boolean): boolean {
  if (term.lang !== undefined && term.lang !== lang && !(isGuess && term.kind === COUNTRY && term.upperMask !== 0)) return false
  if (!leftOk(term, text, start)) return false
  if (!rightOk(term, text, end)) return false
  if ((term.upperMask | term.capsMask) !== 0 && !casingOk(term, text, start, end)) return false
  if (isKatakana(text.charCodeAt(start)) && (isKatakana(text.charCodeAt(start - 1)) || isKatakana(text.charCodeAt(end)))) {
    return false // マリ in マリア, インド in インドネシア: katakana words have no spaces, but they do end
  }
  if (term.isDateSensitive) {
    const p = previousUnit(text, start)
    if (p >= 0) {
      const c = text.charCodeAt(p)
      if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || DATE_WORDS.has(c)) return false
    }
  }
  return true
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

function leftOk(term: Term, text: string, start: number): boolean {
  if (term.left === FREE) return true
  const p = previousUnit(text, start)
  if (p >= 0 && APOSTROPHES.has(text.charCodeAt(p))) return isElision(text, p)
  if (p < 0 || CLASS[text.charCodeAt(p)] !== WORD) return true
  if (term.left !== ARABIC_LEFT) return false
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

function rightOk(term: Term, text: string, end: number): boolean {
  const rule = term.right
  if (rule === 'free') return true
  if (rule === 'hyphen') return HYPHENS.has(text.charCodeAt(end))
  if (rule === null) return endsWord(text, end)
  // Count the letters left in the word first: most matches end at a word end.
  let q = end
  let letters = 0
  for (; q < text.length && letters <= 8; q++) {
    const code = text.charCodeAt(q)
    if (FOLD[code] === SKIPPED) continue
    if (CLASS[code] !== WORD) break
    letters++
  }
  if (typeof rule === 'number') return letters <= rule
  if (letters === 0) return rule.has('')
  if (letters > 8) return false
  let rest = ''
  for (let k = end; k < q; k++) {
    const f = FOLD[text.charCodeAt(k)]
    if (f !== SKIPPED) rest += String.fromCharCode(f)
  }
  return rule.has(rest)
}

/** Checks the capitals the source spelling had, word by word (words split at spaces and hyphens). */
function casingOk(term: Term, text: string, start: number, end: number): boolean {
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
    if (term.capsMask & bit) {
      if (letterCase !== UPPER) return false
    } else if (!inWord && term.upperMask & bit && letterCase !== UPPER) return false
    inWord = true
  }
  return true
}

/**
 * Longest match wins: a hit inside a longer one goes ("Mexico" in "New Mexico", "Guinea" in "guinea
 * pig"). A Chinese combo also yields to a block it touches and to any term starting inside it.
 */
function resolveOverlaps(hits: Hit[]): Hit[] {
  const kept = dropContained(hits)
  return kept.filter((h) => {
    if (!h.term.isCombo) return true
    return !kept.some((o) => o !== h && o.start < h.end && h.start < o.end &&
      (o.term.kind === BLOCK || (o.start > h.start && !o.term.isCombo)))
  })
}

/** Drops hits inside a longer hit; equal spans (one word, two topics) are kept. Linear after a sort. */
function dropContained(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Hit[] = []
  let coverEnd = -1
  let coverStart = -1
  for (const h of hits) {
    if (coverEnd > h.end || (coverEnd === h.end && coverStart < h.start)) continue
    kept.push(h)
    if (h.end > coverEnd) {
      coverEnd = h.end
      coverStart = h.start
    }
  }
  return kept
}

/** Elided articles and prepositions before an apostrophe: l'Iran, d'Israël, dell'Italia (not nor'easter). */
const ELISIONS = new Set(['l', 'd', 'qu', 'n', 's', 'j', 'm', 'c', 't', 'dell', 'all', 'dall', 'nell', 'sull', 'jusqu',
  'lorsqu', 'puisqu'])

/** An apostrophe before a match is a word boundary only after an elided word or at a word start. */
function isElision(text: string, apostrophe: number): boolean {
  let w = apostrophe
  while (w > 0 && CLASS[text.charCodeAt(w - 1)] === WORD && apostrophe - w < 7) w--
  if (w === apostrophe) return true
  let word = ''
  for (let k = w; k < apostrophe; k++) word += String.fromCharCode(FOLD[text.charCodeAt(k)])
  return ELISIONS.has(word)
}
