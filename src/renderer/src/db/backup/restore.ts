// Restores a backup file into the database by merging (issue 19): nothing already there is lost. A feed the
// library already has (same URL) keeps its own id and the reader's own choices; read and starred marks are joined
// (read in either is read); a tag correction already made is kept over the file's. States of articles the library
// does not hold yet wait in restoredStates until their feed brings them again (pending-states.ts).
import { applyUserTags, articleTables, sortKeyOf, writeArticles, type ArticleChange } from '../article-tags'
import { applyCounterDeltas, type CounterDeltas } from '../counters'
import { offlineDb } from '../offline/tables'
import type { Feed, MeridianDb, StoredArticle, UserTags } from '../rows/types'
import type { BackupFile } from './format'
import { markPendingStates } from './pending-states'

export interface RestoreReport {
  feedsAdded: number
  /** Feeds the library already had (same URL): kept, the file's folder or name filled in only where none was set. */
  feedsMerged: number
  articlesAdded: number
  /** Stored articles whose read, starred or tag state the file changed. */
  statesApplied: number
  /** States of articles not in the library: applied when their feed brings them again. */
  statesPending: number
}

const CHUNK = 500

export async function restoreLibrary(db: MeridianDb, file: BackupFile, now = Date.now()): Promise<RestoreReport> {
  const report: RestoreReport = { feedsAdded: 0, feedsMerged: 0, articlesAdded: 0, statesApplied: 0, statesPending: 0 }
  const feedIds = await restoreFeeds(db, file, report)
  const mapId = (id: string): string => {
    const cut = id.indexOf(':')
    const mapped = cut > 0 ? feedIds.get(id.slice(0, cut)) : undefined
    return mapped ? `${mapped}${id.slice(cut)}` : id
  }
  const states = collectStates(file, mapId)
  const fileArticles = file.articles.map((a) => {
    const id = mapId(a.id)
    return { ...a, id, feedId: feedIds.get(a.feedId) ?? a.feedId, sortKey: sortKeyOf(a.publishedAt, id) }
  })
  const known = new Set(fileArticles.map((a) => a.id))
  for (let i = 0; i < fileArticles.length; i += CHUNK) await restoreArticles(db, fileArticles.slice(i, i + CHUNK), states, report)
  const rest = [...states.keys()].filter((id) => !known.has(id))
  for (let i = 0; i < rest.length; i += CHUNK) await restoreStates(db, rest.slice(i, i + CHUNK), states, report, now)
  await restoreOfflineSettings(db, file, feedIds)
  return report
}

interface FileState {
  readAt?: number
  starred?: boolean
  userTags?: UserTags
}

function collectStates(file: BackupFile, mapId: (id: string) => string): Map<string, FileState> {
  const states = new Map<string, FileState>()
  const of = (id: string) => {
    const mapped = mapId(id)
    let s = states.get(mapped)
    if (!s) states.set(mapped, (s = {}))
    return s
  }
  for (const [id, readAt] of file.states.read) of(id).readAt = readAt
  for (const id of file.states.starred) of(id).starred = true
  for (const [id, tags] of Object.entries(file.states.userTags)) of(id).userTags = tags
  return states
}

/** Adds the file's feeds the library lacks; returns file feed id → library feed id. */
async function restoreFeeds(db: MeridianDb, file: BackupFile, report: RestoreReport): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  await db.transaction('rw', db.feeds, async () => {
    const existing = await db.feeds.toArray()
    const byUrl = new Map(existing.map((f) => [f.url, f]))
    const usedIds = new Set(existing.map((f) => f.id))
    for (const f of file.feeds) {
      const mine = byUrl.get(f.url)
      if (mine) {
        ids.set(f.id, mine.id)
        const filled: Partial<Feed> = {}
        if (!mine.folder && f.folder) filled.folder = f.folder
        if (!mine.customTitle && f.customTitle) filled.customTitle = f.customTitle
        if (!mine.outletCountry && f.outletCountry) filled.outletCountry = f.outletCountry
        if (Object.keys(filled).length) await db.feeds.update(mine.id, filled)
        report.feedsMerged++
        continue
      }
      const id = usedIds.has(f.id) ? crypto.randomUUID() : f.id
      usedIds.add(id)
      ids.set(f.id, id)
      const feed: Feed = {
        id, url: f.url, title: f.title, failureCount: 0, isDead: false,
        intervalMinutes: f.intervalMinutes || 30, addedAt: f.addedAt || Date.now(),
        ...(f.customTitle && { customTitle: f.customTitle }), ...(f.siteUrl && { siteUrl: f.siteUrl }),
        ...(f.folder && { folder: f.folder }), ...(f.outletCountry && { outletCountry: f.outletCountry }),
      }
      await db.feeds.add(feed)
      byUrl.set(f.url, feed)
      report.feedsAdded++
    }
  })
  return ids
}

/** The stored article with the file's state joined in, or undefined when nothing changes. */
function mergeState(a: StoredArticle, s: FileState | undefined): StoredArticle | undefined {
  if (!s) return undefined
  const isRead = a.isRead || s.readAt !== undefined ? 1 : 0
  const isStarred = a.isStarred || s.starred ? 1 : 0
  const userTags = a.userTags ?? s.userTags
  if (isRead === a.isRead && isStarred === a.isStarred && userTags === a.userTags) return undefined
  const next: StoredArticle = { ...a, isRead, isStarred, ...(isRead && !a.readAt && s.readAt !== undefined && { readAt: s.readAt }) }
  if (userTags === a.userTags) return next
  return { ...next, userTags, ...applyUserTags(a.classified, userTags) }
}

async function restoreArticles(db: MeridianDb, chunk: StoredArticle[], states: Map<string, FileState>, report: RestoreReport): Promise<void> {
  await db.transaction('rw', articleTables(db), async () => {
    const stored = await db.articles.bulkGet(chunk.map((a) => a.id))
    const changes: ArticleChange[] = []
    chunk.forEach((a, i) => {
      const before = stored[i]
      if (!before) {
        changes.push({ after: a })
        report.articlesAdded++
        return
      }
      const after = mergeState(before, { ...states.get(a.id), ...(a.isRead && { readAt: a.readAt ?? 0 }), ...(a.isStarred && { starred: true }) })
      if (after) {
        changes.push({ before, after })
        report.statesApplied++
      }
    })
    const deltas: CounterDeltas = new Map()
    await writeArticles(db, changes, deltas)
    await applyCounterDeltas(db.counters, deltas)
  })
}

async function restoreStates(db: MeridianDb, ids: string[], states: Map<string, FileState>, report: RestoreReport, now: number): Promise<void> {
  await db.transaction('rw', [...articleTables(db), db.restoredStates], async () => {
    const stored = await db.articles.bulkGet(ids)
    const changes: ArticleChange[] = []
    const pending: Array<{ id: string; r?: number; s?: 1; t?: UserTags; at: number }> = []
    ids.forEach((id, i) => {
      const before = stored[i]
      const s = states.get(id)
      if (!s) return
      if (!before) {
        pending.push({ id, at: now, ...(s.readAt !== undefined && { r: s.readAt }), ...(s.starred && { s: 1 as const }), ...(s.userTags && { t: s.userTags }) })
        return
      }
      const after = mergeState(before, s)
      if (after) changes.push({ before, after })
    })
    const deltas: CounterDeltas = new Map()
    await writeArticles(db, changes, deltas)
    await applyCounterDeltas(db.counters, deltas)
    if (pending.length) {
      await db.restoredStates.bulkPut(pending)
      markPendingStates(db)
    }
    report.statesApplied += changes.length
    report.statesPending += pending.length
  })
}

async function restoreOfflineSettings(db: MeridianDb, file: BackupFile, feedIds: Map<string, string>): Promise<void> {
  const theirs = file.settings.offline
  if (!theirs) return
  const table = offlineDb(db).offlineSettings
  await db.transaction('rw', table, async () => {
    const mine = await table.get('settings')
    // The file's choices win (the reader restores them on purpose); per-feed modes are joined, the library's first.
    const feedModes = Object.fromEntries(Object.entries(theirs.feedModes ?? {}).map(([id, mode]) => [feedIds.get(id) ?? id, mode]))
    await table.put({ ...mine, ...theirs, key: 'settings', feedModes: { ...feedModes, ...mine?.feedModes } })
  })
}
