// Grammatical cues around one country mention that the about model (about-features.ts, version 10) weighs: the
// side a team or country plays or stands against ("vence a Argentina", "contro la Polonia", "アルゼンチンを破り"),
// where the title says something happens ("Detenido en Málaga", "長野・白馬で") and a title that opens with the
// country, its grammatical subject in the Romance, Arabic and Japanese headline patterns ("Chile endurece ...",
// "中国、日本産水産物の輸入を再開"). Cues, not decisions: the model learns what each is worth per language group.
import type { Hit } from './matcher'

/** Words right before the other side of a match or a confrontation, lower-cased, longest first per language. */
const OPPONENT_BEFORE = new RegExp(`(?:^|[\\s(«"“'])(?:${[
  'beat', 'beats', 'defeat', 'defeats', 'defeated', 'against', 'vs\\.?', 'v\\.?', 'versus', 'lose to', 'loses to', 'lost to',
  'draw with', 'vence(?:u|m|r)?(?: [ao]s?)?', 'bate(?:u)?(?: [ao]s?)?', 'derrot(?:a|ou|ó)(?: [ao]s?)?', 'contra(?: [ao]s?| el| la| los| las)?',
  'perde(?:u)? para(?: [ao]s?)?', 'diante d[aoe]s?', 'empat(?:a|ou|ó) co[mn](?: [ao]s?| el| la)?', 'frente a(?:l| la| los)?',
  'ante(?: el| la| los| las| [ao]s?)?', 'venció a(?:l)?', 'vence a(?:l)?', 'pierde (?:ante|con)(?: el| la)?', 'cae ante(?: el| la)?',
  'supera(?: a(?:l)?| la| il)?', 'batte(?: la| il| l\'| lo)?', 'sconfigge(?: la| il| l\')?', 'contro(?: la| il| l\'| lo| i| le)?',
  'perde (?:con|contro)(?: la| il| l\')?', 'bat(?: la| le| l\')?', 'battu(?:e)?(?: par)?(?: la| le| l\')?', 'contre(?: la| le| l\'| les)?',
  'face (?:à|au|aux)(?: la| l\')?', 's\'impos(?:e|ent) (?:à|chez)', 'l\'emport(?:e|ent) (?:à|chez)', 'gagn(?:e|ent) (?:à|chez)', 'gegen(?: die| den| das)?', 'schlägt(?: die| den| das)?', 'besiegt(?: die| den| das)?',
  'против', 'обыграл[аио]?', 'победил[аио]?', 'أمام', 'ضد', 'على',
  // Version 14: more match verbs, the trap kinds "sports team" and "sports final" (places-v14 tests): the side
  // beaten, thrashed, knocked out or lost to is as much the story as the winner.
  'edges?', 'edged', 'thrash(?:es|ed)?', 'routs?', 'routed', 'stuns?', 'stunned', 'stunned by', 'beaten by', 'eliminates?', 'eliminated',
  'knocks? out', 'knocked out', 'knocked out by', 'overcomes?', 'overcame', 'falls? to', 'fell to', 'held by',
  'gole(?:a|ia|ó|ou)(?: a(?:l)?| [ao]s?| la)?', 'elimin(?:a|ó|ou)(?: a(?:l)?| [ao]s?| la| il| l\'| le)?',
  'derrot(?:ar|ó)(?: a(?:l)?| [ao]s?)?', 'vencer(?: a(?:l)?| [ao]s?)?', 'cai para(?: [ao]s?)?', 'perdió (?:ante|con)(?: el| la)?',
  'travolge(?: la| il| l\'| lo| i)?', 'battut[aoie](?: la| il| l\'| lo| dalla| dal)?', 'piega(?: la| il| l\')?', 'stende(?: la| il| l\')?',
  'battant(?: la| le| l\')?', 'élimine(?: la| le| l\')?', 'renvers(?:e|ent)(?: la| le| l\')?', 'écras(?:e|ent)(?: la| le| l\')?',
  'domin(?:e|ent)(?: la| le| l\')?', 's\'incline (?:face à|devant|contre)(?: la| le| l\')?',
  'bezwingt(?: die| den| das)?', 'unterliegt(?: der| dem| den)?', 'verliert bei(?: der| dem| den)?', 'siegt bei(?: der| dem| den)?',
  'проиграл[аио]?', 'проиграв', 'обыграв', 'победив', 'уступил[аио]?(?: команде| сборной)?', 'разгромил[аио]?',
  'в финале (?:команду|сборную)', 'يهزم', 'تهزم', 'هزم', 'هزمت', 'تغلب على', 'يتغلب على',
].join('|')})\\s*$`, 'u')

/** A score between a verb and the side it names ("vencer 2-1 al", "por 2 a 0 para o", "со счетом 4:2"): dropped. */
const SCORE = /\s(?:por |par |per |mit |со? сч[её]том )?\d+\s*(?:[-–:]|a)\s*\d+(?=\s)/gu

/** Chinese verbs before the other side; Japanese particles and verbs after it. */
const OPPONENT_BEFORE_CJK = /(?:击败|战胜|对阵|负于|不敌|迎战|力克|战平|大胜|完胜|险胜|横扫|淘汰|输给|逆转|对)$/u
// Version 14: a club after the country (イタリアのペルージャを破り), a score or "after a full set" before the verb
// (日本を3－2で破って), and more verbs (に逆転勝ち, に競り勝ち).
const JA_SCORE = '(?:[0-9０-９]+[－—\\-][0-9０-９]+で|フルセットの末に?)?'
const OPPONENT_AFTER_JA = new RegExp(`^(?:(?:の[^、。\\s]{1,12}?)?を${JA_SCORE}(?:破|下)|破[りっ]|に(?:逆転|競り|完|快|大)?勝|に${JA_SCORE}敗|と対戦|と引き分|との(?:試合|決勝|準決勝|親善試合))`, 'u')

/** Words right before the other party of a relation: "deal with Albania", "border crossing with Syria", "مع سوريا". */
const PARTNER_BEFORE = /(?:^|[\s(«"“'])(?:with|con|avec|mit|com|с|со|مع)\s*$/u
const PARTNER_BEFORE_CJK = /[与同]$/u
const PARTNER_AFTER_JA = /^と(?:の|が|は|を)/u

/** Words right before where something happens, lower-cased. */
const LOCATIVE_BEFORE = /(?:^|[\s(«"“'])(?:in|at|em|no|na|nos|nas|en|ad|nel|nella|nei|à|au|aux|dans|im|в|во|في|在|visits|visit to|arrives in|visita(?: a| al)?|visite|besucht|посетил[аи]?|يزور|تزور|زار|زارت|يصل إلى|تصل إلى)\s*$/u
const LOCATIVE_AFTER_JA = /^[^\s、。]{0,6}?(?:で|にある|を(?:訪問|訪れ)|の(?:病院|空港|スキー場|海岸|工場|大学|港))/u

/** A one-character compound that says where: 在华 (in China), 访华 / 訪日 (visiting), 赴美, 抵华, 来日 (coming to). */
const COMBO_LOCATIVE = /^[在访赴抵訪来]$/u

/**
 * Version 13: a visit's destination ("visits Baghdad", "وفد سعودي يزور بغداد", "посетил Баку", 访问越南, 日本を訪問)
 * or its guest ("Erdogan hosts Zelensky", "يستقبل نظيره"): both are parties of it, where a plain locative ("in
 * Málaga") may be a venue. A host of talks ("hosts talks between") names no guest right after the verb.
 */
const VISIT_BEFORE = /(?:^|[\s(«"“'])(?:visits|visited|visiting|visit to|arrives in|arrived in|visita(?:r|rá|ram|ron|rá)?(?: a| al| o| a)?|en visite (?:en|au|à|aux)|visite(?: en| au| à)?|besucht|besuchte|reist nach|посетил[аи]?|посетит|посещает|прибыл[аи]? в|يزور|تزور|زار|زارت|يصل إلى|تصل إلى|وصل إلى|وصلت إلى|hosts|hosted|receives|received|welcomes|reçoit|accueille|recibe|recebe|riceve|accoglie|empfängt|принял[аи]?|принимает|يستقبل|تستقبل|استقبل|استقبلت)\s*$/u
const VISIT_BEFORE_CJK = /(?:访问|出访|抵达|到访)$/u
const VISIT_AFTER_JA = /^(?:を(?:公式)?訪問|を訪れ|に到着|入り)/u

/**
 * Version 13: what talks are about ("discuss Afghanistan", "talks on Haiti's transition", "discutir crise na
 * Guiné-Bissau", "обсудили урегулирование на Украине", 讨论阿富汗局势), maybe a few words after the verb.
 */
const DISCUSS_BEFORE = /(?:^|[\s(«"“'])(?:discuss(?:es|ed|ing)?|talks (?:on|about|over)|discut\p{L}*|débat\p{L}*|debat\p{L}*|besprech\p{L}*|beraten über|erörter\p{L}*|обсу[жд]\p{L}*|переговоры (?:о|по)|ناقش\p{L}*|يناقش\p{L}*|تناقش\p{L}*|بحثا|بحثوا|يبحث|يبحثان|تبحث)(?:\s+[\p{L}'’-]+){0,4}\s+(?:[ldLD]['’])?$/u
const DISCUSS_BEFORE_CJK = /(?:讨论|商讨|磋商|探讨)[^，。、\s]{0,4}$/u
const DISCUSS_AFTER_JA = /^[^、。\s]{0,6}?(?:について(?:協議|議論|話し合|会談)|を協議)/u

/**
 * Version 13: the subject of a clause a title reports ("FBI director says Chinese hackers target ...", "Kremlin says
 * Ukraine ..."), maybe after an article and one word: it opens that clause as a title's opener opens the title.
 */
const REPORTED_BEFORE = /(?:^|\s)(?:says|say|said|warns|claims|believes|fears|dice|dicen|afirma|diz|dizem|dit|affirme|estime|sagt|erklärt|warnt|заявил[аи]?|считает|يقول|تقول|قال|قالت)\s+(?:that\s+|que\s+|dass\s+|что\s+|إن\s+|أن\s+)?(?:the\s+|a\s+|le\s+|la\s+|les\s+|el\s+|los\s+|o\s+|os\s+|die\s+|der\s+)?(?:[\p{L}'’-]+\s+)?$/u

const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/u

function before(hit: Hit, length: number): string {
  return hit.text.slice(Math.max(0, hit.start - length), hit.start).toLowerCase()
}

/** The mention is the other side of a match or a confrontation. */
export function isOpponent(hit: Hit): boolean {
  if (CJK.test(hit.text.charAt(hit.start))) {
    return OPPONENT_BEFORE_CJK.test(hit.text.slice(Math.max(0, hit.start - 2), hit.start)) ||
      OPPONENT_AFTER_JA.test(hit.text.slice(hit.end, hit.end + 24))
  }
  return OPPONENT_BEFORE.test(before(hit, 40).replace(SCORE, ''))
}

/** The mention is the other party of a relation (with, con, mit, مع, 与, との). */
export function isPartner(hit: Hit): boolean {
  if (CJK.test(hit.text.charAt(hit.start))) {
    return PARTNER_BEFORE_CJK.test(hit.text.charAt(hit.start - 1)) || PARTNER_AFTER_JA.test(hit.text.slice(hit.end, hit.end + 2))
  }
  return PARTNER_BEFORE.test(before(hit, 8))
}

/** The mention says where something happens: a locative word before it, or で after a Japanese place. */
export function isLocative(hit: Hit): boolean {
  if (CJK.test(hit.text.charAt(hit.start))) {
    return hit.text.charAt(hit.start - 1) === '在' || hit.text.slice(hit.start - 2, hit.start) === '访问' || (hit.term.isCombo === true && COMBO_LOCATIVE.test(hit.text.charAt(hit.start))) || LOCATIVE_AFTER_JA.test(hit.text.slice(hit.end, hit.end + 12))
  }
  return LOCATIVE_BEFORE.test(before(hit, 14))
}

/** The mention opens its zone's text (after quotes or a bracket): a title's grammatical subject. */
export function opensText(hit: Hit): boolean {
  return /^[\s"“«'(「【]*$/u.test(hit.text.slice(0, hit.start))
}

/** The mention is where a visit goes (visits, يزور, посетил, 访问, を訪問); a compound (訪日) is `isWhereCombo`. */
export function isVisited(hit: Hit): boolean {
  if (CJK.test(hit.text.charAt(hit.start))) {
    return VISIT_BEFORE_CJK.test(hit.text.slice(Math.max(0, hit.start - 2), hit.start)) ||
      VISIT_AFTER_JA.test(hit.text.slice(hit.end, hit.end + 6))
  }
  return VISIT_BEFORE.test(before(hit, 16))
}

/** The mention is what talks are about (discuss, talks on, обсудили, ناقش, 讨论, について協議). */
export function isDiscussed(hit: Hit): boolean {
  if (CJK.test(hit.text.charAt(hit.start))) {
    return DISCUSS_BEFORE_CJK.test(hit.text.slice(Math.max(0, hit.start - 6), hit.start)) ||
      DISCUSS_AFTER_JA.test(hit.text.slice(hit.end, hit.end + 12))
  }
  return DISCUSS_BEFORE.test(before(hit, 60))
}

/**
 * A one-character compound that says where: 在华 (in China), 访华 / 訪日 (visiting), 赴美, 抵华, 来日 (version 13: its
 * own feature, as a combo's evidence is diluted by the namesakes it shares characters with: 日中 by day, 王美英).
 */
export function isWhereCombo(hit: Hit): boolean {
  return hit.term.isCombo === true && COMBO_LOCATIVE.test(hit.text.charAt(hit.start))
}

/** The mention opens a clause the title reports: after "says", "dice", "sagt", "заявил", "قال" (version 13). */
export function opensReported(hit: Hit): boolean {
  return !CJK.test(hit.text.charAt(hit.start)) && REPORTED_BEFORE.test(before(hit, 40))
}
