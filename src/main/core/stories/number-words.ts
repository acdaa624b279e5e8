// Small counts written as words ("two dock workers", "huit disparus", "两名工人", "ستة أشخاص"): English and French
// style guides spell out what other outlets write in digits, so "eight missing" and "8人失联" must both read 8.
// Only 2 to 12, which number.ts counts as weak evidence; read in the article's language alone, since the words of
// one language are common words of another (pt "dos", it "due").
import { ASCII } from './names'

/** Words for 2 to 12 by language: forms of one number joined by |, numbers by commas. */
const WORDS: Record<string, string> = {
  en: 'two,three,four,five,six,seven,eight,nine,ten,eleven,twelve',
  fr: 'deux,trois,quatre,cinq,six,sept,huit,neuf,dix,onze,douze',
  es: 'dos,tres,cuatro,cinco,seis,siete,ocho,nueve,diez,once,doce',
  pt: 'dois|duas,três,quatro,cinco,seis,sete,oito,nove,dez,onze,doze',
  it: 'due,tre,quattro,cinque,sei,sette,otto,nove,dieci,undici,dodici',
  de: 'zwei,drei,vier,fünf,sechs,sieben,acht,neun,zehn,elf,zwölf',
  ru: 'два|две|двух|двум|двумя,три|трех|трем|тремя,четыре|четырех|четырем|четырьмя,пять|пяти|пятью,' +
    'шесть|шести|шестью,семь|семи|семью,восемь|восьми|восемью,девять|девяти|девятью,десять|десяти|десятью,' +
    'одиннадцать|одиннадцати,двенадцать|двенадцати',
  ar: 'اثنان|اثنين|اثنتين|اثنتان,ثلاثة|ثلاث,أربعة|أربع,خمسة|خمس,ستة|ست,سبعة|سبع,ثمانية|ثماني,تسعة|تسع,عشرة|عشر,' +
    'أحد عشر|إحدى عشرة,اثنا عشر|اثني عشر|اثنتا عشرة',
}

const TABLES = new Map<string, Map<string, number>>()
for (const [lang, list] of Object.entries(WORDS)) {
  const table = new Map<string, number>()
  list.split(',').forEach((forms, i) => {
    for (const form of forms.split('|')) table.set(form.replace(/ё/g, 'е'), i + 2)
  })
  TABLES.set(lang, table)
}

/** Han numerals before a counter of people, things or events (两名, 五人, 三艘). */
const HAN_COUNT = /([两二三四五六七八九十])(?=[名人个位艘架栋座辆起所家])/g
const HAN_VALUE: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }
const NOT_LETTERS = /[^\p{L}\p{M}]+/u
const NOT_ASCII_LETTERS = /[^a-z]+/
/** The conjunction و glued to an Arabic word. */
const ARABIC_AND = /^و(?=.{3,})/

/** The small counts `text` writes in words, as digit strings. */
export function countWords(text: string, lang: string): string[] {
  const found = new Set<string>()
  if (lang === 'zh' || lang === 'ja') {
    for (const m of text.matchAll(HAN_COUNT)) found.add(String(HAN_VALUE[m[1]]))
    return [...found]
  }
  const table = TABLES.get(lang)
  if (!table) return []
  let lower = text.toLowerCase().replace(/ё/g, 'е')
  // Two-word Arabic forms (أحد عشر) first, taken out so that their words do not count again.
  if (lang === 'ar') {
    for (const [form, value] of table) {
      if (!form.includes(' ') || !lower.includes(form)) continue
      found.add(String(value))
      lower = lower.replaceAll(form, ' ')
    }
  }
  // Lower-cased ASCII text has no letters but a-z and no marks.
  for (const raw of lower.split(ASCII.test(lower) ? NOT_ASCII_LETTERS : NOT_LETTERS)) {
    const word = lang === 'ar' && !table.has(raw) ? raw.replace(ARABIC_AND, '') : raw
    const value = table.get(word)
    if (value !== undefined) found.add(String(value))
  }
  return [...found]
}
