// Text measures shared by the cleaning pass and the fallback extractor: visible text, link density, prose.

/** Text with whitespace runs collapsed, trimmed. */
export function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** Share of the block's text that sits inside links (0 when it has no text). */
export function linkDensity(block: Element, text = textOf(block)): number {
  if (text.length === 0) return 0
  let linked = 0
  for (const a of Array.from(block.querySelectorAll('a'))) linked += textOf(a).length
  return Math.min(1, linked / text.length)
}

/** A paragraph a writer wrote: a sentence or more, mostly not links. */
export function isProse(element: Element): boolean {
  const text = textOf(element)
  return text.length >= 120 && /[.!?。！？»”"]/.test(text) && linkDensity(element, text) < 0.3
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
