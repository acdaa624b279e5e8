// Refuses pages with more elements than any article needs, before a DOM is built. The DOM is what costs memory
// (a 4.6 MB page of 396,000 nested <div>s took 1.4 GB and 26 s), and counting start tags in the source is a
// linear scan that allocates nothing. The largest page of Readability's corpus has 9,900 elements.
import { FeedError } from '../errors'

export const MAX_ELEMENTS = 60_000

/** A start tag: "<" then a letter (end tags, comments, doctypes and "a < b" text do not count). */
const START_TAG = /<[a-zA-Z]/g

/** Counts start tags, stopping once past limit: an upper bound of the element count (tags in comments count too). */
export function countStartTags(html: string, limit = MAX_ELEMENTS): number {
  START_TAG.lastIndex = 0
  let count = 0
  while (count <= limit && START_TAG.exec(html) !== null) count++
  START_TAG.lastIndex = 0
  return count
}

/** Throws FeedError 'too-large' for a page over the element cap. */
export function assertElementBudget(html: string, pageUrl: string, limit = MAX_ELEMENTS): void {
  if (countStartTags(html, limit) > limit) {
    throw new FeedError('too-large', `Could not extract ${pageUrl}: the page has more than ${limit.toLocaleString('en')} elements, over the cap`)
  }
}
