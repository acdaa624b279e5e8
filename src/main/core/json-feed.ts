// JSON Feed 1.0 / 1.1 (https://jsonfeed.org), and RSS serialised as JSON, -> ParsedFeed. Plain Node: never imports electron.
// JSON Feed text fields (title, summary, content_text) are plain text; ParsedItem carries HTML, so they are escaped.
import { FeedError } from './errors'
import { escapeHtml } from './html-text'
import { isRssJson, mapRssJson } from './rss-json'
import type { ParsedFeed, ParsedItem } from './types'
import type { Enclosure } from '../../shared/model'

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined)
/** Ids may be numbers in the wild although the spec says string. */
const idString = (v: unknown): string | undefined => (typeof v === 'number' && Number.isFinite(v) ? String(v) : str(v))
const textToHtml = (v: unknown): string | undefined => {
  const s = str(v)
  return s === undefined ? undefined : escapeHtml(s)
}

const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\//

function parseJson(text: string): unknown {
  return JSON.parse(text.replace(/^\uFEFF/, ''))
}

/**
 * Which feed a JSON document is, judged from the parsed value: a JSON Feed (its "version" URL), RSS written as
 * JSON ({"rss": {"channel": …}}), or neither. Broken JSON is neither.
 */
export function jsonFeedKind(text: string): 'json-feed' | 'rss-json' | undefined {
  let doc: unknown
  try {
    doc = parseJson(text)
  } catch {
    return undefined
  }
  if (!isObject(doc)) return undefined
  if (typeof doc.version === 'string' && JSON_FEED_VERSION.test(doc.version.trim())) return 'json-feed'
  return isRssJson(doc) ? 'rss-json' : undefined
}

/** Parses a JSON Feed (or RSS-as-JSON) document. Throws FeedError 'parse' for broken JSON or a non-object top level. */
export function parseJsonFeed(text: string, feedUrl: string): ParsedFeed {
  let doc: unknown
  try {
    doc = parseJson(text)
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    throw new FeedError('parse', `Could not parse JSON Feed ${feedUrl}: ${reason.split('\n')[0]}`, { cause: err })
  }
  if (!isObject(doc)) throw new FeedError('parse', `Could not parse JSON Feed ${feedUrl}: the top level is not an object`)
  if (isRssJson(doc)) return mapRssJson(doc)
  const version = str(doc.version) ?? ''
  const feedLanguage = str(doc.language)
  const feed: ParsedFeed = {
    format: 'json',
    version: /\/version\/1\.1\b/.test(version) ? 'json1.1' : /\/version\/1\b/.test(version) ? 'json1.0' : 'json',
    // Feed-level text is plain in ParsedFeed (it goes straight into FeedInfo); item text is HTML.
    title: str(doc.title),
    siteUrl: str(doc.home_page_url),
    description: str(doc.description),
    language: feedLanguage,
    imageUrl: str(doc.icon) ?? str(doc.favicon),
    items: (Array.isArray(doc.items) ? doc.items : []).filter(isObject).map(mapItem),
  }
  for (const key of Object.keys(feed) as (keyof ParsedFeed)[]) if (feed[key] === undefined) delete feed[key]
  return feed
}

function mapItem(item: Json): ParsedItem {
  const contentHtml = str(item.content_html) ?? paragraphs(str(item.content_text))
  const summaryHtml = textToHtml(item.summary) ?? (str(item.content_html) ? textToHtml(item.content_text) : undefined)
  const parsed: ParsedItem = {
    guid: idString(item.id),
    // 'url' is the item's own page; 'external_url' is what a link-blog post points at.
    link: str(item.url) ?? str(item.external_url),
    title: textToHtml(item.title),
    contentHtml,
    summaryHtml,
    author: authorNames(item),
    published: str(item.date_published),
    updated: str(item.date_modified),
    categories: Array.isArray(item.tags) ? item.tags.map(str).filter((t): t is string => t !== undefined) : [],
    enclosures: attachments(item.attachments),
    mediaImages: [str(item.image), str(item.banner_image)].filter((u): u is string => u !== undefined),
    language: str(item.language),
  }
  for (const key of Object.keys(parsed) as (keyof ParsedItem)[]) if (parsed[key] === undefined) delete parsed[key]
  return parsed
}

/** content_text as HTML: escaped, blank lines become paragraphs, single newlines <br>. */
function paragraphs(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('')
}

/** 1.1 "authors" array, else 1.0 "author" object. */
function authorNames(item: Json): string | undefined {
  const list = Array.isArray(item.authors) ? item.authors : isObject(item.author) ? [item.author] : []
  const names = list.filter(isObject).map((a) => str(a.name)).filter((n): n is string => n !== undefined)
  return names.length ? names.join(', ') : undefined
}

function attachments(value: unknown): Enclosure[] {
  if (!Array.isArray(value)) return []
  return value.filter(isObject).flatMap((a) => {
    const url = str(a.url)
    if (!url) return []
    const enclosure: Enclosure = { url }
    const type = str(a.mime_type)
    if (type) enclosure.type = type
    if (typeof a.size_in_bytes === 'number' && a.size_in_bytes > 0) enclosure.length = a.size_in_bytes
    return [enclosure]
  })
}
