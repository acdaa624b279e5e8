// The term model: what one pattern in the automaton means, and the rules a match must pass
// (language, capitalisation, word boundaries, endings). Pure data types and small constants.
import type { CountryCode, TopicId } from '../../../shared/model'

export const enum Kind {
  Country = 0,
  /** Swallows the country terms it overlaps ("Paris Hilton", "Indian Ocean"). */
  Block = 1,
  Topic = 2,
  /** Context word used by disambiguation and by the international-seat rule. */
  Cue = 3,
}

export type Signal = 'name' | 'demonym' | 'capital' | 'city' | 'seat' | 'leader' | 'region' | 'combo' | 'category'

/** How the character before a match must look. */
export const enum Left {
  /** Start of a word (previous unit is not a letter/digit). */
  Word = 0,
  /** Anything: CJK, and German compound tails (~wahl in Bundestagswahl). */
  Free = 1,
  /** An Arabic word start, optionally after clitics (و ب ل ال ...). */
  Arabic = 2,
}

/**
 * What may follow a match inside the same word: null = nothing (word end), 'free' = anything (CJK),
 * 'hyphen' = a hyphen must follow (Sino-), a number = up to that many letters, a set = one of those endings.
 */
export type Right = null | 'free' | 'hyphen' | number | ReadonlySet<string>

export interface Term {
  kind: Kind
  /** Country: candidate codes, the default first; '-' means "no country" (turkey the bird). */
  countries?: readonly CountryCode[]
  /** Country: tag every code instead of choosing one (the two Koreas, 巴以). */
  isAll?: boolean
  signal?: Signal
  /** Index into AMBIGUOUS when the term needs context to pick a reading. */
  ambiguity?: number
  person?: 'first' | 'last' | 'both'
  /** A host city of international bodies: counts only when no international-body cue is present. */
  isIntlSeat?: boolean
  /** Chinese one-character compound: yields to any overlapping term starting inside it. */
  isCombo?: boolean
  topic?: TopicId
  weight: number
  /** Cue key: `${ambiguityIndex}:${candidate}` or 'intl'. */
  cue?: string
  /** Only for articles in this language (Latin-script words of other languages, topic lexicons). */
  lang?: string
  /** Bit i: word i of the match must start with a capital. */
  upperMask: number
  /** Bit i: word i of the match must be all capitals (US, UK, КНДР). */
  capsMask: number
  left: Left
  right: Right
  /** Reject after a digit or a date word: 日 in 18日美国 is "the 18th", not Japan. */
  isDateSensitive?: boolean
  /** Higher wins when several country-side readings of one pattern pass. */
  priority: number
}

/** Letters an English word may add: Nigerians, elections, voted, voting. */
export const EN_ENDINGS: ReadonlySet<string> = new Set(['', 's', 'es', 'ed', 'd', 'ing'])
export const PLURAL_S: ReadonlySet<string> = new Set(['', 's'])
/** Arabic endings after a name or nisba: ي ية يون يين and the fem./dual forms. */
export const AR_NAME_ENDINGS: ReadonlySet<string> = new Set(['', 'ي', 'يه', 'يون', 'يين', 'يان', 'يتين'])
export const AR_NISBA_ENDINGS: ReadonlySet<string> = new Set(['', 'ه', 'ون', 'ين', 'ان', 'تين', 'تان'])
/**
 * Arabic clitic prefixes (and, by, for, the ...), already folded. Not the future marker س: it only
 * goes on verbs, and as a prefix it turned سرقة (theft) into Raqqa.
 */
export const AR_PREFIXES: ReadonlySet<string> = new Set(['', 'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'فال', 'بال', 'كال',
  'لل', 'ولل', 'فلل', 'وب', 'ول', 'فب', 'فل', 'وك', 'وبال', 'فبال'])

/** 政府 with no name before it: Japan's government in Japanese text. */
export const UNQUALIFIED_GOVERNMENT = '政府'
