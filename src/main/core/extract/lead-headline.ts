// Removes the headline when it stands in the body before the first paragraph of prose: the reader shows the title
// above the text. Readability drops a heading that repeats the title; live blogs and portals extend theirs
// ("Council election results live: mayor concedes as count ends" under "Council election results live | Star").
import { isProse, textOf } from './text-measures'
import { splitWords } from './word-count'

/** "Headline | Site", "Headline - Site", "Headline_Site": a title that names its site apart from the headline. */
const SITE_SEPARATOR = /\s[|·–—-]\s|\s?[|_]\s?/
/** Share of the title's headline words the heading must hold to be the headline again. */
const MIN_TITLE_COVER = 0.7

/** Readability turns every <h1> into an <h2>; the page's own level is kept in this attribute while it reads. */
const H1_MARK = 'data-meridian-h1'

/** Marks the page's <h1>s before Readability reads it (the rest of the pipeline then sees which were). */
export function markPageHeadlines(doc: Document): void {
  for (const h1 of Array.from(doc.getElementsByTagName('h1'))) h1.setAttribute(H1_MARK, '')
}

/** Takes the marks out of the content that is stored. */
export function unmarkHeadlines(content: Element): void {
  for (const marked of Array.from(content.querySelectorAll(`[${H1_MARK}]`))) marked.removeAttribute(H1_MARK)
}

/**
 * Only a page's <h1>, and only under a title that names its site: a page whose title is its headline alone may well have
 * an <h1> of other words, which Readability keeps on purpose.
 */
export function removeLeadHeadline(content: Element, title: string | undefined, remove: (rule: string, block: Element) => void): void {
  const parts = (title ?? '').split(SITE_SEPARATOR).map((part) => part.trim()).filter(Boolean)
  if (parts.length < 2) return
  const headline = parts.reduce((a, b) => (b.length > a.length ? b : a), '')
  const titleWords = wordsOf(headline)
  if (titleWords.length === 0) return
  for (const element of Array.from(content.querySelectorAll('h1, h2, p'))) {
    if (element.tagName === 'P') {
      if (isProse(element)) return
      continue
    }
    if (!element.hasAttribute(H1_MARK)) return
    const words = new Set(wordsOf(textOf(element)))
    if (titleWords.filter((word) => words.has(word)).length >= MIN_TITLE_COVER * titleWords.length) remove('headline', element)
    return
  }
}

function wordsOf(text: string): string[] {
  return splitWords(text.normalize('NFKC').toLowerCase())
}
