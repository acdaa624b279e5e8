// Proper names in a lead (people, places, organisations), reduced to a spelling-free key so that the same name
// matches across languages and scripts: "Kharkiv" and "Харьков" both become "krkv". Country names and demonyms
// are left out: two stories about one country share those and nothing else.
import worldCountries from 'world-countries'
import { arabicWords } from './arabic'
import { hanziNameWords } from './hanzi'
import { katakanaWords } from './kana'

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia', і: 'i', ї: 'i', є: 'e', ґ: 'g',
}

/** Capitalised words that start sentences or precede names in news copy; never evidence of one event. */
const COMMON_CAPITALS = new Set(
  `the a an in on at after before as by for from with and but of to this that these it its his her their our we
  he she they there when while during since until president prime minister governor mayor chief minister's
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december le la les un une des du de en au aux et dans sur pour par avec selon
  lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre
  octobre novembre décembre el los las una unos del al y con por para según lunes martes miércoles jueves viernes
  sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre der die
  das dem den des ein eine einer nach mit bei im vom zum zur und montag dienstag mittwoch donnerstag freitag
  samstag sonntag januar februar märz juni juli oktober dezember il lo gli i una della dei delle nel nella con
  lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio aprile maggio giugno luglio agosto
  settembre ottobre novembre dicembre o os as um uma do da dos das no na em segunda terça quarta quinta sexta
  janeiro fevereiro março maio junho julho setembro outubro novembro dezembro в на по из для и о что`.split(/\s+/),
)

/** Text in ASCII alone: lower-casing is all folding does to it, and its letters are a-z once lower-cased. */
export const ASCII = /^[\x00-\x7f]*$/

export function fold(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase()
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss')
}

/** The spelling-free key of one folded word: Cyrillic romanised, similar consonants merged, vowels dropped. */
export function skeleton(folded: string): string {
  const latin = [...folded].map((ch) => CYRILLIC[ch] ?? ch).join('')
  return latin
    .replace(/kh|ck|q|c/g, 'k').replace(/l/g, 'r').replace(/ph|f/g, 'v').replace(/p/g, 'b').replace(/w/g, 'v').replace(/z/g, 's').replace(/x/g, 'ks')
    .replace(/[aeiouyjhg]/g, '').replace(/(.)\1+/g, '$1')
}

/** The languages we tag in; other languages' country names add short words that collide with names. */
const TRANSLATIONS = ['fra', 'spa', 'deu', 'ita', 'por', 'rus']

/** An abbreviation spelt the same in Latin and Cyrillic letters: ОПЕК and OPEC are both "opek". */
function acronymKey(folded: string): string {
  return [...folded].map((ch) => CYRILLIC[ch] ?? ch).join('').replace(/[cq]/g, 'k').replace(/w/g, 'v')
}

let countryWords: Set<string> | undefined

/** Folded words of every country's names (several languages) and demonyms: shared by unrelated stories. */
function countryWordSet(): Set<string> {
  if (countryWords) return countryWords
  const words = new Set<string>()
  const add = (name: string | undefined): void => {
    for (const w of (name ?? '').split(/[^\p{L}]+/u)) if (w.length >= 3) words.add(fold(w))
  }
  for (const c of worldCountries) {
    add(c.name.common)
    add(c.name.official)
    for (const lang of TRANSLATIONS) add(c.translations[lang]?.common)
    for (const d of Object.values(c.demonyms ?? {})) { add(d.m); add(d.f) }
  }
  countryWords = words
  return words
}

/**
 * Whether a folded word names a country or its people, inflected or not: it shares with a country word all of that
 * word but its last letter ("kenyan" / "kenya", "российские" / "россия", "ukrainian" / "ukraine").
 */
function isCountryWord(folded: string): boolean {
  const words = countryWordSet()
  if (words.has(folded)) return true
  for (let cut = Math.min(folded.length, 12); cut >= 4; cut--) {
    const prefix = folded.slice(0, cut)
    if (words.has(prefix)) return true
    if (countryStems().has(prefix)) return true
  }
  return false
}

let stems: Set<string> | undefined

/** Each country word without its last letter (at least five letters left). */
function countryStems(): Set<string> {
  if (!stems) stems = new Set([...countryWordSet()].filter((w) => w.length >= 6).map((w) => w.slice(0, -1)))
  return stems
}

// Cased letters only: a Latin abbreviation glued to Chinese (用PSLV火箭) is the abbreviation alone.
const WORD = /[\p{Lu}\p{Ll}][\p{Lu}\p{Ll}\p{M}'’]*/gu
/** Upper-case abbreviations (GDL, INPE, SNCF): as distinctive as names, and spelt alike in Latin scripts. */
const ACRONYM = /^(?:[A-Z]{2,6}|[А-ЯЁ]{2,6})$/

/** Keys of the capitalised, non-country, non-common words of `text` (names; in German, nouns too). */
export function nameKeys(text: string): string[] {
  const keys = new Set<string>()
  for (const romanised of [...katakanaWords(text), ...hanziNameWords(text)]) {
    const key = skeleton(romanised)
    if (key.length >= 3 && !isCountryWord(romanised)) keys.add(key)
  }
  // Arabic has no capitals to tell names from words: only long skeletons, which rarely collide by chance.
  if (HAS_ARABIC.test(text)) {
    for (const romanised of arabicWords(text)) {
      const key = arabicKey(romanised)
      if (key) keys.add(key)
    }
  }
  for (const match of text.matchAll(WORD)) {
    const raw = match[0]
    // Lower-case words name no one, unless elided before a name ("d'Odessa").
    if (isLowerCase(raw) && !(hasEarlyQuote(raw) && ELIDED.test(raw))) continue
    const key = wordKey(raw)
    if (key) keys.add(key)
  }
  return [...keys]
}

/** What arabicWords can find: its letters. */
const HAS_ARABIC = /[\u0621-\u064a\u067e\u0686\u06a4\u06af]/
const ELIDED = /^\p{L}{1,2}['’]/u

/** Whether a word starts lower-case: a-z is read at once, the few others are asked of toLowerCase. */
function isLowerCase(raw: string): boolean {
  const c = raw.charCodeAt(0)
  if (c >= 0x61 && c <= 0x7a) return true
  if (c >= 0x41 && c <= 0x5a) return false
  return raw[0] === raw[0].toLowerCase()
}

/** Whether an apostrophe sits where ELIDED can find one: after one or two letters, each of up to two code units. */
function hasEarlyQuote(raw: string): boolean {
  for (let i = 1; i <= 4 && i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (c === 0x27 || c === 0x2019) return true
  }
  return false
}

/** Keys of romanised Arabic words seen before: a lead repeats its words, and a skeleton takes seven regexes. */
const arabicCache = new Map<string, string | null>()

function arabicKey(romanised: string): string | null {
  let key = arabicCache.get(romanised)
  if (key === undefined) {
    if (arabicCache.size >= KEY_CACHE_SIZE) arabicCache.clear()
    const skeletonKey = skeleton(romanised)
    key = skeletonKey.length >= 4 ? skeletonKey : null
    arabicCache.set(romanised, key)
  }
  return key
}

/** Keys of words seen before: names repeat from article to article, and keying one takes a dozen regexes. */
const keyCache = new Map<string, string | null>()
const KEY_CACHE_SIZE = 50_000

/** The key of one capitalised word, or null when it names no one (a country, a common word, too short). */
function wordKey(raw: string): string | null {
  const cached = keyCache.get(raw)
  if (cached !== undefined) return cached
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear()
  const key = computeWordKey(raw)
  keyCache.set(raw, key)
  return key
}

function computeWordKey(raw: string): string | null {
  // "Kenya's" is Kenya; "L'ONU", "d'Odessa" are ONU and Odessa.
  const word = raw.replace(/['’]s$/, '').replace(/^\p{L}{1,2}['’]/u, '')
  if (!word || word[0] === word[0].toLowerCase()) return null
  const folded = fold(word)
  if (ACRONYM.test(word)) return `#${acronymKey(folded)}`
  if (folded.length < 4 || COMMON_CAPITALS.has(folded) || isCountryWord(folded)) return null
  // Short skeletons ("Mario" → "mr") collide: such names must match as spelt, marked "=" (weaker evidence).
  const key = skeleton(folded)
  return key.length >= 3 ? key : `=${folded}`
}
