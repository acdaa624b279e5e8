// The outlet's country, guessed from the site's country-code domain or, failing that, from a
// language spoken in essentially one country. A pre-filled, editable feed setting, never a tag.
import type { CountryCode } from './model'

/**
 * ccTLDs sold and used worldwide as generic names: a .tv, .io or .ai site says nothing about where
 * the newsroom is. (.co is Colombia's but mostly "company"; .me, .fm, .ly, .to, .cc likewise.)
 */
const GENERIC_CCTLDS = new Set(['tv', 'io', 'co', 'me', 'fm', 'ai', 'ly', 'to', 'cc', 'ws', 'gg', 'la', 'sh', 'ac',
  'am', 'nu', 'tk', 'ml', 'ga', 'cf', 'gq', 'cx', 'vc', 'sc', 'bz', 'st', 'pw', 'im', 'ag', 'eu', 'su'])

/** ccTLDs that differ from the ISO code. */
const TLD_TO_ISO: Record<string, CountryCode> = { uk: 'GB' }

/**
 * Languages whose news outlets sit in essentially one country. Left out on purpose: English,
 * Spanish, French, Arabic, German, Chinese, Portuguese, Russian, Dutch, Swahili, Malay, Persian,
 * Tamil, Romanian (Moldova), Serbo-Croat. Korean is kept: North Korea publishes almost no feeds.
 * Greek is kept although Cyprus also writes it: Greece has ten times the outlets.
 */
const SINGLE_COUNTRY_LANGS: Record<string, CountryCode> = {
  ja: 'JP', ko: 'KR', uk: 'UA', pl: 'PL', cs: 'CZ', sk: 'SK', hu: 'HU', bg: 'BG', el: 'GR',
  fi: 'FI', da: 'DK', nb: 'NO', nn: 'NO', no: 'NO', is: 'IS', et: 'EE', lv: 'LV', lt: 'LT', sl: 'SI',
  ka: 'GE', hy: 'AM', az: 'AZ', kk: 'KZ', uz: 'UZ', th: 'TH', vi: 'VN', km: 'KH', lo: 'LA',
  my: 'MM', he: 'IL', iw: 'IL', tr: 'TR', id: 'ID', tl: 'PH', fil: 'PH', ne: 'NP', si: 'LK', sv: 'SE', be: 'BY',
}

/**
 * Outlet country from the site URL's ccTLD (lemonde.fr -> FR, bbc.co.uk -> GB, globo.com.br -> BR),
 * else from the feed language when it is tied to one country ('ja' -> JP). Undefined when unsure.
 */
export function guessOutletCountry(siteUrl: string | undefined, language?: string): CountryCode | undefined {
  const fromHost = countryOfHost(siteUrl)
  if (fromHost) return fromHost
  // Region subtags ('en-US') are ignored: publishing tools write their default whatever the outlet.
  const primary = language?.toLowerCase().split(/[-_]/)[0]
  return primary ? SINGLE_COUNTRY_LANGS[primary] : undefined
}

function countryOfHost(siteUrl: string | undefined): CountryCode | undefined {
  if (!siteUrl) return undefined
  let host: string
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(siteUrl) ? siteUrl : `https://${siteUrl}`).hostname.toLowerCase()
  } catch {
    return undefined
  }
  const labels = host.replace(/\.$/, '').split('.')
  if (labels.length < 2) return undefined
  const tld = labels[labels.length - 1]
  if (!/^[a-z]{2}$/.test(tld) || GENERIC_CCTLDS.has(tld)) return undefined
  return TLD_TO_ISO[tld] ?? tld.toUpperCase()
}
