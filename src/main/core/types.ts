// Internal engine types: what the parser produces before normalization. Not part of the IPC contract.
import type { Enclosure, FeedFormat, FeedValidators } from '../../shared/model'

/** One item as found in the document, fields still raw (HTML, unresolved URLs, date strings). */
export interface ParsedItem {
  guid?: string
  /** Whether the RSS guid is a permalink (isPermaLink != "false"). */
  guidIsPermaLink?: boolean
  link?: string
  /** May contain HTML or entities. */
  title?: string
  /** Full content HTML (content:encoded, atom content, content_html). */
  contentHtml?: string
  /** Description / summary HTML or text. */
  summaryHtml?: string
  author?: string
  /** Raw date strings as given. */
  published?: string
  updated?: string
  categories: string[]
  enclosures: Enclosure[]
  /** Image URLs from media:content (image), media:thumbnail, media:group, in document order. */
  mediaImages: string[]
  itunesImage?: string
  language?: string
  /** xml:base in effect for this item, for resolving relative URLs. */
  baseUrl?: string
}

export interface ParsedFeed {
  format: FeedFormat
  /** e.g. 'rss2.0', 'rss1.0', 'atom1.0', 'atom0.3', 'json1.1' */
  version?: string
  title?: string
  siteUrl?: string
  description?: string
  language?: string
  imageUrl?: string
  /** <ttl> in minutes. */
  ttlMinutes?: number
  /** sy:updatePeriod × sy:updateFrequency converted to minutes between updates. */
  updatePeriodMinutes?: number
  baseUrl?: string
  items: ParsedItem[]
}

/** A 2xx response with its (decompressed) body. */
interface FetchedBody {
  kind: 'fetched'
  status: number
  /** URL after following redirects. */
  finalUrl: string
  /** Set when every redirect hop was permanent (301/308): the feed's new URL to store. */
  permanentUrl?: string
  /** Decompressed body bytes, capped at FetchOptions.maxBytes. */
  bytes: Uint8Array
  contentType?: string
  /** etag and lastModified from the response; contentHash = sha1 hex of bytes. */
  validators: FeedValidators
  /** Cache-Control max-age, seconds. */
  maxAgeSeconds?: number
}

/** A 304 answer to a conditional GET: nothing to parse. */
interface NotModified {
  kind: 'not-modified'
  status: 304
  finalUrl: string
  permanentUrl?: string
  /** The validators to keep (the request's, updated by any the 304 carried). */
  validators: FeedValidators
  maxAgeSeconds?: number
}

export type FetchOutcome = FetchedBody | NotModified

export interface FetchOptions {
  /** Sends If-None-Match / If-Modified-Since. */
  validators?: FeedValidators
  /** Whole request including body, default 30 000 ms. */
  timeoutMs?: number
  /** TCP/TLS connect, default 10 000 ms. */
  connectTimeoutMs?: number
  /** Cap on the decompressed body; the download is aborted past it. Default 20 MB. */
  maxBytes?: number
  /** Default 5. */
  maxRedirects?: number
  /** Accept header; defaults to feed types. */
  accept?: string
  /** Referer header, sent on every hop (image downloads name the article page, as a browser would). */
  referer?: string
  signal?: AbortSignal
}
