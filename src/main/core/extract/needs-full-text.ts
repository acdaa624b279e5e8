// Decides whether an item's own content is only a teaser, so the full page is worth downloading.
import { htmlToText } from '../html-text'
import { isTeaser } from '../../../shared/teaser'
import type { FullTextMode } from './types'

export { isTeaser }

/** `contentText`: the item's content already converted by htmlToText, when the caller has it (refresh-feed.ts). */
export function needsFullText(item: { contentHtml?: string; summary: string }, mode: FullTextMode,
  contentText = htmlToText(item.contentHtml)): boolean {
  if (mode === 'never') return false
  if (mode === 'always') return true
  // No content of its own: the summary is all there is (normalize cuts it to about 300 characters anyway).
  return isTeaser(contentText || item.summary.trim())
}
