// The HTML the reader shows for an article: the downloaded full text (default, when it has more to say than
// the feed) or the feed's own content, sanitized, with stored images swapped in and remote images left out
// when offline or when the reader turned them off. Also marks the article as recently read for eviction.
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useState } from 'react'
import { getOfflineArticle, getOfflineSettings, markUsed, type DownloadStatus, type StoredArticle } from '../db'
import { sanitizeArticleHtml } from '../lib/sanitize'
import { useServices } from '../lib/services'
import { roughText } from './needs-full-text'
import { rewriteImages } from './rewrite-images'
import { useBlobUrls } from './useBlobUrls'
import { useOnline } from './useOnline'

export interface ArticleBody {
  /** Sanitized HTML to show; undefined when there is nothing but the summary. */
  html?: string
  hasFullText: boolean
  isShowingFullText: boolean
  /** Switches between the full text and the feed's version. */
  toggle(): void
  status?: DownloadStatus
  /** Why the page could not be used, when it could not. */
  failure?: string
  /** Remote images left out (offline, or remote images turned off). */
  blockedImages: number
}

export function useArticleBody(article: StoredArticle): ArticleBody {
  const { db } = useServices()
  const data = useLiveQuery(() => getOfflineArticle(db, article.id), [db, article.id])
  const settings = useLiveQuery(() => getOfflineSettings(db), [db])
  const isOnline = useOnline()
  const blobUrls = useBlobUrls(data?.images.filter((i) => i.kind === 'full'))
  const [choice, setChoice] = useState<{ articleId: string; isFull: boolean }>()

  // Only an article with a stored copy has something to protect from eviction: marking any other one wrote nothing,
  // yet took a 'rw' transaction at every key of j / k (db/README.md, "The farm in Chromium, session 15").
  const hasStoredCopy = data?.state !== undefined
  useEffect(() => {
    if (hasStoredCopy) void markUsed(db, article.id).catch(() => undefined)
  }, [db, article.id, hasStoredCopy])

  const full = data?.fullText
  const feedText = useMemo(() => roughText(article.contentHtml ?? article.summary), [article.contentHtml, article.summary])
  const hasFullText = !!full?.fullText.contentHtml
  // The page wins unless it says less than the feed did (a paywall stub, a cookie wall).
  const prefersFull = hasFullText && (full.fullText.textContent?.length ?? 0) > feedText.length
  const isShowingFullText = hasFullText && (choice?.articleId === article.id ? choice.isFull : prefersFull)
  // Remote images only once the settings and the stored copies are known: a first render that assumed "allowed"
  // would already have asked the image hosts when the reader turned them off, or fetched what is stored.
  const allowRemote = isOnline && settings !== undefined && data !== undefined && settings.loadRemoteImages

  const rendered = useMemo(() => {
    const source = isShowingFullText ? full?.fullText.contentHtml : article.contentHtml
    if (!source) return undefined
    const base = isShowingFullText ? full?.pageUrl : article.url
    const clean = sanitizeArticleHtml(source, base)
    // The reader's LeadImage shows the feed's image; the page's own lead is added only when there is none.
    const leadImageUrl = isShowingFullText && !article.imageUrl ? full?.fullText.leadImageUrl : undefined
    const rewritten = rewriteImages(clean, { cached: blobUrls, allowRemote, leadImageUrl })
    return isShowingFullText ? { ...rewritten, html: withLanguage(rewritten.html, full?.fullText.lang, full?.fullText.dir) } : rewritten
  }, [isShowingFullText, full, article.contentHtml, article.url, article.imageUrl, blobUrls, allowRemote])

  return {
    html: rendered?.html,
    hasFullText,
    isShowingFullText,
    toggle: () => setChoice({ articleId: article.id, isFull: !isShowingFullText }),
    status: data?.state?.status,
    failure: data?.state?.error?.message,
    blockedImages: rendered?.blocked ?? 0,
  }
}

/** The page's language and direction on a wrapper, so hyphenation, fonts and right-to-left text come out right. */
function withLanguage(html: string, lang: string | undefined, dir: string | undefined): string {
  const attrs = [
    lang && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(lang) ? ` lang="${lang}"` : '',
    dir && /^(?:ltr|rtl|auto)$/i.test(dir) ? ` dir="${dir.toLowerCase()}"` : '',
  ].join('')
  return attrs ? `<div${attrs}>${html}</div>` : html
}
