// Is an item's own content only a teaser, so its page is worth downloading? The renderer decides (it knows
// the per-feed setting and what was already tried) with the shared rule in shared/teaser.ts; only the
// HTML-to-text step is its own, because the renderer cannot import main's htmlparser2-based one.
import type { FullTextMode } from '../../../shared/model'
import { isTeaser } from '../../../shared/teaser'

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', raquo: '»', rsaquo: '›', mdash: '—', ndash: '–' }

/** Plain text of feed HTML, good enough for a length and ending check (no DOM: runs in any worker or test). */
export function roughText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
      if (dec) return String.fromCodePoint(Number(dec))
      if (hex) return String.fromCodePoint(Number.parseInt(hex, 16))
      return ENTITIES[name!.toLowerCase()] ?? whole
    })
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim()
}

export function needsFullText(item: { contentHtml?: string; summary: string }, mode: FullTextMode): boolean {
  if (mode === 'never') return false
  if (mode === 'always') return true
  const text = (item.contentHtml ? roughText(item.contentHtml) : '') || item.summary.trim()
  return isTeaser(text)
}
