// Is a feed item's own text only a teaser, so its page is worth downloading (issue 5)? One rule for both
// sides: main (extract/needs-full-text.ts) and the renderer (offline/needs-full-text.ts) each turn HTML into
// text their own way, then ask this.

/** Below this many characters of text, feed content is a summary, not an article. */
const TEASER_MAX_CHARS = 500

/** "…", "...", "[…]", "[...]", "(…)" at the very end. */
const ELLIPSIS_END = /(?:…|\.{3}|[[(]\s*(?:…|\.{3})\s*[\])])$/u
/** A "read more" link, possibly followed by the title it points to ("Continue reading "Title""). */
const READ_MORE_END =
  /\b(?:read more|read the (?:full|rest of the) (?:story|article|post)|continue reading|keep reading|lire la suite|weiterlesen|leer más|continua a leggere|leia mais|lees verder|czytaj dalej)\b[^.!?]{0,120}$/iu
/** Link arrows and chevrons that trail "Read more »". */
const TRAILING_DECORATION = /[\s»›→⟶>:|–—-]+$/u
/** WordPress/Yoast append "The post X appeared first on Y." after the excerpt; it hides the "[…]" before it. */
const WORDPRESS_FOOTER = /\s*The post .{1,300}? appeared first on .{1,200}$/u

export function isTeaser(text: string): boolean {
  // Code points, not UTF-16 units; each is one or two units, so only a text of 500-999 units needs counting.
  if (text.length < TEASER_MAX_CHARS) return true
  if (text.length < 2 * TEASER_MAX_CHARS && [...text].length < TEASER_MAX_CHARS) return true
  const tail = text.slice(-600).replace(WORDPRESS_FOOTER, '').trimEnd()
  if (ELLIPSIS_END.test(tail)) return true
  return READ_MORE_END.test(tail.replace(TRAILING_DECORATION, ''))
}
