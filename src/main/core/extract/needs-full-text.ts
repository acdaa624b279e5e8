// Decides whether an item's own content is only a teaser, so the full page is worth downloading.
import { htmlToText } from '../html-text'
import type { FullTextMode } from './types'

/** Below this many characters of text, feed content is a summary, not an article (issue 5). */
export const TEASER_MAX_CHARS = 500

/** "…", "...", "[…]", "[...]", "(…)" at the very end. */
const ELLIPSIS_END = /(?:…|\.{3}|[[(]\s*(?:…|\.{3})\s*[\])])$/u
/** A "read more" link, possibly followed by the title it points to ("Continue reading "Title""). */
const READ_MORE_END =
  /\b(?:read more|read the (?:full|rest of the) (?:story|article|post)|continue reading|keep reading|lire la suite|weiterlesen|leer más|continua a leggere|leia mais|lees verder|czytaj dalej)\b[^.!?]{0,120}$/iu
/** Link arrows and chevrons that trail "Read more »". */
const TRAILING_DECORATION = /[\s»›→⟶>:|–—-]+$/u
/** WordPress/Yoast append "The post X appeared first on Y." after the excerpt; it hides the "[…]" before it. */
const WORDPRESS_FOOTER = /\s*The post .{1,300}? appeared first on .{1,200}$/u

export function needsFullText(item: { contentHtml?: string; summary: string }, mode: FullTextMode): boolean {
  if (mode === 'never') return false
  if (mode === 'always') return true
  // No content of its own: the summary is all there is (normalize cuts it to about 300 characters anyway).
  const text = htmlToText(item.contentHtml) || item.summary.trim()
  return isTeaser(text)
}

export function isTeaser(text: string): boolean {
  if ([...text].length < TEASER_MAX_CHARS) return true
  const tail = text.slice(-600).replace(WORDPRESS_FOOTER, '').trimEnd()
  if (ELLIPSIS_END.test(tail)) return true
  return READ_MORE_END.test(tail.replace(TRAILING_DECORATION, ''))
}
