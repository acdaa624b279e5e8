// Places and words that look like a country but are not it here (issue 14): a namesake followed by another
// country's address (Paris, Texas; Lima, dans l'Ohio), a settlement called a village (das Dorf Moskau; Cuba,
// frazione di ...), a city glued to a longer name (Porto-Novo) and a government that is not Japan's (ロシア政府; 米下院 …
// 政府閉鎖).
import { Zone, type Hit } from './matcher'
import { JA_CHARS } from './data/names-ja'
import { UNQUALIFIED_GOVERNMENT } from './terms'
import { isLetterUnit, isSurrogate } from './unit-classes'

const TITLE = Zone.Title

const KINDERGARTEN_AFTER = /^\s+(?:ال)?أطفال/u

/** "Порту" in "Порту-Алегри", "Porto" in "Porto-Novo": a place glued to a capitalised word is part of a longer name. */
export function isPartOfLongerName(hit: Hit): boolean {
  const signal = hit.term.signal
  if (signal !== 'city' && signal !== 'capital') return false
  // Version 16: "رياض الأطفال" (kindergartens) is no Riyadh.
  if (hit.text.charCodeAt(hit.start) === 0x631 && KINDERGARTEN_AFTER.test(hit.text.slice(hit.end, hit.end + 10))) return true
  const dash = hit.text.charCodeAt(hit.end)
  if (dash !== 0x2d && dash !== 0x2010 && dash !== 0x2011) return false
  const next = hit.text.charAt(hit.end + 1)
  return next !== next.toLowerCase()
}


/**
 * "Paris, Texas", "Moscow, Idaho", "Берлин Челябинской области", "Lebanon, Pennsylvania", "Lima, dans l'Ohio",
 * "Holanda, no interior de Pernambuco": a place or a country's name followed by a state or province of another
 * country is a namesake in that country.
 */
export function isPlaceElsewhere(hit: Hit, all: Hit[]): boolean {
  const signal = hit.term.signal
  const isName = signal === 'name'
  if (signal !== 'city' && signal !== 'capital' && !isName) return false
  if (isAfterForeignState(hit, all)) return true
  const gap = hit.text.charCodeAt(hit.end)
  if (gap !== 0x2c && gap !== 0x20) return false
  // "لبنان بولاية بنسلفانيا", "دمشق بولاية ماريلاند": Arabic names the state after a word for it, without a comma.
  const arabicAddress = gap === 0x20 && ARABIC_ADDRESS.test(hit.text.slice(hit.end, hit.end + 10))
  // A country's own name needs the comma (Lebanon, Pennsylvania): "Mexico Missouri" is no address.
  if (isName && gap !== 0x2c && !arabicAddress) return false
  // "Paris im US-Bundesstaat Kentucky": a place, a space, then the words of an address.
  const reach = gap === 0x2c || arabicAddress || ADDRESS_START.test(hit.text.slice(hit.end, hit.end + 6)) ? ELSEWHERE_REACH : 2
  const next = all.find((o) => o.zone === hit.zone && o.text === hit.text && o.start > hit.end && o.start <= hit.end + reach &&
    (o.term.signal !== 'name' || isStateReading(o)))
  if (next === undefined || next.term.countries!.some((c) => hit.term.countries!.includes(c))) return false
  const between = hit.text.slice(hit.end, next.start)
  // A city is an address only after a state word: "Macedônia, no noroeste do estado de São Paulo".
  if (next.term.signal !== 'region' && !isStateReading(next) && !(next.term.signal === 'city' && /estado|state|état|stato|interior|provinc|bundesstaat/i.test(between))) return false
  return next.start <= hit.end + 2 || arabicAddress || ADDRESS_GAP.test(between)
}

/** Georgia: an ambiguous name one of whose readings is a US state. */
function isStateReading(hit: Hit): boolean {
  return hit.term.ambiguity !== undefined && hit.term.countries!.includes('US')
}

/**
 * "Rome, Georgia", "Milan, Georgia": an ambiguous state name after a town and a comma is the state, unless the town
 * is in the other reading's country ("Tbilisi, Georgia") or is a country itself ("Armenia, Georgia and Azerbaijan").
 */
export function isStateAfterTown(hit: Hit, all: Hit[]): boolean {
  if (!isStateReading(hit) || hit.text.charCodeAt(hit.start - 2) !== 0x2c) return false
  if (!/\p{Lu}[\p{L}.'’-]+,\s$/u.test(hit.text.slice(Math.max(0, hit.start - 24), hit.start))) return false
  const town = all.find((o) => o.zone === hit.zone && o.text === hit.text && o.end === hit.start - 2)
  return town === undefined || ((town.term.signal === 'city' || town.term.signal === 'capital') &&
    !town.term.countries!.some((c) => c !== 'US' && hit.term.countries!.includes(c)))
}

/** "بولاية", "في ولاية", "بمقاطعة": the word for a state or province that opens an Arabic address. */
const ARABIC_ADDRESS = /^\s(?:ب|في\s)?(?:ولاية|مقاطعة|إقليم|اقليم)\s/u

/** What may follow the namesake: not a border (テキサス州メキシコ国境, 得克萨斯州墨西哥边境) nor people of that origin. */
const NOT_A_TOWN_AFTER = /^(?:国境|边境|边界|系|人|と|との|和|及)/u

/**
 * "米ミズーリ州メキシコの工場", "米アイダホ州モスクワ近郊", "印第安纳州秘鲁市": Japanese and Chinese put the state
 * first, so a place or country named right after another country's state (州, 省) is a town there. In Japanese any
 * katakana state counts (the lexicon knows few of them); in Chinese the state must be a known region (广州, 杭州 are
 * cities, not states).
 */
function isAfterForeignState(hit: Hit, all: Hit[]): boolean {
  const state = hit.text.charAt(hit.start - 1)
  if (state !== '州' && state !== '省') return false
  if (NOT_A_TOWN_AFTER.test(hit.text.slice(hit.end, hit.end + 2))) return false
  const region = all.find((o) => o.zone === hit.zone && o.text === hit.text && o.end >= hit.start - 1 && o.end <= hit.start &&
    o.term.signal === 'region')
  if (region) return !region.term.countries!.some((c) => hit.term.countries!.includes(c))
  const c = hit.text.charCodeAt(hit.start - 2)
  return state === '州' && c >= 0x30a1 && c <= 0x30fa
}

/** How far after "Lima," the state may come: ", dans l'", ", no interior de ", ", nel comune di ". */
const ELSEWHERE_REACH = 28
/** The words allowed between a namesake and its state: prepositions, articles, "the state of", "interior". */
const ADDRESS_GAP = /^,?\s(?:(?:in|dans|de|del|della|di|du|do|da|no|na|nel|nella|em|en|im|au|aux|the|la|le|el|l'|l’|d'|state|état|estado|stato|bundesstaat|us-bundesstaat|u\.s\.|us|province|provincia|província|comune|interior|région|region|regione|northeast|northwest|southeast|southwest|northern|southern|eastern|western|north|south|east|west|noroeste|nordeste|sudeste|sudoeste|norte|sul|frazione|village|aldea|aldeia|of)\s*)+$/iu
/** After a space (no comma), only these open an address. */
const ADDRESS_START = /^\s(?:im|in the|no estado|nel comune)\s/iu

/** "das Dorf Moskau", "поселок Берлин", "the village of Lebanon": a capital is never called a village. */
export const VILLAGE_BEFORE = /(?:^|[^\p{L}])(?:village|hamlet|dorf|ortsteil|ortschaft|weiler|hameau|aldea|pueblo|aldeia|vilarejo|povoado|frazione|borgo|деревн\p{L}*|сел[оа]|селе|посел\p{L}*|поселк\p{L}*|хутор\p{L}*|станиц\p{L}*|ب?قرية|ب?بلدة|村)\s*(?:of\s+|de\s+|di\s+)?$/iu

/** "Cuba, frazione di Pescara", "Paris, a town in Texas", "Berlin, Ortsteil von": a settlement of that name. */
const VILLAGE_AFTER = /^,\s*(?:(?:a|an|une?|una?|uma?|ein|eine)\s+)?(?:small\s+)?(?:village|hamlet|town|frazione|borgo|paese|dorf|ortsteil|ortschaft|gemeinde|hameau|bourg|commune|localité|aldea|pueblo|localidad|aldeia|vilarejo|povoado|деревн\p{L}*|сел[оа]|посел\p{L}*)(?!\p{L})/iu

/** White space as the regexes' \s sees it. */
function isSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** A letter a fixed Latin, Arabic or Japanese word of VILLAGE_BEFORE ends with (e t f l r u a o, ة, 村). */
function isVillageWordEnd(c: number): boolean {
  const lower = c >= 0x41 && c <= 0x5a ? c + 0x20 : c
  return lower === 0x65 || lower === 0x74 || lower === 0x66 || lower === 0x6c || lower === 0x72 || lower === 0x75 ||
    lower === 0x61 || lower === 0x6f || c === 0x629 || c === 0x6751
}

/**
 * Whether VILLAGE_BEFORE could match before `start`, without running it: Cyrillic in its window (the Russian stems end
 * in any letter), or a word before the place (or before "of", "de", "di") ending like a village word. Rules out nearly
 * every place ("in Paris", "à Moscou"); the regex decides the rest.
 */
export function mayEndVillageWord(text: string, start: number): boolean {
  for (let k = Math.max(0, start - 16); k < start; k++) {
    const c = text.charCodeAt(k)
    if (c >= 0x400 && c <= 0x52f) return true
  }
  let p = start - 1
  while (p >= 0 && isSpace(text.charCodeAt(p))) p--
  if (p < 0) return false
  if (isVillageWordEnd(text.charCodeAt(p))) return true
  if (p === start - 1 || p < 1) return false
  const pair = text.slice(p - 1, p + 1).toLowerCase()
  if (pair !== 'of' && pair !== 'de' && pair !== 'di') return false
  p -= 2
  while (p >= 0 && isSpace(text.charCodeAt(p))) p--
  return p >= 0 && isVillageWordEnd(text.charCodeAt(p))
}

export function isVillageNamesake(hit: Hit, all: Hit[]): boolean {
  const signal = hit.term.signal
  if (signal !== 'capital' && signal !== 'city' && signal !== 'name') return false
  const village = (hit.text.charCodeAt(hit.end) === 0x2c && VILLAGE_AFTER.test(hit.text.slice(hit.end, hit.end + 28))) ||
    (mayEndVillageWord(hit.text, hit.start) && VILLAGE_BEFORE.test(hit.text.slice(Math.max(0, hit.start - 16), hit.start)))
  // "деревня Петербург Тверской области": a village in the same country still names it.
  return village && !all.some((o) => o.zone === hit.zone && o.start > hit.end && o.start <= hit.end + 2 &&
    o.term.countries!.some((c) => hit.term.countries!.includes(c)))
}

/**
 * "شارع لبنان", "rue de Syrie", "Avenida Brasil", "piazzale Libia", "Lebanon Road", and from version 12 landmarks,
 * districts and venues named after a country or a city: "Holland Park", "am Chinesischen Turm", "Japanisches Palais",
 * "Финляндский вокзал", "ресторан «Прага»", "Complexo do Alemão", "Jardim Japão", "Barrio Italia", "Café Berlín",
 * "hotel Londra Palace", 俄罗斯风情街. They lie wherever the story is and name neither (issue 14: namesakes outside the
 * lexicon, found by the kind of place rather than by a list of single places).
 */
export const STREET_BEFORE = /(?:^|[^\p{L}])(?:rue|avenue|boulevard|avenida|calle|rua|praça|plaza|piazza|piazzale|viale|corso|largo|vicolo|straße|strasse|ب?شارع|ب?ميدان|ب?جادة)\s+(?:(?:de la|de|du|des|di|del|della|do|da)\s+|d['’])?$/iu
/** A district, a venue or a park named by the country or city itself, no article between: "Jardim Japão", "Café Berlín". */
export const VENUE_BEFORE = /(?:^|[^\p{L}])(?:[Jj]ardim|[Bb]airro|[Bb]arrio|Café|[Hh]otel|Parque|Villa|Colonia|[Dd]iscoteca|[Rr]estaurante|[Rr]istorante)\s+$/u
/**
 * Version 15: a capitalised demonym after a word for a district, a town or a venue is that place's name: "Villa
 * Alemana" (Chile), "Barrio Chino", "Quartieri Spagnoli", "Hotel Svizzero", "Fondaco dei Tedeschi".
 */
export const DEMONYM_PLACE_BEFORE = /(?:^|[^\p{L}])(?:Villa|[Bb]arrio|[Bb]airro|Colonia|[Hh]otel|Quartieri|Fondaco dei|Café)\s+$/u
/** Before any word for the country, the demonym included: "Complexo do Alemão", "Morro do Alemão". */
export const DISTRICT_BEFORE = /(?:^|[^\p{L}])(?:complexo|morro) d[oa]\s+$/iu
const STREET_AFTER = /^\s(?:Street|Avenue|Road|Boulevard|Square|Park|Palace|Gardens?|Quarter|Tower|Viertel|Turm|Palais|Garten)(?!\p{L})/u
const RUSSIAN_PLACE_AFTER = /^\s(?:вокзал|мост|тупик|переул|дворц|дворец|квартал|бульвар|проезд)/u
export const VENUE_QUOTE_BEFORE = /(?:ресторан|кинотеатр|гостиниц|отел|кафе|магазин)\p{L}*\s+«$/iu
const CJK_STYLE_AFTER = /^风情/u

export const WORD_REST = /\p{L}*/uy

export function isStreetName(hit: Hit): boolean {
  const signal = hit.term.signal
  if (signal !== 'name' && signal !== 'capital' && signal !== 'city' && signal !== 'demonym') return false
  // Every pattern before the place ends in a space, « or an elided article (rue d'Italie); most places have none of them.
  const c = hit.text.charCodeAt(hit.start - 1)
  const before = isSpace(c) || c === 0xab || c === 0x27 || c === 0x2019 ? hit.text.slice(Math.max(0, hit.start - 16), hit.start) : ''
  // Each regex before the place ends in what c and the last letter before the blanks allow (speed, issue 14).
  const last = before === '' ? 0 : lastUnitBeforeSpace(before)
  if (c === 0xab && VENUE_QUOTE_BEFORE.test(before)) return true
  if ((last === 0x6f || last === 0x61 || last === 0x4f || last === 0x41) && isSpace(c) && DISTRICT_BEFORE.test(before)) return true
  if (hit.text.charCodeAt(hit.end) === 0x98ce && CJK_STYLE_AFTER.test(hit.text.slice(hit.end, hit.end + 2))) return true
  const end = letterRunEnd(hit.text, hit.end) // the adjective's ending: Chinesisch|en
  if (isSpace(hit.text.charCodeAt(end))) {
    const after = hit.text.slice(end, end + 10)
    if (STREET_AFTER.test(after) || RUSSIAN_PLACE_AFTER.test(after)) return true
  }
  if (before === '' || c === 0xab) return false
  if (signal === 'demonym') return isSpace(c) && isCapital(hit.text.charAt(hit.start)) && DEMONYM_PLACE_BEFORE.test(before)
  return STREET_LAST.has(last) && STREET_BEFORE.test(before) || (isSpace(c) && VENUE_LAST.has(last) && VENUE_BEFORE.test(before))
}

/** Where the letters (\p{L}*) from `from` end: a loop over the units, the regex WORD_REST at a surrogate. */
export function letterRunEnd(text: string, from: number): number {
  let i = from
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isSurrogate(c)) {
      WORD_REST.lastIndex = from
      return from + (WORD_REST.exec(text)?.[0].length ?? 0)
    }
    if (!isLetterUnit(c)) break
  }
  return i
}

/** The last unit of `before` that is not white space, or 0. */
export function lastUnitBeforeSpace(before: string): number {
  let k = before.length - 1
  while (k >= 0 && isSpace(before.charCodeAt(k))) k--
  return k < 0 ? 0 : before.charCodeAt(k)
}

/**
 * The units STREET_BEFORE's words and articles end with, in either case (it ignores case, and reads ſ as s), and the
 * elision's apostrophes; VENUE_BEFORE's words' last letters. Checked before the regexes, which try every offset.
 */
export const STREET_LAST = new Set([...'eEdDaAoOuUsSiIlLſİı\'’عنة'].map((ch) => ch.charCodeAt(0)))
export const VENUE_LAST = new Set([...'mMoOéÉlLeEaA'].map((ch) => ch.charCodeAt(0)))

function isCapital(c: string): boolean {
  return c !== c.toLowerCase()
}

export function isUnqualifiedGovernment(hit: Hit): boolean {
  return hit.end - hit.start === 2 && hit.text.slice(hit.start, hit.end) === UNQUALIFIED_GOVERNMENT
}

/**
 * "米下院、つなぎ予算を可決 … 政府閉鎖": a bare 政府 is Japan's only when the text is not about another state's own
 * affairs; when the title names another state's institution and nothing else names Japan, it is that state's.
 */
export function isForeignGovernment(hits: Hit[]): boolean {
  if (!hits.some(isUnqualifiedGovernment)) return false
  if (hits.some((h) => !isUnqualifiedGovernment(h) && h.term.countries!.includes('JP'))) return false
  // The title speaks of another state's own institution (米下院, 米大統領), not merely of the country.
  return hits.some((h) => h.zone === TITLE && !h.term.countries!.includes('JP') && !/^[米英]国$/.test(h.text.slice(h.start, h.end)) &&
    (h.term.signal === 'combo' || h.term.signal === 'seat' || h.term.signal === 'leader'))
}

/**
 * Version 16: "ЦБ Узбекистана", "МЧС Киргизии", "Минфин Казахстана": a Russian body's short name right before another
 * country's name is that country's body, no evidence of Russia ("ЦБ РФ", "МЧС России", "МВД Татарстана" stay).
 */
export function isOtherStatesBody(hit: Hit, hits: readonly Hit[]): boolean {
  if (hit.term.lang !== 'ru' || hit.term.signal !== 'seat') return false
  const gap = /^\s+$/u
  return hits.some((o) => o.text === hit.text && o.start > hit.end && o.start - hit.end <= 2 &&
    gap.test(hit.text.slice(hit.end, o.start)) && o.term.countries !== undefined && o.term.countries.length > 0 &&
    !o.term.countries.some((c) => hit.term.countries?.includes(c)))
}

/** Bodies Hong Kong and Macau both have by these names (institutions.ts lists them under HK). */
const SHARED_SAR_BODIES = new Set(['特区政府', '立法会'])

/**
 * Version 16: "澳门特区政府推出消费补贴计划": the SAR government or legislature of a text that names Macau and no
 * other place of Hong Kong is Macau's, no evidence of Hong Kong.
 */
export function isMacauBody(hit: Hit, hits: readonly Hit[]): boolean {
  if (hit.term.signal !== 'seat' || hit.term.countries?.[0] !== 'HK' || !SHARED_SAR_BODIES.has(hit.text.slice(hit.start, hit.end))) return false
  return hits.some((o) => o.term.countries?.includes('MO')) &&
    !hits.some((o) => o !== hit && o.term.countries?.includes('HK') && !SHARED_SAR_BODIES.has(o.text.slice(o.start, o.end)))
}

/** Kanji that make the Japanese body after them another state's: 米財務省, 韓国国会, 米連邦最高裁, 州最高裁. */
const OTHER_STATE_CHARS = new Set([...Object.keys(JA_CHARS).filter((c) => c !== '日'), '国', '邦', '州'])

/** 締約国会議, 全国会議, 各国会議: 国会 inside a meeting of states or a national meeting; 国会議員, 国会議長 are the Diet's. */
function isOtherMeeting(hit: Hit): boolean {
  if (hit.text.slice(hit.start, hit.end) !== '国会' || hit.text.charAt(hit.end) !== '議') return false
  return !'員事長'.includes(hit.text.charAt(hit.end + 1) || '-')
}

/**
 * "ロシア政府", "米政府", "両政府": 政府 after a name or a kanji is some other government than Japan's. Japan's own
 * bodies (国会, 財務省, 最高裁: institutions.ts) after a katakana name or a country's character are that country's
 * ("ブラジル最高裁", "韓国国会"), while 通常国会 or 前衆院議長 stay Japan's.
 */
export function isQualifiedGovernment(hit: Hit): boolean {
  const c = hit.text.charCodeAt(hit.start - 1)
  const isKatakana = c >= 0x30a0 && c <= 0x30ff && c !== 0x30fb
  if (hit.end - hit.start !== 2 || hit.text.slice(hit.start, hit.end) !== UNQUALIFIED_GOVERNMENT) {
    const isJapanBody = hit.term.lang === 'ja' && hit.term.signal === 'seat'
    return isJapanBody && (isKatakana || OTHER_STATE_CHARS.has(hit.text.charAt(hit.start - 1)) || isOtherMeeting(hit))
  }
  return (c >= 0x30a0 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff)
}
