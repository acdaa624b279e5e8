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

/** Declined forms of a Russian proper noun phrase ("Южная Корея" -> "Южной Кореи", ...). */
export function russianNounForms(phrase: string): string[] {
  const words = phrase.split(' ')
  // Official names ("Всекитайское собрание народных представителей") are quoted as written.
  if (words.length > 2) return [phrase]
  let forms = ['']
  words.forEach((word, i) => {
    const isLast = i === words.length - 1
    const variants = !isLast && isRussianAdjective(word) ? declineAdjective(word) : declineNoun(word, isLast)
    const next: string[] = []
    for (const prefix of forms) for (const v of variants) next.push(prefix ? `${prefix} ${v}` : v)
    forms = next.slice(0, 40)
  })
  return forms
}

function isRussianAdjective(word: string): boolean {
  return /(ая|ий|ый|ой|ое|ые|ие|ённые|енные)$/.test(word) && word.length > 4
}

function declineAdjective(word: string): string[] {
  const stem = word.replace(/(ая|ий|ый|ой|ое|ые|ие)$/, '')
  const soft = /[гкхжшчщ]$/.test(stem)
  return ['ая', 'ой', 'ую', soft ? 'ий' : 'ый', 'ого', 'ом', 'ому', soft ? 'ие' : 'ые', soft ? 'их' : 'ых',
    soft ? 'им' : 'ым', 'ое'].map((e) => stem + e)
}

function declineNoun(word: string, isHead: boolean): string[] {
  if (!isHead || word.length < 3 || !/[а-яё]$/i.test(word)) return [word]
  const stem = word.slice(0, -1)
  const last = word.slice(-1)
  const withEndings = (...endings: string[]) => [word, ...endings.map((e) => stem + e)]
  if (word.endsWith('ия')) return withEndings('и', 'ю', 'ей')
  if (last === 'я') return withEndings('и', 'ю', 'ей', 'е')
  if (last === 'а') return withEndings('ы', 'и', 'е', 'у', 'ой')
  if (last === 'ы') return withEndings('ов', 'ам', 'ах', 'ами')
  if (last === 'й') return withEndings('я', 'ю', 'е', 'ем')
  if (last === 'ь') return withEndings('я', 'ю', 'е', 'ем', 'и')
  if ('оеиуюэё'.includes(last)) return [word]
  return [word, ...['а', 'у', 'е', 'ом', 'ем'].map((e) => word + e)]
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
