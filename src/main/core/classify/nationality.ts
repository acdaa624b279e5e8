// A person's nationality named in passing (issue 14): "a British tourist", "turista argentino", "le Français
// Laurent Freixe", "гражданин Таджикистана", "سائح فرنسي", "日本人技術者". The person is in the story; their
// country is not what it is about, and unlike a product's origin it never stands in as the subject.
import { contextFactor } from './context'
import type { Reading } from './tiers'
import { CharClass, classTable, foldString, foldTable } from './normalize'

const FOLD = foldTable()
const CLASS = classTable()
const WORD = CharClass.Word

/** People a demonym qualifies in passing, before (English, German) or after it (Romance, Arabic). Folded. */
const PERSON_NOUNS = new Set(`tourist tourists visitor visitors holidaymaker holidaymakers backpacker backpackers
man men woman women boy girl couple volunteer volunteers missionary climber climbers mountaineer skier skiers hiker
hikers guide chef chefs executive executives trafficker smuggler smugglers businessman businesswoman engineer engineers technician
technicians journalist reporter photographer doctor nurse priest nun pilot sailor sailors fisherman fishermen expat
hacker hackers activist activists dissident dissidents blogger writer researcher runner runners athlete athletes surfer surfers diver divers
cyclist cyclists swimmer swimmers marathoner surfista surfistas atleta atletas corredor corredora ciclista nadador nadadora coureur coureuse
cycliste nageur nageuse läufer läuferin
activiste dissident écrivain chercheur activista disidente escritor investigador attivista dissidente scrittore
ricercatore ativista escritor pesquisador aktivist aktivistin schriftsteller forscher хакер хакера активист
активиста блогер блогера писатель
touriste touristes homme femme skieur skieuse alpiniste alpinistes randonneur randonneuse pirate trafiquant passeur
journaliste photographe médecin prêtre religieuse missionnaire ingénieur ingénieurs bénévole humanitaire épouse mari
turista turistas hombre mujer pareja esquiador alpinista montañero guía narcotraficante traficante periodista
fotógrafo médico sacerdote misionero ingeniero voluntario cooperante esposa marido cocinero
homem mulher casal jornalista missionário engenheiro voluntário
turisti uomo donna coppia sciatore escursionista guida trafficante narcotrafficante giornalista fotografo
missionario ingegnere volontario moglie
touristin touristen urlauber urlauberin mann frau paar skifahrer bergsteiger bergführer wanderer schleuser
journalistin fotograf arzt ärztin priester missionar ingenieur helfer helferin
турист туристка туристы туриста туристов туристку мужчина женщина альпинист альпиниста лыжник журналист
журналиста инженер инженера волонтер волонтёр миссионер
سائح سائحة سياح رجل امرأة متسلق صحفي مهندس متطوع`.split(/\s+/).map(foldString))

/** "citizen of", "гражданин Таджикистана", "cittadini del Bangladesh": a country's name after these is a passport. */
const CITIZEN_NOUNS = new Set(`citizen citizens national nationals ressortissant ressortissants ressortissante
citoyen citoyenne citoyens ciudadano ciudadana ciudadanos cidadão cidadã cidadãos cittadino cittadina cittadini
staatsbürger staatsbürgerin staatsangehörige staatsangehöriger гражданин гражданина гражданка гражданки граждан
гражданам гражданами подданный مواطن مواطنة مواطنين`.split(/\s+/).map(foldString))

/** Words that may stand between a citizen noun and the country: of, de, del, dei ... Folded. */
const OF_WORDS = new Set(['of', 'de', 'du', 'des', 'del', 'di', 'dei', 'della', 'dello', 'da', 'do', 'dos', 'das', 'von',
  'aus', 'the', 'la', 'le', 'el', 'l', 'd'])

/** Articles before a nationality used as a noun for a person: "le Français", "lo spagnolo", "o uruguaio". */
const ARTICLES = new Set(['le', 'la', 'l', 'un', 'une', 'lo', 'il', 'el', 'o', 'a', 'um', 'uma', 'uno', 'una'].map(foldString))
/** German articles: there every noun is capitalised, so only a capitalised nationality is a noun ("der Schwede"). */
const GERMAN_ARTICLES = new Set(['der', 'den', 'dem', 'ein', 'einen'])

/** After a CJK name: 日本人技術者, 印尼籍, 俄罗斯游客, オーストラリア人観光客, 米国の化学者, 法国人傅乐宏，. */
const CJK_PERSON = /^(?:生まれ|出生|人(?:観光客|旅行者|男性|女性|技術者|記者|留学生|労働者|研修生|船員|乗客|登山者|游客|男子|女子|工程师|记者)|籍|游客|观光客|観光客|旅行者|の(?:化学者|物理学者|研究者|作家|記者|観光客|男性|女性)|人(?!民)[\u4e00-\u9fff]{2,3}[，。、])/

/** True when a demonym (or a CJK name) qualifies a person named in passing. */
export function isPersonNationality(text: string, start: number, end: number, isDemonym: boolean, isCjkHit: boolean): boolean {
  if (isCjkHit) return CJK_PERSON.test(text.slice(end, end + 6))
  let i = end
  while (i < text.length && CLASS[text.charCodeAt(i)] === WORD) i++ // the rest of the word (японск|ий)
  const before = wordBefore(text, start)
  if (!isDemonym) return CITIZEN_NOUNS.has(before) || (OF_WORDS.has(before) && CITIZEN_NOUNS.has(wordBefore(text, start - before.length - 1)))
  const after = wordAfter(text, i)
  if (PERSON_NOUNS.has(after.word) || PERSON_NOUNS.has(before) || CITIZEN_NOUNS.has(before)) return true
  // "la mexicana Sheinbaum", "lo spagnolo Carlos Alcaraz": a nationality as a noun before a name. A capitalised
  // one ("le Français Laurent Freixe", "der Deutsche Alexander Zverev") needs a whole name after it, since
  // "der Deutsche Bundestag" is an institution.
  const isGerman = GERMAN_ARTICLES.has(before)
  if ((!isGerman && !ARTICLES.has(before)) || text.charCodeAt(start - 1) === 0x2d) return false
  const first = text.charAt(start)
  // "Son compagnon, un Suisse, a été secouru": a capitalised nationality noun set off by commas.
  if (text.charCodeAt(i) === 0x2c && first !== first.toLowerCase()) return true
  if (!after.isCapitalised) return false
  if (first === first.toLowerCase()) return !isGerman
  return wordAfter(text, after.end).isCapitalised
}

function wordAfter(text: string, i: number): { word: string; isCapitalised: boolean; end: number } {
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x2c)) i++
  const first = text.charAt(i)
  let word = ''
  for (; i < text.length && word.length < 24 && CLASS[text.charCodeAt(i)] === WORD; i++) word += String.fromCharCode(FOLD[text.charCodeAt(i)])
  return { word, isCapitalised: first !== first.toLowerCase(), end: i }
}

function wordBefore(text: string, start: number): string {
  let j = start - 1
  while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x27 || text.charCodeAt(j) === 0x2019)) j--
  let word = ''
  for (; j >= 0 && word.length < 24 && CLASS[text.charCodeAt(j)] === WORD; j--) word = String.fromCharCode(FOLD[text.charCodeAt(j)]) + word
  return word.replace(/^ال/, '')
}

/**
 * A state that acts for its citizens abroad: a foreign ministry, its crisis unit, an embassy or a consul
 * ("le ministère des Affaires étrangères ... la cellule de crise", "La Farnesina ha attivato l'unità di crisi",
 * "МИД России", "外務省", "وزارة الخارجية").
 */
const STATE_CARE = new RegExp(
  '(?<!\\p{L})(?:foreign (?:ministry|office)|state department|embass\\p{L}*|consul\\p{L}*|crisis (?:unit|cell)|' +
    "affaires étrangères|quai d'orsay|cellule de crise|ambassade|consulat\\p{L}*|farnesina|unità di crisi|ambasciat\\p{L}*|" +
    'consolat\\p{L}*|console|asuntos exteriores|cancillería|embajada|consulado|itamaraty|negócios estrangeiros|' +
    'relações exteriores|embaixada|auswärtige\\p{L}* amt|außenministerium|krisenstab|botschaft|konsulat|' +
    'мид|министерств\\p{L}* иностранных дел|посольств\\p{L}*|консул\\p{L}*)(?!\\p{L})|外務省|大使館|領事|外交部|使馆|领事|' +
    'وزارة الخارجية|سفارة|السفارة|قنصلية|القنصلية',
  'iu',
)

/**
 * The nationality of victims or detainees is in passing unless their own state acts (GUIDELINES: "Un troisième
 * Français mort dans le séisme au Népal" with the crisis unit reacting is about France too). When the text names
 * such a state body and the people in passing share one nationality, that country is a subject.
 */
export function promoteCompatriots(readings: Reading[], texts: readonly string[]): void {
  const people = readings.filter((r) => r.role === 'nationality')
  if (people.length === 0) return
  const codes = new Set(people.flatMap((r) => r.codes))
  if (codes.size !== 1) return
  const [code] = codes
  // Its state named acting ("日本の警察当局と連携", "the British embassy"), or a state body of no named country.
  const acts = readings.some((r) => !r.role && r.codes.includes(code) && isStateActor(r)) || texts.some((t) => STATE_CARE.test(t))
  if (acts) for (const r of people) r.role = undefined
}

/** 日本の警察当局, 法国外交部: a state body after a CJK name. */
const CJK_STATE_AFTER = /^の?(?:警察|政府|外務省|当局|大使館|領事館|外交部|警方|使馆|领事馆|軍|军)/u

function isStateActor(r: Reading): boolean {
  const { text, start, end } = r.hit
  const c = text.charCodeAt(start)
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff)) return CJK_STATE_AFTER.test(text.slice(end, end + 6))
  return contextFactor(text, start, end) > 1
}
