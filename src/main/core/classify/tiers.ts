// Splits weighed country mentions into the `about` tier and the `mentions` tier, with the words that decided;
// the hand-set rules of versions 3-7 (`rulesAbout`) stay here beside the learned decision (about-model.ts).
import type { CountryCode } from '../../../shared/model'
import type { Hit } from './matcher'

/** A country needs this score: one lead mention of a name (1.5) passes, one body mention (0.5) does not. */
const MIN_SCORE = 1.2
/** ... and this share of the best country's score, so a passing mention beside the main subject drops. */
const MIN_SHARE = 0.35
/** ... or more of it for a country the title leaves out while naming others: a lead's side remark. */
const MIN_SHARE_UNTITLED = 0.55
/** ... and beside a title that names only a venue, more than one plain lead mention. */
const MIN_SCORE_BESIDE_VENUE = 2
const MAX_COUNTRIES = 4
/** Two body mentions (0.5 + 0.35): enough when no other country comes close. */
const MIN_ALONE = 0.8

/** One country mention with its reading and role. */
export interface Reading {
  hit: Hit
  codes: readonly string[]
  dateline: boolean
  /** Set when the mention is in passing: origin, nationality, seat, venue, dateline, affiliation ... */
  role?: string
  /** The mention right before that names the same thing ("Egypt's President Abdel Fattah al-Sisi"). */
  sameAs?: Reading
  /** What the mention weighed, set while tallying. */
  weight?: number
  /** Opens a sentence of the lead: the subject (set while tallying). */
  subject?: boolean
  /** The factor of the words around it (context.ts): above 1 a state acts, below 1 a company or a tourist. */
  context?: number
}

export interface Tally {
  /** Substantive mentions: what the story is about. */
  score: number
  /** Mentions in passing: origin, seat, venue, a bureau's dateline. */
  passing: number
  /** The part of `passing` that names an origin in the title (Chinese cars, Brazilian students). */
  titleOrigin: number
  /** Named in the title, not in passing. */
  inTitle: boolean
  /** Named in the title as a venue (talks in Baku). */
  titleVenue: boolean
  /** Mentions so far per zone, for the repeat decay. */
  repeats: number[]
  /** The first mentions, for the evidence. */
  readings: Reading[]
}

/** An article's weighed countries: what the about decision reads. */
export interface Weighed {
  tally: Map<CountryCode, Tally>
  readings: Reading[]
  /** The title names no country but a summit, talks or a match. */
  eventTitle: boolean
  lang: string
  /** rankCountries(tally), computed once by `rankedOf`. */
  ranked?: Array<[CountryCode, Tally]>
}

export interface CountryResult {
  /** The `about` tier. */
  countries: CountryCode[]
  mentions: CountryCode[]
  evidence: Record<CountryCode, string[]>
  mentionEvidence: Record<CountryCode, string[]>
}

/** The countries ranked by substantive score, then by passing score: the order of both tiers. */
export function rankedOf(w: Weighed): Array<[CountryCode, Tally]> {
  return (w.ranked ??= [...w.tally.entries()].sort((a, b) => b[1].score - a[1].score || b[1].passing - a[1].passing))
}

/**
 * The hand-set rules (versions 3-7): the countries whose substantive score clears an absolute bar and a share of
 * the best one (at most four). When no country does, the best origin stands in ("Chinese carmakers cut prices" is
 * about China); a seat, a venue or a bureau never does.
 */
export function rulesAbout(w: Weighed): CountryCode[] {
  const { tally, eventTitle } = w
  const ranked = rankedOf(w)
  const top = ranked[0]?.[1].score ?? 0
  const titled = ranked.some(([, t]) => t.inTitle)
  // When the title names the subject, a country it leaves out must come closer to the best one.
  const share = (t: Tally) => (titled && !t.inTitle ? MIN_SHARE_UNTITLED : MIN_SHARE)
  // A title that names only a venue ("Plastics talks in Busan end ...") speaks of no country: when the lead lists
  // three or more, they are participants of a multilateral event, and one mention does not make a subject.
  // Two (Iran and the United States at talks in Oman) are the sides of the story.
  // A title about a summit that names no country at all ("SCO summit ends with a declaration") reads the same way.
  const venueTitle = !titled && (eventTitle || ranked.some(([, t]) => t.titleVenue)) && areParticipants(ranked.filter(([, t]) => t.score > 0))
  const floor = venueTitle ? MIN_SCORE_BESIDE_VENUE : MIN_SCORE
  let about = ranked.filter(([, t]) => t.score >= floor && t.score >= share(t) * top).slice(0, MAX_COUNTRIES)
  // A domestic story may name its country only twice, deep in the body: alone, that still makes it the subject.
  if (about.length === 0 && ranked[0] && ranked[0][1].score >= MIN_ALONE && (ranked[1]?.[1].score ?? 0) < MIN_ALONE) about = [ranked[0]]
  // An origin stands in only from the title ("Chinese carmakers cut prices"): "língua portuguesa" in a lead does not.
  if (about.length === 0) {
    const best = [...tally.entries()].sort((a, b) => b[1].titleOrigin - a[1].titleOrigin)[0]
    if (best && best[1].titleOrigin >= MIN_SCORE) about = [best]
  }
  return about.map(([code]) => code)
}

/** `about` as decided, `mentions` every other country named, each with the words that decided. */
export function splitTiers(w: Weighed, aboutCodes: CountryCode[]): CountryResult {
  const evidence: Record<CountryCode, string[]> = {}
  const mentionEvidence: Record<CountryCode, string[]> = {}
  const mentions: CountryCode[] = []
  for (const [code, t] of rankedOf(w)) {
    if (aboutCodes.includes(code)) evidence[code] = wordsOf(t)
    else {
      mentions.push(code)
      mentionEvidence[code] = wordsOf(t)
    }
  }
  return { countries: aboutCodes, mentions, evidence, mentionEvidence }
}

/**
 * Three or more countries at one event are its participants; two are its sides when the text joins them ("Iran and
 * the United States ended a fourth round of talks"), else participants too (Brazil hosts, Saudi Arabia objects).
 */
export function areParticipants(substantive: Array<[CountryCode, Tally]>): boolean {
  if (substantive.length !== 2) return substantive.length >= 3
  const [a, b] = substantive.map(([, t]) => t.readings)
  return !a.some((x) => b.some((y) => areJoined(x, y) || areJoined(y, x)))
}

/** "Iran and the United States", "伊朗与美国", "ロシアとウクライナ", "Russland und der Ukraine". */
const JOINER = /^\s*(?:and|und|y|e|et|и|или|و|with|和|与|及|と|や|、|,)\s*(?:the\s+|los?\s+|las?\s+|les?\s+|die\s+|den\s+|der\s+|o\s+|os\s+|gli\s+|l'|ال)?$/iu

export function areJoined(x: Reading, y: Reading): boolean {
  const a = x.hit
  const b = y.hit
  return a.zone === b.zone && a.text === b.text && b.start > a.end && b.start - a.end <= 12 &&
    JOINER.test(a.text.slice(a.end, b.start).replace(/^[\p{Script=Latin}\p{Script=Cyrillic}]+/u, ''))
}

/** The words that decided, for "Why these tags?"; passing ones carry their role: "Geneva (seat)". */
function wordsOf(t: Tally): string[] {
  const words: string[] = []
  for (const { hit, role } of t.readings) {
    const word = hit.text.slice(hit.start, hit.end)
    const shown = role ? `${word} (${role})` : word
    if (words.length < 6 && !words.includes(shown)) words.push(shown)
  }
  return words
}

