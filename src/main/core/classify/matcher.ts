// Scans one zone of an article (title, lead, body, categories) and keeps the matches that pass their
// term's rules: language, word boundaries and endings, capitals, and overlap resolution.
import { MatchBuffer, scanText } from './automaton'
import type { Lexicon } from './lexicon-builder'
import { ALL_WORD_END, ALL_WORD_LEFT, FIRST_READING, FLAGS, GUESS_MASK, LANG_MASK, READING_COUNT_SHIFT, TERM_STRIDE,
  languageBit } from './compiled-rules'
import * as matchRules from './match-rules'
import { Kind, type Term } from './terms'

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
// Imported enum members and constants are getters under per-file transpilers: copy them once.
const TOPIC = Kind.Topic
const CUE = Kind.Cue
const COUNTRY = Kind.Country
const BLOCK = Kind.Block
const WORD_LEFT_ONLY = ALL_WORD_LEFT
const WORD_END_ONLY = ALL_WORD_END
const LANG_MASK_AT = LANG_MASK
const GUESS_MASK_AT = GUESS_MASK
const FLAGS_AT = FLAGS
const FIRST_READING_AT = FIRST_READING
const COUNT_SHIFT = READING_COUNT_SHIFT
const TERM_STRIDE_ = TERM_STRIDE
// Imported functions too: the hot loop below calls them for every match.
const { endsWord, followsWordUnit, passes } = matchRules

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
  const rules = lex.rules
  const { patternInfo, readingTerm, terms } = rules
  const bit = languageBit(rules, lang)
  const maskAt = isGuess ? GUESS_MASK_AT : LANG_MASK_AT
  const data = buffer.data
  for (let i = 0; i < buffer.count; i++) {
    const start = data[3 * i]
    const end = data[3 * i + 1]
    const pattern = data[3 * i + 2]
    // What all readings share first: most matches fail here, before their readings are looked at.
    const at = 4 * pattern
    if ((patternInfo[at + maskAt] & bit) === 0) continue
    const flags = patternInfo[at + FLAGS_AT]
    if ((flags & WORD_LEFT_ONLY) !== 0 && followsWordUnit(text, start)) continue
    if ((flags & WORD_END_ONLY) !== 0 && !endsWord(text, end)) continue
    let hasCountrySide = false
    const first = patternInfo[at + FIRST_READING_AT]
    for (let r = first; r < first + (flags >> COUNT_SHIFT); r++) {
      const t = readingTerm[r]
      if (!passes(rules, TERM_STRIDE_ * t, text, start, end, bit, isGuess)) continue
      const term = terms[t]
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
  // The scan reports matches by end, so they are usually in order already; the sort is stable, so skipping it then
  // changes nothing.
  if (!isInOrder(hits)) hits.sort(byStartThenLongest)
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

function byStartThenLongest(a: Hit, b: Hit): number {
  return a.start - b.start || b.end - a.end
}

function isInOrder(hits: Hit[]): boolean {
  for (let i = 1; i < hits.length; i++) if (byStartThenLongest(hits[i - 1], hits[i]) > 0) return false
  return true
}
