// Country names in many languages from the packages (i18n-iso-countries, world-countries), plus the
// hand-kept extras and the Chinese one-character compounds. Feeds LexiconBuilder; no scanning here.
import ar from 'i18n-iso-countries/langs/ar.json'
import de from 'i18n-iso-countries/langs/de.json'
import en from 'i18n-iso-countries/langs/en.json'
import es from 'i18n-iso-countries/langs/es.json'
import fr from 'i18n-iso-countries/langs/fr.json'
import it from 'i18n-iso-countries/langs/it.json'
import cs from 'i18n-iso-countries/langs/cs.json'
import id from 'i18n-iso-countries/langs/id.json'
import ja from 'i18n-iso-countries/langs/ja.json'
import nl from 'i18n-iso-countries/langs/nl.json'
import pl from 'i18n-iso-countries/langs/pl.json'
import sv from 'i18n-iso-countries/langs/sv.json'
import tr from 'i18n-iso-countries/langs/tr.json'
import pt from 'i18n-iso-countries/langs/pt.json'
import ru from 'i18n-iso-countries/langs/ru.json'
import zh from 'i18n-iso-countries/langs/zh.json'
import worldCountries from 'world-countries'
import { AMBIGUOUS, PERSON_NAMES } from './data/ambiguous'
import {
  COMBO_CHARS, COMBO_PREFIXES, COMBO_SUFFIXES, NAMES_EXTRA, PAIR_CHARS, PREFIX_CHARS, WIDE_PREFIX_CHARS, WIDE_PREFIXES,
} from './data/names-extra'
import { arabicNisba, russianDeclension } from './forms'
import { JA_AFFIX_CHARS, JA_CHARS, JA_PAIR_CHARS, JA_PREFIXES, JA_SUFFIXES } from './data/names-ja'
import type { LexiconBuilder } from './lexicon-builder'
import { foldString } from './normalize'
import { AR_NAME_ENDINGS, AR_NISBA_ENDINGS, Kind, PLURAL_S } from './terms'

type NameTable = { countries: Record<string, string | string[]> }
const I18N: Array<[string, NameTable]> = [['en', en], ['ru', ru], ['zh', zh], ['fr', fr], ['es', es], ['de', de],
  ['ar', ar], ['pt', pt], ['it', it], ['ja', ja],
  // Country names only (no topic lexicon, no inflected forms): Dutch, Swedish, Turkish, Indonesian, Polish, Czech.
  ['nl', nl], ['sv', sv], ['tr', tr], ['id', id], ['pl', pl], ['cs', cs]]
/**
 * Uninhabited or tiny dependencies whose names in nine languages cost build time and almost never
 * make news. (world-countries' altSpellings are skipped too: mostly official names in native scripts.)
 */
const REMOTE_TERRITORIES = new Set(['AQ', 'BV', 'HM', 'UM', 'TF', 'GS', 'IO', 'CC', 'CX', 'NF', 'PN', 'TK', 'NU', 'SJ',
  'WF', 'PM', 'BL', 'MF', 'SX', 'BQ', 'SH', 'AX'])
const WC_LANGS: Record<string, string> = { ara: 'ar', zho: 'zh', rus: 'ru', fra: 'fr', spa: 'es', deu: 'de', por: 'pt', ita: 'it', jpn: 'ja' }

/**
 * Package spellings that are ordinary words or people (مالي "financial", بنين "sons", German Island,
 * French Maurice, Spanish Mauricio and Granada, Russian Того "of that") or better left to combos (中非). The extras table
 * adds unambiguous forms for some of them (île Maurice).
 */
const NAME_STOPLIST = new Set(['مالي', 'بنين', '中非', 'island', 'maurice', 'mauricio', 'granada', 'grenade', 'того'].map(foldString))

/** One spelling of a country name and the language it was given in. */
interface NameSource {
  code: string
  spelling: string
  lang: string
  /** foldString(spelling) + '|' + the language gate: spellings that collide share it. */
  key?: string
}

/** Latin-script words of languages other than English only count in articles of that language. */
function gateFor(lang: string, spelling: string): string | undefined {
  if (lang === 'en' || !/[A-Za-zÀ-ɏ]/.test(spelling)) return undefined
  return lang
}

function countryNameSources(): NameSource[] {
  const out: NameSource[] = []
  for (const [lang, table] of I18N) {
    for (const [code, value] of Object.entries(table.countries)) {
      if (REMOTE_TERRITORIES.has(code)) continue
      for (const raw of Array.isArray(value) ? value : [value]) for (const s of cleanName(raw)) out.push({ code, spelling: s, lang })
    }
  }
  for (const c of worldCountries) {
    const code = c.cca2
    if (REMOTE_TERRITORIES.has(code)) continue
    for (const s of [c.name.common, c.name.official]) out.push({ code, spelling: s, lang: 'en' })
    for (const [key, tr] of Object.entries(c.translations)) {
      const lang = WC_LANGS[key]
      if (lang) for (const x of cleanName(tr.common)) out.push({ code, spelling: x, lang })
    }
  }
  for (const line of NAMES_EXTRA.trim().split('\n')) {
    const [code, rest] = splitLine(line)
    for (const s of rest.split('/')) out.push({ code, spelling: s.trim(), lang: guessSpellingLang(s) })
  }
  // The packages repeat each other: drop exact repeats before the (costlier) folding and inflection.
  const seen = new Set<string>()
  return out.filter((n) => {
    const key = `${n.code}|${n.lang}|${n.spelling}`
    if (n.spelling.length < 2 || seen.has(key)) return false
    seen.add(key)
    const folded = foldString(n.spelling)
    n.key = `${folded}|${gateFor(n.lang, n.spelling) ?? ''}`
    return !NAME_STOPLIST.has(folded)
  })
}

/** Drops inverted forms ("Korea, Republic of") and splits "КНР (Китайская Народная Республика)". */
function cleanName(raw: string): string[] {
  if (raw.includes(',')) return []
  if (/[\u4e00-\u9fff]/.test(raw)) return [raw]
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(raw)
  if (!m) return [raw]
  return m[2].trim().includes(' ') ? [m[1], m[2]] : [m[1]]
}

export function splitLine(line: string): [string, string] {
  const at = line.indexOf(':')
  return [line.slice(0, at).trim(), line.slice(at + 1).trim()]
}

/** Hand tables mix languages in one list; Latin spellings with non-English letters are gated loosely. */
function guessSpellingLang(spelling: string): string {
  return /[éèêàçôûîœ]/i.test(spelling) ? 'fr' : /[ñáíóú]/i.test(spelling) ? 'es' : /[äöüß]/i.test(spelling) ? 'de' : 'en'
}

/** Country codes whose spellings collide: keep the sovereign state, drop ties between territories. */
function resolveNameCollisions(sources: NameSource[]): NameSource[] {
  const ambiguousKeys = new Set(AMBIGUOUS.flatMap((e) => e.spellings.map(foldString)))
  const independent = new Set(worldCountries.filter((c) => c.independent).map((c) => c.cca2))
  const byKey = new Map<string, Set<string>>()
  for (const n of sources) {
    const set = byKey.get(n.key!) ?? new Set<string>()
    set.add(n.code)
    byKey.set(n.key!, set)
  }
  return sources.filter((n) => {
    const folded = n.key!.slice(0, n.key!.lastIndexOf('|'))
    if (ambiguousKeys.has(folded)) return false
    // A French or Spanish spelling equal to the English one adds nothing: English names count everywhere.
    const lang = gateFor(n.lang, n.spelling)
    if (lang && lang !== 'de' && byKey.get(`${folded}|`)?.has(n.code)) return false
    const codes = byKey.get(n.key!)!
    if (codes.size === 1) return true
    const sovereign = [...codes].filter((c) => independent.has(c))
    return sovereign.length === 1 && sovereign[0] === n.code
  })
}

/** Adds names with their inflected forms: Russian cases, Arabic clitics and nisba, German genitive. */
export function addCountryNames(b: LexiconBuilder): void {
  for (const n of resolveNameCollisions(countryNameSources())) {
    const person = PERSON_NAMES[foldString(n.spelling)]
    const base = { kind: Kind.Country, countries: [n.code], signal: 'name' as const, weight: 1, isCased: true, person }
    const lang = gateFor(n.lang, n.spelling)
    if (/[\u0400-\u04ff]/.test(n.spelling)) {
      // Ukrainian names are mostly the Russian ones; declining them by Russian rules would add noise.
      if (n.lang === 'uk') b.add(n.spelling, base)
      else for (const form of russianDeclension(n.spelling)) b.add(form.text, { ...base, right: form.endings })
    } else if (/[\u0600-\u06ff]/.test(n.spelling)) {
      b.add(n.spelling, { ...base, right: AR_NAME_ENDINGS })
      const core = foldString(n.spelling).replace(/^ال/, '')
      const nisba = arabicNisba(core)
      if (nisba && nisba !== core && nisba.length >= 3) b.add(nisba, { ...base, signal: 'demonym', right: AR_NISBA_ENDINGS })
    } else if (lang === 'de') {
      b.add(n.spelling, { ...base, lang, right: PLURAL_S })
    } else {
      b.add(n.spelling, { ...base, lang })
    }
  }
  // "America" is the United States in English; in Spanish, French or Portuguese it is the continent.
  b.add('America', { kind: Kind.Country, countries: ['US'], signal: 'name', weight: 1, isCased: true, lang: 'en' })
  addChineseCompounds(b)
  addJapaneseCompounds(b)
}

/** 中美, 俄乌, 美方, 访华 ...: one-character country forms inside fixed compounds; and the two Koreas. */
function addChineseCompounds(b: LexiconBuilder): void {
  const combo = (text: string, countries: string[], isAll = true) =>
    b.add(text, {
      kind: Kind.Country, countries, isAll, signal: 'combo', weight: 1, isCombo: true, priority: 0,
      isDateSensitive: text.startsWith('日'),
    })
  const chars = Object.keys(COMBO_CHARS)
  for (const a of PAIR_CHARS) for (const c of PAIR_CHARS) if (a !== c) combo(a + c, [COMBO_CHARS[a], COMBO_CHARS[c]])
  for (const c of chars) {
    if (c !== '中' && c !== '以') combo('中' + c, ['CN', COMBO_CHARS[c]]) // 中以 is mostly "...中以..." (in ..., with)
    if (c !== '华') for (const s of COMBO_SUFFIXES) combo(c + s, [COMBO_CHARS[c]])
  }
  for (const p of COMBO_PREFIXES) for (const c of PREFIX_CHARS) combo(p + c, [COMBO_CHARS[c]])
  for (const p of WIDE_PREFIXES) for (const c of WIDE_PREFIX_CHARS) combo(p + c, [COMBO_CHARS[c]])
  combo('俄', ['RU'])
  combo('白俄', ['BY'])
  for (const [pair, codes] of [['美以', ['US', 'IL']], ['以伊', ['IL', 'IR']], ['伊以', ['IR', 'IL']], ['以美', ['IL', 'US']]] as const) {
    combo(pair, [...codes])
  }
  combo('巴以', ['PS', 'IL'])
  combo('以巴', ['IL', 'PS'])
  combo('以哈', ['IL', 'PS'])
  combo('以黎', ['IL', 'LB'])
  combo('土叙', ['TR', 'SY'])
  combo('中非', ['CN'])
  combo('中华', ['CN'])
  combo('美股', ['US'])
  combo('中华民国', ['TW'])
  combo('孟加拉', ['BD'])
  for (const both of ['Koreas', 'two Koreas', 'both Koreas', 'inter-Korean', 'intercoréen', 'intercoréens', 'intercoreano', 'deux Corées', 'dos Coreas', 'beiden Korea', 'две Кореи',
    'обе Кореи', 'الكوريتين']) {
    b.add(both, { kind: Kind.Country, countries: ['KR', 'KP'], isAll: true, signal: 'name', weight: 1, isCased: true })
  }
}


/** 日米, 米中, 米政府, 訪米, 来日: Japanese one-character country forms, only in Japanese articles. */
function addJapaneseCompounds(b: LexiconBuilder): void {
  const combo = (text: string, countries: string[]) =>
    b.add(text, {
      kind: Kind.Country, countries, isAll: true, signal: 'combo', weight: 1, isCombo: true, priority: 0, lang: 'ja',
      isDateSensitive: text.startsWith('日'),
    })
  for (const a of JA_PAIR_CHARS) for (const c of JA_PAIR_CHARS) if (a !== c) combo(a + c, [JA_CHARS[a], JA_CHARS[c]])
  for (const c of JA_AFFIX_CHARS) {
    for (const s of JA_SUFFIXES) combo(c + s, [JA_CHARS[c]])
    for (const p of JA_PREFIXES) combo(p + c, [JA_CHARS[c]])
  }
  for (const jp of ['来日', '訪日', '駐日', '在日', '対日', '日本政府']) combo(jp, ['JP'])
  for (const cn of ['訪中', '対中', '駐中', '中国政府']) combo(cn, ['CN'])
  // 米 before katakana is the United States: 米ニューヨーク, 米アップル, 米メディア (米価 is the price of rice).
  for (let k = 0x30a1; k <= 0x30fa; k++) combo('米' + String.fromCharCode(k), ['US'])
  combo('米大リーグ', ['US'])
  combo('米国', ['US'])
  combo('英国', ['GB'])
}
