// Grammatical roles that make a country mention "in passing" (issue 14): a product's or style's origin
// (китайских автомобилей, italienisches Restaurant), where students or migrants come from, an organisation's
// seat (Geneva-based, со штаб-квартирой в Вене, ومقرها جنيف), and the venue of an event (World Cup in Qatar,
// sommet à Bruxelles). Such a mention puts a country in the `mentions` tier, never alone in `about`.
import { isCompanyName, isMediator } from './mediator'
import { isPersonNationality } from './nationality'
import { CharClass, classTable, foldString, foldTable } from './normalize'
import { isCjkVenue, isHost, isPrizeName, isVenueBefore, isVenueOpening } from './venue'

const FOLD = foldTable()
const CLASS = classTable()
const WORD = CharClass.Word

export type PassingRole = 'origin' | 'nationality' | 'seat' | 'venue' | 'host' | 'mediator' | 'company'

/** Nouns a demonym qualifies when it only says where a thing or a person comes from. Folded. */
const ORIGIN_NOUNS = new Set(`car cars vehicle vehicles brand brands product products goods wine wines cheese cuisine food
dish dishes restaurant restaurants style styled inspired themed fashion design designer painting paintings art masters
composer tenor soprano language languages speaking speakers student students migrants migrant immigrants immigrant
expats dollar dollars euro euros yuan ruble rubles born
whisky whiskey coffee tea beer beef pork rice steel chips smartphones phones electronics garments toys seafood salmon
tomatoes robusta arabica porcelain perfume motorcycles scooters motos moto bus buses minibuses trucks lorries vans evs
wheat grain corn soybeans fruit fruits vegetables dates pasta shrimp pork made built grown brewed renaissance
firms companies entities garden gardens prints woodblock pop music films anime manga
trains locomotives nurses caregivers bakery bakeries barbecue bbq tango ajo alho aglio ramen sushi tacos pizza pizzas pizzeria pizzerias pizzerie gelato croissants pastries
forward striker midfielder defender goalkeeper winger coach manager referee umpire keeper
автомобиль автомобилей автомобили автомобилях машин машины марки марка бренд бренда кухня кухни кухню ресторан
ресторана язык языка языке языку языком живописи живопись мастеров студенты студентов мигранты мигрантов вина товары
товаров кофе чай пиво сталь говядина автобусы автобусов электромобили электромобилей фрукты овощи пшеница пшеницы
морепродукты морепродуктов томаты компаний компании фирм сад сада поезда поездов локомотивы производства нападающий нападающего защитник защитника полузащитник вратарь тренер тренера арбитр судья
voiture voitures entreprises marque vin vins cuisine restaurant étudiants étudiant migrants ténor peinture peintres langue
café bière acier tomates parfum camions blé fruits légumes cognac pâtisserie gastronomie fabrication
origine provenance trains mangas estampes jardin musique attaquant défenseur gardien entraîneur sélectionneur arbitre
coche coches empresas marca vino vinos restaurante estudiantes estudiante migrantes cocina idioma
café cerveza acero tomates aceite autobuses camiones trigo frutas arte renacimiento fabricación comida
origen procedencia trenes grabados jardín pop música delantero centrocampista portero entrenador seleccionador árbitro
auto autos wagen marke firmen wein küche restaurant studenten studierende migranten sprache
kaffee tee bier stahl tomaten busse weizen obst gemüse herkunft züge garten eisdielen eisdiele stürmer verteidiger mittelfeldspieler torwart trainer schiedsrichter
carro carros vinho vinhos restaurante estudantes estudante migrantes língua cozinha
café chá cerveja aço carne azeite ônibus caminhões trigo frutas fabrico fabricação origem
procedência comboios trens locomotivas gravuras jardim música atacante zagueiro goleiro técnico treinador árbitro juiz
auto automobili aziende marchio vino ristorante cucina studenti studente migranti lingua
caffè birra acciaio olio autobus grano frutta vini rinascimento fabbricazione produzione cibo pizzerie gelaterie
origine provenienza treni giardino musica attaccante difensore centrocampista portiere tecnico allenatore arbitro
سيارات سيارة مطعم طلاب الطلاب طالب مهاجرين المهاجرين منتجات اللغة حافلات شاحنات قمح تمور فواكه مطاعم شركات
قطارات قطار صنع معكرونة
porcino cerdo vacuno pollo leche lácteos soja maíz aguacates porc viande volaille lait fromage fromages boeuf bœuf
maiale suino suini formaggi formaggio latte suíno suína suínos frango leite milho schweinefleisch rindfleisch käse milch
cinema film films movie movies novel novels literature opera ballet heritage culture tasting bistro bistros cafe noodles
dumplings curry christmas champagne quinoa quinua cinéma bistrot héritage gastronomie cine película películas gastronomía
herança cultura culinária gastronomia filme filmes alla weihnachtsmärkte weihnachtsmarkt schnitzel kino
фильм фильмы фильма кино кафе блюда хинкальные хинкальных فيلم بفيلم أفلام مطبخ قهوة`.split(/\s+/).map(foldString))

/** The same roles in languages without spaces: the words right after a demonym or name. */
const CJK_ORIGIN = ['汽车', '品牌', '企业', '公司', '留学生', '学生', '移民', '产品', '料理', '餐厅', '车', '製', '産',
  '企業', '留学', '系', '車', '籍', '出身', '人審判', '人監督', '人コーチ', '主教练', '教练', '裁判', '电动', 'の出身',
  'からの難民', 'からの移民', 'からの留学生', 'からの労働者', '食', 'の中古車', 'の自動車', 'の製品',
  'の部品', 'のアニメ', 'の漫画', '庭園', '制造', '菓子', '料理店',
  // Version 11: films and cosmetics from abroad, and a company named after its country (日本航空, 日本郵船, 东方航空).
  '映画', 'コスメ', '航空', '郵船',
  // Version 14 (demonym adjectives): a style (俄式木屋, 韓国風チキン), coffee, films, cuisine, the Renaissance.
  '式', '風', '风味', '咖啡', '电影', '美食', '菜', '文艺复兴']

/** "Geneva-based", "mit Sitz in", "со штаб-квартирой в", "ومقرها", "总部位于", "本部": an organisation's seat. */
const SEAT_BEFORE = /(?:headquartered in|based in|qui siège à|siège à|basée? à|con sede (?:a|en|in)|sede em|com sede em|mit sitz in|sitz in|со штаб-квартирой в|штаб-квартира в|штаб-квартирой в|ومقرها|مقرها|ومقره|总部位于|总部设在|本部|本部・)\s*$/iu
const SEAT_AFTER = /^(?:-based|–based| based\b|に本部|にある[^、。]{0,10}(?:裁判所|機関|機構|組織|委員会|事務局))/u

/** The role of a mention, or undefined when it is substantive. `isDemonym`: an adjective/nationality form. */
export function passingRole(text: string, start: number, end: number, isDemonym: boolean): PassingRole | undefined {
  const next = text.charCodeAt(end)
  if ((next === 0x2d || next === 0x2013 || next === 0x20 || next === 0x306b) && SEAT_AFTER.test(text.slice(end, end + 20))) return 'seat'
  const isCjkHit = isCjk(text.charCodeAt(start))
  // Chinese and Japanese use the country's name itself attributively: 日本汽车, 日本製. An exporter acts, though:
  // "exportações de carne brasileira", "French wine makers ... as exports fall".
  if ((isDemonym || isCjkHit) && isOriginNoun(text, start, end)) return isExportSentence(text, start, end) && !namesLanguage(text, start, end) ? undefined : 'origin'
  if (isCjkHit && isCjkOriginList(text, start)) return 'origin'
  if (isPersonNationality(text, start, end, isDemonym, isCjkHit)) return 'nationality'
  if (isMediator(text, start, end, isCjkHit)) return 'mediator'
  if (isHost(text, end, isCjkHit)) return 'host'
  // "Norway striker Antonio Nusa": a country's name before a player's position is the player's nationality.
  if (!isDemonym && !isCjkHit && PLAYER_NOUNS.has(wordAfter(text, end))) return 'nationality'
  if (!isCjkHit && isCompanyName(text, start, end)) return 'company'
  if (!isCjkHit && isPrizeName(text, start, end)) return 'venue'
  if (isCjkHit) return SEAT_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ? 'seat' : isCjkVenue(text, start, end) ? 'venue' : undefined
  const before1 = wordBefore(text, start)
  if (FROM_WORDS.has(before1) && MIGRANTS_FROM.test(text.slice(Math.max(0, start - 70), start))) return 'origin'
  if (CHAIR_WORDS.has(before1) && CHAIRED_BY.test(text.slice(Math.max(0, start - 40), start))) return 'host'
  // Seats and venues follow a preposition ("based in", "summit in", "في"): the regexes run only after one.
  if (!PREPOSITIONS.has(before1)) return undefined
  const before = text.slice(Math.max(0, start - 80), start)
  if (MADE_IN.test(before.slice(-40))) return isExportSentence(text, start, end) ? undefined : 'origin'
  if (SEAT_BEFORE.test(before.slice(-60))) return 'seat'
  if (isVenueBefore(before) || isVenueOpening(text, start, end) || STADIUM_BEFORE.test(before)) return 'venue'
  return undefined
}

const EXPORT_WORD = /(?<!\p{L})(?:export\p{L}*|esport\p{L}*|экспорт\p{L}*)|صادرات|تصدير|出口|輸出/iu
/**
 * A trade measure aimed at a product's origin (a tariff, a ban, an embargo) acts upon that country, and a seller
 * acts: "запрет на ввоз японских морепродуктов", "aranceles al porcino español", "vende 50 jatos".
 */
const TRADE_WORD = new RegExp(
  '(?<!\\p{L})(?:tariffs?|duties|levies|bans?|banned|embargo\\p{L}*|anti-?dumping|antidumping|' +
    'droits de douane|surtaxe\\p{L}*|interdi\\p{L}*|arancel\\p{L}*|prohibi\\p{L}*|tarifa\\p{L}*|proib\\p{L}*|dazi|dazio|' +
    'divieto|zöll\\p{L}*|zoll\\p{L}*|einfuhrverbot\\p{L}*|importverbot\\p{L}*|пошлин\\p{L}*|запрет\\p{L}*|эмбарго|' +
    'sells|vende|vendeu|venderá|verkauft|продаст|продал\\p{L}*|رسوم|حظر)(?!\\p{L})|' +
    '関税|輸入停止|輸入禁止|輸入再開|輸入を再開|禁輸|关税|禁令|禁止进口|恢复进口|反倾销',
  'iu',
)

/** The sentence around a mention speaks of exports or a trade measure: the origin acts or is acted upon. */
function isExportSentence(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 120)
  const head = text.slice(from, start)
  const stop = text.slice(end, end + 120).search(/[.!?。]/)
  const sentence = head.slice(head.search(/[^.!?。]*$/)) + text.slice(start, stop < 0 ? end + 120 : end + stop)
  return EXPORT_WORD.test(sentence) || TRADE_WORD.test(sentence)
}

/**
 * A product's origin in a sentence about exports or a trade measure ("запрет на ввоз японских морепродуктов",
 * "vino italiano nonostante i dazi"): not in passing, and a cue the about model weighs (about-cues.ts).
 */
export function isTradedOrigin(text: string, start: number, end: number, isDemonym: boolean): boolean {
  return (isDemonym || isCjk(text.charCodeAt(start))) && isOriginNoun(text, start, end) && isExportSentence(text, start, end) &&
    !namesLanguage(text, start, end)
}

/** A language's name: "русский язык", "la langue française", "lingua russa", "اللغة الروسية". Folded. */
const LANGUAGE_NOUNS = new Set(('language languages язык языка языке языку языком langue langues idioma idiomas lengua ' +
  'sprache língua lingua اللغة').split(' ').map(foldString))

/**
 * Version 16: a ban on a language ("Латвия запретила русский язык в детских садах") is no trade measure on a product
 * of the country: the language label stays in passing (GUIDELINES: a language label names no country).
 */
function namesLanguage(text: string, start: number, end: number): boolean {
  let i = end
  while (i < text.length && CLASS[text.charCodeAt(i)] === WORD) i++
  return LANGUAGE_NOUNS.has(wordAfter(text, i)) || LANGUAGE_NOUNS.has(wordBefore(text, start))
}

/** 按国籍划分…越南…, 来自印度、尼日利亚和巴基斯坦的护理人员, 国籍別ではベトナムが…: a list of where people come from. */
function isCjkOriginList(text: string, start: number): boolean {
  const clause = text.slice(Math.max(0, start - 40), start)
  const cut = Math.max(clause.lastIndexOf('。'), clause.lastIndexOf('，'))
  return /国籍|来自/.test(clause.slice(cut + 1))
}

/**
 * Where migrants, refugees or workers come from, maybe in a list: "migrants from Egypt and Bangladesh",
 * "мигрантам из Узбекистана и Таджикистана", "Migranten aus dem Irak und Syrien", "المهاجرين القادمين من غينيا".
 */
const MIGRANTS_FROM = new RegExp(
  '(?<!\\p{L})(?:migrants?|immigrants?|refugees?|asylum.seekers?|workers|nationals|migrant\\p{L}*|imigrant\\p{L}*|inmigrant\\p{L}*|' +
    'réfugiés?|refugiad\\p{L}*|rifugiat\\p{L}*|flüchtling\\p{L}*|мигрант\\p{L}*|беженц\\p{L}*|arbeitskräfte\\p{L}*|' +
    // "trabalhadores do porto da Beira" work there: Romance workers come from a place only when called foreign.
    '(?:trabajadores|trabalhadores|lavoratori|travailleurs)\\s+(?:extranjeros|estrangeiros|stranieri|étrangers|migrantes|immigrés|immigrati)|' +
    'fachkräfte\\p{L}*|pflegekräfte\\p{L}*|studierende\\p{L}*|students|étudiants|estudiantes|estudantes|studenti|العمالة|المهاجرين|مهاجرين|اللاجئين|لاجئين)(?!\\p{L})' +
    // ... but refugees returning from or fleeing a country speak of that country.
    '(?:(?!return|flee|fled|escap|volv|regres|retorn|rientr|fugg|fuy|huy|возвращ|верну|бежа|бегу|zurück|flieh|flohen|عائد|عود|فر)[^.;!?]){0,45}?\\s(?:from|de|da|do|dos|das|del|des|du|d\'|dalla|dal|dai|dalle|della|dall\'|из|aus|von|من)\\s*' +
    '(?:(?:the|l\'|la|le|les|el|los|dem|der|den|o|a|os|as)\\s+)?' +
    '(?:[\\p{L}\'’ ,-]{0,25}(?:,|\\sand|\\se|\\set|\\sy|\\sи|\\sund|\\sو)\\s*(?:(?:the|l\'|la|le|el|dem|der|del|da|do|de|du|des|d\')\\s*)?)?$',
  'iu',
)

/** The word right before a place of origin in MIGRANTS_FROM: a "from" or a list's "and". Folded. */
const FROM_WORDS = new Set(['from', 'de', 'da', 'do', 'dos', 'das', 'del', 'des', 'du', 'd', 'dalla', 'dal', 'dai', 'dalle',
  'della', 'dall', 'из', 'aus', 'von', 'من', 'and', 'e', 'et', 'y', 'и', 'und', 'the', 'l', 'la', 'le', 'el', 'dem', 'der', 'den',
  'o', 'a', 'os', 'as', 'los', 'les'].map(foldString))

/**
 * Who chairs a summit or talks hosts them (GUIDELINES: a host named in a by-clause is a mention): "co-chaired by
 * Egypt's President", "sous la présidence de la France", "presidida por España", "unter dem Vorsitz Deutschlands".
 */
const CHAIRED_BY = /(?:(?:co-?)?chaired by|sous la (?:co-?)?présidence (?:de|du|des)|(?:co-?)?presidid[oa] por|(?:co-?)?presiedut[oa] da|presidid[oa] pel[oa]|unter (?:dem )?(?:Ko-?)?Vorsitz(?: von| der| des)?|под председательством)\s*(?:the\s+|l'|la\s+|le\s+|el\s+|o\s+|a\s+|der\s+)?$/iu
/** The last word of CHAIRED_BY (folded), so the regex runs only after one. */
const CHAIR_WORDS = new Set(['by', 'de', 'du', 'des', 'por', 'da', 'pelo', 'pela', 'vorsitz', 'von', 'der', 'председательством', 'the', 'l', 'la', 'le', 'el', 'o', 'a'].map(foldString))

/**
 * Where a product was made or a person was born (version 10): "buses eléctricos fabricados en China", "treni costruiti
 * in Corea del Sud", "genitori nati in Cina". Exporters and tariffs still act.
 */
const MADE_IN = /(?:made in|manufactured in|built in|produced in|born in|fabricad[oa]s? (?:en|em|na|no)|produzid[oa]s? (?:em|na|no)|construíd[oa]s? (?:em|na|no)|nascid[oa]s? (?:em|na|no)|nacid[oa]s? en|costruit[ieoa] in|prodott[ieoa] in|fabbricat[ieoa] in|nat[ieoa] in|fabriqué(?:e|s|es)? (?:en|au)|construit(?:e|s|es)? (?:en|au)|né(?:e|s|es)? (?:en|au)|hergestellt(?:e|en)? in|gebaut(?:e|en)? in|произведенн\p{L}* в|сделанн\p{L}* в|собранн\p{L}* в|المصنوعة في|مصنوعة في|صنعت في|صنع في)\s*$/iu

/** English positions after a country's name: "Norway striker", "Brazil international". Folded. */
const PLAYER_NOUNS = new Set(['striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'winger', 'international', 'internationals'])

/** "au Stade de France", "the Stadium of Light": a stadium named after a country is a venue. */
const STADIUM_BEFORE = /(?:stade|stadium|stadio|estadio|estádio|arena)\s+(?:de\s+|di\s+|do\s+|da\s+|of\s+|del\s+)?$/iu

/** The words that end SEAT_BEFORE and VENUE_BEFORE (folded; Arabic without its article). */
const PREPOSITIONS = new Set(['by', 'au', 'aux', 'nella', 'all', 'of', 'de', 'di', 'd', 'southern', 'northern', 'eastern', 'western', 'central', 'southeast', 'southwest',
  'northeast', 'northwest', 'in', 'at', 'a', 'en', 'в', 'во', 'في', 'em', 'no', 'na', 'ad', 'nel', 'im', 'der', 'the', 'la',
  'le', 'l', 'el', 'die', 'ومقرها', 'مقرها', 'ومقره'].map(foldString))

function isOriginNoun(text: string, start: number, end: number): boolean {
  let i = end
  while (i < text.length && CLASS[text.charCodeAt(i)] === WORD && !isCjk(text.charCodeAt(i))) i++ // the rest of the word (китайск|их)
  if (isCjk(text.charCodeAt(end))) {
    const next = text.slice(end, end + 6)
    // 日本製鉄 is a steelmaker's name (Nippon Steel), not "made in Japan".
    // 瑞士食品巨头 is a food giant, not Swiss food.
    // 中国式现代化 is the state's own programme, not a style from elsewhere.
    return CJK_ORIGIN.some((w) => next.startsWith(w)) && !next.startsWith('製鉄') && !next.startsWith('食品') && !next.startsWith('式现代')
  }
  const after = wordAfter(text, i)
  if (ORIGIN_NOUNS.has(after) || isCompoundOrigin(text, i, after)) return true
  // "Chinese electric buses", "Chinese-made cars": one more word before the noun.
  if (ENGLISH_ADJECTIVES.has(after) && ORIGIN_NOUNS.has(wordAfter(text, skipWord(text, i)))) return true
  // Romance and Arabic put the adjective after the noun: "turistas alemanes", "estudantes brasileiros", "شركة فرنسية".
  const before = wordBefore(text, start)
  if (ORIGIN_NOUNS.has(before)) return true
  // ... maybe with another adjective between: "voitures électriques chinoises", "auto elettriche cinesi".
  return (isLowerAdjective(before) || /^[\u0600-\u06ff]+ي[ةه]$/.test(before)) && ORIGIN_NOUNS.has(wordBefore(text, start - before.length - 1))
}

/** Adjectives that may sit between a demonym and its noun in English. Folded. */
const ENGLISH_ADJECTIVES = new Set(['electric', 'electrical', 'cheap', 'cheaper', 'used', 'luxury', 'new', 'made', 'built',
  'hybrid', 'frozen', 'fresh', 'red', 'white', 'sparkling', 'canned', 'solar'])

/** A German compound ending in an origin noun: chinesische Elektroautos, japanische Kleinwagen. */
function isCompoundOrigin(text: string, i: number, after: string): boolean {
  if (after.length < 7) return false
  while (text.charCodeAt(i) === 0x20) i++
  const first = text.charAt(i)
  if (first === first.toLowerCase()) return false
  for (const tail of ['autos', 'auto', 'wagen', 'produkte', 'waren', 'wein', 'weine', 'fahrzeuge']) if (after.endsWith(tail)) return true
  return false
}

/** A lowercase Latin word ending like a Romance adjective (eléctricos, électriques, elettriche): not a noun we know. */
function isLowerAdjective(word: string): boolean {
  return word.length > 4 && /^[a-zà-ÿ]+(?:ques?|cos|cas|ches?|ci|chi|ivos?|ivas?|ives?|ivi|ive|ais|aux|ales?|ali|éis|os|as)$/.test(word)
}

function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff)
}

function wordAfter(text: string, i: number): string {
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x2d)) i++
  let word = ''
  for (; i < text.length && word.length < 24 && CLASS[text.charCodeAt(i)] === WORD; i++) word += String.fromCharCode(FOLD[text.charCodeAt(i)])
  return word
}

/** The position after the next word from i (spaces and hyphens skipped first). */
function skipWord(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x2d)) i++
  while (i < text.length && CLASS[text.charCodeAt(i)] === WORD) i++
  return i
}

function wordBefore(text: string, start: number): string {
  let j = start - 1
  while (j >= 0 && CLASS[text.charCodeAt(j)] === WORD) j-- // Arabic clitics glued to the adjective (ال)
  if (text.charCodeAt(j) === 0x2d) for (j--; j >= 0 && CLASS[text.charCodeAt(j)] === WORD; j--); // franco-|italien
  while (j >= 0 && text.charCodeAt(j) === 0x20) j--
  let word = ''
  for (; j >= 0 && word.length < 24 && CLASS[text.charCodeAt(j)] === WORD; j--) word = String.fromCharCode(FOLD[text.charCodeAt(j)]) + word
  return word.replace(/^ال/, '')
}
