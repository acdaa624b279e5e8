// Which language an article is in: the feed's tag when given, else a guess from the script and a
// handful of function words. Only gates lexicons, so a cheap guess is enough.

const LEXICON_LANGS = new Set(['en', 'fr', 'es', 'de', 'ru', 'zh', 'ar', 'pt', 'it', 'ja'])
/** Languages with country names but no topic lexicon (country-names.ts). */
const NAME_ONLY_LANGS = new Set(['nl', 'sv', 'tr', 'id', 'pl', 'cs'])
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'for', 'on', 'with', 'said', 'after', 'as'],
  fr: ['le', 'la', 'les', 'des', 'et', 'du', 'une', 'est', 'pour', 'dans', 'sur', 'au'],
  es: ['el', 'la', 'los', 'las', 'del', 'y', 'en', 'que', 'por', 'con', 'una', 'para'],
  de: ['der', 'die', 'das', 'und', 'den', 'von', 'mit', 'ist', 'sich', 'auf', 'im', 'für'],
  pt: ['o', 'os', 'da', 'do', 'das', 'dos', 'em', 'que', 'com', 'uma', 'para', 'não'],
  it: ['il', 'della', 'di', 'che', 'per', 'con', 'una', 'sono', 'gli', 'nel', 'alla', 'è'],
}

export interface ArticleLanguage {
  lang: string
  /** No usable tag: the language was guessed from a few words and may be wrong. */
  isGuess: boolean
  /** False for languages without a topic lexicon (declared as such, or Latin text with none of our function words). */
  hasTopics: boolean
}

/** Primary language subtag for lexicon gating: 'zh-CN' -> 'zh', Ukrainian text uses the Russian lexicon. */
export function articleLanguage(lang: string | undefined, sample: () => string): ArticleLanguage {
  const primary = lang?.toLowerCase().split(/[-_]/)[0]
  if (primary && LEXICON_LANGS.has(primary)) return { lang: primary, isGuess: false, hasTopics: true }
  // Ukrainian, Belarusian and Kazakh news names countries much as Russian does; their topic words differ.
  if (primary === 'uk' || primary === 'be' || primary === 'kk') return { lang: 'ru', isGuess: false, hasTopics: false }
  if (primary && NAME_ONLY_LANGS.has(primary)) return { lang: primary, isGuess: false, hasTopics: false }
  const text = sample()
  const guess = guessLanguage(text)
  const isDeclaredOther = primary !== undefined && /^[a-z]{2,3}$/.test(primary)
  return { lang: guess, isGuess: true, hasTopics: !isDeclaredOther && (guess !== 'en' || looksEnglish(text)) }
}

/** English words that headline style keeps when it drops "the" and "of" ("Turnout was low", "Talks over ...");
 *  none is a word of the Latin-script languages without a lexicon (cs, pl, nl, sv, tr, id). */
const ENGLISH_MARKERS = new Set([...STOPWORDS.en, 'was', 'were', 'has', 'have', 'had', 'will', 'are', 'its', 'this',
  'that', 'not', 'but', 'who', 'than', 'from', 'over', 'into', 'says', 'new', 'their', 'been', 'against', 'about', 'amid'])

/** Latin text guessed as English only because nothing else matched (Czech, Polish ...) gets no English topics. */
function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean)
  if (words.length < 6) return true
  return words.some((w) => ENGLISH_MARKERS.has(w))
}

function guessLanguage(sample: string): string {
  let han = 0
  let kana = 0
  let arabic = 0
  let cyrillic = 0
  let latin = 0
  for (let i = 0; i < sample.length && i < 600; i++) {
    const c = sample.charCodeAt(i)
    if (c >= 0x4e00 && c <= 0x9fff) han++
    else if (c >= 0x3040 && c <= 0x30ff) kana++
    else if (c >= 0x600 && c <= 0x6ff) arabic++
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++
  }
  const top = Math.max(han + kana, arabic, cyrillic, latin)
  if (top === 0) return 'en'
  // Japanese mixes kanji with kana; Chinese has no kana at all.
  if (top === han + kana) return kana > 0 ? 'ja' : 'zh'
  if (top === arabic) return 'ar'
  if (top === cyrillic) return 'ru'
  const words = sample.toLowerCase().split(/[^\p{L}]+/u)
  let best = 'en'
  let bestCount = 0
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list)
    const count = words.filter((w) => set.has(w)).length
    if (count > bestCount) {
      best = lang
      bestCount = count
    }
  }
  return best
}
