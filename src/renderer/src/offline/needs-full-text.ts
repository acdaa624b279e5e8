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

/**
 * The planner's rule: in 'auto' mode the engine's verdict (`tagEvidence.source`, made by main's needsFullText from
 * the same content when it tagged the article) is taken as it is, so the renderer turns an article's HTML into text
 * only when no verdict came with it. A refresh of 15,000 full-content articles spent ~2 s of the page's samples in
 * `roughText` for nothing (db/README.md, "The farm in Chromium, session 15").
 */
export function needsPage(item: { contentHtml?: string; summary: string; tagEvidence?: { source?: 'teaser' | 'full-text' } }, mode: FullTextMode): boolean {
  const verdict = item.tagEvidence?.source
  if (mode === 'auto' && verdict) return verdict === 'teaser'
  return needsFullText(item, mode)
}
