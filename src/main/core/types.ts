// Internal engine types: what the parser produces before normalization. Not part of the IPC contract.
import type { Enclosure, FeedFormat } from '../../shared/model'

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
