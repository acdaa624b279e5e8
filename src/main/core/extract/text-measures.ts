// Text measures shared by the cleaning pass and the fallback extractor: visible text, link density, prose.

/** Text with whitespace runs collapsed, trimmed. */
export function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** Share of the block's text that sits inside links (0 when it has no text). */
export function linkDensity(block: Element, text = textOf(block)): number {
  if (text.length === 0) return 0
  let linked = 0
  for (const a of Array.from(block.getElementsByTagName('a'))) linked += textOf(a).length
  return Math.min(1, linked / text.length)
}

/** Han and kana characters: one carries about as much as a short word, so Chinese and Japanese prose is short. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu
/** 40 Han characters say about what 120 Latin ones do (a Chinese news paragraph runs 40–150). */
const MIN_CJK_PROSE = 40

/** A paragraph a writer wrote: a sentence or more, mostly not links. */
export function isProse(element: Element): boolean {
  const text = textOf(element)
  const long = text.length >= 120 || (text.length >= MIN_CJK_PROSE && (text.match(CJK_CHAR)?.length ?? 0) >= MIN_CJK_PROSE)
  return long && /[.!?。！？»”"]/.test(text) && linkDensity(element, text) < 0.3
}

/**
 * Readability's textContent keeps the page's source indentation (lines of spaces, runs of blank lines).
 * Keep paragraph breaks, drop the rest: the text is stored, searched and printed by the CLI.
 */
export function tidyText(text: string): string {
  return text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * textOf, but only for nodes with at most maxChars of raw text: undefined for longer ones, found without reading
 * them whole. The cleaning pass asks this of every block, and only short blocks can be furniture.
 */
export function textWithin(node: Node, maxChars: number): string | undefined {
  let raw = ''
  // Collapsed length so far, kept as the text grows: collapsing the whole string again at every text node would be
  // quadratic on the indented, whitespace-heavy markup of real pages.
  let collapsedLength = 0
  let endsInSpace = true
  const pending: Node[] = [node]
  while (pending.length > 0) {
    const current = pending.pop()!
    if (current.nodeType === 3) {
      const value = current.nodeValue ?? ''
      raw += value
      for (let i = 0; i < value.length; i++) {
        const isSpace = WHITESPACE.test(value[i]!)
        if (!isSpace || !endsInSpace) collapsedLength++
        endsInSpace = isSpace
      }
      if (collapsedLength > maxChars + 1) return undefined
    } else if (current.nodeType === 1 || current.nodeType === 11 || current === node) {
      const children = current.childNodes
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!)
    }
  }
  const text = collapse(raw)
  return text.length > maxChars ? undefined : text
}

const WHITESPACE = /\s/

/** Whether the node holds any visible character, stopping at the first one. */
export function hasText(node: Node): boolean {
  const pending: Node[] = [node]
  while (pending.length > 0) {
    const current = pending.pop()!
    if (current.nodeType === 3 && /\S/.test(current.nodeValue ?? '')) return true
    if (current.nodeType === 1 || current === node) for (const child of Array.from(current.childNodes)) pending.push(child)
  }
  return false
}

function collapse(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim()
}

/**
 * Descendants with any of these tag names (lower case). getElementsByTagName, not querySelectorAll: linkedom
 * compiles a selector on every call, which the cleaning pass would do for every block of every page.
 */
export function elementsByTags(root: Element, ...names: string[]): Element[] {
  return names.flatMap((name) => Array.from(root.getElementsByTagName(name)))
}

/** A table of data: two rows or more with two cells or more (a one-column table of links is a list). */
export function holdsDataTable(block: Element): boolean {
  const tables = block.tagName === 'TABLE' ? [block] : elementsByTags(block, 'table')
  return tables.some((table) => elementsByTags(table, 'tr').filter((row) => elementsByTags(row, 'td', 'th').length >= 2).length >= 2)
}

/** Hidden by the page itself: the hidden attribute, aria-hidden, or an inline display:none / visibility:hidden. */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true
  const style = element.getAttribute('style')
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
}
