// Feed text -> ParsedFeed for RSS 0.9x/1.0/2.0, Atom 0.3/1.0 (through rss-parser) and JSON Feed.
// The only file importing rss-parser. Plain Node: never imports electron.
// rss-parser maps few fields and loses attributes, so every element we need is requested raw through
// customFields with keepArray, and mapped here from xml2js nodes ({ _: text, $: attributes, child: [...] }).
import Parser from 'rss-parser'
import { FeedError } from './errors'
import { sniffDocument } from './sniff'
import { findDoctype, headWithoutDoctype } from './doctype'
import { isNestedDeeperThan, MAX_XML_DEPTH } from './xml-depth'
import { cutToNewestItems, newestItems } from './newest-items'
import { parseJsonFeed } from './json-feed'
import { decodeHTMLStrict } from 'entities'
import { escapeHtml, htmlToText, resolveHtmlUrls } from './html-text'
import { resolveHttpUrl } from './canonical-url'
import type { ParsedFeed, ParsedItem } from './types'
import type { Enclosure, FeedFormat } from '../../shared/model'

const ITEM_FIELDS = [
  '$', 'title', 'link', 'guid', 'id', 'description', 'summary', 'content', 'content:encoded', 'author',
  'dc:creator', 'itunes:author', 'pubDate', 'published', 'updated', 'issued', 'modified', 'created', 'dc:date',
  'dcterms:issued', 'dcterms:created', 'dcterms:modified', 'category', 'dc:subject', 'enclosure',
  'media:content', 'media:thumbnail', 'media:group', 'itunes:image', 'dc:language', 'dc:title', 'dc:description',
  'dc:author', 'media:title', 'itunes:summary', 'itunes:subtitle', 'itunes:category',
]
const FEED_FIELDS = [
  '$', 'title', 'link', 'description', 'subtitle', 'tagline', 'language', 'dc:language', 'image', 'itunes:image',
  'logo', 'icon', 'ttl', 'sy:updatePeriod', 'sy:updateFrequency', 'dc:title', 'dc:description', 'itunes:summary',
  'itunes:subtitle', 'author',
]
const raw = (name: string) => [name, `raw:${name}`, { keepArray: true }]

type Raw = Record<string, unknown>
type RssParser = Parser<Raw, Raw>
let sharedParser: RssParser | undefined

/**
 * rss-parser also maps each item to its own fields: a snippet of the description, content:encoded or Atom content (two
 * regular expressions and an entity decode over the whole HTML), ISO dates, re-serialised child markup. mapRss and
 * mapAtom read only the raw:* fields, so items get those alone: a fifth of the parse on the farm's feeds.
 */
export class RawItemParser extends Parser<Raw, Raw> {
  parseItemRss(xmlItem: Raw): Raw {
    return rawFields(xmlItem)
  }

  // rss-parser's own Atom mapping threw on two things mapAtom reads well, and lost the feed for them: an entry
  // <link> without attributes (<link>https://...</link>: the whole feed read as having no items) and an unreadable
  // <published>/<updated> (a RangeError that rejected the feed). Skipping that mapping keeps those feeds.
  parseItemAtom(entry: Raw): Raw {
    // An empty <entry/> reaches here as a string: an item without fields.
    return typeof entry === 'string' ? {} : rawFields(entry)
  }
}

function rawFields(element: Raw): Raw {
  const item: Raw = {}
  for (const name of ITEM_FIELDS) {
    const value = element[name] as { _?: unknown } | undefined
    if (value === undefined) continue
    // As rss-parser's copy does: only the attributes object ('$') can carry a '_' (an attribute named "_").
    item[`raw:${name}`] = value && typeof value._ === 'string' ? value._ : value
  }
  return item
}

export const PARSER_OPTIONS: Parser.ParserOptions<Raw, Raw> = {
  // <rss> without a version attribute (seen in the wild) is read as RSS 2.0 instead of being rejected.
  defaultRSS: 2,
  customFields: { item: ITEM_FIELDS.map(raw) as never, feed: FEED_FIELDS.map(raw) as never },
}

/** One instance for every call: building xml2js parsers per feed is wasted work. Dropped after an error. */
function getParser(): RssParser {
  sharedParser ??= new RawItemParser(PARSER_OPTIONS)
  return sharedParser
}

export interface ParseOptions {
  /** Keep at most this many items, the newest; items beyond it are cut before the XML parse. Default: all. */
  maxItems?: number
}

/** Parses decoded feed text. Throws FeedError 'not-a-feed' for web pages and unknown documents, 'parse' for broken ones. */
export async function parseFeed(text: string, feedUrl: string, options: ParseOptions = {}): Promise<ParsedFeed> {
  const { maxItems } = options
  const isJson = /^\uFEFF?\s*\{/.test(text.slice(0, 1024))
  const doctype = isJson ? undefined : findDoctype(text, feedUrl)
  // A DOCTYPE with a large internal subset pushes the root element past what sniffing looks at (64 KB).
  const head = headWithoutDoctype(text, doctype)
  // JSON is recognised from the parsed document (json-feed.ts), which needs all of it, not a 64 KB head.
  const kind = sniffDocument(isJson ? text : head)
  if (kind === 'json') return keepNewest(parseJsonFeed(text, feedUrl), maxItems)
  if (kind === 'html') throw new FeedError('not-a-feed', 'not a feed: this is a web page; try discovery')
  if (kind === 'unknown') throw new FeedError('not-a-feed', describeUnknown(head))
  const root = readRoot(head)
  const doc = { feedUrl, root, subset: doctype?.subset ?? '' }
  const prepare = (xml: string) => (kind === 'atom' && xml.includes('xhtml') ? wrapXhtmlAsCdata(xml) : xml)
  const cut = maxItems === undefined ? text : cutToNewestItems(text, kind, maxItems)
  let output: Raw & { items: Raw[] }
  try {
    output = await parseXml(prepare(cut), doc)
  } catch (err) {
    if (cut === text) throw err
    output = await parseXml(prepare(text), doc) // an item tag inside CDATA misled the cut: parse it all
  }
  return keepNewest(kind === 'atom' ? mapAtom(output, root, feedUrl) : mapRss(output, root, feedUrl), maxItems)
}

function keepNewest(feed: ParsedFeed, maxItems: number | undefined): ParsedFeed {
  return maxItems === undefined ? feed : { ...feed, items: newestItems(feed.items, maxItems) }
}

interface XmlDocumentInfo {
  feedUrl: string
  root: RootElement
  /** The internal DTD subset, whose literal entities the repair pass expands. */
  subset: string
}

async function parseXml(text: string, { feedUrl, root, subset }: XmlDocumentInfo): Promise<Raw & { items: Raw[] }> {
  if (isNestedDeeperThan(text)) {
    throw new FeedError('parse', `Could not parse feed ${feedUrl}: its elements are nested more than ${MAX_XML_DEPTH} levels deep`)
  }
  try {
    return await getParser().parseString(text)
  } catch (err) {
    sharedParser = undefined // xml2js keeps half-parsed state after an error; start the next feed clean
    const reason = err instanceof Error ? err.message : String(err)
    // rss-parser indexes channel[0] blindly: a TypeError after a successful XML parse means no <channel>.
    if (err instanceof TypeError && !/<(?:[\w-]+:)?channel[\s>/]/.test(text)) return { items: [] }
    if (/not recognized as RSS/.test(reason)) {
      throw new FeedError('not-a-feed', `not a feed: the document is neither RSS, Atom nor JSON Feed (root element <${root.name}>)`)
    }
    if (err instanceof RangeError) {
      // xml2js and rss-parser recurse per element: a document nested thousands deep overflows the stack.
      throw new FeedError('parse', `Could not parse feed ${feedUrl}: its elements are nested too deeply (${reason})`, { cause: err })
    }
    const repaired = repairXml(text, subset)
    if (repaired !== text) {
      try {
        return await getParser().parseString(repaired)
      } catch {
        sharedParser = undefined // report the original error: it points at the real defect
      }
    }
    const why = err instanceof TypeError ? `rss-parser could not read the document structure (${reason})` : reason
    throw new FeedError('parse', `Could not parse feed ${feedUrl}: ${firstLine(why)}`, { cause: err })
  }
}

/**
 * The two defects that break most real feeds: a bare '&' ("Q&A", unescaped query strings) and HTML entities
 * the XML parser does not know (&hellip; is known, &NewLine; or &foo; are not). Known HTML entities become
 * numeric references; anything else becomes literal text, which is what the author meant.
 */
function repairXml(text: string, subset: string): string {
  return expandInternalEntities(text, subset).replace(/&(?!#\d+;|#x[\da-fA-F]+;|(?:amp|lt|gt|quot|apos);)(?:([a-zA-Z][\w.-]*);)?/g, (_m, name?: string) => {
    if (!name) return '&amp;'
    const decoded = decodeHTMLStrict(`&${name};`)
    if (decoded === `&${name};`) return `&amp;${name};`
    return [...decoded].map((c) => `&#x${c.codePointAt(0)!.toString(16)};`).join('')
  })
}

/**
 * sax does not read DTDs, so entities declared in an internal subset (<!DOCTYPE rss [<!ENTITY id "x">]>) are
 * unknown to it. Literal, non-nested values are substituted; nested ones are skipped, and expansion stops after
 * MAX_ENTITY_GROWTH added characters, so a small document cannot blow up into a huge one.
 */
function expandInternalEntities(text: string, subset: string): string {
  if (!subset) return text
  const values = new Map<string, string>()
  for (const m of subset.matchAll(/<!ENTITY\s+([a-zA-Z_][\w.-]*)\s+(?:"([^"&%<]*)"|'([^'&%<]*)')\s*>/g)) {
    if (values.size < MAX_ENTITIES) values.set(m[1]!, m[2] ?? m[3] ?? '')
  }
  if (!values.size) return text
  let growth = 0
  return text.replace(/&([a-zA-Z_][\w.-]*);/g, (whole, name: string) => {
    const value = values.get(name)
    if (value === undefined || growth + value.length > MAX_ENTITY_GROWTH) return whole
    growth += value.length
    return value
  })
}
const MAX_ENTITY_GROWTH = 1_000_000
const MAX_ENTITIES = 10_000

/**
 * xml2js splits mixed content into text and child arrays and loses their order, so inline XHTML
 * (<content type="xhtml"><div>a <b>b</b> c</div></content>) would come out scrambled. Wrapping those
 * constructs in CDATA first keeps the markup verbatim; mapping then unwraps the xhtml <div>.
 */
function wrapXhtmlAsCdata(text: string): string {
  return text.replace(
    /<((?:title|subtitle|summary|content|rights|tagline|info|copyright))(\s[^>]*?type\s*=\s*["'](?:xhtml|application\/xhtml\+xml)["'][^>]*?)(?<!\/)>([\s\S]*?)<\/\1>/g,
    (_m, name: string, attrs: string, inner: string) =>
      `<${name}${attrs}><![CDATA[${inner.replace(/]]>/g, ']]]]><![CDATA[>')}]]></${name}>`,
  )
}

// ---- xml2js node helpers ----

interface XmlObject {
  _?: unknown
  $?: Record<string, string>
  [child: string]: unknown
}
type XmlNode = string | XmlObject

const nodes = (source: Raw, field: string): XmlNode[] => {
  const v = source[`raw:${field}`]
  return Array.isArray(v) ? (v as XmlNode[]).filter((n) => n !== undefined && n !== null) : []
}
const firstNode = (source: Raw, field: string): XmlNode | undefined => nodes(source, field)[0]
const attrsOf = (node: XmlNode | undefined): Record<string, string> =>
  node && typeof node === 'object' && node.$ && typeof node.$ === 'object' ? node.$ : {}
const ownAttrs = (source: Raw): Record<string, string> => {
  const v = source['raw:$']
  return v && typeof v === 'object' ? (v as Record<string, string>) : {}
}

/** Text of a node; for an element with children (markup that should have been escaped) all its text, in a lossy order. */
function textOf(node: XmlNode | undefined): string | undefined {
  if (node === undefined) return undefined
  if (typeof node === 'string') return node
  if (typeof node._ === 'string' && Object.keys(node).every((k) => k === '_' || k === '$')) return node._
  const parts: string[] = typeof node._ === 'string' ? [node._] : []
  for (const [key, value] of Object.entries(node)) {
    if (key === '_' || key === '$' || !Array.isArray(value)) continue
    for (const child of value as XmlNode[]) parts.push(textOf(child) ?? '')
  }
  return parts.join(' ')
}

const firstText = (source: Raw, ...fields: string[]): string | undefined => {
  for (const field of fields) {
    const text = textOf(firstNode(source, field))?.trim()
    if (text) return text
  }
  return undefined
}

// ---- root element and bases ----

interface RootElement {
  name: string
  attrs: Record<string, string>
}

function readRoot(text: string): RootElement {
  const head = text.slice(0, 65_536).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>/gi, '')
  const m = /<([A-Za-z_][\w:.-]*)(\s[^>]*)?>/.exec(head)
  const attrs: Record<string, string> = {}
  for (const a of (m?.[2] ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]!] = a[2] ?? a[3] ?? ''
  return { name: m?.[1] ?? '?', attrs }
}

function describeUnknown(text: string): string {
  const body = text.replace(/^\uFEFF/, '').trim()
  if (!body) return 'not a feed: empty document'
  if (body.startsWith('{')) return 'not a feed: a JSON document without a JSON Feed "version"'
  const root = readRoot(body)
  if (root.name === '?') return 'not a feed: the document is not XML (no root element)'
  return `not a feed: the document is neither RSS, Atom nor JSON Feed (root element <${root.name}>)`
}

/** Resolves an xml:base value against the base in effect; a relative base that cannot be resolved is dropped. */
function resolveBase(xmlBase: string | undefined, parent: string | undefined): string | undefined {
  if (!xmlBase?.trim()) return parent
  try {
    return new URL(xmlBase.trim(), parent).href
  } catch {
    return parent
  }
}

// ---- shared mapping ----

function mapFeedCommon(output: Raw, root: RootElement, feedUrl: string, format: FeedFormat, version: string): ParsedFeed {
  const channelAttrs = ownAttrs(output)
  const baseUrl = resolveBase(channelAttrs['xml:base'], resolveBase(root.attrs['xml:base'], feedUrl))
  const period = PERIOD_MINUTES[firstText(output, 'sy:updatePeriod')?.toLowerCase() ?? '']
  const frequency = Number(firstText(output, 'sy:updateFrequency') ?? 1)
  const ttl = Number.parseInt(firstText(output, 'ttl') ?? '', 10)
  const imageNode = firstNode(output, 'image')
  return {
    format,
    version,
    language: firstText(output, 'language', 'dc:language') ?? channelAttrs['xml:lang'] ?? root.attrs['xml:lang'],
    imageUrl: absolute(
      (imageNode && typeof imageNode === 'object' ? textOf((imageNode.url as XmlNode[] | undefined)?.[0])?.trim() : undefined) ??
        itunesImage(output) ??
        firstText(output, 'logo', 'icon'),
      baseUrl ?? feedUrl,
    ),
    ttlMinutes: ttl > 0 ? ttl : undefined,
    updatePeriodMinutes: period && frequency > 0 ? Math.round(period / frequency) : undefined,
    baseUrl: baseUrl === feedUrl ? undefined : baseUrl,
    items: [],
  }
}

/**
 * Feed-level title and description are plain text and feed URLs absolute: they go straight into FeedInfo.
 * (Item fields stay raw, as ParsedItem documents; normalizeItem turns them into text and absolute URLs.)
 */
const plainText = (html: string | undefined): string | undefined => htmlToText(html) || undefined
const absolute = (url: string | undefined, base: string): string | undefined => (url ? resolveHttpUrl(url, base) ?? url : undefined)

const PERIOD_MINUTES: Record<string, number> = { hourly: 60, daily: 1440, weekly: 10080, monthly: 43200, yearly: 525600 }

function itunesImage(source: Raw): string | undefined {
  const node = firstNode(source, 'itunes:image')
  return (attrsOf(node).href ?? attrsOf(node).url ?? textOf(node))?.trim() || undefined
}

function categoriesOf(item: Raw): string[] {
  const out: string[] = []
  for (const node of [...nodes(item, 'category'), ...nodes(item, 'dc:subject')]) {
    const a = attrsOf(node)
    // label is the human-readable form; term is often an id or a URI.
    const value = a.label ?? a.term ?? textOf(node)
    if (value?.trim()) out.push(value.trim())
  }
  const itunes = (list: XmlNode[]) => {
    for (const node of list) {
      if (attrsOf(node).text?.trim()) out.push(attrsOf(node).text!.trim())
      if (typeof node === 'object') itunes((node['itunes:category'] as XmlNode[] | undefined) ?? [])
    }
  }
  itunes(nodes(item, 'itunes:category'))
  return out
}

function rssEnclosures(item: Raw): Enclosure[] {
  return nodes(item, 'enclosure').flatMap((node) => toEnclosure(attrsOf(node).url, attrsOf(node).type, attrsOf(node).length))
}

function toEnclosure(url: string | undefined, type: string | undefined, length: string | undefined): Enclosure[] {
  if (!url?.trim()) return []
  const size = Number.parseInt(length ?? '', 10)
  const enclosure: Enclosure = { url: url.trim() }
  if (type?.trim()) enclosure.type = type.trim()
  if (size > 0) enclosure.length = size
  return [enclosure]
}

/** media:content images, media:thumbnail, then the same inside each media:group, in that order. */
function mediaImages(item: Raw): string[] {
  const urls: string[] = []
  const collect = (contents: XmlNode[], thumbnails: XmlNode[]) => {
    for (const node of contents) {
      const a = attrsOf(node)
      if (a.url && isImageMedia(a)) urls.push(a.url.trim())
      if (typeof node === 'object') collect([], (node['media:thumbnail'] as XmlNode[] | undefined) ?? [])
    }
    for (const node of thumbnails) if (attrsOf(node).url) urls.push(attrsOf(node).url!.trim())
  }
  collect(nodes(item, 'media:content'), nodes(item, 'media:thumbnail'))
  for (const group of nodes(item, 'media:group')) {
    if (typeof group !== 'object') continue
    collect((group['media:content'] as XmlNode[] | undefined) ?? [], (group['media:thumbnail'] as XmlNode[] | undefined) ?? [])
  }
  return [...new Set(urls)]
}

function isImageMedia(a: Record<string, string>): boolean {
  if (a.medium) return a.medium.toLowerCase() === 'image'
  if (a.type) return a.type.toLowerCase().startsWith('image/')
  return /\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#])/i.test(a.url ?? '')
}

function finishItem(item: ParsedItem): ParsedItem {
  for (const key of Object.keys(item) as (keyof ParsedItem)[]) if (item[key] === undefined) delete item[key]
  return item
}

// ---- RSS ----

function mapRss(output: Raw & { items: Raw[] }, root: RootElement, feedUrl: string): ParsedFeed {
  const isRdf = /rdf$/i.test(root.name)
  const version = isRdf
    ? root.attrs.xmlns?.includes('netscape.com/rdf/simple/0.9') ? 'rss0.90' : 'rss1.0'
    : rssVersion(root.attrs.version)
  const feed = mapFeedCommon(output, root, feedUrl, 'rss', version)
  feed.title = plainText(firstText(output, 'title', 'dc:title'))
  feed.siteUrl = absolute(rssLink(nodes(output, 'link')), feed.baseUrl ?? feedUrl)
  feed.description = plainText(firstText(output, 'description', 'dc:description', 'itunes:summary', 'itunes:subtitle'))
  feed.items = output.items.map((item) => mapRssItem(item, feed.baseUrl, feedUrl))
  return finishFeed(feed)
}

/**
 * The RSS <link> text. Atom links in the default namespace also land here (<link rel="self" href="..."
 * xmlns="http://www.w3.org/2005/Atom"/>): of those only an alternate href counts, never self or hub.
 */
function rssLink(links: XmlNode[]): string | undefined {
  const text = links.map((n) => textOf(n)?.trim()).find((l) => l)
  if (text) return text
  const alternate = links.find((n) => attrsOf(n).href && (attrsOf(n).rel ?? 'alternate') === 'alternate')
  return alternate ? attrsOf(alternate).href!.trim() : undefined
}

/** 'rss2.0' for every 2.x (2.01 and 2.1 exist in the wild and mean 2.0), 'rss0.91' etc. as written. */
function rssVersion(attr: string | undefined): string {
  const v = attr?.trim()
  if (!v) return 'rss'
  return v.startsWith('2') ? 'rss2.0' : `rss${v}`
}

function mapRssItem(item: Raw, feedBase: string | undefined, feedUrl: string): ParsedItem {
  const attrs = ownAttrs(item)
  const base = resolveBase(attrs['xml:base'], feedBase ?? feedUrl)
  const guidNode = firstNode(item, 'guid')
  const guid = textOf(guidNode)?.trim() || undefined
  const about = attrs['rdf:about']?.trim() || undefined
  return finishItem({
    // RSS 1.0 has no guid: rdf:about is the item's identity (usually its URL, but not promised to be).
    guid: guid ?? about,
    guidIsPermaLink: guid === undefined ? (about === undefined ? undefined : false) : attrsOf(guidNode).isPermaLink?.trim().toLowerCase() !== 'false',
    link: rssLink(nodes(item, 'link')) ?? about,
    title: firstText(item, 'title', 'dc:title', 'media:title'),
    contentHtml: elementHtml(firstNode(item, 'content:encoded'), base),
    summaryHtml: elementHtml(firstNode(item, 'description') ?? firstNode(item, 'dc:description') ?? firstNode(item, 'itunes:summary'), base),
    author: firstText(item, 'dc:creator', 'author', 'dc:author', 'itunes:author'),
    published: firstText(item, 'pubDate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'published', 'issued'),
    updated: firstText(item, 'dcterms:modified', 'updated', 'modified'),
    categories: categoriesOf(item),
    enclosures: rssEnclosures(item),
    mediaImages: mediaImages(item),
    itunesImage: itunesImage(item),
    language: firstText(item, 'dc:language') ?? attrs['xml:lang'],
    baseUrl: attrs['xml:base'] || feedBase ? base : undefined,
  })
}

/** Raw HTML of an RSS element; an element-level xml:base is applied at once, since only one base per item survives. */
function elementHtml(node: XmlNode | undefined, itemBase: string | undefined): string | undefined {
  const html = textOf(node)
  if (!html?.trim()) return undefined
  const own = attrsOf(node)['xml:base']
  return own ? resolveHtmlUrls(html, resolveBase(own, itemBase)) : html
}

function finishFeed(feed: ParsedFeed): ParsedFeed {
  for (const key of Object.keys(feed) as (keyof ParsedFeed)[]) if (feed[key] === undefined) delete feed[key]
  return feed
}

// ---- Atom ----

function mapAtom(output: Raw & { items: Raw[] }, root: RootElement, feedUrl: string): ParsedFeed {
  const ns = root.attrs.xmlns ?? ''
  const version = ns === 'http://www.w3.org/2005/Atom' ? 'atom1.0' : root.attrs.version === '0.3' || ns.includes('purl.org/atom') ? 'atom0.3' : 'atom'
  const feed = mapFeedCommon(output, root, feedUrl, 'atom', version)
  const base = feed.baseUrl ?? feedUrl
  feed.title = plainText(atomTextHtml(firstNode(output, 'title'), base))
  feed.siteUrl = absolute(alternateLink(nodes(output, 'link'), base), base)
  feed.description = plainText(atomTextHtml(firstNode(output, 'subtitle') ?? firstNode(output, 'tagline'), base))
  const feedAuthor = atomAuthor(output)
  feed.items = output.items.map((entry) => mapAtomEntry(entry, feed.baseUrl, feedUrl, feedAuthor))
  return finishFeed(feed)
}

/** The name of the first atom:author. */
function atomAuthor(source: Raw): string | undefined {
  const node = firstNode(source, 'author')
  return node && typeof node === 'object' ? textOf((node.name as XmlNode[] | undefined)?.[0])?.trim() || undefined : undefined
}

/** feedAuthor: Atom says an entry without atom:author inherits the feed's. */
function mapAtomEntry(entry: Raw, feedBase: string | undefined, feedUrl: string, feedAuthor: string | undefined): ParsedItem {
  const attrs = ownAttrs(entry)
  const base = resolveBase(attrs['xml:base'], feedBase ?? feedUrl)!
  const links = nodes(entry, 'link')
  const enclosures = links
    .filter((l) => attrsOf(l).rel === 'enclosure')
    .flatMap((l) => toEnclosure(linkHref(l, base), attrsOf(l).type, attrsOf(l).length))
  return finishItem({
    guid: firstText(entry, 'id'),
    guidIsPermaLink: false,
    link: alternateLink(links, base),
    title: atomTextHtml(firstNode(entry, 'title'), base) ?? firstText(entry, 'media:title'),
    contentHtml: atomTextHtml(firstNode(entry, 'content'), base) ?? elementHtml(firstNode(entry, 'content:encoded'), base),
    summaryHtml: atomTextHtml(firstNode(entry, 'summary'), base),
    author: atomAuthor(entry) ?? firstText(entry, 'dc:creator', 'itunes:author') ?? feedAuthor,
    published: firstText(entry, 'published', 'issued', 'created', 'dc:date', 'pubDate'),
    updated: firstText(entry, 'updated', 'modified'),
    categories: categoriesOf(entry),
    enclosures: [...enclosures, ...rssEnclosures(entry)],
    mediaImages: mediaImages(entry),
    itunesImage: itunesImage(entry),
    language: attrs['xml:lang'] ?? firstText(entry, 'dc:language'),
    baseUrl: attrs['xml:base'] || feedBase ? base : undefined,
  })
}

/** rel="alternate" (or no rel) first, else any link that is not self/edit/enclosure. Own xml:base applied. */
function alternateLink(links: XmlNode[], base: string): string | undefined {
  const candidates = links.filter((l) => linkHref(l, base))
  const alternate = candidates.find((l) => (attrsOf(l).rel ?? 'alternate').trim() === 'alternate')
  const fallback = candidates.find((l) => !['self', 'edit', 'enclosure', 'replies', 'license', 'hub'].includes(attrsOf(l).rel ?? ''))
  const chosen = alternate ?? fallback
  return chosen ? linkHref(chosen, base) : undefined
}

/** The href as written, unless the link carries its own xml:base, which only this function can see. */
function linkHref(link: XmlNode, base: string): string | undefined {
  const a = attrsOf(link)
  // <link>url</link> in Atom is invalid but seen; the text is the only address there is.
  const href = (a.href ?? textOf(link))?.trim()
  if (!href || !a['xml:base']) return href
  return resolveHttpUrl(href, resolveBase(a['xml:base'], base)) ?? href
}

/**
 * An Atom text construct as HTML: type text is escaped, html kept, xhtml unwrapped from its <div>.
 * Atom 0.3 spells types as MIME types and may base64-encode them (mode="base64").
 */
function atomTextHtml(node: XmlNode | undefined, base: string): string | undefined {
  if (node === undefined) return undefined
  const a = attrsOf(node)
  if (a.src) return undefined // out-of-line content: nothing to show inline
  const value = textOf(node) ?? ''
  const type = (a.type?.trim() || 'text').toLowerCase()
  let html: string | undefined
  if (a.mode === 'base64') html = decodeBase64Text(value)
  else if (type === 'html' || type === 'text/html') html = value
  // Atom 1.0 wraps xhtml in a <div> that is not part of the content; Atom 0.3 (mode="xml") has no such rule.
  else if (type === 'xhtml') html = unwrapXhtmlDiv(value)
  else if (type === 'application/xhtml+xml') html = value.trim().replace(/\s+xmlns(?::[\w-]+)?\s*=\s*(?:"[^"]*"|'[^']*')/g, '')
  else if (type === 'text' || type.startsWith('text/')) html = escapeHtml(value)
  else if (!/xml/.test(type)) html = decodeBase64Text(value) // Atom 1.0: other media types are base64
  if (!html?.trim()) return undefined
  return a['xml:base'] ? resolveHtmlUrls(html, resolveBase(a['xml:base'], base)) : html
}

/** Base64 that decodes to valid UTF-8 text (shown as HTML, sanitized at display); undefined for binary data. */
function decodeBase64Text(value: string): string | undefined {
  const bytes = Buffer.from(value.replace(/\s+/g, ''), 'base64')
  const text = bytes.toString('utf8')
  return text.includes('\uFFFD') || text.includes('\0') ? undefined : text
}

function unwrapXhtmlDiv(xhtml: string): string {
  const m = /^\s*<(?:[\w-]+:)?div\b[^>]*>([\s\S]*)<\/(?:[\w-]+:)?div>\s*$/.exec(xhtml)
  return (m ? m[1]! : xhtml).trim()
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim().slice(0, 300)
}
