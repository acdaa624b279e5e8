// Shape checks for arguments that cross the IPC or HTTP bridge. Untrusted input: reject, never coerce silently.
import type { ClassifyRequest, DownloadRequest, FeedValidators, RefusedSubscription, SiteIconRequest, Subscription } from './model'

export class InvalidArgumentError extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const optString = (v: unknown, what: string): string | undefined => {
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'string' || v.length > 4096) throw new InvalidArgumentError(`${what} must be a string`)
  return v
}
const optNumber = (v: unknown, what: string): number | undefined => {
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new InvalidArgumentError(`${what} must be a finite number`)
  return v
}

/** True for absolute http: and https: URLs, the only ones the app fetches or opens. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 8192) return false
  try {
    const u = new URL(value)
    return u.protocol === 'http:' || u.protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * The form of an http(s) link safe to hand to the system browser, or undefined: parsed and re-serialized (so
 * quotes, spaces and control characters arrive percent-encoded, never as shell-meaningful text), and without
 * a login part ("https://bank.example@evil.example/" reads as one host and opens another).
 */
export function toExternalHttpUrl(value: unknown): string | undefined {
  if (!isHttpUrl(value)) return undefined
  const u = new URL(value)
  return u.username || u.password ? undefined : u.href
}

export function parseHttpUrl(value: unknown, what = 'url'): string {
  if (!isHttpUrl(value)) throw new InvalidArgumentError(`${what} must be an http(s) URL, got ${JSON.stringify(value)?.slice(0, 200)}`)
  return value
}

export function parseFeedIds(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value) || value.length > 100_000) throw new InvalidArgumentError('feedIds must be an array of strings')
  return value.map((id, i) => {
    if (typeof id !== 'string' || id.length === 0 || id.length > 200) throw new InvalidArgumentError(`feedIds[${i}] must be a non-empty string`)
    return id
  })
}

/** Longest cache validator (ETag, Last-Modified, content hash) kept. Real ones are under 100 characters; a longer
 *  one is dropped whole, since a cut ETag would never match, and the feed is then polled without it. */
export const MAX_VALIDATOR_CHARS = 1024

/** Validators are cache hints: a malformed one is dropped, never a reason to refuse the feed. */
function parseValidators(v: unknown): FeedValidators | undefined {
  if (!isRecord(v)) return undefined
  const keep = (x: unknown) => (typeof x === 'string' && x.length > 0 && x.length <= MAX_VALIDATOR_CHARS ? x : undefined)
  const validators: FeedValidators = {}
  const etag = keep(v.etag)
  const lastModified = keep(v.lastModified)
  const contentHash = keep(v.contentHash)
  if (etag !== undefined) validators.etag = etag
  if (lastModified !== undefined) validators.lastModified = lastModified
  if (contentHash !== undefined) validators.contentHash = contentHash
  return validators
}

function parseSubscription(s: unknown, what: string): Subscription {
  if (!isRecord(s)) throw new InvalidArgumentError(`${what} must be an object`)
  const id = optString(s.id, `${what}.id`)
  if (!id) throw new InvalidArgumentError(`${what}.id is required`)
  return {
    id,
    url: parseHttpUrl(s.url, `${what}.url`),
    validators: parseValidators(s.validators),
    nextPollAt: optNumber(s.nextPollAt, `${what}.nextPollAt`),
    failureCount: optNumber(s.failureCount, `${what}.failureCount`),
    isDead: s.isDead === undefined ? undefined : s.isDead === true,
    intervalMinutes: optNumber(s.intervalMinutes, `${what}.intervalMinutes`),
    ...optCount(s.maxItemsPerPoll, `${what}.maxItemsPerPoll`),
  }
}

/** An optional positive whole number, as a field to spread (absent stays absent). */
function optCount(v: unknown, what: string): { maxItemsPerPoll?: number } {
  if (v === undefined || v === null) return {}
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new InvalidArgumentError(`${what} must be a positive whole number`)
  return { maxItemsPerPoll: v }
}

/**
 * The poll schedule, entry by entry: a bad entry is refused and reported on its own, so one feed with bad stored
 * state can never stop every other feed from being polled (issue 16). Only a value that is not a list throws.
 */
export function parseSubscriptions(value: unknown): { subscriptions: Subscription[]; refused: RefusedSubscription[] } {
  if (!Array.isArray(value) || value.length > 100_000) throw new InvalidArgumentError('subscriptions must be an array of at most 100000')
  const subscriptions: Subscription[] = []
  const refused: RefusedSubscription[] = []
  value.forEach((s: unknown, index) => {
    try {
      subscriptions.push(parseSubscription(s, `subscriptions[${index}]`))
    } catch (err) {
      if (!(err instanceof InvalidArgumentError)) throw err
      const id = isRecord(s) && typeof s.id === 'string' ? s.id.slice(0, 200) : undefined
      refused.push({ index, ...(id !== undefined && { id }), reason: err.message })
    }
  })
  return { subscriptions, refused }
}

/** At most this many pages per call; the renderer sends one batch per ingested feed result. */
const MAX_DOWNLOAD_REQUESTS = 1000

/** A site icon request: the feed's address, and its site and image addresses when known (http(s) only). */
export function parseSiteIconRequest(value: unknown): SiteIconRequest {
  if (!isRecord(value)) throw new InvalidArgumentError('icon request must be an object')
  const request: SiteIconRequest = { feedUrl: parseHttpUrl(value.feedUrl, 'icon request feedUrl') }
  if (isHttpUrl(value.siteUrl)) request.siteUrl = value.siteUrl
  if (isHttpUrl(value.imageUrl)) request.imageUrl = value.imageUrl
  return request
}

export function parseDownloadRequests(value: unknown): DownloadRequest[] {
  if (!Array.isArray(value) || value.length > MAX_DOWNLOAD_REQUESTS) {
    throw new InvalidArgumentError(`download requests must be an array of at most ${MAX_DOWNLOAD_REQUESTS}`)
  }
  return value.map((r, i) => {
    const what = `requests[${i}]`
    if (!isRecord(r)) throw new InvalidArgumentError(`${what} must be an object`)
    const articleId = optString(r.articleId, `${what}.articleId`)
    const feedId = optString(r.feedId, `${what}.feedId`)
    if (!articleId) throw new InvalidArgumentError(`${what}.articleId is required`)
    if (!feedId) throw new InvalidArgumentError(`${what}.feedId is required`)
    const imageUrl = r.imageUrl === undefined || r.imageUrl === null ? undefined : parseHttpUrl(r.imageUrl, `${what}.imageUrl`)
    if (r.withImages !== undefined && typeof r.withImages !== 'boolean') throw new InvalidArgumentError(`${what}.withImages must be a boolean`)
    const request: DownloadRequest = imageUrl ? { articleId, feedId, url: parseHttpUrl(r.url, `${what}.url`), imageUrl } : { articleId, feedId, url: parseHttpUrl(r.url, `${what}.url`) }
    return r.withImages === false ? { ...request, withImages: false } : request
  })
}

/** At most this many articles per classify call, and this much content per article (the lead weighs most). */
const MAX_CLASSIFY_REQUESTS = 1000
const MAX_CLASSIFY_CONTENT = 20_000

export function parseClassifyRequests(value: unknown): ClassifyRequest[] {
  if (!Array.isArray(value) || value.length > MAX_CLASSIFY_REQUESTS) {
    throw new InvalidArgumentError(`classify requests must be an array of at most ${MAX_CLASSIFY_REQUESTS}`)
  }
  return value.map((r, i) => {
    const what = `requests[${i}]`
    if (!isRecord(r)) throw new InvalidArgumentError(`${what} must be an object`)
    const title = optString(r.title, `${what}.title`)
    if (title === undefined) throw new InvalidArgumentError(`${what}.title is required`)
    if (r.content !== undefined && r.content !== null && (typeof r.content !== 'string' || r.content.length > MAX_CLASSIFY_CONTENT)) {
      throw new InvalidArgumentError(`${what}.content must be a string of at most ${MAX_CLASSIFY_CONTENT} characters`)
    }
    const categories = r.categories
    if (categories !== undefined && categories !== null && (!Array.isArray(categories) || categories.length > 100 || categories.some((c) => typeof c !== 'string' || c.length > 200))) {
      throw new InvalidArgumentError(`${what}.categories must be an array of at most 100 short strings`)
    }
    const request: ClassifyRequest = { title }
    const summary = optString(r.summary, `${what}.summary`)
    const lang = optString(r.lang, `${what}.lang`)
    const feedCountry = optString(r.feedCountry, `${what}.feedCountry`)
    if (summary !== undefined) request.summary = summary
    if (typeof r.content === 'string') request.content = r.content
    if (Array.isArray(categories)) request.categories = categories as string[]
    if (lang !== undefined) request.lang = lang
    if (feedCountry !== undefined) request.feedCountry = feedCountry
    return request
  })
}
