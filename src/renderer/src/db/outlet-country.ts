// A first guess at an outlet's country from its web address's country-code TLD (lemonde.fr → FR,
// bbc.co.uk → GB). The main process's classifier has its own guess, but the renderer may not import main code,
// and the ccTLD rule is small enough to keep here. It is only a default: the reader can change it per feed.
import type { CountryCode } from '../../../shared/model'

/** ccTLDs sold worldwide as generic names (.io, .tv, .co, …): they say nothing about where an outlet is. */
const VANITY = new Set([
  'ac', 'ad', 'ag', 'ai', 'am', 'as', 'bz', 'cc', 'cd', 'cm', 'co', 'cx', 'dj', 'fm', 'ga', 'gd', 'gg', 'gl', 'gq', 'gs',
  'im', 'io', 'je', 'la', 'ly', 'me', 'ms', 'mu', 'nu', 'pw', 'sc', 'sh', 'so', 'st', 'su', 'tk', 'tm', 'to', 'tv', 'vc',
  'vg', 'ws', 'eu',
])
/** ccTLDs that differ from the ISO 3166-1 code. */
const SPECIAL: Record<string, CountryCode> = { uk: 'GB' }

export function guessOutletCountry(url: string | undefined): CountryCode | undefined {
  if (!url) return undefined
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return undefined
  }
  const labels = host.split('.')
  const tld = labels[labels.length - 1]
  if (labels.length < 2 || !/^[a-z]{2}$/.test(tld)) return undefined
  if (SPECIAL[tld]) return SPECIAL[tld]
  if (VANITY.has(tld)) return undefined
  return tld.toUpperCase()
}
