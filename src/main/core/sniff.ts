// Looks at the start of a decoded document to tell feeds from web pages, without a full parse.
import type { FeedFormat } from '../../shared/model'

export type SniffedKind = FeedFormat | 'html' | 'unknown'

/** Strips BOM, XML prolog, comments, processing instructions and doctype, then looks at the root. */
export function sniffDocument(text: string): SniffedKind {
  const head = text.slice(0, 65_536).replace(/^\uFEFF/, '')
  const trimmed = head.trimStart()
  if (trimmed.startsWith('{')) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head) ? 'json' : 'unknown'
  const body = trimmed.replace(/^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>))*/i, '').trimStart()
  const root = /^<([A-Za-z_][\w:.-]*)/.exec(body)?.[1]?.toLowerCase()
  if (!root) return /<html[\s>]/i.test(head) ? 'html' : 'unknown'
  const local = root.includes(':') ? root.slice(root.indexOf(':') + 1) : root
  if (local === 'rss' || local === 'rdf' || local === 'channel') return 'rss'
  if (local === 'feed') return 'atom'
  if (local === 'html' || local === 'head' || local === 'body') return 'html'
  return 'unknown'
}
