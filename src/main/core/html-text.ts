// HTML helpers for feed text: HTML -> plain text, first image, relative URL resolution. Plain Node: no electron.
import { Parser } from 'htmlparser2'
import { decodeHTMLAttribute } from 'entities'

/** Elements whose text is never shown as text. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'head'])
/** Elements that separate words: "<p>a</p><p>b</p>" must read "a b", not "ab". */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'option', 'p',
  'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'img', 'video', 'audio', 'picture',
])

/** Plain text of an HTML fragment: entities decoded, tags stripped, script/style dropped, whitespace collapsed. */
export function htmlToText(html: string | undefined): string {
  if (!html) return ''
  // Most titles carry no markup at all; skipping the tokenizer for them keeps big feeds cheap.
  if (!/[<&]/.test(html)) return collapseWhitespace(html)
  const parts: string[] = []
  let hiddenDepth = 0
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hiddenDepth++
        else if (BLOCKS.has(name)) parts.push(' ')
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1)
        else if (BLOCKS.has(name)) parts.push(' ')
      },
      ontext(text) {
        if (hiddenDepth === 0) parts.push(text)
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  return collapseWhitespace(parts.join(''))
}

/**
 * What collapsing must replace: a run of two or more whitespace characters, or a lone one that is not already a
 * plain space. Lone spaces, most of any text, are left in place; replacing each with itself was most of the cost.
 */
const WHITESPACE_TO_COLLAPSE = /[\s\u00a0\u200b]{2,}|[^\S ]|\u200b/g

/** Collapses runs of whitespace (including no-break spaces and line breaks) to one space, and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_TO_COLLAPSE, ' ').trim()
}

/** Cuts plain text at a word boundary near `max` characters and marks the cut with '…'. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = text.slice(0, max)
  const space = cut.lastIndexOf(' ')
  // A single very long word (URL, CJK text without spaces) is cut mid-word rather than dropped.
  if (space > max * 0.6) cut = cut.slice(0, space)
  else if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1) // never split a surrogate pair
  return `${cut.replace(/[\s,;:.\-–—]+$/, '')}…`
}

/** Escapes plain text for use as HTML text or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
}

/**
 * The src of the first <img> elements in document order, at most `limit`, skipping 1x1 tracking pixels.
 * Raw values: the caller resolves them and keeps the first usable one.
 */
export function findImageSources(html: string | undefined, limit = 5): string[] {
  if (!html || !/<img/i.test(html)) return []
  const found: string[] = []
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name !== 'img' || found.length >= limit) return
        const src = (attribs.src || attribs['data-src'] || '').trim()
        if (src && !isTrackingPixel(attribs)) found.push(src)
        if (found.length >= limit) parser.pause()
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  return found
}

function isTrackingPixel(attribs: Record<string, string>): boolean {
  const tiny = (v: string | undefined) => v !== undefined && /^\s*[01](?:px)?\s*$/i.test(v)
  return tiny(attribs.width) || tiny(attribs.height)
}

const TAG = /<[a-zA-Z][^<>]*>/g
const URL_ATTR = /(\s(?:href|src|poster|cite|data-src)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi
const ABSOLUTE_OR_LOCAL = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|#)/

/**
 * Makes relative href/src/poster/cite URLs in an HTML fragment absolute against `base`. Only attribute values
 * inside tags are touched and the rest of the markup is kept byte for byte: re-serializing a parsed tree would
 * change markup that display sanitizing should see as the feed sent it. srcset is left alone.
 */
export function resolveHtmlUrls(html: string, base: string | undefined): string {
  // No '=' at all (most paragraphs-only content): no attribute to resolve, found far faster than by the pattern.
  if (!base || !html.includes('=') || !/\s(?:href|src|poster|cite|data-src)\s*=/i.test(html)) return html
  return html.replace(TAG, (tag) =>
    tag.replace(URL_ATTR, (whole, prefix: string, dq?: string, sq?: string, bare?: string) => {
      const raw = decodeHTMLAttribute(dq ?? sq ?? bare ?? '').trim()
      if (!raw || ABSOLUTE_OR_LOCAL.test(raw)) return whole
      try {
        return `${prefix}"${escapeHtml(new URL(raw, base).href)}"`
      } catch {
        return whole
      }
    }),
  )
}
