// URL resolution and canonicalization for article links, images and enclosures. Plain Node: no electron.

/** Query parameters that only identify a campaign or a click, never the article. Compared lower-cased. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', '_hsenc', '_hsmi', '__hstc', '__hssc', '__hsfp', 'hsctatracking',
  'ref_src', 'ref_url', '_ga', '_gl', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'vero_conv',
  'wickedid', 'rb_clickid', 's_cid', 'ncid', 'sr_share', 'at_medium', 'at_campaign', 'at_ptr_name',
  'spm', 'cmpid', 'cmp',
])
/** Prefixes of tracking families with open-ended names (utm_source, utm_content, at_custom1, pk_kwd...). */
const TRACKING_PREFIXES = ['utm_', 'at_custom', 'pk_', 'mtm_', 'piwik_', 'hmb_']

/**
 * Resolves `raw` against `base` and keeps it only when it is http(s). No other change: image and enclosure URLs
 * are often signed over their whole query, so their parameters are left alone.
 */
export function resolveHttpUrl(raw: string | undefined, base?: string): string | undefined {
  const url = toUrl(raw, base)
  return url ? url.href : undefined
}

/**
 * The canonical form of an article link: resolved against `base`, http(s) only, host lower-cased (URL does
 * that), fragment dropped and tracking parameters removed. Undefined for unusable input (javascript:, mailto:,
 * unparsable). Two polls of the same article must give the same string, since the id may derive from it.
 */
export function canonicalizeUrl(raw: string | undefined, base?: string): string | undefined {
  const url = toUrl(raw, base)
  if (!url) return undefined
  // "#!" fragments are the path of old single-page sites: dropping them would merge distinct articles.
  if (!url.hash.startsWith('#!')) url.hash = ''
  if (url.search) url.search = stripTrackingParams(url.search)
  return url.href
}

function toUrl(raw: string | undefined, base?: string): URL | undefined {
  if (raw === undefined) return undefined
  // Feeds wrap links in whitespace and newlines, and double-escape '&' often enough to be worth undoing.
  const cleaned = raw.trim().replace(/[\t\n\r]+/g, '').replace(/&amp;/g, '&')
  if (!cleaned) return undefined
  const url = parseUrl(cleaned, base)
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return undefined
  return url
}

function parseUrl(raw: string, base?: string): URL | undefined {
  try {
    return new URL(raw, base || undefined)
  } catch {
    // A bad base must not lose an absolute link.
    try {
      return base ? new URL(raw) : undefined
    } catch {
      return undefined
    }
  }
}

/** Filters the raw query text, so that kept parameters keep their exact encoding ('+' vs %20, bare keys). */
function stripTrackingParams(search: string): string {
  const parts = search.slice(1).split('&')
  const kept = parts.filter((part) => part !== '' && !isTrackingParam(part))
  if (kept.length === parts.length) return search
  return kept.length ? `?${kept.join('&')}` : ''
}

function isTrackingParam(part: string): boolean {
  const eq = part.indexOf('=')
  let key = eq < 0 ? part : part.slice(0, eq)
  try {
    key = decodeURIComponent(key)
  } catch {
    // keep the raw key: a malformed escape is not a tracking parameter we know
  }
  key = key.toLowerCase()
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix))
}
