// Display text: relative times, dates and friendly feed error messages. UI wording lives here, not in core.
import type { AppError } from '../../../shared/errors'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

// Building an Intl formatter costs about a millisecond; formatting with one costs microseconds. The article list
// formats a time for every row it mounts, so the formatters are built once per locale and kept.
const formatters = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>()
function cached<T extends Intl.RelativeTimeFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key)
  if (!f) formatters.set(key, (f = make()))
  return f as T
}
const relative = (locale?: string) => cached(`r|${locale ?? ''}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }))
const shortDate = (locale?: string) => cached(`d|${locale ?? ''}`, () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }))
const longDateTime = (locale?: string) => cached(`l|${locale ?? ''}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }))

/** What an item without a usable date shows instead of a time. */
export const DATE_UNKNOWN = 'date unknown'

/** "5 min ago", "3 hours ago", "yesterday"; older than a week gives a short date. */
export function formatRelativeTime(iso: string, now = Date.now(), locale?: string): string {
  const ms = Date.parse(iso)
  if (!Number.isFinite(ms)) return DATE_UNKNOWN
  const diff = now - ms
  const rtf = relative(locale)
  if (diff < MINUTE) return rtf.format(0, 'second')
  if (diff < HOUR) return rtf.format(-Math.floor(diff / MINUTE), 'minute')
  if (diff < DAY) return rtf.format(-Math.floor(diff / HOUR), 'hour')
  if (diff < 7 * DAY) return rtf.format(-Math.floor(diff / DAY), 'day')
  return shortDate(locale).format(ms)
}

const clock = (locale?: string) => cached(`t|${locale ?? ''}`, () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', second: '2-digit' }))

/** The time of day of an epoch-ms instant, to the second ("20:41:05"): enough to tell two attempts apart. */
export function formatTime(ms: number, locale?: string): string {
  return Number.isFinite(ms) ? clock(locale).format(ms) : ''
}

export function formatDateTime(iso: string, locale?: string): string {
  const ms = Date.parse(iso)
  if (!Number.isFinite(ms)) return ''
  return longDateTime(locale).format(ms)
}

const PLAIN: Record<AppError['code'], string> = {
  'bad-url': 'This is not a valid web address.',
  network: 'The site could not be reached.',
  timeout: 'The site took too long to answer.',
  http: 'The site answered with an error.',
  gone: 'The site says this feed no longer exists.',
  'rate-limited': 'The site asked Meridian to slow down; it will try again later.',
  'too-large': 'The feed is too large to download.',
  'not-a-feed': 'This address is a web page, not a feed.',
  parse: 'The feed is damaged and could not be read.',
  'invalid-argument': 'Something went wrong inside Meridian.',
  internal: 'Something went wrong inside Meridian.',
}

const HTTP_REASONS: Record<number, string> = { 401: 'asks for a password', 403: 'refused access', 404: 'has nothing at this address', 500: 'had an internal error', 502: 'is having trouble', 503: 'is temporarily unavailable' }

/** One plain sentence per kind of failure, for people; the technical message stays in error.message. */
export function describeFeedError(error: Pick<AppError, 'code' | 'status'>): string {
  if (error.code === 'http' && error.status) {
    const reason = HTTP_REASONS[error.status]
    return reason ? `The site ${reason} (HTTP ${error.status}).` : `The site answered with error ${error.status}.`
  }
  return PLAIN[error.code] ?? 'The last refresh failed.'
}

/** Failures where the site itself may still offer a feed elsewhere: worth running discovery on. */
export function canFindFeedsAfter(error: Pick<AppError, 'code' | 'status'>): boolean {
  return error.code === 'not-a-feed' || error.code === 'gone' || error.code === 'parse' || (error.code === 'http' && error.status === 404)
}

const plurals = new Map<string, Intl.PluralRules>()
/** "1 article", "2 articles": the form Intl.PluralRules picks for the count in the UI language. */
export function countOf(n: number, forms: { one: string; other: string }, locale?: string): string {
  const key = locale ?? ''
  let rules = plurals.get(key)
  if (!rules) plurals.set(key, (rules = new Intl.PluralRules(locale)))
  const form = rules.select(n) === 'one' ? forms.one : forms.other
  return `${n.toLocaleString(locale)} ${form}`
}

const ADVICE: Partial<Record<AppError['code'], string>> = {
  'bad-url': 'Check the address for typos; it should start with http:// or https://.',
  network: 'Check your connection, or whether the site is down, then retry.',
  timeout: 'The site may be busy: retry in a few minutes.',
  http: 'The address may have moved: open the site and look for its RSS or Atom link.',
  gone: 'Look on the site for a new feed address.',
  'not-a-feed': 'Paste the site’s address instead and pick one of the feeds it offers.',
  parse: 'The site’s feed is broken; try another of its feeds, or retry later.',
}

/** What to try next after a failed fetch, for the add-feed dialog; '' when there is nothing useful to say. */
export function adviseFeedError(code: AppError['code']): string {
  return ADVICE[code] ?? ''
}
