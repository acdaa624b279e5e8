// Display text: relative times, dates and friendly feed error messages. UI wording lives here, not in core.
import type { FeedErrorRecord } from '../db/schema'

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

/** "5 min ago", "3 hours ago", "yesterday"; older than a week gives a short date. */
export function formatRelativeTime(iso: string, now = Date.now(), locale?: string): string {
  const ms = Date.parse(iso)
  if (!Number.isFinite(ms)) return ''
  const diff = now - ms
  const rtf = relative(locale)
  if (diff < MINUTE) return rtf.format(0, 'second')
  if (diff < HOUR) return rtf.format(-Math.floor(diff / MINUTE), 'minute')
  if (diff < DAY) return rtf.format(-Math.floor(diff / HOUR), 'hour')
  if (diff < 7 * DAY) return rtf.format(-Math.floor(diff / DAY), 'day')
  return shortDate(locale).format(ms)
}

export function formatDateTime(iso: string, locale?: string): string {
  const ms = Date.parse(iso)
  if (!Number.isFinite(ms)) return ''
  return longDateTime(locale).format(ms)
}

const FRIENDLY: Record<FeedErrorRecord['code'], string> = {
  'bad-url': 'The address is not a valid web address.',
  network: 'Could not reach the site.',
  timeout: 'The site took too long to answer.',
  http: 'The site answered with an error.',
  gone: 'The feed no longer exists (410 Gone).',
  'rate-limited': 'The site asked us to slow down; will retry later.',
  'too-large': 'The feed is too large to download.',
  'not-a-feed': 'This address is a web page, not a feed.',
  parse: 'The feed is damaged and could not be read.',
  'invalid-argument': 'The request was malformed.',
  internal: 'Something went wrong inside Meridian.',
}

/** One line for the sidebar: a friendly sentence, then the specific message. */
export function describeFeedError(error: Pick<FeedErrorRecord, 'code' | 'message'>): string {
  const friendly = FRIENDLY[error.code] ?? 'The last refresh failed.'
  return error.message ? `${friendly} ${error.message}` : friendly
}

const ADVICE: Partial<Record<FeedErrorRecord['code'], string>> = {
  'bad-url': 'Check the address for typos; it should start with http:// or https://.',
  network: 'Check your connection, or whether the site is down, then retry.',
  timeout: 'The site may be busy: retry in a few minutes.',
  http: 'The address may have moved: open the site and look for its RSS or Atom link.',
  gone: 'Look on the site for a new feed address.',
  'not-a-feed': 'Paste the site’s address instead and pick one of the feeds it offers.',
  parse: 'The site’s feed is broken; try another of its feeds, or retry later.',
}

/** What to try next after a failed fetch, for the add-feed dialog; '' when there is nothing useful to say. */
export function adviseFeedError(code: FeedErrorRecord['code']): string {
  return ADVICE[code] ?? ''
}
