// A country's name or demonym that is part of a person's name (issue 14, trap kind "people named after countries"),
// found by the words around it rather than by a list of such people: a surname after a common given name ("Iván
// España", "Marco Spagna", "Karin Deutsch"), a surname after an office with no given name ("il sindaco Russo",
// "Bürgermeisterin Schweizer"), a Russian surname built on a demonym (Французов, Павел Голландцев, Немцова), a
// nickname ("el 'Ruso' Peralta", "El Turco Saade") and a given name between a noun for a person and a surname ("la
// ministre France Tremblay", "council member Kenya Lawson"). disambiguate.ts keeps the older, narrower rules.
import { GIVEN_NAMES } from './data/given-names'
import { PLACE_PREFIXES } from './data/ambiguous'
import type { Hit } from './matcher'
import { isJsSpace, isLetterUnit, isSurrogate } from './unit-classes'

/** The word right before the match, with the one space or hyphen between them ("Marie-France"). */
export const WORD_BEFORE = /(?:^|[^\p{L}'’-])([\p{L}][\p{L}'’-]*)[ \u00a0-]$/u
/** The word right after the match, after one space. */
export const WORD_AFTER = /^[ \u00a0]([\p{L}][\p{L}'’-]*)/u

/**
 * Offices and nouns for a person written before a bare surname, lower-cased: "il sindaco Russo", "il pm Tedesco",
 * "Bürgermeisterin Schweizer", "Familie Schweizer". German nouns are matched as they end ("Bäckerfamilie").
 */
const OFFICE_BEFORE = new Set(`sindaco sindaca pm gup gip procuratore procuratrice assessore assessora consigliere consigliera
regista prefetto questore giudice avvocato onorevole senatore senatrice deputato deputata ministro ministra
alcalde alcaldesa senador senadora diputado diputada juez jueza fiscal gobernador gobernadora concejal concejala
delantero portero defensa volante atacante zagueiro goleiro meia centroavante lateral attaccante portiere difensore
prefeito prefeita vereador vereadora deputado deputada juiz juíza governador governadora
maire député députée sénateur sénatrice juge
bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin landrat landrätin familie herr frau pfarrer
pfarrerin richter richterin trainer stadtrat stadträtin`.split(/\s+/))
const GERMAN_OFFICE_END = /(?:bürgermeisterin|bürgermeister|familie|landrat|landrätin)$/u

/**
 * Nouns for a person before a given name and a surname: "la ministre France Tremblay", "la jueza Argentina Sosa",
 * "City council member Kenya Lawson", "la romancière québécoise France Bélanger" (one adjective may follow the noun).
 */
export const PERSON_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${[
  'member', 'councilwoman', 'councilman', 'councillor', 'lawmaker', 'champion', 'judge', 'mayor', 'senator',
  'minister', 'athlete', 'swimmer', 'runner', 'skier', 'coach', 'poet', 'novelist', 'painter', 'photographer',
  'ministre', 'députée', 'député', 'romancière', 'romancier', 'comédienne', 'comédien', 'artiste', 'photographe',
  'plasticienne', 'autrice', 'écrivaine', 'chanteuse', 'actrice', 'québécoise',
  'ministra', 'jueza', 'juez', 'alcaldesa', 'alcalde', 'diputada', 'senadora', 'atleta', 'cantante', 'nadadora',
  'escritora', 'pintora', 'fotógrafa', 'doña', 'vereadora', 'deputada', 'cantora', 'atriz', 'juíza', 'prefeita',
  'signora', 'cantautrice', 'desembargador', 'desembargadora', 'liutaio', 'scrittrice', 'attrice', 'pittrice', 'fotografa', 'sindaca', 'assessora',
].join('|')})(?:\\s+\\p{Ll}+)?\\s+$`, 'iu')

/** Cyrillic demonym stems (француз, швед, поляк, немц) followed by a surname's ending: Французов, Шведова, Немцовым. */
const RUSSIAN_SURNAME_END = /^(?:ов|ев)(?:а|у|ым|ой|е)?(?![\p{L}])/u
const RUSSIAN_VERB_AFTER = /^\s+\p{Ll}+л[аи]?(?![\p{L}])/u

const QUOTE_NICKNAME = /(?:^|[\s(])(?:el|la|o|a|il|lo)\s+['‘"“«]$/iu
/** A nickname quoted with its article, then a surname: "\"La China\" Ferreyra", "«El Ruso» Peralta". */
export const QUOTED_ARTICLE_BEFORE = /['‘"“«](?:el|la|o|a|il|lo)\s+$/iu
const QUOTE_SURNAME_AFTER = /^['’"”»]\s+\p{Lu}\p{Ll}/u
export const NICKNAME_ARTICLE = /(?:^|[\s(])[Ee]l\s+$/u

export function isPersonName(hit: Hit, lang: string): boolean {
  const text = hit.text
  const first = text.charAt(hit.start)
  if (first === first.toLowerCase()) return false
  const signal = hit.term.signal ?? 'name'
  if (signal !== 'name' && signal !== 'demonym') return false
  const before = text.slice(Math.max(0, hit.start - 40), hit.start)
  const after = text.slice(hit.end, hit.end + 24)
  if (isCyrillic(first)) return isRussianSurname(hit, before, after)
  // Every rule below is a test that fails or returns true, so their order is free: the anchored tests on the text
  // after run first, and the regexes ending at the match (tried at every offset of `before`) only when the unit
  // before or after the match allows them (speed, issue 14; people-names-gates.test.ts).
  const unitBefore = text.charCodeAt(hit.start - 1)
  const unitAfter = text.charCodeAt(hit.end)
  const spaceBefore = isJsSpace(unitBefore)
  const prev = spaceBefore || unitBefore === 0x2d ? wordBefore(text, hit.start, before) : undefined
  // "Iván España", "Marie-France Delorme", "Katrin Holländer": a given name right before makes a surname.
  if (prev !== undefined && isCapitalised(prev) && GIVEN_NAMES.has(prev.toLowerCase())) return true
  if (prev !== undefined && isAfterOffice(prev, signal, lang, after)) return true
  // "Spagna, 46 anni", "Argentina Salcedo, de 91 años", "India Pascoe, 29,": a name followed by an age.
  // Not after a small word ("in Spagna, 10 anni fa"), nor an age that dates something ("40 años después").
  if ((prev === undefined || isCapitalised(prev)) && (AGE_AFTER.test(after) || AGE_AFTER_BARE.test(after))) return true
  if (lang === 'es' || lang === 'pt' || lang === 'it') {
    // "\"La China\" Ferreyra": a quoted nickname with its article, whatever word the match is.
    if (QUOTE_SURNAME_AFTER.test(after) && spaceBefore && QUOTED_ARTICLE_BEFORE.test(before)) return true
    // "el 'Ruso' Peralta", "El Turco Saade": a demonym as a nickname.
    if (signal === 'demonym') {
      if (/^['’"”»]/u.test(after) && QUOTE_NICKNAME.test(before)) return true
      if (/^ \p{Lu}\p{Ll}/u.test(after) && spaceBefore && NICKNAME_ARTICLE.test(before) && !hasPlaceAfter(after)) return true
    }
  }
  if (!spaceBefore) return false // the remaining rules end in white space before the match
  // "la signora Argentina", "Doña Argentina": a title of address before a given name.
  if (mayEndAddress(before) && ADDRESS_BEFORE.test(before)) return true
  // "la ministre France Tremblay", "À 104 ans, France Lambert": a noun for a person or an age, the country as a given
  // name, a surname.
  if (unitAfter !== 0x20 && unitAfter !== 0xa0) return false
  const next = WORD_AFTER.exec(after)?.[1]
  if (next === undefined || !isCapitalised(next) || PLACE_PREFIXES.has(next.toLowerCase()) || ORG_WORDS.has(next.toLowerCase())) return false
  return PERSON_BEFORE.test(before) || AGE_BEFORE.test(before)
}

/**
 * WORD_BEFORE.exec(before)?.[1] without trying the regex at every offset: the run of letters, apostrophes and
 * hyphens that ends one unit before the match, when it starts with a letter. Surrogates go to the regex.
 */
export function wordBefore(text: string, start: number, before: string): string | undefined {
  const sep = text.charCodeAt(start - 1)
  if (sep !== 0x20 && sep !== 0xa0 && sep !== 0x2d) return undefined
  const lo = start - before.length
  let i = start - 2
  for (; i >= lo; i--) {
    const c = text.charCodeAt(i)
    if (isSurrogate(c)) return WORD_BEFORE.exec(before)?.[1]
    if (c !== 0x27 && c !== 0x2019 && c !== 0x2d && !isLetterUnit(c)) break
  }
  const r = i + 1
  return r <= start - 2 && isLetterUnit(text.charCodeAt(r)) ? text.slice(r, start - 1) : undefined
}

/** The last letter of every title ADDRESS_BEFORE knows (signora, madame, mrs, avó), in either case; ſ folds to s. */
const ADDRESS_LAST = new Set(['a', 'e', 's', 'ó', 'A', 'E', 'S', 'Ó', 'ſ'])

/** Whether the word before the trailing white space of `before` may end a title of address. */
export function mayEndAddress(before: string): boolean {
  let k = before.length - 1
  while (k >= 0 && isJsSpace(before.charCodeAt(k))) k--
  return k >= 0 && ADDRESS_LAST.has(before.charAt(k))
}

const AGE_WORDS = '(?:años|anni|ans|anos|years|Jahre|лет|года?)'
/** An age after the name (and maybe a surname): "Spagna, 46 anni", "Argentina Salcedo, de 91 años". */
const AGE_AFTER = new RegExp(`^(?: \\p{Lu}[\\p{Ll}'’-]+)?, (?:de |di )?\\d{1,3} ${AGE_WORDS}(?![\\p{L}])(?! (?:fa|dopo|prima|después|antes|après|plus tard|ago|later|after|depois|atrás|nach|später|после|назад|спустя)(?![\\p{L}]))`, 'u')
/** A bare age between commas after a given name and a surname: "India Pascoe, 29, survived". */
const AGE_AFTER_BARE = /^ \p{Lu}[\p{Ll}'’-]+, \d{1,3},/u
/** An age before the name: "À 104 ans, France Lambert", "A 104 anni Italia Ferraro". */
export const AGE_BEFORE = new RegExp(`(?:^|\\s)(?:à|a|at|con|mit|aos|a los)\\s+\\d{1,3}\\s+${AGE_WORDS},?\\s+$`, 'iu')
/** Titles of address before a given name: "la signora Argentina", "Doña Argentina", "Mrs India". */
export const ADDRESS_BEFORE = /(?:^|[^\p{L}])(?:signora|señora|doña|dona|senhora|madame|mrs|miss|nonna|abuela|avó)\s+$/iu

/** Words after a country's name that make a body or a company, not a surname: "Kenya Airways", "France Travail". */
const ORG_WORDS = new Set(['airways', 'airlines', 'air', 'travail', 'télévisions', 'inter', 'info', 'culture', 'bleu',
  'railway', 'eastern', 'southern', 'tobacco', 'national', 'city', 'inc', 'daily', 'times', 'today'])

function hasPlaceAfter(after: string): boolean {
  const next = WORD_AFTER.exec(after)?.[1]
  return next === undefined || PLACE_PREFIXES.has(next.toLowerCase())
}

/** "il sindaco Russo", "Bürgermeisterin Schweizer": a bare surname after an office. */
function isAfterOffice(prev: string, signal: string, lang: string, after: string): boolean {
  const word = prev.toLowerCase()
  if (lang === 'de') {
    // "Schweizer Gemeinden" after an office would be the adjective: a surname is not followed by a noun.
    if (!OFFICE_BEFORE.has(word) && !GERMAN_OFFICE_END.test(word)) return false
    return !/^ \p{Lu}/u.test(after)
  }
  return signal === 'demonym' && OFFICE_BEFORE.has(word)
}

/** Французов, Шведов, Павел Голландцев, Алексея Немцова: a capitalised demonym stem with a surname's ending. */
function isRussianSurname(hit: Hit, before: string, after: string): boolean {
  if (hit.term.signal !== 'demonym') return false
  const ending = RUSSIAN_SURNAME_END.exec(after)
  if (!ending) return false
  // At the start of a sentence "Французов" may be a plural ("of the French"); a verb in the singular past after it
  // makes it a man's name ("Французов выиграл спринт").
  const atStart = /(?:^|[.!?:«"„]\s*)$/u.test(before)
  return !atStart || ending[0].length > 2 || RUSSIAN_VERB_AFTER.test(after.slice(ending[0].length))
}

function isCyrillic(c: string): boolean {
  const code = c.charCodeAt(0)
  return code >= 0x400 && code <= 0x4ff
}

function isCapitalised(word: string): boolean {
  return word[0] !== word[0].toLowerCase()
}

/**
 * The same person named twice: "Kenya Lawson leads ..." in the title, "council member Kenya Lawson" in the lead;
 * "il regista Andrea Spagnolo" then "ha spiegato Spagnolo". A match with the same words as a match found to be a
 * person's name is that person too: the name and the word after it, or a capitalised demonym alone (which is a name
 * wherever it is capitalised mid-sentence in the Romance languages).
 */
export function personKey(hit: Hit, lang: string): string {
  const word = hit.text.slice(hit.start, hit.end)
  // German capitalises its adjectives too ("Schweizer Armee"): there the word after must match as well.
  if (hit.term.signal === 'demonym' && lang !== 'de') return word
  const next = WORD_AFTER.exec(hit.text.slice(hit.end, hit.end + 24))?.[1]
  return next === undefined ? '' : `${word} ${next}`
}
