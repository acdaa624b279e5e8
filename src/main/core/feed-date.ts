// Date strings as feeds write them: RFC 822 with odd zones, ISO 8601 / W3CDTF, RFC 850, asctime. Plain Node.
// Date.parse alone is not enough: it reads zone-less ISO and RFC 822 dates as *local* time (so ids and order
// would depend on the machine), and it rejects zones like CEST, military letters and non-English month names.

const MONTHS: Record<string, number> = {}
const monthNames: [number, string[]][] = [
  [0, ['jan', 'january', 'janv', 'janvier', 'ene', 'enero', 'januar', 'gen', 'jän']],
  [1, ['feb', 'february', 'févr', 'fevr', 'février', 'febrero', 'februar', 'fév']],
  [2, ['mar', 'march', 'mars', 'marzo', 'märz', 'mär', 'mrz']],
  [3, ['apr', 'april', 'avr', 'avril', 'abr', 'abril']],
  [4, ['may', 'mai', 'mayo', 'mag']],
  [5, ['jun', 'june', 'juin', 'junio', 'juni', 'giu']],
  [6, ['jul', 'july', 'juil', 'juillet', 'julio', 'juli', 'lug']],
  [7, ['aug', 'august', 'août', 'aout', 'ago', 'agosto']],
  [8, ['sep', 'sept', 'september', 'septembre', 'septiembre', 'set']],
  [9, ['oct', 'october', 'octobre', 'octubre', 'okt', 'oktober', 'ott']],
  [10, ['nov', 'november', 'novembre', 'noviembre']],
  [11, ['dec', 'december', 'déc', 'décembre', 'dic', 'diciembre', 'dez', 'dezember']],
]
for (const [index, names] of monthNames) for (const name of names) MONTHS[name] = index

/** Zone abbreviations seen in feeds, in minutes east of UTC. IST is taken as India, the common case in news. */
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0, bst: 60, cet: 60, met: 60, west: 60, cest: 120, mest: 120, eet: 120,
  sast: 120, eest: 180, msk: 180, ist: 330, wib: 420, hkt: 480, sgt: 480, awst: 480, jst: 540, kst: 540,
  acst: 570, aest: 600, aedt: 660, nzst: 720, nzdt: 780, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420,
  mdt: -360, pst: -480, pdt: -420, akst: -540, akdt: -480, hst: -600, brt: -180, art: -180,
}

const ISO =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?(?:(?:T|\s+)(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i
const RFC822 =
  /^(?:[^\d\s,]+\.?,?\s*)?(\d{1,2})(?:\.|\s|-)+([^\d\s.,-]+)\.?,?(?:\s|-)+(\d{2,4}),?(?:\s+|T)(?:(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(.*)$/
const ASCTIME = /^[A-Za-z]+\s+([A-Za-z]+)\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+(?:([A-Za-z]+|[+-]\d{4})\s+)?(\d{4})$/

/** Parses a feed date string; undefined when it cannot be read without guessing. Zone-less dates are UTC. */
export function parseFeedDate(raw: string | undefined): Date | undefined {
  const text = raw?.trim().replace(/\s+/g, ' ')
  if (!text) return undefined
  for (const parse of [parseIso, parseRfc822, parseAsctime]) {
    const date = parse(text)
    if (date !== undefined) return date ?? undefined // null: the form matched but the date is impossible
  }
  return parseFallback(text)
}

/** Date: read; null: the pattern matched but the date is impossible (31 Feb); undefined: not this pattern. */
type Attempt = Date | null | undefined

function parseIso(text: string): Attempt {
  const m = ISO.exec(text)
  if (!m) return undefined
  const [, y, mo = '01', d = '01', h = '0', mi = '0', s = '0', frac = '', zone] = m
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0
  return build(+y!, +mo - 1, +d, +h, +mi, +s, ms, zoneOffset(zone))
}

function parseRfc822(text: string): Attempt {
  const m = RFC822.exec(`${text} `)
  if (!m) return undefined
  const [, d, monthName, y, h = '0', mi = '0', s = '0', rest = ''] = m
  const month = MONTHS[monthName!.toLowerCase()]
  if (month === undefined) return undefined
  const offset = zoneOffset(rest.trim().replace(/^\(|\)$/g, ''))
  if (offset === undefined) return undefined
  return build(fullYear(y!), month, +d!, +h, +mi, +s, 0, offset)
}

function parseAsctime(text: string): Attempt {
  const m = ASCTIME.exec(text)
  if (!m) return undefined
  const [, monthName, d, h, mi, s, zone, y] = m
  const month = MONTHS[monthName!.toLowerCase()]
  const offset = zoneOffset(zone)
  if (month === undefined || offset === undefined) return undefined
  return build(+y!, month, +d!, +h!, +mi!, +s!, 0, offset)
}

/** Last resort for forms the patterns miss ("January 2, 2006 3:04 PM EST"); only when a zone is explicit. */
function parseFallback(text: string): Date | undefined {
  if (!/(?:\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\b|\b[ECMP][SD]T\b)/i.test(text)) return undefined
  const ms = Date.parse(text)
  return Number.isNaN(ms) ? undefined : new Date(ms)
}

/**
 * Zone text -> minutes east of UTC. Empty means UTC (feeds that omit it are usually UTC servers).
 * Undefined for text that is not a zone, so "12 May 2020 garbage" is rejected rather than misread.
 */
function zoneOffset(zone: string | undefined): number | undefined {
  const z = (zone ?? '').trim().toLowerCase()
  if (!z) return 0
  const numeric = /^(?:(?:gmt|utc|ut)\s*)?([+-])(\d{1,2}):?(\d{2})?$/.exec(z)
  if (numeric) {
    const minutes = +numeric[2]! * 60 + +(numeric[3] ?? 0)
    return minutes > 14 * 60 ? undefined : numeric[1] === '-' ? -minutes : minutes
  }
  if (z in ZONES) return ZONES[z]
  // RFC 822 military zones: A-I = +1..+9, K-M = +10..+12, N-Y = -1..-12.
  if (/^[a-ik-y]$/.test(z)) {
    const c = z.charCodeAt(0)
    if (c <= 105) return (c - 96) * 60
    if (c <= 109) return (c - 97) * 60
    return -(c - 109) * 60
  }
  return undefined
}

function fullYear(y: string): number {
  const n = +y
  if (y.length > 2) return n
  return n < 50 ? 2000 + n : 1900 + n
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number | undefined): Attempt {
  if (offset === undefined) return undefined
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null
  const utc = Date.UTC(y, mo, d, h, mi, Math.min(s, 59), ms) - offset * 60_000
  const date = new Date(utc)
  // Date.UTC rolls 31 Feb over into March; such a date is a typo, not a date.
  if (Number.isNaN(utc) || new Date(Date.UTC(y, mo, d)).getUTCDate() !== d || y < 1000) return null
  return date
}
