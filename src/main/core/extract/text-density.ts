// A second extractor of our own for pages Readability reads badly: the element whose direct paragraphs carry the
// most prose wins (text of <p> children with few links, plus text lines between <br>s), then the cleaning pass
// runs over it. Simple on purpose: it only has to be right where Readability returned nothing or a teaser.
import { isHidden, linkDensity, textOf } from './text-measures'

const CONTAINERS = 'article, main, section, div, td'
const MIN_PARAGRAPH_CHARS = 40

/** The container with the most paragraph text, or undefined when no element has three paragraphs. */
export function findDensestBlock(doc: Document): Element | undefined {
  let best: Element | undefined
  let bestScore = 0
  for (const container of Array.from(doc.querySelectorAll(CONTAINERS))) {
    if (isHidden(container)) continue
    let score = 0
    let paragraphs = 0
    for (const child of Array.from(container.children)) {
      if ((child.tagName !== 'P' && child.tagName !== 'DIV') || isHidden(child)) continue
      if (child.tagName === 'DIV' && child.querySelector('div, p, section, ul, table')) continue
      const text = textOf(child)
      if (text.length < MIN_PARAGRAPH_CHARS || linkDensity(child, text) > 0.3) continue
      score += text.length
      paragraphs++
    }
    if (paragraphs >= 3 && score > bestScore) {
      best = container
      bestScore = score
    }
  }
  return best
}
