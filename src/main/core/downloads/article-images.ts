// Picks and downloads the images of an extracted article: the lead image first, then inline <img>s in
// document order, http(s) only, capped in count and size so one photo essay cannot fill the disk.
import type { DownloadedImage } from '../../../shared/model'
import { findImageSources } from '../html-text'
import { FeedError } from '../errors'
import { fetchFeed } from '../fetch-feed'
import type { FetchOptions } from '../types'
import { detectImageType } from './image-type'

export interface ImageLimits {
  /** Images per article, lead included. */
  maxCount: number
  /** One image; larger ones are skipped (the renderer re-encodes what it keeps anyway). */
  maxBytes: number
  /** All images of one article together. */
  maxTotalBytes: number
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = { maxCount: 20, maxBytes: 8 * 1024 * 1024, maxTotalBytes: 25 * 1024 * 1024 }
const IMAGE_ACCEPT = 'image/avif,image/webp,image/png,image/jpeg,image/gif,image/svg+xml;q=0.8,image/*;q=0.5'

/** The URLs worth fetching for an article, leads first, without duplicates; only absolute http(s) URLs. */
export function pickImageUrls(contentHtml: string | undefined, leadImageUrls: (string | undefined)[], maxCount: number): string[] {
  const urls = new Set<string>()
  const add = (raw: string | undefined) => {
    if (!raw || urls.size >= maxCount) return
    try {
      const url = new URL(raw)
      if (url.protocol === 'http:' || url.protocol === 'https:') urls.add(url.href)
    } catch {
      // relative or broken: extraction already resolved everything usable
    }
  }
  for (const lead of leadImageUrls) add(lead)
  for (const src of findImageSources(contentHtml, maxCount * 2)) add(src)
  return [...urls]
}

export type ImageFetchOptions = Pick<FetchOptions, 'signal' | 'timeoutMs'> & {
  /** The article page: sent as Referer when the image host refuses a request without it. */
  pageUrl?: string
}

/**
 * Fetches one image; undefined when it is not an image or over the size cap. Network errors are thrown.
 * The first request names no page, like the reader's own no-referrer image policy; a 403 (hotlink protection) is
 * retried once with the article page as Referer, kept across the site's redirects.
 */
export async function fetchImage(url: string, maxBytes: number, opts: ImageFetchOptions): Promise<Omit<DownloadedImage, 'isLead'> | undefined> {
  const { pageUrl, ...fetchOpts } = opts
  const get = (referer?: string) => fetchFeed(url, { ...fetchOpts, maxBytes, accept: IMAGE_ACCEPT, ...(referer && { referer }) })
  let outcome: Awaited<ReturnType<typeof fetchFeed>>
  try {
    outcome = await get()
  } catch (err) {
    if (!(pageUrl && err instanceof FeedError && err.status === 403)) throw err
    outcome = await get(pageUrl)
  }
  if (outcome.kind !== 'fetched') return undefined
  const contentType = detectImageType(outcome.bytes, outcome.contentType)
  return contentType ? { url, bytes: outcome.bytes, contentType } : undefined
}
