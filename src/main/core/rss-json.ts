// RSS 2.0 serialised as JSON ({"rss": {"version": "2.0", "channel": {...}}}), as some blog engines publish it,
// mapped to ParsedFeed like the XML form. Element text may be a string or an object with "#text"/"_"/"content".
import type { Enclosure } from '../../shared/model'
import type { ParsedFeed, ParsedItem } from './types'

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v])

/** Text of an element whichever way the serialiser wrote it (plain value, xml2js "_", "#text", "content"). */
function text(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  if (typeof v === 'string') return v.trim() || undefined
  if (isObject(v)) return text(v['#text'] ?? v._ ?? v.content ?? v['$t'])
  if (Array.isArray(v)) return text(v[0])
  return undefined
}

/** An attribute as xml2js ("$": {url}), BadgerFish ("@url") or plain ({url}) writes it. */
function attr(v: unknown, name: string): string | undefined {
  if (!isObject(v)) return undefined
  const attrs = isObject(v.$) ? v.$ : {}
  return text(attrs[name] ?? v[`@${name}`] ?? v[`-${name}`] ?? v[name])
}

export function isRssJson(doc: Json): boolean {
  return isObject(doc.rss) && isObject(doc.rss.channel)
}

export function mapRssJson(doc: Json): ParsedFeed {
  const rss = doc.rss as Json
  const channel = rss.channel as Json
  const version = attr(rss, 'version') ?? text(rss.version)
  const feed: ParsedFeed = {
    format: 'rss',
    version: version ? `rss${version}` : 'rss2.0',
    title: text(channel.title),
    siteUrl: text(channel.link),
    description: text(channel.description),
    language: text(channel.language),
    imageUrl: isObject(channel.image) ? text(channel.image.url) : undefined,
    items: list(channel.item).filter(isObject).map(mapItem),
  }
  for (const key of Object.keys(feed) as (keyof ParsedFeed)[]) if (feed[key] === undefined) delete feed[key]
  return feed
}

function mapItem(item: Json): ParsedItem {
  const guid = item.guid
  const permalink = attr(guid, 'isPermaLink')
  const parsed: ParsedItem = {
    guid: text(guid),
    guidIsPermaLink: permalink === undefined ? undefined : permalink !== 'false',
    link: text(item.link),
    title: text(item.title),
    contentHtml: text(item['content:encoded'] ?? item.content_encoded),
    summaryHtml: text(item.description),
    author: text(item.author ?? item['dc:creator']),
    published: text(item.pubDate ?? item['dc:date']),
    categories: list(item.category).map(text).filter((c): c is string => c !== undefined),
    enclosures: list(item.enclosure).flatMap(enclosure),
    mediaImages: [],
  }
  for (const key of Object.keys(parsed) as (keyof ParsedItem)[]) if (parsed[key] === undefined) delete parsed[key]
  return parsed
}

function enclosure(v: unknown): Enclosure[] {
  const url = attr(v, 'url')
  if (!url) return []
  const result: Enclosure = { url }
  const type = attr(v, 'type')
  if (type) result.type = type
  const length = Number(attr(v, 'length'))
  if (length > 0) result.length = length
  return [result]
}
