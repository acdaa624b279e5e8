// Shape checks for arguments that cross the IPC or HTTP bridge. Untrusted input: reject, never coerce silently.
import type { ClassifyRequest, DownloadRequest, FeedValidators, SiteIconRequest, Subscription } from './model'

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

function parseValidators(v: unknown, what: string): FeedValidators | undefined {
  if (v === undefined || v === null) return undefined
  if (!isRecord(v)) throw new InvalidArgumentError(`${what} must be an object`)
  return {
    etag: optString(v.etag, `${what}.etag`),
    lastModified: optString(v.lastModified, `${what}.lastModified`),
    contentHash: optString(v.contentHash, `${what}.contentHash`),
  }
}

export function parseSubscriptions(value: unknown): Subscription[] {
  if (!Array.isArray(value) || value.length > 100_000) throw new InvalidArgumentError('subscriptions must be an array')
  return value.map((s, i) => {
    const what = `subscriptions[${i}]`
    if (!isRecord(s)) throw new InvalidArgumentError(`${what} must be an object`)
    const id = optString(s.id, `${what}.id`)
    if (!id) throw new InvalidArgumentError(`${what}.id is required`)
    return {
      id,
      url: parseHttpUrl(s.url, `${what}.url`),
      validators: parseValidators(s.validators, `${what}.validators`),
      nextPollAt: optNumber(s.nextPollAt, `${what}.nextPollAt`),
      failureCount: optNumber(s.failureCount, `${what}.failureCount`),
      isDead: s.isDead === undefined ? undefined : s.isDead === true,
      intervalMinutes: optNumber(s.intervalMinutes, `${what}.intervalMinutes`),
    }
  })
}

/** At most this many pages per call; the renderer sends one batch per ingested feed result. */
export const MAX_DOWNLOAD_REQUESTS = 1000

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
    return imageUrl ? { articleId, feedId, url: parseHttpUrl(r.url, `${what}.url`), imageUrl } : { articleId, feedId, url: parseHttpUrl(r.url, `${what}.url`) }
  })
}

/** At most this many articles per classify call, and this much content per article (the lead weighs most). */
export const MAX_CLASSIFY_REQUESTS = 1000
export const MAX_CLASSIFY_CONTENT = 20_000

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
