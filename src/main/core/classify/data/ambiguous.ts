// Terms that name more than one thing, with the context words that decide between the readings.
// `candidates` lists the readings, default first; '-' is "no country" (turkey the bird). A reading
// wins when the article holds its cues or other evidence for its country (see disambiguate.ts).
export interface AmbiguousEntry {
  spellings: string[]
  candidates: string[]
  /** Cue words per candidate; matched case-insensitively, whole words (CJK: substrings). */
  cues: Record<string, string[]>
  /**
   * The reading holds only when no other country is in the article: "Congress" alone is the US
   * Congress, but "Peru's Congress" is Peru's.
   */
  isOnlyAlone?: boolean
}

const US_STATE_CUES = [
  'governor', 'state senate', "state's", 'the state', 'southern state', 'u.s. state', 'us state', 'county',
  'atlanta', 'savannah', 'augusta', 'peach state', 'bulldogs', 'kemp', 'raffensperger', 'fulton', 'georgia tech',
  'republican', 'democrat', 'democratic', 'gop', 'senator', 'legislature', 'sheriff', 'secretary of state',
  'штат', 'атланта', 'губернатор', 'état américain', 'estado de', 'bundesstaat', 'ولاية',
]
const GE_CUES = [
  'tbilisi', 'georgian', 'caucasus', 'abkhazia', 'ossetia', 'kobakhidze', 'ivanishvili', 'zourabichvili',
  'saakashvili', 'batumi', 'lari', 'black sea', 'georgian dream', 'тбилиси', 'грузин', 'кавказ', 'tiflis',
  'géorgien', 'georgiano', 'georgisch', 'تبليسي', 'القوقاز', 'الجورجي',
]

const AT_CUES = [
  'österreich', 'österreichs', 'österreichische', 'österreichischen', 'wien', 'wiener', 'övp', 'fpö', 'spö', 'neos',
  'nationalrat', 'nehammer', 'stocker', 'kickl', 'van der bellen', 'babler', 'kurz', 'tirol', 'steiermark', 'kärnten',
  'salzburg', 'graz', 'linz', 'innsbruck', 'vorarlberg', 'niederösterreich', 'oberösterreich',
]

export const AMBIGUOUS: AmbiguousEntry[] = [
  {
    // German federal offices: Berlin's by default, Vienna's in Austrian news (Austria also has a
    // Bundeskanzler, a Bundesregierung and a Bundesrat); the article's other places and names decide.
    spellings: ['Bundesregierung', 'Bundeskanzler', 'Bundeskanzlers', 'Bundeskanzlerin', 'Kanzler', 'Kanzlers',
      'Kanzlerin', 'Bundesminister', 'Bundesministerin', 'Bundesministerium', 'Bundesländer', 'Bundesländern',
      'Bundesinnenminister*', 'Bundesfinanzminister*', 'Bundesaußenminister*', 'Bundesgesundheitsminister*',
      'Bundesverteidigungsminister*', 'Bundeswirtschaftsminister*', 'Bundesumweltminister*', 'Bundesbildungsminister*',
      'Bundespolizei', 'Bundesanwaltschaft', 'Bundesgerichtshof'],
    candidates: ['DE', 'AT'],
    cues: { AT: AT_CUES },
  },
  {
    spellings: ['Georgia', 'Géorgie', 'Georgien', 'جورجيا'],
    candidates: ['GE', 'US'],
    cues: { US: US_STATE_CUES, GE: GE_CUES },
  },
  {
    // Portugal's parliament by default; Mozambique's parliament bears the same name.
    spellings: ['Assembleia da República'],
    candidates: ['PT', 'MZ'],
    cues: { MZ: ['moçambique', 'moçambicano', 'moçambicana', 'maputo', 'frelimo', 'renamo', 'podemos', 'chapo'] },
  },
  {
    spellings: ['Джорджия', '佐治亚', 'ジョージア州'],
    candidates: ['US'],
    cues: {},
  },
  {
    spellings: ['Congo', 'Kongo', 'Конго', '刚果', 'الكونغو', 'Congolese', 'congolais', 'congolaise', 'congolaises',
      'congoleño', 'congoleña', 'congoleños', 'kongolesisch', 'kongolesische', 'kongolesischen', 'конголезск*'],
    candidates: ['CD', 'CG'],
    cues: {
      CD: ['kinshasa', 'goma', 'kivu', 'm23', 'tshisekedi', 'drc', 'rdc', 'democratic', 'démocratique', 'democrática',
        'lubumbashi', 'ituri', 'kabila', 'bukavu', 'rwanda', 'киншаса', 'демократическ', '金沙萨', '民主', 'كينشاسا'],
      CG: ['brazzaville', 'sassou', 'pointe-noire', 'браззавиль', '布拉柴维尔', 'برازافيل'],
    },
  },
  {
    spellings: ['Korea', 'Corée', 'Corea', 'Корея', 'كوريا', 'كوري', 'Korean', 'Koreans', 'coréen', 'coréenne', 'coréens',
      'coreano', 'coreana', 'coreanos', 'koreanisch', 'koreanische', 'koreanischen', 'корейск*'],
    candidates: ['KR', 'KP'],
    cues: {
      KP: ['pyongyang', 'kim jong', 'north', 'nord', 'norte', 'пхеньян', 'северн', 'кндр', '朝鲜', 'الشمالية'],
      KR: ['seoul', 'south', 'sud', 'sur', 'süd', 'сеул', 'южн', '韩国', 'الجنوبية'],
    },
  },
  {
    spellings: ['Dominican', 'Dominicans'],
    candidates: ['DO', 'DM'],
    cues: { DM: ['roseau', 'dominica'], DO: ['santo domingo', 'abinader', 'punta cana', 'haiti'] },
  },
  {
    spellings: ['عمان'],
    candidates: ['OM', 'JO'],
    cues: { OM: ['سلطنه', 'مسقط', 'السلطان', 'هيثم'], JO: ['الاردن', 'الاردني', 'الاردنيه', 'اردني', 'الهاشميه'] },
  },
  {
    // Seoul, and the plural of سيل: torrents, floods (سيول جارفة في حضرموت). Seoul only beside Korea.
    spellings: ['سيول'],
    candidates: ['-', 'KR'],
    cues: { KR: ['كوريا', 'الكوري', 'الكوريه', 'كوري', 'كوريه', 'الكوريين', 'بيونغ يانغ'] },
  },
  {
    spellings: ['Congress', 'Senate Republicans', 'Senate Democrats', 'House Republicans', 'House Democrats'],
    candidates: ['US'],
    cues: {},
    isOnlyAlone: true,
  },
  {
    spellings: ['Turkey'],
    candidates: ['TR', '-'],
    cues: {
      '-': ['thanksgiving', 'roast', 'bird', 'birds', 'poultry', 'flock', 'flocks', 'stuffing', 'avian', 'gobble',
        'feathers', 'drumstick', 'turkeys', 'hunters', 'hunting season', 'farmers', 'wild turkey', 'christmas dinner',
        'butterball', 'oven', 'recipe', 'gravy', 'cranberry', 'sandwich', 'sandwiches', 'deli', 'meat', 'listeria'],
      TR: ['turkish', 'ankara', 'istanbul', 'erdogan', 'lira', 'türkiye', 'kurdish', 'syria'],
    },
  },
  {
    spellings: ['Chile'],
    candidates: ['CL', '-'],
    cues: {
      '-': ['pepper', 'peppers', 'stew', 'recipe', 'sauce', 'salsa', 'roast', 'green chile', 'red chile', 'spicy',
        'simmer', 'oregano', 'pork', 'beans', 'chili'],
      CL: ['chilean', 'santiago', 'boric', 'valparaiso', 'andes', 'atacama', 'peso'],
    },
  },
  {
    spellings: ['Jersey'],
    candidates: ['JE', '-'],
    cues: {
      '-': ['shirt', 'wore', 'wear', 'kit', 'number', 'sales', 'retire', 'retired', 'fans', 'sleeve', 'sweater',
        'club', 'team', 'football', 'nba', 'nfl', 'sponsor'],
      JE: ['st helier', 'channel islands', 'bailiwick', 'crown dependency', 'guernsey'],
    },
  },
  {
    spellings: ['Chad'],
    candidates: ['TD', '-'],
    cues: {
      '-': ['actor', 'singer', 'drummer', 'band', 'quarterback', 'coach', 'his wife', 'he said', 'jury', 'murder'],
      TD: ['chadian', "n'djamena", 'ndjamena', 'sahel', 'deby', 'déby', 'sudan', 'darfur', 'niger', 'cameroon'],
    },
  },
  {
    spellings: ['Jordan'],
    candidates: ['JO', '-'],
    cues: {
      '-': ['nba', 'bulls', 'sneakers', 'sneaker', 'nike', 'basketball', 'air jordan', 'grand prix', 'formula one',
        'midfielder', 'striker', 'quarterback', 'singer', 'actor', 'psychologist'],
      JO: ['jordanian', 'amman', 'hashemite', 'king abdullah', 'aqaba', 'syria', 'israel', 'west bank', 'iraq', 'gaza'],
    },
  },
]

/**
 * Capitalised terms that are also given names or surnames. `first`: a capitalised word right after
 * it makes a person (Chad Smith). `last`: a capitalised word right before it does (Michael Jordan).
 */
export const PERSON_NAMES: Record<string, 'first' | 'last' | 'both'> = {
  jordan: 'both', chad: 'first', georgia: 'first', washington: 'last', paris: 'last', sydney: 'last', sofia: 'first',
  florence: 'first', houston: 'last', phoenix: 'last', holland: 'last', montana: 'last', denver: 'last',
  kent: 'last', lima: 'last', tyre: 'first', dallas: 'last', чад: 'first', francia: 'first', cuba: 'first', franca: 'last',
  montenegro: 'last', spagna: 'last', israel: 'first', holanda: 'last', chelsea: 'first', samara: 'first', tula: 'first',
}

/** Capitalised words that may precede a place name without making it a surname. */
export const PLACE_PREFIXES = new Set([
  'new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper',
  'lower', 'greater', 'lake', 'mount', 'republic', 'kingdom', 'state', 'democratic', 'islamic', 'president',
  'king', 'queen', 'prince', 'emir', 'minister', 'governor', 'senator', 'the', 'in', 'from', 'at', 'for', 'to',
  'and', 'but', 'on', 'of', 'with', 'by', 'as', 'after', 'before', 'over', 'under', 'across', 'inside', 'near',
  'why', 'how', 'what', 'when', 'where', 'who', 'if', 'while', 'since', 'despite', 'against', 'between', 'around',
  'into', 'through', 'via', 'like', 'than', 'says', 'say', 'said', 'will', 'is', 'are', 'was', 'were', 'has', 'have',
  'a', 'an', 'its', 'his', 'her', 'their', 'our', 'rural', 'coastal', 'downtown', 'greater', 'visit', 'visits',
  'amid', 'during', 'about', 'beat', 'beats', 'meets', 'meet', 'warns', 'urges', 'backs', 'slams', 'hits', 'hit',
  'says', 'tells', 'joins', 'leaves', 'wins', 'loses', 'leads', 'trails', 'eyes', 'sees', 'plans', 'vote', 'votes',
])
