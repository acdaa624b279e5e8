// Finds the feeds a web page advertises (<link rel="alternate">), or confirms the URL is itself a feed, and
// falls back to probing common feed paths on the site. Plain Node: never imports electron.
import { decodeHTML } from 'entities'
import { Parser } from 'htmlparser2'
import type { DiscoveredFeed, FeedFormat } from '../../shared/model'
import { decodeFeed } from './decode'
import { fetchFeed } from './fetch-feed'
import { sniffDocument } from './sniff'
import type { FetchOptions } from './types'

export interface DiscoverOptions extends Pick<FetchOptions, 'timeoutMs' | 'connectTimeoutMs' | 'maxBytes' | 'signal'> {
  /** Probes in flight at once when checking links and common paths; default 3. */
  probeConcurrency?: number
}

const COMMON_FEED_PATHS = ['/feed', '/rss', '/rss.xml', '/atom.xml', '/index.xml', '/feed.json', '/feed.xml']
/** A page advertising more feeds than this is listed up to it: a hostile page with 10,000 links must not turn
 *  discovery into 10,000 requests (to any host it names) or a list no one can read. */
const MAX_FEED_LINKS = 50
/** Untyped links are fetched to check them; at most this many. */
const MAX_PROBED_LINKS = 10

const PAGE_ACCEPT =
  'text/html, application/xhtml+xml, application/rss+xml;q=0.9, application/atom+xml;q=0.9, ' +
  'application/feed+json;q=0.9, application/xml;q=0.8, */*;q=0.5'

// Link types trusted as feeds. application/json and XML types are only candidates: WordPress, for one,
// advertises its REST API as rel="alternate" type="application/json" on every page.
const TRUSTED_TYPES: Record<string, FeedFormat> = {
  'application/rss+xml': 'rss',
  'application/rdf+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/feed+json': 'json',
}
const CANDIDATE_TYPES = new Set(['application/json', 'application/xml', 'text/xml'])

interface FeedLink {
  url: string
  title?: string
  /** Set when the link's type says which format; otherwise the link must be fetched and sniffed. */
  type?: FeedFormat
}

export async function discoverFeeds(pageUrl: string, opts: DiscoverOptions = {}): Promise<DiscoveredFeed[]> {
  const page = await fetchFeed(pageUrl, { ...fetchOptions(opts), accept: PAGE_ACCEPT })
  if (page.kind !== 'fetched') return [] // 304 cannot answer a request without validators
  const { text } = decodeFeed(page.bytes, page.contentType)
  const kind = sniffDocument(text)
  if (kind === 'rss' || kind === 'atom' || kind === 'json') {
    return [withTitle({ url: page.permanentUrl ?? pageUrl, type: kind }, feedTitle(text, kind))]
  }

  const links = findFeedLinks(text, page.finalUrl)
  const trusted = links.filter((l): l is FeedLink & { type: FeedFormat } => l.type !== undefined).slice(0, MAX_FEED_LINKS)
  const verified = await probeAll(
    links
      .filter((l) => l.type === undefined)
      .slice(0, MAX_PROBED_LINKS)
      .map((l) => l.url),
    opts,
  )
  const advertised = [...trusted.map((l) => withTitle({ url: l.url, type: l.type }, l.title)), ...verified]
  if (advertised.length > 0) return advertised

  const origin = new URL(page.finalUrl).origin
  return probeAll(
    COMMON_FEED_PATHS.map((p) => origin + p),
    opts,
  )
}

function fetchOptions(opts: DiscoverOptions): FetchOptions {
  const { probeConcurrency: _, ...rest } = opts
  return rest
}

/** Feed <link>s of an HTML page, resolved against <base href> and the page URL, de-duplicated, in order. */
export function findFeedLinks(html: string, pageUrl: string): FeedLink[] {
  let baseHref: string | undefined
  const raw: Array<{ href: string; title?: string; type?: FeedFormat }> = []
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'base' && baseHref === undefined && attrs.href) baseHref = attrs.href
        if (name !== 'link' || !attrs.href) return
        const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/)
        const type = (attrs.type ?? '').toLowerCase().split(';')[0]!.trim()
        const trusted = TRUSTED_TYPES[type]
        const isAlternate = rel.includes('alternate') && (trusted !== undefined || CANDIDATE_TYPES.has(type))
        if (!isAlternate && !rel.includes('feed')) return
        raw.push({ href: attrs.href, title: attrs.title?.trim() || undefined, type: trusted })
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(html)
  parser.end()

  const base = resolveHttp(baseHref ?? '', pageUrl) ?? pageUrl
  const seen = new Set<string>()
  const links: FeedLink[] = []
  for (const { href, title, type } of raw) {
    const url = resolveHttp(href, base)
    if (!url || seen.has(url)) continue
    seen.add(url)
    links.push({ url, ...(title && { title }), ...(type && { type }) })
  }
  return links
}

/** Absolute http(s) URL, or undefined. Accepts the old feed: pseudo-scheme (feed://host/x, feed:https://host/x). */
function resolveHttp(href: string, base: string): string | undefined {
  const cleaned = href.trim().replace(/^feed:(?=https?:)/i, '').replace(/^feed:\/\//i, 'http://')
  try {
    const url = new URL(cleaned, base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** Fetches each URL (a few at a time) and keeps those that sniff as feeds; the same feed reached twice counts once. */
async function probeAll(urls: string[], opts: DiscoverOptions): Promise<DiscoveredFeed[]> {
  const results = await mapLimit(urls, opts.probeConcurrency ?? 3, (url) => probe(url, opts))
  const seen = new Set<string>()
  const feeds: DiscoveredFeed[] = []
  for (const r of results) {
    if (!r || seen.has(r.finalUrl) || seen.has(r.hash)) continue
    seen.add(r.finalUrl).add(r.hash)
    feeds.push(r.feed)
  }
  return feeds
}

async function probe(url: string, opts: DiscoverOptions) {
  try {
    // A guessed path that hangs should not hold discovery for the full 30 s feed timeout.
    const res = await fetchFeed(url, { timeoutMs: 10_000, ...fetchOptions(opts) })
    if (res.kind !== 'fetched') return undefined
    const { text } = decodeFeed(res.bytes, res.contentType)
    const type = sniffDocument(text)
    if (type !== 'rss' && type !== 'atom' && type !== 'json') return undefined
    const feed = withTitle({ url: res.permanentUrl ?? url, type }, feedTitle(text, type))
    return { feed, finalUrl: res.finalUrl, hash: res.validators.contentHash ?? url }
  } catch (err) {
    if (opts.signal?.aborted) throw err // the caller gave up: stop, don't report "no feeds"
    return undefined // a missing or broken candidate is simply not a feed
  }
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = Array.from({ length: items.length })
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}

function withTitle(feed: DiscoveredFeed, title: string | undefined): DiscoveredFeed {
  return title ? { ...feed, title } : feed
}

/** The feed's own title when cheap to get: the first <title> of an XML feed, or "title" of a JSON Feed. */
export function feedTitle(text: string, type: FeedFormat): string | undefined {
  if (type === 'json') {
    try {
      const title: unknown = (JSON.parse(text) as { title?: unknown }).title
      return typeof title === 'string' ? title.trim() || undefined : undefined
    } catch {
      return undefined
    }
  }
  const m = /<(?:[\w-]+:)?title\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?title>/i.exec(text.slice(0, 65_536))
  if (!m) return undefined
  const inner = m[1]!.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
  // Atom type="html" titles are escaped markup: decode, then drop tags.
  const plain = decodeHTML(decodeHTML(inner).replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim()
  return plain || undefined
}
