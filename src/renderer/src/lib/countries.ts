// Country display: flag emoji from the ISO code and names in the reader's language (Intl.DisplayNames), so no
// country table ships with the app.
import type { CountryCode } from '../../../shared/model'

/** 'FR' → 🇫🇷 (two regional indicator symbols); anything that is not two letters gives ''. */
export function flagOf(code: CountryCode): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return ''
  const base = 0x1f1e6 - 'A'.charCodeAt(0)
  return String.fromCodePoint(...[...code.toUpperCase()].map((c) => base + c.charCodeAt(0)))
}

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

/** Case- and accent-insensitive match of a search text against a country's name or code. */
export function matchesCountry(code: CountryCode, query: string, locale = readerLocale()): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale)
  const q = fold(query.trim())
  if (!q) return true
  return fold(countryName(code, locale)).includes(q) || code.toLowerCase() === q
}
