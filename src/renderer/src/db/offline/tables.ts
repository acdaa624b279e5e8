// Offline reading's tables (issue 5), added by schema version 10. They live beside the articles table but
// are kept apart from it: full texts and image blobs are large, and list pages must stay cheap to read.
//
// offlineArticles: one small row per article whose page was requested, with its state and byte counts. It
//   is what eviction walks (by usedAt, least recently read first) and what "storage in use" sums, so
//   neither ever touches a blob.
// fullTexts: the extracted article, keyed by article id. The feed's own content stays on the article row.
// images: one Blob per (article, image URL, kind); kind 'thumb' is the lead image at list size.
// offlineSettings: one row ('settings') with the reader's offline and retention choices.
import type { Table } from 'dexie'
import type { AppError } from '../../../../shared/errors'
import type { ArticleFullText, FullTextMode } from '../../../../shared/model'
import type { MeridianDb } from '../rows/types'

export const OFFLINE_STORES = {
  offlineArticles: 'articleId, usedAt, status',
  fullTexts: 'articleId',
  images: 'key, url',
  offlineSettings: 'key',
}

export type DownloadStatus = 'queued' | 'done' | 'failed'

export interface OfflineArticle {
  articleId: string
  feedId: string
  status: DownloadStatus
  /** Epoch ms of the request: the one attempt per article. */
  requestedAt: number
  finishedAt?: number
  /** Why the download or extraction failed; the reader keeps showing the feed's content. */
  error?: Pick<AppError, 'code' | 'message'>
  /** Epoch ms when stored or last opened in the reader: eviction drops the smallest first. */
  usedAt: number
  textBytes: number
  imageBytes: number
  imageCount: number
}

export interface FullTextRow {
  articleId: string
  /** The page URL after redirects; relative links in the content were resolved against it. */
  pageUrl: string
  fullText: ArticleFullText
}

export type ImageKind = 'full' | 'thumb'

export interface ImageRow {
  /** imageKey(articleId, kind, url). */
  key: string
  articleId: string
  /** The URL as the article's HTML names it, which is how the reader finds it again. */
  url: string
  kind: ImageKind
  blob: Blob
  bytes: number
  width?: number
  height?: number
}

export interface OfflineSettings {
  key: 'settings'
  /** Images may use this many bytes; least recently read articles lose theirs first. */
  budgetBytes: number
  /** Read, unstarred articles older than this (by readAt) are deleted. */
  keepReadDays: number
  /** Per feed, read unstarred articles beyond the newest N are deleted. */
  maxPerFeed: number
  /** The reader lets the per-feed cap delete unread articles too (off unless chosen). */
  capDeletesUnread?: boolean
  /** Whether the reader may load images from the web when they are not stored (never when offline). */
  loadRemoteImages: boolean
  /** Whether downloaded articles bring their images for offline reading (separate from showing remote ones). */
  downloadImages: boolean
  /** Per-feed "Download full articles"; missing = 'auto'. */
  feedModes: Record<string, FullTextMode>
  /** Set when storage ran out: downloads stop until the reader frees space or resumes. */
  pausedReason?: string
}

export const DEFAULT_SETTINGS: OfflineSettings = {
  key: 'settings',
  budgetBytes: 500 * 1024 * 1024,
  keepReadDays: 90,
  maxPerFeed: 1000,
  loadRemoteImages: true,
  downloadImages: true,
  feedModes: {},
}

export type OfflineDb = MeridianDb & {
  offlineArticles: Table<OfflineArticle, string>
  fullTexts: Table<FullTextRow, string>
  images: Table<ImageRow, string>
  offlineSettings: Table<OfflineSettings, string>
}

/** The same database seen with the offline tables typed (schema.ts declares them in version 10). */
export function offlineDb(db: MeridianDb): OfflineDb {
  return db as OfflineDb
}

/** Keys start with the article id, so an article's images are one primary-key range (see imagesOf). */
export function imageKey(articleId: string, kind: ImageKind, url: string): string {
  return `${articleId}\u0000${kind}\u0000${url}`
}

export function articleIdOfImageKey(key: string): string {
  return key.slice(0, key.indexOf('\u0000'))
}

/**
 * An article's images as a primary-key range. Not a secondary index: fake-indexeddb's index cursors are
 * O(n²) (STACK.md), and anyOf over an index took 4.7 s for 1000 articles there, the key range 0.4 s.
 */
export function imagesOf(db: OfflineDb, articleId: string) {
  return db.images.where(':id').between(`${articleId}\u0000`, `${articleId}\u0001`)
}
