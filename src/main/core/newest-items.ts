// Keeps a feed's newest items only, before and after the XML parse: the poll takes at most maxItems a feed
// (issue 16: a 20 MB feed of 69,000 items peaked at 400 MB, mostly parser objects for items never shown).
// Plain string work over the document; never imports electron.
import { parseFeedDate } from './feed-date'
import type { ParsedItem } from './types'

/** Items taken per poll unless the subscription or the caller says otherwise. */
export const DEFAULT_MAX_ITEMS_PER_POLL = 500

const ITEM = { rss: /<((?:[\w.-]+:)?item)(?=[\s>])[\s\S]*?<\/\1\s*>/g, atom: /<((?:[\w.-]+:)?entry)(?=[\s>])[\s\S]*?<\/\1\s*>/g }
const DATE = /<(?:[\w.-]+:)?(?:pubDate|published|updated|issued|modified|created|date)(?:\s[^>]*)?>\s*(?:<!\[CDATA\[)?([^<\]]{1,100})/

interface Span {
  start: number
  end: number
  time: number
  order: number
}

/**
 * The document with all but its `max` newest items cut out (dated items newest first, then undated ones in
 * document order); the same text when it has `max` items or fewer. Items are found by their tags: an item
 * whose CDATA holds a closing item tag is cut wrongly, which the caller catches as a parse error.
 */
export function cutToNewestItems(text: string, kind: 'rss' | 'atom', max: number): string {
  const spans: Span[] = []
  const pattern = new RegExp(ITEM[kind].source, 'g')
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length, time: Number.NaN, order: spans.length })
  }
  if (spans.length <= max) return text // the usual case: no date is read
  for (const span of spans) span.time = itemTime(text.slice(span.start, span.end))
  const kept = new Set(rankNewest(spans).slice(0, max))
  const parts: string[] = []
  let at = 0
  for (const span of spans) {
    if (kept.has(span)) continue
    parts.push(text.slice(at, span.start))
    at = span.end
  }
  parts.push(text.slice(at))
  return parts.join('')
}

/** At most `max` of the parsed items, the newest, in document order. */
export function newestItems(items: ParsedItem[], max: number): ParsedItem[] {
  if (items.length <= max) return items
  const spans = items.map((item, order) => ({ start: 0, end: 0, order, time: (parseFeedDate(item.published) ?? parseFeedDate(item.updated))?.getTime() ?? Number.NaN }))
  const kept = new Set(rankNewest(spans).slice(0, max).map((s) => s.order))
  return items.filter((_, i) => kept.has(i))
}

function rankNewest(spans: Span[]): Span[] {
  const rank = (s: Span) => (Number.isNaN(s.time) ? Number.NEGATIVE_INFINITY : s.time)
  return [...spans].sort((a, b) => rank(b) - rank(a) || a.order - b.order)
}

function itemTime(itemXml: string): number {
  const raw = DATE.exec(itemXml)?.[1]
  return parseFeedDate(raw)?.getTime() ?? Number.NaN
}
