// Looks at a decoded document to tell feeds from web pages. XML is judged by its root element (no full parse);
// JSON is parsed, because the same text can be written many ways ("https:\/\/jsonfeed.org" is what PHP writes).
import type { FeedFormat } from '../../shared/model'
import { jsonFeedKind } from './json-feed'

export type SniffedKind = FeedFormat | 'html' | 'unknown'

/** Strips BOM, XML prolog, comments, processing instructions and doctype, then looks at the root. */
export function sniffDocument(text: string): SniffedKind {
  const head = text.slice(0, 65_536).replace(/^\uFEFF/, '')
  const trimmed = head.trimStart()
  if (trimmed.startsWith('{')) return jsonFeedKind(text) ? 'json' : 'unknown'
  const body = trimmed.replace(/^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>))*/i, '').trimStart()
  const root = /^<([A-Za-z_][\w:.-]*)/.exec(body)?.[1]?.toLowerCase()
  if (!root) return /<html[\s>]/i.test(head) ? 'html' : 'unknown'
  const local = root.includes(':') ? root.slice(root.indexOf(':') + 1) : root
  if (local === 'rss' || local === 'rdf' || local === 'channel') return 'rss'
  if (local === 'feed') return 'atom'
  if (local === 'html' || local === 'head' || local === 'body') return 'html'
  return 'unknown'
}
