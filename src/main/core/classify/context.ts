// Words next to a country mention that show whether the story is about the state or only touches a
// nationality: "Russian troops" and "the president of Kenya" are substantive; "a U.S. planemaker",
// "Brazilian builder Odebrecht" or "китайских инвесторов" are usually passing mentions.
import { CharClass, classTable, foldString, foldTable } from './normalize'

const FOLD = foldTable()
const CLASS = classTable()
const WORD = CharClass.Word

const STATE_WORDS = new Set(`president presidents prime premier minister ministers ministry government governments army
military troops forces soldiers navy police authorities officials parliament lawmakers embassy ambassador envoy king
queen emir leader leaders regime junta court prosecutors diplomats delegation counterpart cabinet opposition election
elections voters state central capital coast border rebels spokesman spokeswoman foreign defence defense
президент президента премьер министр министра правительство правительства армия армии войска власти посол мид глава
лидер парламент суд выборы граница границе
président ministre gouvernement armée autorités ambassadeur parlement élections frontière
presidente ministro gobierno ejército autoridades embajador parlamento elecciones frontera
präsident minister regierung armee behörden botschafter parlament wahlen grenze
premier primo ministro governo esercito militari truppe forze polizia autorità parlamento ambasciatore ambasciata
elezioni confine primeiro governo exército militares tropas forças polícia autoridades embaixador embaixada eleições
fronteira رئيس وزير حكومة جيش قوات شرطة سلطات برلمان سفير انتخابات حدود
الرئيس الوزير الحكومة الجيش القوات الشرطة السلطات البرلمان السفير السفارة الانتخابات الحدود وفد الوفد وزارة الوزارة
الخارجية الدفاع الداخلية الوزراء الملك الأمير العاهل المسؤولين المسؤولون مسؤولين مسؤولون الدبلوماسية الأمن نظيره
نظيرها نظيريه نظيرته`.split(/\s+/).map(foldString))

const PASSING_WORDS = new Set(`company companies firm firms group maker makers planemaker carmaker carmakers automaker automakers
manufacturer manufacturers producer producers builder
investors investor airline carrier brand retailer giant startup conglomerate tourists tourist couple woman man girl boy
artist singer actor owner owners billionaire businessman collectors fans student students national nationals citizen
citizens style cuisine food restaurant chef model dollar dollars euro euros yuan ruble rubles rouble peso pesos
pound pounds currency
инвестор инвесторов инвесторы компания компании компаний туристы туристов производитель производители бизнесмен
entreprise groupe investisseurs touristes
empresa grupo inversores turistas
unternehmen konzern investoren touristen
azienda aziende società investitori turisti empresa empresas investidores turistas
شركة الشركة شركات الشركات مستثمرين المستثمرين سياح السياح سائح السائح مواطن المواطن مطعم المطبخ`.split(/\s+/).map(foldString))

/**
 * "researchers at the University of New Mexico", "Universität Tübingen": a place naming where the
 * authors work is an affiliation, not what the story is about.
 */
const INSTITUTION_WORDS = new Set(`university universities universität université universidad universidade
universita institute institut instituto college университет университета`.split(/\s+/).map(foldString))

const LIST_JOINERS = new Set(['and', 'or', 'et', 'ou', 'y', 'o', 'e', 'und', 'oder', 'и', 'или'])

function isUpperLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde)
}

const CONNECTORS = new Set(['of', 'de', 'du', 'des', 'del', 'von', 'der'])

/** A weight factor from the words around a mention in the lead or body: >1 state, <1 passing. */
export function contextFactor(text: string, start: number, end: number): number {
  // The match may end inside a word (китайск|их): skip the rest of it, and an English possessive.
  let i = end
  while (i < text.length && CLASS[text.charCodeAt(i)] === WORD) i++
  if (text.charCodeAt(i) === 0x27 || text.charCodeAt(i) === 0x2019) i += 2
  let at = skipGap(text, i, 1)
  let next = wordAt(text, at, 1)
  // "Chinese, Indian and Turkish firms": the noun after a list of capitalised adjectives speaks for each of them.
  for (let k = 0; k < 3 && next && !STATE_WORDS.has(next) && !PASSING_WORDS.has(next) && (LIST_JOINERS.has(next) || isUpperLatin(text.charCodeAt(at))); k++) {
    at = skipGap(text, at + next.length, 1)
    next = wordAt(text, at, 1)
  }
  // "Chinese state company", "a U.S. state-owned firm": the noun after "state" decides.
  if (next === 'state' || next === 'state owned' || next === 'state run') {
    const after = wordAt(text, skipGap(text, at + next.length, 1), 1)
    if (PASSING_WORDS.has(after)) return 0.5
  }
  if (STATE_WORDS.has(next)) return 1.3
  if (PASSING_WORDS.has(next)) return 0.5
  const prev = wordBeforeMention(text, start)
  if (INSTITUTION_WORDS.has(prev)) return 0.5
  return STATE_WORDS.has(prev) ? 1.3 : 1
}

/** "the University of Texas", "Universität Heidelberg": the place names where researchers work (about model). */
export function isAffiliation(text: string, start: number): boolean {
  return INSTITUTION_WORDS.has(wordBeforeMention(text, start))
}

/** The folded word before a mention, past a connector ("president of", "Universität von"). */
function wordBeforeMention(text: string, start: number): string {
  let j = start - 1
  while (j >= 0 && CLASS[text.charCodeAt(j)] === WORD) j-- // Arabic clitics glued to the name
  const prev = wordAt(text, skipGap(text, j, -1), -1)
  return CONNECTORS.has(prev) ? wordAt(text, skipGap(text, j - prev.length - 1, -1), -1) : prev
}

/** Skips spaces and commas from i in direction dir; returns the first other position. */
function skipGap(text: string, i: number, dir: 1 | -1): number {
  while (i >= 0 && i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x2c)) i += dir
  return i
}

/** The folded word that starts (dir 1) or ends (dir -1) at i, at most 24 letters; '' if none. */
function wordAt(text: string, i: number, dir: 1 | -1): string {
  let from = i
  let to = i
  if (dir === 1) while (to < text.length && to - from < 24 && (CLASS[text.charCodeAt(to)] === WORD || text.charCodeAt(to) === 0x2d)) to++
  else {
    to = i + 1
    while (from >= 0 && to - from < 24 && CLASS[text.charCodeAt(from)] === WORD) from--
    from++
  }
  if (to <= from) return ''
  let word = ''
  for (let k = from; k < to; k++) word += String.fromCharCode(FOLD[text.charCodeAt(k)])
  return word
}
