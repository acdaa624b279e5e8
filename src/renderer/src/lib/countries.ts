// Country names in the reader's language (Intl.DisplayNames) and country search by the names people use.
// Flags are bundled SVG files (flags.ts).
import type { CountryCode } from '../../../shared/model'
import { countryAliases } from './country-aliases'

const namers = new Map<string, Intl.DisplayNames>()

/** The reader's languages, as the browser reports them. */
export function readerLocale(): string {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en'
}

/** 'FR' → 'France' (or 'Frankreich' for a German reader); the code itself when the runtime has no name. */
export function countryName(code: CountryCode, locale = readerLocale()): string {
  let namer = namers.get(locale)
  if (!namer) {
    try {
      namer = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' })
    } catch {
      namer = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })
    }
    namers.set(locale, namer)
  }
  try {
    return namer.of(code.toUpperCase()) ?? code
  } catch {
    return code
  }
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[.’']/g, '').toLowerCase()
const searchTexts = new Map<string, string[]>()

/** Every name a country may be searched by, folded: its name in the reader's language and in English, and the
 *  common other names (country-aliases.ts). */
function namesOf(code: CountryCode, locale: string): string[] {
  const key = `${locale}|${code}`
  let names = searchTexts.get(key)
  if (!names) {
    names = [...new Set([countryName(code, locale), countryName(code, 'en'), ...countryAliases(code)].map(fold))]
    searchTexts.set(key, names)
  }
  return names
}

/** Case- and accent-insensitive match of a search text against a country's names (UK, Holland, Burma…) or code. */
export function matchesCountry(code: CountryCode, query: string, locale = readerLocale()): boolean {
  const q = fold(query.trim())
  if (!q) return true
  if (code.toLowerCase() === q) return true
  return namesOf(code, locale).some((name) => name.includes(q))
}
