// Joining a backup's reader state into an article: read or starred in either stays so, a correction already made is
// kept over the file's, labels are joined, "shown again" wins over a rule's hiding. Used by a restore for articles
// the library holds, and at ingest for those that come back later (pending-states.ts).
import { applyUserTags } from '../article-tags'
import type { StoredArticle, UserTags } from '../rows/types'

/** What a backup says of one article. */
export interface ArticleState {
  readAt?: number
  starred?: boolean
  userTags?: UserTags
  labels?: string[]
  shown?: boolean
}

/** The stored article with the file's state joined in, or undefined when nothing changes. */
export function mergeState(a: StoredArticle, s: ArticleState | undefined): StoredArticle | undefined {
  if (!s) return undefined
  const isRead = a.isRead || s.readAt !== undefined ? 1 : 0
  const isStarred = a.isStarred || s.starred ? 1 : 0
  const userTags = a.userTags ?? s.userTags
  const labels = [...new Set([...(a.labels ?? []), ...(s.labels ?? [])])]
  const isShown = a.isShownByReader || s.shown
  const sameLabels = labels.length === (a.labels?.length ?? 0)
  if (isRead === a.isRead && isStarred === a.isStarred && userTags === a.userTags && sameLabels && !!isShown === !!a.isShownByReader) return undefined
  let next: StoredArticle = { ...a, isRead, isStarred, ...(isRead && !a.readAt && s.readAt !== undefined && { readAt: s.readAt }) }
  if (!sameLabels) next = { ...next, labels }
  // Shown again by the reader: a rule's hiding no longer applies to it.
  if (isShown && !a.isShownByReader) next = { ...next, isShownByReader: 1, isHidden: undefined }
  if (userTags === a.userTags) return next
  return { ...next, userTags, ...applyUserTags(a.classified, userTags) }
}
