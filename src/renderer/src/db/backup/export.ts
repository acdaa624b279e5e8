// Writes the backup file (format.ts) from the database and the UI's persisted settings.
import type { MeridianDb, StoredArticle, UserTags } from '../rows/types'
import { offlineDb } from '../offline/tables'
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFeed, type BackupFile } from './format'

export interface ExportOptions {
  /** Every article in full; otherwise only starred, corrected and labelled ones (plus the state of all). */
  articles: boolean
  /** The settings to save; the UI passes its localStorage. */
  local?: Record<string, string>
  now?: Date
}

/** Page size of the article walk: keeps memory flat on a large library. */
const PAGE = 2_000

export async function exportLibrary(db: MeridianDb, opts: ExportOptions): Promise<BackupFile> {
  const feeds: BackupFeed[] = (await db.feeds.toArray()).map((f) => ({
    id: f.id, url: f.url, title: f.title, customTitle: f.customTitle, siteUrl: f.siteUrl, folder: f.folder,
    outletCountry: f.outletCountry, intervalMinutes: f.intervalMinutes, addedAt: f.addedAt,
  }))
  const read: Array<[string, number]> = []
  const starred: string[] = []
  const userTags: Record<string, UserTags> = {}
  const labels: Record<string, string[]> = {}
  const shown: string[] = []
  const articles: StoredArticle[] = []
  let last: string | undefined
  for (;;) {
    const page = last === undefined ? await db.articles.orderBy('id').limit(PAGE).toArray() : await db.articles.where('id').above(last).limit(PAGE).toArray()
    if (page.length === 0) break
    for (const a of page) {
      if (a.isRead) read.push([a.id, a.readAt ?? 0])
      if (a.isStarred) starred.push(a.id)
      if (a.userTags) userTags[a.id] = a.userTags
      if (a.labels?.length) labels[a.id] = a.labels
      if (a.isShownByReader) shown.push(a.id)
      if (opts.articles || a.isStarred || a.userTags || a.labels?.length) articles.push(a)
    }
    last = page[page.length - 1].id
  }
  const offline = await offlineDb(db).offlineSettings.get('settings')
  let offlineSettings: BackupFile['settings']['offline']
  if (offline) {
    const { pausedReason: _paused, ...kept } = offline
    offlineSettings = kept
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: (opts.now ?? new Date()).toISOString(),
    feeds,
    settings: { local: opts.local ?? {}, ...(offlineSettings && { offline: offlineSettings }) },
    states: { read, starred, userTags, labels, shown },
    rules: await db.rules.toArray(),
    savedViews: await db.savedViews.toArray(),
    labels: await db.labels.toArray(),
    articles,
    hasAllArticles: opts.articles,
  }
}
