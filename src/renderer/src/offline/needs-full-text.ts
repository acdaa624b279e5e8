// Is an item's own content only a teaser, so its page is worth downloading? The renderer decides (it knows
// the per-feed setting and what was already tried); this is the rule of main/core/extract/needs-full-text.ts,
// ported because the renderer cannot import main. tests/renderer/offline/needs-full-text.test.ts checks both
// give the same answer.
import type { FullTextMode } from '../../../shared/model'

export const TEASER_MAX_CHARS = 500

const ELLIPSIS_END = /(?:…|\.{3}|[[(]\s*(?:…|\.{3})\s*[\])])$/u
const READ_MORE_END =
  /\b(?:read more|read the (?:full|rest of the) (?:story|article|post)|continue reading|keep reading|lire la suite|weiterlesen|leer más|continua a leggere|leia mais|lees verder|czytaj dalej)\b[^.!?]{0,120}$/iu
const TRAILING_DECORATION = /[\s»›→⟶>:|–—-]+$/u
const WORDPRESS_FOOTER = /\s*The post .{1,300}? appeared first on .{1,200}$/u

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

export function isTeaser(text: string): boolean {
  if ([...text].length < TEASER_MAX_CHARS) return true
  const tail = text.slice(-600).replace(WORDPRESS_FOOTER, '').trimEnd()
  if (ELLIPSIS_END.test(tail)) return true
  return READ_MORE_END.test(tail.replace(TRAILING_DECORATION, ''))
}

export function needsFullText(item: { contentHtml?: string; summary: string }, mode: FullTextMode): boolean {
  if (mode === 'never') return false
  if (mode === 'always') return true
  const text = (item.contentHtml ? roughText(item.contentHtml) : '') || item.summary.trim()
  return isTeaser(text)
}
