// Rules that reject or re-read a country match from its context: people named like places
// (Michael Jordan, Chad Smith), the rivers (the Niger), host cities of international bodies, and
// the ambiguous terms (Georgia, Congo, turkey) resolved by cues and the article's other evidence.
import { AMBIGUOUS, PLACE_PREFIXES } from './data/ambiguous'
import type { Hit } from './matcher'
import { foldString } from './normalize'
import { isJsSpace, isLowerUnit, isSurrogate, isUpperUnit } from './unit-classes'

const RIVER_NAMES = new Set(['niger', 'jordan'])
const STATE_NOUNS = /^\s*(?:'s\b|government|junta|army|military|authorities|president|regime|forces|troops|state|officials|capital|border)/i
const PREV_WORD = /([\p{L}][\p{L}'’.]*)[ \t]+$/u
const NEXT_WORD = /^[ \t]+([\p{L}][\p{L}'’-]*)/u

/** True when most words of a short text start with a capital ("Thousands Rally In Tbilisi"). */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3)
  if (words.length < 3) return false
  const capitalised = words.filter((w) => w[0] !== w[0].toLowerCase()).length
  return capitalised / words.length >= 0.7
}

/** Drops matches that name a person or a river rather than a country (a language or style is a passing role: salience.ts). */
export function isPersonOrRiver(hit: Hit, titleCase: boolean): boolean {
  const text = hit.text
  const length = hit.end - hit.start
  const first = text.charCodeAt(hit.start) | 0x20 // n (Niger) or j (Jordan), either case
  const mayBeRiver = (length === 5 && first === 0x6e) || (length === 6 && first === 0x6a)
  if (!hit.term.person && !mayBeRiver) return false
  const folded = foldString(text.slice(hit.start, hit.end))
  const before = hit.text.slice(Math.max(0, hit.start - 40), hit.start)
  const after = hit.text.slice(hit.end, hit.end + 40)
  if (RIVER_NAMES.has(folded) && /\bthe\s+$/i.test(before) && !STATE_NOUNS.test(after)) return true
  const person = hit.term.person
  if (!person || titleCase) return false
  if (person !== 'first') {
    const prev = PREV_WORD.exec(before)?.[1]
    if (prev && isCapitalised(prev) && !PLACE_PREFIXES.has(prev.toLowerCase()) && !endsSentence(before, prev)) return true
  }
  if (person !== 'last') {
    const next = NEXT_WORD.exec(after)?.[1]
    if (next && isCapitalised(next) && !PLACE_PREFIXES.has(next.toLowerCase())) return true
  }
  return false
}

/**
 * "singer India Marlowe", "Cornish nurse India Pascoe", "المعلمة فلسطين العنزي": a country's name between a noun for a
 * person and a surname is a given name (issue 14: people named after countries, outside any list of names).
 */
const PERSON_NOUN_BEFORE = /(?:^|[^\p{L}])(?:singer|nurse|teacher|actress|actor|artist|rapper|model|author|writer|poet|designer|chef|student|pupil|girl|boy|woman|daughter|named|called|chanteuse|chanteur|actrice|cantante|actriz|cantora|atriz|attrice|sängerin|sänger|schauspielerin|المعلمة|المعلم|الفنانة|الفنان|المطربة|المطرب|الممثلة|الممثل|الكاتبة|الكاتب|الشاعرة|الطالبة|الطالب|الطفلة|الطفل|السيدة|الشابة)\s+$/iu
const SURNAME_AFTER = /^\s+(?:(\p{Lu}[\p{Ll}'’-]+)|ال[\u0621-\u064a]+ي)(?![\p{L}])/u

export function isGivenName(hit: Hit): boolean {
  if (hit.term.signal !== 'name' || !isBlank(hit.text.charCodeAt(hit.end))) return isSurname(hit)
  // A surname after one space starts with a capital or with ال; most words after a country do not.
  const next = hit.text.charAt(hit.end + 1)
  if (!isBlank(next.charCodeAt(0)) && next !== 'ا' && !isUpperUnit(next.charCodeAt(0))) return isSurname(hit)
  const m = SURNAME_AFTER.exec(hit.text.slice(hit.end, hit.end + 24))
  if (!m || (m[1] !== undefined && PLACE_PREFIXES.has(m[1].toLowerCase()))) return isSurname(hit)
  return PERSON_NOUN_BEFORE.test(hit.text.slice(Math.max(0, hit.start - 16), hit.start)) || isSurname(hit)
}

/** Nouns for a person before a given name and a surname: "Vereadora Joana Brasil", "treinador Ricardo França". */
const PERSON_NOUNS = new Set(`singer nurse teacher actress actor artist rapper author writer poet designer chef student coach
player striker mayor councillor vereador vereadora treinador treinadora entrenador entrenadora técnico diputado diputada
deputado deputada delegado delegada prefeito prefeita alcalde alcaldesa senador senadora jogador jogadora jugador jugadora
ciclista piloto cantor cantora cantante actriz atriz ator escritor escritora artista allenatore giocatore attaccante
sindaco consigliere chanteur chanteuse maire entraîneur joueur`.split(/\s+/))
export const GIVEN_BEFORE = /(\p{L}+)\s+(\p{Lu}\p{Ll}+)\s+$/u
/** "المخرج عمرو التونسي", "المدرب أحمد المصري": a nisba after a title noun and a given name is a surname. */
const ARABIC_GIVEN_BEFORE = /(?:^|[^\p{L}])(?:المخرج|المخرجة|المدرب|الفنان|الفنانة|الممثل|الممثلة|الكاتب|الكاتبة|الشاعر|المطرب|الإعلامي|الإعلامية|الشيخ|الدكتور|اللاعب|المهندس)\s+(?!ال)[\u0621-\u064a]{2,}\s+$/u

/** A country's name (or an Arabic nisba) as a surname, after a noun for a person and a given name. */
/** White space as the name patterns' \s sees it, checked before running them. */
function isBlank(c: number): boolean {
  return isJsSpace(c)
}

function isSurname(hit: Hit): boolean {
  if (hit.term.signal === 'demonym') {
    const c = hit.text.charCodeAt(hit.start)
    if (c < 0x600 || c > 0x6ff) return false
    // The match may start after the article: ال|تونسي.
    const start = hit.text.startsWith('ال', hit.start) ? hit.start : hit.text.slice(hit.start - 2, hit.start) === 'ال' ? hit.start - 2 : -1
    return start >= 0 && ARABIC_GIVEN_BEFORE.test(hit.text.slice(Math.max(0, start - 40), start))
  }
  if (hit.term.signal !== 'name' || !isBlank(hit.text.charCodeAt(hit.start - 1))) return false
  // The given name before the space ends in a small letter.
  const last = hit.text.charAt(hit.start - 2)
  if (!isBlank(last.charCodeAt(0)) && !isLowerUnit(last.charCodeAt(0))) return false
  // After one blank GIVEN_BEFORE's (\p{Lu}\p{Ll}+) ends right there: most words before a country are not capitalised.
  if (!isBlank(last.charCodeAt(0)) && !mayEndCapitalisedWord(hit.text, hit.start - 2, Math.max(0, hit.start - 40))) return false
  const m = GIVEN_BEFORE.exec(hit.text.slice(Math.max(0, hit.start - 40), hit.start))
  return m !== null && PERSON_NOUNS.has(m[1].toLowerCase()) && !PLACE_PREFIXES.has(m[2].toLowerCase())
}

/**
 * Whether the small letters ending at text[at] may follow a capital (\p{Lu}\p{Ll}+), within text[from..]. A surrogate
 * (a letter of another plane, which the regexes read whole) answers yes and leaves the answer to the regex.
 */
export function mayEndCapitalisedWord(text: string, at: number, from: number): boolean {
  let k = at
  for (; k >= from; k--) {
    const c = text.charCodeAt(k)
    if (isSurrogate(c)) return true
    if (!isLowerUnit(c)) break
  }
  return k >= from && isUpperUnit(text.charCodeAt(k))
}

function isCapitalised(word: string): boolean {
  return word[0] !== word[0].toLowerCase()
}

/** The word before is the first of the text or follows a full stop: its capital proves nothing. */
function endsSentence(before: string, prev: string): boolean {
  const head = before.slice(0, before.lastIndexOf(prev)).trimEnd()
  return head === '' || /[.!?:"“«(\-–—]$/.test(head)
}

/**
 * Picks the reading of an ambiguous term: the candidate with most cue words and other evidence in the
 * article wins; ties go to the feed's country, then to the default (first) candidate.
 */
export function resolveAmbiguous(
  ambiguity: number,
  cueCounts: Map<string, number>,
  evidence: Map<string, number>,
  feedCountry: string | undefined,
): string {
  const entry = AMBIGUOUS[ambiguity]
  if (entry.isOnlyAlone) {
    for (const [code, count] of evidence) if (count > 0 && !entry.candidates.includes(code)) return '-'
  }
  let best = entry.candidates[0]
  let bestScore = -1
  entry.candidates.forEach((candidate, i) => {
    const cues = cueCounts.get(`${ambiguity}:${candidate}`) ?? 0
    const other = candidate === '-' ? 0 : Math.min(evidence.get(candidate) ?? 0, 3)
    const prior = candidate === feedCountry ? 0.5 : 0
    const score = cues + other + prior - i * 0.01
    if (score > bestScore) {
      best = candidate
      bestScore = score
    }
  })
  return best
}
