// Generates the written forms of a name or adjective: Russian declension, Spanish/French/German
// adjective endings, Arabic nisba, and the `*` / `a(b|c)` shorthand of the data tables.
// Generating forms (instead of stemming every article word) keeps the scan a pure table lookup.

/** Russian adjective endings (all cases, genders, numbers). */
export const RU_ADJ_ENDINGS = ['ий', 'ый', 'ой', 'ая', 'ое', 'ие', 'ые', 'ого', 'ому', 'ым', 'им', 'ом', 'ую', 'ей',
  'их', 'ых', 'ими', 'ыми', 'ие', 'ее']
export const DE_ADJ_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em']

/** Expands `stem(a|b|c)` into stema, stemb, stemc; other strings pass through. */
export function expandAlternatives(term: string): string[] {
  const m = /^(.*)\(([^()]*\|[^()]*)\)(.*)$/.exec(term)
  if (!m) return [term]
  return m[2].split('|').map((alt) => m[1] + alt + m[3])
}

/** A pattern and the endings its last word may take (a set shared by all words of one class). */
export interface DeclinedForm {
  text: string
  endings: ReadonlySet<string>
}

const endingSet = (...endings: string[]): ReadonlySet<string> => new Set(endings)
const RU_IA = endingSet('я', 'и', 'ю', 'ей', 'ею')
const RU_YA = endingSet('я', 'и', 'ю', 'ей', 'е')
const RU_A = endingSet('а', 'ы', 'и', 'е', 'у', 'ой', 'ою')
const RU_PLURAL = endingSet('ы', 'и', 'ов', 'ам', 'ах', 'ами')
const RU_I_SHORT = endingSet('й', 'я', 'ю', 'е', 'ем')
const RU_SOFT = endingSet('ь', 'я', 'ю', 'е', 'ем', 'и')
const RU_HARD = endingSet('', 'а', 'у', 'е', 'ом', 'ем', 'ы', 'ов')
const RU_NONE = endingSet('')

/**
 * A Russian proper noun phrase as stem + case endings ("Россия" -> "Росси" + я/и/ю/ей), so one
 * pattern covers every case. A leading adjective is expanded (Южная/Южной/Южную Корея ...).
 * Longer official names are quoted as written ("Всекитайское собрание народных представителей").
 */
export function russianDeclension(phrase: string): DeclinedForm[] {
  const words = phrase.split(' ')
  if (words.length > 2) return [{ text: phrase, endings: RU_NONE }]
  const last = declineLast(words[words.length - 1])
  if (words.length === 1) return [last]
  const firsts = isRussianAdjective(words[0]) ? declineAdjective(words[0]) : [words[0]]
  return firsts.map((first) => ({ text: `${first} ${last.text}`, endings: last.endings }))
}

function declineLast(word: string): DeclinedForm {
  // A stem under three letters ("Ют" of "Юта") would match inside too many words: keep the name whole.
  // ... but a three-letter name ending in a hard consonant declines safely: Чад, Чада, Чаде; Рим, Риме.
  if (word.length === 3 && /[бвгджзклмнпрстфхцчшщ]$/i.test(word)) return { text: word, endings: RU_HARD }
  if (word.length < 4 || !/[а-яё]$/i.test(word)) return { text: word, endings: RU_NONE }
  const stem = word.slice(0, -1)
  if (word.endsWith('ия')) return { text: stem, endings: RU_IA }
  switch (word.slice(-1)) {
    case 'я': return { text: stem, endings: RU_YA }
    case 'а': return { text: stem, endings: RU_A }
    case 'ы': return { text: stem, endings: RU_PLURAL }
    case 'й': return { text: stem, endings: RU_I_SHORT }
    case 'ь': return { text: stem, endings: RU_SOFT }
  }
  if ('оеиуюэё'.includes(word.slice(-1))) return { text: word, endings: RU_NONE }
  return { text: word, endings: RU_HARD }
}

function isRussianAdjective(word: string): boolean {
  return /(ая|ий|ый|ой|ое|ые|ие)$/.test(word) && word.length > 4
}

function declineAdjective(word: string): string[] {
  const stem = word.replace(/(ая|ий|ый|ой|ое|ые|ие)$/, '')
  const soft = /[гкхжшчщ]$/.test(stem)
  return ['ая', 'ой', 'ую', soft ? 'ий' : 'ый', 'ого', 'ом', 'ому', soft ? 'ие' : 'ые', soft ? 'их' : 'ых',
    soft ? 'им' : 'ым', 'ое'].map((e) => stem + e)
}

/** Spanish adjective forms from the masculine singular (chino -> china, chinos, chinas). */
export function spanishAdjectiveForms(masc: string): string[] {
  const w = masc
  if (w.endsWith('o')) return ['o', 'a', 'os', 'as'].map((e) => w.slice(0, -1) + e)
  if (/(és|án|ín|ón)$/.test(w)) {
    const bare = w.slice(0, -2) + w.slice(-2).normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    return [w, bare + 'a', bare + 'es', bare + 'as']
  }
  if (/[íú]$/.test(w)) return [w, w + 'es', w + 's']
  if (/(e|a)$/.test(w)) return [w, w + 's']
  if (/[lrsz]$/.test(w)) return [w, w + 'a', w + 'es', w + 'as']
  return [w, w + 's']
}

/** French adjective forms from world-countries' masculine and feminine. */
export function frenchAdjectiveForms(masc: string, fem: string): string[] {
  const forms = new Set<string>()
  for (const w of [masc, fem]) {
    if (!w) continue
    forms.add(w)
    if (!/[sx]$/.test(w)) forms.add(w + 's')
  }
  return [...forms]
}

/** Arabic adjective (nisba) core from a country core without the article: روسيا -> روسي, الصين -> صيني. */
export function arabicNisba(core: string): string | undefined {
  if (core.includes(' ') || core.length < 3) return undefined
  if (core.endsWith('يا')) return core.slice(0, -1)
  if (core.endsWith('يه')) return core.slice(0, -1)
  if (core.endsWith('ا') || core.endsWith('ه')) return core.slice(0, -1) + 'ي'
  if (core.endsWith('ي')) return core
  return core + 'ي'
}

/** Splits a source term into its pattern and flags: `~` compound tail, `*` open ending. */
export function parseStar(term: string): { text: string; openEnd: boolean; compound: boolean } {
  let text = term.trim()
  const compound = text.startsWith('~')
  if (compound) text = text.slice(1)
  const openEnd = text.endsWith('*')
  if (openEnd) text = text.slice(0, -1)
  return { text, openEnd, compound }
}

/** Portuguese adjective forms from the masculine singular: brasileiro -> brasileira(s), francês -> francesa, franceses. */
export function portugueseAdjectiveForms(masc: string): string[] {
  const w = masc
  if (w.endsWith('o')) return ['o', 'a', 'os', 'as'].map((e) => w.slice(0, -1) + e)
  if (w.endsWith('ês')) return [w, ...['esa', 'eses', 'esas'].map((e) => w.slice(0, -2) + e)]
  if (w.endsWith('ão')) return [w, ...['ã', 'ãs', 'ães', 'ãos', 'ões'].map((e) => w.slice(0, -2) + e)]
  if (w.endsWith('ol')) return [w, w + 'a', w + 'as', w.slice(0, -2) + 'óis']
  if (w.endsWith('eu')) return [w, w + 's', w.slice(0, -1) + 'ia', w.slice(0, -1) + 'ias']
  return [w, w + 's']
}

/** Italian adjective forms from the masculine singular: italiano -> italiana, italiani, italiane; francese -> francesi. */
export function italianAdjectiveForms(masc: string): string[] {
  const w = masc
  const stem = w.slice(0, -1)
  if (/[cg]o$/.test(w)) return [w, stem + 'a', stem + 'hi', stem + 'he', stem + 'i', stem + 'he']
  if (w.endsWith('o')) return ['o', 'a', 'i', 'e'].map((e) => stem + e)
  if (w.endsWith('e')) return [w, stem + 'i']
  if (w.endsWith('a')) return [w, stem + 'i', stem + 'e']
  return [w]
}
