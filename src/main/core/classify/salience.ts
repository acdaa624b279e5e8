// Grammatical roles that make a country mention "in passing" (issue 14): a product's or style's origin
// (китайских автомобилей, italienisches Restaurant), where students or migrants come from, an organisation's
// seat (Geneva-based, со штаб-квартирой в Вене, ومقرها جنيف), and the venue of an event (World Cup in Qatar,
// sommet à Bruxelles). Such a mention puts a country in the `mentions` tier, never alone in `about`.
import { CharClass, classTable, foldString, foldTable } from './normalize'

const FOLD = foldTable()
const CLASS = classTable()
const WORD = CharClass.Word

export type PassingRole = 'origin' | 'seat' | 'venue'

/** Nouns a demonym qualifies when it only says where a thing or a person comes from. Folded. */
const ORIGIN_NOUNS = new Set(`car cars vehicle vehicles brand brands product products goods wine wines cheese cuisine food
dish dishes restaurant restaurants style styled inspired themed fashion design designer painting paintings art masters
composer tenor soprano language languages speaking speakers student students migrants migrant immigrants immigrant
expats dollar dollars euro euros yuan ruble rubles born
whisky whiskey coffee tea beer beef pork rice steel chips smartphones phones electronics garments toys seafood salmon
tomatoes robusta arabica porcelain perfume motorcycles scooters motos moto
forward striker midfielder defender goalkeeper winger coach manager referee umpire keeper
автомобиль автомобилей автомобили автомобилях машин машины марки марка бренд бренда кухня кухни кухню ресторан
ресторана язык языка языке языку языком живописи живопись мастеров студенты студентов мигранты мигрантов вина товары
товаров кофе чай пиво сталь говядина нападающий нападающего защитник защитника полузащитник вратарь тренер тренера арбитр судья
voiture voitures marque vin vins cuisine restaurant étudiants étudiant migrants ténor peinture peintres langue
café bière acier tomates parfum attaquant défenseur gardien entraîneur sélectionneur arbitre
coche coches marca vino vinos restaurante estudiantes estudiante migrantes cocina idioma
café cerveza acero tomates aceite delantero centrocampista portero entrenador seleccionador árbitro
auto autos wagen marke wein küche restaurant studenten studierende migranten sprache
kaffee tee bier stahl tomaten stürmer verteidiger mittelfeldspieler torwart trainer schiedsrichter
carro carros vinho restaurante estudantes estudante migrantes língua cozinha
café chá cerveja aço carne azeite atacante zagueiro goleiro técnico treinador árbitro juiz
auto automobili marchio vino ristorante cucina studenti studente migranti lingua
caffè birra acciaio olio attaccante difensore centrocampista portiere tecnico allenatore arbitro
سيارات سيارة مطعم طلاب الطلاب طالب مهاجرين المهاجرين منتجات اللغة`.split(/\s+/).map(foldString))

/** The same roles in languages without spaces: the words right after a demonym or name. */
const CJK_ORIGIN = ['汽车', '品牌', '企业', '公司', '留学生', '学生', '移民', '产品', '料理', '餐厅', '车', '製', '産',
  '企業', '留学', '系', '車', '籍', '出身', '人審判', '人監督', '人コーチ', '主教练', '教练', '裁判']

/** "Geneva-based", "mit Sitz in", "со штаб-квартирой в", "ومقرها", "总部位于", "本部": an organisation's seat. */
const SEAT_BEFORE = /(?:headquartered in|based in|qui siège à|siège à|basée? à|con sede (?:a|en|in)|sede em|com sede em|mit sitz in|sitz in|со штаб-квартирой в|штаб-квартира в|штаб-квартирой в|ومقرها|مقرها|ومقره|总部位于|总部设在|本部|本部・)\s*$/u
const SEAT_AFTER = /^(?:-based|–based| based\b|に本部)/u

/**
 * An event noun shortly before the mention, then a preposition: the country is where it took place, not what it
 * is about ("World Cup in Qatar", "Gipfel in Brüssel", "cumbre en Lima", "саммите в Казани").
 */
const VENUE_BEFORE = new RegExp(
  '(?<!\\p{L})(?:world cup|cup|olympics|games|championships?|tournament|final|summit|conference|forum|talks|meeting|festival|expo|' +
    'coupe du monde|mondial|sommet|conférence|finale|réunion|cumbre|conferencia|mundial|eurocopa|reunión|' +
    'gipfel|konferenz|finale|treffen|weltmeisterschaft|wm|em|саммит\\p{L}*|конференци\\p{L}*|чемпионат\\p{L}*|финал\\p{L}*|' +
    'встреч\\p{L}*|переговор\\p{L}*|قمة|مؤتمر|كأس العالم|اجتماع|copa|cúpula|conferência|reunião|mondiali|vertice|' +
    'conferenza|riunione|campionat\\p{L}*|negotiations|négociations|negociaciones|negociações|negoziati|verhandlungen)(?!\\p{L})' +
    '[^.;!?]{0,24}?\\s(?:in|at|à|en|в|во|في|em|no|na|a|ad|nel|in der|im)\\s+(?:the\\s+|la\\s+|le\\s+|l\'|el\\s+|der\\s+|die\\s+|ال)?' +
    // "a summit in southern Italy", "un sommet dans le sud de la France" stays a venue.
    '(?:(?:southern|northern|eastern|western|central|southeast|southwest|northeast|northwest)\\s+)?$' +
    // "a tournament co-hosted by the United States", "organizado por Brasil".
    '|(?:co-?)?hosted by\\s+(?:the\\s+)?$|(?:co-?)?organi[sz]ed by\\s+(?:the\\s+)?$',
  'iu',
)

/** "In Geneva, talks on ...", "À Genève, les négociations ...": a place that opens the sentence before an event. */
const VENUE_OPENING = /^\s*(?:in|at|à|a|en|em|in|im|в|во|في)\s*$/iu
const EVENT_AFTER = new RegExp(
  '^,\\s*(?:\\p{L}+\\s+){0,2}(?:talks|negotiations|summit|conference|meeting|leaders|négociations|sommet|conférence|' +
    'dirigeants|negociaciones|cumbre|conferencia|líderes|verhandlungen|gipfel|konferenz|переговор\\p{L}*|саммит\\p{L}*|' +
    'negoziati|vertice|leader|negociações|cúpula|conferência|líderes)(?!\\p{L})',
  'iu',
)

/** The role of a mention, or undefined when it is substantive. `isDemonym`: an adjective/nationality form. */
export function passingRole(text: string, start: number, end: number, isDemonym: boolean): PassingRole | undefined {
  const next = text.charCodeAt(end)
  if ((next === 0x2d || next === 0x2013 || next === 0x20 || next === 0x306b) && SEAT_AFTER.test(text.slice(end, end + 12))) return 'seat'
  const isCjkHit = isCjk(text.charCodeAt(start))
  // Chinese and Japanese use the country's name itself attributively: 日本汽车, 日本製.
  if ((isDemonym || isCjkHit) && isOriginNoun(text, start, end)) return 'origin'
  if (isCjkHit) return SEAT_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ? 'seat' : isCjkVenue(text, start, end) ? 'venue' : undefined
  const before1 = wordBefore(text, start)
  if (FROM_WORDS.has(before1) && MIGRANTS_FROM.test(text.slice(Math.max(0, start - 70), start))) return 'origin'
  // Seats and venues follow a preposition ("based in", "summit in", "في"): the regexes run only after one.
  if (!PREPOSITIONS.has(before1)) return undefined
  const before = text.slice(Math.max(0, start - 60), start)
  if (SEAT_BEFORE.test(before)) return 'seat'
  if (VENUE_BEFORE.test(before)) return 'venue'
  if (VENUE_OPENING.test(text.slice(Math.max(0, start - 6), start)) && EVENT_AFTER.test(text.slice(end, end + 40))) return 'venue'
  return undefined
}

/**
 * Where migrants, refugees or workers come from, maybe in a list: "migrants from Egypt and Bangladesh",
 * "мигрантам из Узбекистана и Таджикистана", "Migranten aus dem Irak und Syrien", "المهاجرين القادمين من غينيا".
 */
const MIGRANTS_FROM = new RegExp(
  '(?<!\\p{L})(?:migrants?|immigrants?|refugees?|asylum.seekers?|workers|nationals|migrant\\p{L}*|imigrant\\p{L}*|inmigrant\\p{L}*|' +
    'réfugiés?|refugiad\\p{L}*|rifugiat\\p{L}*|flüchtling\\p{L}*|мигрант\\p{L}*|беженц\\p{L}*|trabajadores|trabalhadores|lavoratori|' +
    'travailleurs|arbeitskräfte\\p{L}*|fachkräfte\\p{L}*|المهاجرين|مهاجرين|اللاجئين|لاجئين)(?!\\p{L})' +
    // ... but refugees returning from or fleeing a country speak of that country.
    '(?:(?!return|flee|fled|escap|volv|regres|retorn|rientr|fugg|fuy|huy|возвращ|верну|бежа|бегу|zurück|flieh|flohen|عائد|عود|فر)[^.;!?]){0,45}?\\s(?:from|de|da|do|dos|das|del|des|du|d\'|dalla|dal|dai|dalle|della|dall\'|из|aus|من)\\s*' +
    '(?:(?:the|l\'|la|le|les|el|los|dem|der|den|o|a|os|as)\\s+)?' +
    '(?:[\\p{L}\'’ ,-]{0,25}(?:,|\\sand|\\se|\\set|\\sy|\\sи|\\sund|\\sو)\\s*(?:(?:the|l\'|la|le|el|dem|der|del|da|do|de|du|des|d\')\\s*)?)?$',
  'iu',
)

/** The word right before a place of origin in MIGRANTS_FROM: a "from" or a list's "and". Folded. */
const FROM_WORDS = new Set(['from', 'de', 'da', 'do', 'dos', 'das', 'del', 'des', 'du', 'd', 'dalla', 'dal', 'dai', 'dalle',
  'della', 'dall', 'из', 'aus', 'من', 'and', 'e', 'et', 'y', 'и', 'und', 'the', 'l', 'la', 'le', 'el', 'dem', 'der', 'den',
  'o', 'a', 'os', 'as', 'los', 'les'].map(foldString))

/** The words that end SEAT_BEFORE and VENUE_BEFORE (folded; Arabic without its article). */
const PREPOSITIONS = new Set(['by', 'southern', 'northern', 'eastern', 'western', 'central', 'southeast', 'southwest',
  'northeast', 'northwest', 'in', 'at', 'a', 'en', 'в', 'во', 'في', 'em', 'no', 'na', 'ad', 'nel', 'im', 'der', 'the', 'la',
  'le', 'l', 'el', 'die', 'ومقرها', 'مقرها', 'ومقره'].map(foldString))

function isOriginNoun(text: string, start: number, end: number): boolean {
  let i = end
  while (i < text.length && CLASS[text.charCodeAt(i)] === WORD && !isCjk(text.charCodeAt(i))) i++ // the rest of the word (китайск|их)
  if (isCjk(text.charCodeAt(end))) {
    const next = text.slice(end, end + 3)
    return CJK_ORIGIN.some((w) => next.startsWith(w))
  }
  if (ORIGIN_NOUNS.has(wordAfter(text, i))) return true
  // Romance and Arabic put the adjective after the noun: "turistas alemanes", "estudantes brasileiros", "شركة فرنسية".
  const before = wordBefore(text, start)
  if (ORIGIN_NOUNS.has(before)) return true
  // ... maybe with another adjective between: "voitures électriques chinoises", "auto elettriche cinesi".
  return isLowerAdjective(before) && ORIGIN_NOUNS.has(wordBefore(text, start - before.length - 1))
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

function wordBefore(text: string, start: number): string {
  let j = start - 1
  while (j >= 0 && CLASS[text.charCodeAt(j)] === WORD) j-- // Arabic clitics glued to the adjective (ال)
  if (text.charCodeAt(j) === 0x2d) for (j--; j >= 0 && CLASS[text.charCodeAt(j)] === WORD; j--); // franco-|italien
  while (j >= 0 && text.charCodeAt(j) === 0x20) j--
  let word = ''
  for (; j >= 0 && word.length < 24 && CLASS[text.charCodeAt(j)] === WORD; j--) word = String.fromCharCode(FOLD[text.charCodeAt(j)]) + word
  return word.replace(/^ال/, '')
}

/** 在土耳其安塔利亚进行的联赛, ワールドカップ・カタール大会, 東京で開かれた会議: where an event took place. */
function isCjkVenue(text: string, start: number, end: number): boolean {
  if (!isCjk(text.charCodeAt(start))) return false
  const after = text.slice(end, end + 12)
  if (text.charCodeAt(start - 1) === 0x5728 && /举行|进行|召开|举办/.test(after)) return true // 在
  return /^(?:大会|[^。、]{0,6}(?:で開かれ|で行われ|で開催))/.test(after)
}
