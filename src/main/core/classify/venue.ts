// Where an event took place (issue 14): "World Cup in Qatar", "leaders gathered in Sharm el-Sheikh", "ministros
// reunidos em Lisboa", "Eurobasket, который проходит в Риге", "東京で開かれた会議". The venue of a summit, a match
// or talks is named in passing; the countries that meet there are the story.

/** Event nouns, whole words; German compounds (Weltklimakonferenz, Nato-Gipfel) end in one. */
const EVENT_NOUNS = 'world cup|cup|olympics|games|championships?|tournament|final|summit|conference|forum|talks|meeting|' +
  'festival|expo|assembly|cop\\d*|coupe du monde|mondial|sommet|conférence|finale|réunion|cumbre|conferencia|mundial|eurocopa|' +
  'reunión|\\p{L}*gipfel|\\p{L}*konferenz|treffen|weltmeisterschaft|саммит\\p{L}*|конференци\\p{L}*|' +
  'чемпионат\\p{L}*|финал\\p{L}*|форум\\p{L}*|встреч\\p{L}*|переговор\\p{L}*|قمة|مؤتمر|كأس العالم|اجتماع|محادثات|copa|' +
  'cúpula|conferência|reunião|mondiali|vertice|conferenza|riunione|campionat\\p{L}*|negotiations|négociations|' +
  'negociaciones|negociações|negoziati|verhandlungen|gespräche|negotiat\\p{L}*|négocia\\p{L}*|negocia\\p{L}*|' +
  'negozia\\p{L}*|verhandl\\p{L}*|verhandel\\p{L}*|consultations|консультаци\\p{L}*|consultas|consultazioni|konsultationen|consultações'

/** The preposition and article between a venue word and the place. */
const AT_PLACE = '\\s(?:in|at|à|au|aux|en|в|во|في|em|no|na|a|ad|nel|nella|all\'|in der|im)\\s*(?:the\\s+|la\\s+|le\\s+|l\'|el\\s+|der\\s+|die\\s+|ال)?' +
  // "a summit in southern Italy", "met in the Red Sea resort of Sharm el-Sheikh" stay venues.
  '(?:(?:southern|northern|eastern|western|central|southeast|southwest|northeast|northwest)\\s+)?' +
  '(?:(?:[\\p{L}-]+\\s+){0,3}(?:resort|city|town|port|ville|ciudad|cidade|città|stadt|город\\p{L}*)\\s+(?:of|de|di|d\')\\s*)?$'

/**
 * An event noun shortly before the mention, then a preposition: the country is where it took place, not what it
 * is about ("World Cup in Qatar", "Gipfel in Brüssel", "cumbre en Lima", "саммите в Казани").
 */
/** "talks on the war in", "conferenza sulla crisi in": the place after a topic noun is the topic's, not the venue. */
const TOPIC_NOT_PLACE = '(?<!war|guerre|guerra|krieg|войн\\p{L}|حرب|conflict|conflit|conflitto|conflicto|konflikt|crisis|crisi|crise|krise|кризис\\p{L}*|situation|situazione|situación|situação|ситуаци\\p{L})'

const VENUE_BEFORE = new RegExp(
  // "talks on the war in Ukraine" are not held in Ukraine.
  `(?<!\\p{L})(?:${EVENT_NOUNS})(?!\\p{L})[^.;!?]{0,32}?${TOPIC_NOT_PLACE}${AT_PLACE}` +
    // "a tournament co-hosted by the United States", "organizado por Brasil".
    '|(?:co-?)?hosted by\\s+(?:the\\s+)?$|(?:co-?)?organi[sz]ed by\\s+(?:the\\s+)?$',
  'iu',
)

/** The German EM and WM, in capitals only: Portuguese "em" is a preposition. */
const EM_BEFORE = new RegExp(`(?<!\\p{L})(?:EM|WM)(?!\\p{L})[^.;!?]{0,24}?${AT_PLACE}`, 'u')

/** People gathered somewhere meet there: "leaders gathered in", "réunis à", "reunidos em", "riuniti a", "собрались в". */
const GATHERED_AT = new RegExp(
  '(?<!\\p{L})(?:gather(?:ed|ing)?|met|meet|meeting|convened?|convening|reunid[oa]s|réuni(?:e|s|es)?|riunit[iea]|' +
    'se reúnen|se réunissent|si riuniscono|se reúnem|reúnem-se|treffen sich|' +
    `versammelt\\p{L}*|собрал\\p{L}*|المجتمعون|المجتمعين|اجتمع\\p{L}*)${AT_PLACE}`,
  'iu',
)

/** "..., which is held in", "que se disputa en", "который проходит в", "organisée au": after an event noun. */
const TAKES_PLACE = new RegExp(
  '(?<!\\p{L})(?:held|hosted|staged|played|taking place|takes place|se disputa|se juega|disputad[oa]s?|disputée?s?|' +
    'se tient|organisée?s?|organizad[oa]s?|organizzat[oa]|si svolge|svolt[oa]|realizad[oa]s?|ausgetragen\\p{L}*|' +
    `stattfinde\\p{L}*|проходит|проходил\\p{L}*|проходящ\\p{L}*|прошедш\\p{L}*|المقامة|أقيمت|المنعقد\\p{L}*|تقام)${AT_PLACE}`,
  'iu',
)
/** "assinam acordo de paz em Washington", "signed a ceasefire in Doha": where a deal is signed is its venue. */
const SIGNED_AT = new RegExp(
  '(?<!\\p{L})(?:signed|signs|sign|signent|signé\\p{L}*|firman|firmad\\p{L}*|firmato|firmano|firmaron|assinam|assinad\\p{L}*|' +
    `assinaram|unterzeichne\\p{L}*|подписал\\p{L}*|подписан\\p{L}*|وقع\\p{L}*)(?:[^.;!?]){0,40}?${AT_PLACE}`,
  'iu',
)
const EVENT_NOUN = new RegExp(`(?<!\\p{L})(?:${EVENT_NOUNS})(?!\\p{L})`, 'iu')

/** The text before a mention (up to 80 characters) ends where a venue is named. */
export function isVenueBefore(before: string): boolean {
  const near = before.slice(-60)
  if (VENUE_BEFORE.test(near) || EM_BEFORE.test(near) || GATHERED_AT.test(near) || SIGNED_AT.test(near)) return true
  return TAKES_PLACE.test(near) && EVENT_NOUN.test(before.slice(before.search(/[^.!?]*$/)))
}

/** "In Geneva, talks on ...", "À Genève, les négociations ...": a place that opens the sentence before an event. */
const VENUE_OPENING = /^\s*(?:in|at|à|a|en|em|in|im|в|во|في)\s*$/iu
const EVENT_AFTER = new RegExp(
  // "In Geneva, talks on ...", "В Москве прошли консультации": a comma or a verb of taking place.
  '^(?:,|\\s+(?:прош\\p{L}*|состоял\\p{L}*|открыл\\p{L}*|завершил\\p{L}*|начал\\p{L}*|took place|were held|was held|' +
    "s'est tenue?|se sont tenues|s'ouvre|se celebr\\p{L}*|se realiz\\p{L}*|si è svolt\\p{L}*|si sono svolt\\p{L}*|realizou-se|" +
    'decorre\\p{L}*|fand\\p{L}*|begann\\p{L}*|endete\\p{L}*))\\s*(?:\\p{L}+\\s+){0,2}(?:consultations|консультаци\\p{L}*|talks|negotiations|summit|conference|meeting|leaders|négociations|sommet|conférence|' +
    'dirigeants|negociaciones|cumbre|conferencia|líderes|verhandlungen|gipfel|konferenz|переговор\\p{L}*|саммит\\p{L}*|' +
    'negoziati|vertice|leader|negociações|cúpula|conferência|negociadores|negotiators|ministr\\p{L}*)(?!\\p{L})',
  'iu',
)

export function isVenueOpening(text: string, start: number, end: number): boolean {
  let i = end
  while (i < text.length && /\p{L}/u.test(text.charAt(i))) i++ // the rest of the word (Москв|е)
  return VENUE_OPENING.test(text.slice(Math.max(0, start - 6), start)) && EVENT_AFTER.test(text.slice(i, i + 48))
}

/** 在土耳其安塔利亚进行的联赛, ワールドカップ・カタール大会, 東京で開かれた会議: where an event took place. */
export function isCjkVenue(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 12)
  if (text.charCodeAt(start - 1) === 0x5728 && /举行|进行|召开|举办|开幕|闭幕|会谈|谈判/.test(after)) return true // 在
  if (/^(?:大会|[^。、]{0,6}(?:で開かれ|で行われ|で開催))/.test(after)) return true
  // 国連気候会議、ブラジルで閉幕; イスタンブールでロシアとウクライナが直接協議; 韓国・慶州で開幕.
  return /^(?:・[^、。・]{1,6})?で[^。]{0,16}?(?:協議|会談|会議|開幕|閉幕|サミット|首脳|大会)/.test(text.slice(end, end + 28))
}

const CJK_EVENT = /峰会|会议|大会|会谈|谈判|锦标赛|世界杯|论坛|首脳会議|会議|協議|会談|大会|サミット|W杯|選手権/

/** A title about a meeting, a summit or a tournament: it speaks of no country but its venue. */
export function isEventTitle(title: string): boolean {
  return EVENT_NOUN.test(title) || CJK_EVENT.test(title)
}

/**
 * "Berlin marathon", "the Jeddah talks", "Busan summit": a city naming an event is its venue. Version 16: so is a
 * city naming a tournament (London Chess Classic) or where shares are listed (plans New York listing, Hong Kong IPO).
 */
const EVENT_NAMED_AFTER = /^[\s-](?:marathon|open|masters|games|olympics|talks|summit|conference|forum|format|process|expo|biennale|film festival|grand prix|(?:chess\s+)?classic|listing|ipo|flotation)(?!\p{L})/iu

export function namesEvent(text: string, end: number): boolean {
  return EVENT_NAMED_AFTER.test(text.slice(end, end + 18))
}

/**
 * "Oman hosts talks between Washington and Tehran", "سلطنة عمان تستضيف محادثات", "l'Italie accueille le sommet":
 * the host of talks or a summit is named in passing (GUIDELINES: hosts and mediators) unless it acts otherwise.
 */
const HOSTS_AFTER = new RegExp(
  '^\\p{L}*\\s+(?:hosts|hosted|will host|is hosting|to host|accueille|accueillera|a accueilli|acoge|acogerá|alberga|' +
    'albergará|ospita|ospiterà|sedia|sediará|sediou|richtet|примет|принимает|تستضيف|استضافت|ستستضيف)\\s+' +
    `(?:[\\p{L}'’-]+\\s+){0,3}?(?:${EVENT_NOUNS})(?!\\p{L})`,
  'iu',
)
const CJK_HOSTS_AFTER = /^[^。，、]{0,2}(?:主办|承办|主催)/u

/** Any hosting word in a zone, cached per text: most texts have none. */
const ANY_HOST = /host|accueil|acog|alberg|ospit|sedia|richtet|приним|примет|ستضيف|استضاف|主办|承办|主催/iu
let lastText: string | undefined
let lastHasHost = false

export function isHost(text: string, end: number, isCjk: boolean): boolean {
  if (text !== lastText) {
    lastText = text
    lastHasHost = ANY_HOST.test(text)
  }
  if (!lastHasHost) return false
  return isCjk ? CJK_HOSTS_AFTER.test(text.slice(end, end + 6)) : HOSTS_AFTER.test(text.slice(end, end + 70))
}

/**
 * Version 15 (trap kind "prize"): a place or demonym inside a prize's or a festival's name is where it is given,
 * named in passing (GUIDELINES: the laureate's country is `about`, the prize's country a mention): "Premio Napoli",
 * "Friedenspreis des Deutschen Buchhandels", "premio del Festival de Guadalajara", "Deutscher Buchpreis", "Busan
 * festival", "the Norwegian Nobel Committee", "премия «Русский Букер»".
 */
const PRIZE_BEFORE = new RegExp(
  '(?<!\\p{L})(?:premios?|prémios?|prêmios?|prix|prizes?|awards?|\\p{L}*preis|festival|festivals|biennale|mostra|премии|премию|премия|' +
    'премией|фестивал\\p{L}*|جائزة|بجائزة|مهرجان)\\s+(?:(?:internazionale|international|internacional|nacional|nazionale)\\s+)?' +
    '(?:(?:de|di|del|della|des|du|do|da|of|der)\\s+)?(?:the\\s+|la\\s+|le\\s+|l\'|el\\s+)?[«"“]?$',
  'iu',
)
// "Oman awards first hydrogen block", "Kenya awards a contract": "award" before an article, a possessive or a
// number is the country's verb (it acts), not a prize named after it (version 16, dev-retired17 en-017).
const PRIZE_AFTER = new RegExp('^\\p{L}{0,3}[\\s-]+(?:prize|(?:award|awards)(?!\\s+(?:a|an|the|its|their|first|second|new|contracts?|licen[cs]es?|tenders?|\\d+)\\s)|' +
  '\\p{L}*preis|nobel|film festival|festival|book prize|filmfest)(?!\\p{L})', 'iu')

export function isPrizeName(text: string, start: number, end: number): boolean {
  return PRIZE_AFTER.test(text.slice(end, end + 32)) || PRIZE_BEFORE.test(text.slice(Math.max(0, start - 48), start))
}

/** A title about a prize or an award: its laureate, named by nationality, is its subject (GUIDELINES: prizes). */
const PRIZE_TITLE = /(?<!\p{L})(?:prizes?|awards?|nobel|premios?|prémios?|prêmios?|prix|\p{L}*preis|премия|премии|премию|جائزة|بجائزة)(?!\p{L})|[奖賞]/iu

export function isPrizeTitle(title: string): boolean {
  return PRIZE_TITLE.test(title)
}
