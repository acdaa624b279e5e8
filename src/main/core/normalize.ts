// ParsedItem -> IncomingArticle: stable id, canonical URL, plain-text title and summary, sane date, one image.
// Pure and clock-free except for ctx.now. Plain Node: never imports electron.
import { canonicalizeUrl, resolveHttpUrl } from './canonical-url'
import { repairC1Controls } from './decode'
import { parseFeedDate } from './feed-date'
import { collapseWhitespace, findImageSources, htmlToText, resolveHtmlUrls, truncateText } from './html-text'
import { hashKey, makeArticleId } from './ids'
import type { ParsedFeed, ParsedItem } from './types'
import type { Enclosure, FeedInfo, IncomingArticle } from '../../shared/model'

export interface NormalizeContext {
  feedId: string
  /** The URL the feed was fetched from: the last base for relative links. */
  feedUrl: string
  feed: ParsedFeed
  /** First-seen time for undated items, and the ceiling for future dates. */
  now: Date
}

const SUMMARY_CHARS = 300
const DERIVED_TITLE_CHARS = 80
/** Servers with a skewed clock or a wrong zone publish "future" items; beyond this they are clamped. */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000

export function normalizeItem(item: ParsedItem, ctx: NormalizeContext): IncomingArticle {
  const base = item.baseUrl ?? ctx.feed.baseUrl ?? ctx.feedUrl
  const guid = item.guid?.trim() || undefined
  const url = canonicalizeUrl(item.link, base) ?? (guid && item.guidIsPermaLink ? permalinkGuid(guid) : undefined)
  // &#146; in XML is U+0092, a control character; it always means the windows-1252 quote.
  const summaryText = repairC1Controls(htmlToText(item.summaryHtml) || htmlToText(item.contentHtml))
  const title = repairC1Controls(htmlToText(item.title)) || truncateText(summaryText, DERIVED_TITLE_CHARS)
  const rawHtml = item.contentHtml ?? item.summaryHtml
  const date = publishedDate(item, ctx.now)
  const article: IncomingArticle = {
    id: makeArticleId(ctx.feedId, idKey(item, guid, url)),
    feedId: ctx.feedId,
    guid,
    url,
    title,
    summary: truncateText(summaryText, SUMMARY_CHARS),
    // Resolved here because the renderer never sees xml:base; everything else stays as the feed sent it.
    contentHtml: rawHtml?.trim() ? resolveHtmlUrls(repairC1Controls(rawHtml), base) : undefined,
    author: cleanAuthor(item.author),
    publishedAt: date.iso,
    isDateMissing: date.isMissing || undefined,
    imageUrl: pickImage(item, base),
    enclosures: resolveEnclosures(item.enclosures, base),
    categories: cleanCategories(item.categories),
    language: normalizeLanguage(item.language ?? ctx.feed.language),
    countries: [],
    topics: [],
    classifierVersion: 0,
  }
  return withoutUndefined(article)
}

/**
 * The same object without its undefined fields, in the same key order. Copied rather than `delete`d: deleting turns
 * an object into a slow dictionary, and every article is spread, cloned to the main thread and serialized later.
 */
function withoutUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = field
  return out as T
}

/** Feed-level metadata as the renderer stores it: title never empty, canonical site URL, BCP 47 language. */
export function normalizeFeedInfo(feed: ParsedFeed, feedUrl: string): FeedInfo {
  const base = feed.baseUrl ?? feedUrl
  const info: FeedInfo = {
    title: collapseWhitespace(feed.title ?? '') || hostOf(feedUrl),
    siteUrl: canonicalizeUrl(feed.siteUrl, base),
    description: collapseWhitespace(feed.description ?? '') || undefined,
    language: normalizeLanguage(feed.language),
    imageUrl: resolveHttpUrl(feed.imageUrl, base),
  }
  return withoutUndefined(info)
}

/**
 * What identifies the item across polls: guid, else canonical link, else title + raw date string (never the
 * parsed date, which for undated items is `now`). The last resort adds the text so distinct untitled items differ;
 * an undated titled item adds a hash of its text, so two "Weather update" items with different text stay two
 * (issue 16). Keys of items with a guid, link or date are unchanged: a changed key duplicates stored articles.
 */
function idKey(item: ParsedItem, guid: string | undefined, url: string | undefined): string {
  if (guid) return `guid:${guid}`
  if (url) return `url:${url}`
  const title = htmlToText(item.title)
  const date = item.published?.trim() ?? item.updated?.trim() ?? ''
  const body = htmlToText(item.summaryHtml ?? item.contentHtml)
  if (title && !date && body) return `text:${title}||#${hashKey(body)}`
  const text = title || date ? '' : body.slice(0, 500)
  return `text:${title}|${date}|${text}`
}

/** Whether the id came from the item's text (no guid, no link): repeats of such an id are distinct items. */
export function isTextDerivedId(article: IncomingArticle): boolean {
  return article.guid === undefined && article.url === undefined
}

/** A guid is used as the link only when it is an absolute http(s) URL: "12345" must not become feedUrl/12345. */
function permalinkGuid(guid: string): string | undefined {
  return /^https?:\/\//i.test(guid) ? canonicalizeUrl(guid) : undefined
}

function publishedDate(item: ParsedItem, now: Date): { iso: string; isMissing: boolean } {
  const parsed = parseFeedDate(item.published) ?? parseFeedDate(item.updated)
  if (!parsed) return { iso: now.toISOString(), isMissing: true }
  if (parsed.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return { iso: now.toISOString(), isMissing: false }
  return { iso: parsed.toISOString(), isMissing: false }
}

/** Media images, then an image enclosure, then the iTunes image, then the first real <img> in the HTML. */
function pickImage(item: ParsedItem, base: string): string | undefined {
  const candidates = [
    ...item.mediaImages,
    ...item.enclosures.filter((e) => isImageEnclosure(e)).map((e) => e.url),
    ...(item.itunesImage ? [item.itunesImage] : []),
  ]
  for (const raw of candidates) {
    const url = resolveHttpUrl(raw, base)
    if (url) return url
  }
  for (const html of [item.contentHtml, item.summaryHtml]) {
    for (const raw of findImageSources(html)) {
      const url = resolveHttpUrl(raw, base)
      if (url) return url
    }
  }
  return undefined
}

function isImageEnclosure(e: Enclosure): boolean {
  return e.type ? e.type.toLowerCase().startsWith('image/') : /\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#])/i.test(e.url)
}

function resolveEnclosures(enclosures: Enclosure[], base: string): Enclosure[] {
  const seen = new Set<string>()
  const out: Enclosure[] = []
  for (const e of enclosures) {
    const url = resolveHttpUrl(e.url, base)
    if (!url || seen.has(url)) continue
    seen.add(url)
    out.push({ ...e, url })
  }
  return out
}

/** Trimmed, entity-decoded, de-duplicated case-insensitively (first spelling wins). */
function cleanCategories(categories: string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of categories) {
    const value = htmlToText(raw)
    const key = value.toLowerCase()
    if (!value || seen.has(key)) continue
    seen.add(key)
    out.push(value)
  }
  return out
}

/**
 * RSS <author> is an e-mail address by spec, written "jo@example.com (Jo Doe)", "Jo Doe (jo@example.com)" or
 * "Jo Doe <jo@example.com>": keep the name when there is one.
 */
function cleanAuthor(raw: string | undefined): string | undefined {
  const text = htmlToText(raw)
  if (!text) return undefined
  const name =
    /^\S+@\S+\s*\((.+)\)$/.exec(text)?.[1] ??
    /^(.+?)\s*\(\S+@\S+\)$/.exec(text)?.[1] ??
    /^(.+?)\s*<\S+@\S+>$/.exec(text)?.[1] ??
    text
  return collapseWhitespace(name.replace(/^["']|["']$/g, '')) || undefined
}

/** 'en_us' -> 'en-US', 'ZH-hans-cn' -> 'zh-Hans-CN'; anything that is not tag-shaped is dropped. */
export function normalizeLanguage(raw: string | undefined): string | undefined {
  const tag = raw?.trim().replace(/_/g, '-')
  if (!tag || !/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag)) return undefined
  return tag
    .split('-')
    .map((part, i) => {
      if (i === 0) return part.toLowerCase()
      if (part.length === 2 && /^[a-z]+$/i.test(part)) return part.toUpperCase()
      if (part.length === 4 && /^[a-z]+$/i.test(part)) return part[0]!.toUpperCase() + part.slice(1).toLowerCase()
      return part.toLowerCase()
    })
    .join('-')
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return url
  }
}
