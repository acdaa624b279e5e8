// Restores a backup file into the database by merging (issue 19): nothing already there is lost. A feed the
// library already has (same URL) keeps its own id and the reader's own choices; read and starred marks are joined
// (read in either is read); a tag correction already made is kept over the file's. States of articles the library
// does not hold yet wait in restoredStates until their feed brings them again (pending-states.ts).
import { articleTables, sortKeyOf, writeArticles, type ArticleChange } from '../article-tags'
import { applyCounterDeltas, type CounterDeltas } from '../counters'
import { offlineDb } from '../offline/tables'
import type { Feed, MeridianDb, RestoredStateRow, StoredArticle } from '../rows/types'
import type { BackupFile } from './format'
import { mergeState, type ArticleState } from './merge-state'
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
  rulesAdded: number
  savedViewsAdded: number
  labelsAdded: number
}

const CHUNK = 500

export async function restoreLibrary(db: MeridianDb, file: BackupFile, now = Date.now()): Promise<RestoreReport> {
  const report: RestoreReport = { feedsAdded: 0, feedsMerged: 0, articlesAdded: 0, statesApplied: 0, statesPending: 0, rulesAdded: 0, savedViewsAdded: 0, labelsAdded: 0 }
  const feedIds = await restoreFeeds(db, file, report)
  const labelIds = await restoreLabels(db, file, report)
  // Rules and views name feeds and labels by id: the file's ids become the library's.
  const remap = (value: unknown): unknown => remapIds(value, (id) => feedIds.get(id) ?? labelIds.get(id))
  await restoreRulesAndViews(db, file, remap, report)
  const mapLabels = (ids: readonly string[] | undefined) => ids?.map((id) => labelIds.get(id) ?? id)
  const mapId = (id: string): string => {
    const cut = id.indexOf(':')
    const mapped = cut > 0 ? feedIds.get(id.slice(0, cut)) : undefined
    return mapped ? `${mapped}${id.slice(cut)}` : id
  }
  const states = collectStates(file, mapId, mapLabels)
  const fileArticles = file.articles.map((a) => {
    const id = mapId(a.id)
    const labels = mapLabels(a.labels)
    return { ...a, id, feedId: feedIds.get(a.feedId) ?? a.feedId, sortKey: sortKeyOf(a.publishedAt, id), ...(labels && { labels }) }
  })
  const known = new Set(fileArticles.map((a) => a.id))
  for (let i = 0; i < fileArticles.length; i += CHUNK) await restoreArticles(db, fileArticles.slice(i, i + CHUNK), states, report)
  const rest = [...states.keys()].filter((id) => !known.has(id))
  for (let i = 0; i < rest.length; i += CHUNK) await restoreStates(db, rest.slice(i, i + CHUNK), states, report, now)
  await restoreOfflineSettings(db, file, feedIds)
  return report
}

function collectStates(file: BackupFile, mapId: (id: string) => string, mapLabels: (ids: string[]) => string[] | undefined): Map<string, ArticleState> {
  const states = new Map<string, ArticleState>()
  const of = (id: string) => {
    const mapped = mapId(id)
    let s = states.get(mapped)
    if (!s) states.set(mapped, (s = {}))
    return s
  }
  for (const [id, readAt] of file.states.read) of(id).readAt = readAt
  for (const id of file.states.starred) of(id).starred = true
  for (const [id, tags] of Object.entries(file.states.userTags)) of(id).userTags = tags
  for (const [id, labels] of Object.entries(file.states.labels)) of(id).labels = mapLabels(labels)
  for (const id of file.states.shown) of(id).shown = true
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

async function restoreArticles(db: MeridianDb, chunk: StoredArticle[], states: Map<string, ArticleState>, report: RestoreReport): Promise<void> {
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

async function restoreStates(db: MeridianDb, ids: string[], states: Map<string, ArticleState>, report: RestoreReport, now: number): Promise<void> {
  await db.transaction('rw', [...articleTables(db), db.restoredStates], async () => {
    const stored = await db.articles.bulkGet(ids)
    const changes: ArticleChange[] = []
    const pending: RestoredStateRow[] = []
    ids.forEach((id, i) => {
      const before = stored[i]
      const s = states.get(id)
      if (!s) return
      if (!before) {
        pending.push({
          id, at: now, ...(s.readAt !== undefined && { r: s.readAt }), ...(s.starred && { s: 1 as const }), ...(s.userTags && { t: s.userTags }),
          ...(s.labels?.length && { l: s.labels }), ...(s.shown && { v: 1 as const }),
        })
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

/** Adds the file's labels the library lacks (a label of the same name is the same label); file id → library id. */
async function restoreLabels(db: MeridianDb, file: BackupFile, report: RestoreReport): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  await db.transaction('rw', db.labels, async () => {
    const mine = await db.labels.toArray()
    const byId = new Map(mine.map((l) => [l.id, l]))
    const byName = new Map(mine.map((l) => [l.name.toLowerCase(), l]))
    let order = Math.max(0, ...mine.map((l) => l.order + 1))
    for (const label of file.labels) {
      const same = byName.get(label.name.toLowerCase())
      if (same) {
        ids.set(label.id, same.id)
        continue
      }
      const id = byId.has(label.id) ? crypto.randomUUID() : label.id
      ids.set(label.id, id)
      const row = { id, name: label.name, order: order++ }
      await db.labels.add(row)
      byName.set(row.name.toLowerCase(), row)
      report.labelsAdded++
    }
  })
  return ids
}

/** Adds the file's rules and saved views the library lacks (by id), after the library's own, in the file's order. */
async function restoreRulesAndViews(db: MeridianDb, file: BackupFile, remap: (v: unknown) => unknown, report: RestoreReport): Promise<void> {
  await db.transaction('rw', db.rules, db.savedViews, async () => {
    const rules = await db.rules.toArray()
    let order = Math.max(0, ...rules.map((r) => r.order + 1))
    const known = new Set(rules.map((r) => r.id))
    for (const rule of [...file.rules].sort((a, b) => a.order - b.order)) {
      if (known.has(rule.id)) continue
      await db.rules.add({ ...(remap(rule) as typeof rule), order: order++ })
      report.rulesAdded++
    }
    const views = await db.savedViews.toArray()
    let place = Math.max(0, ...views.map((v) => v.order + 1))
    const knownViews = new Set(views.map((v) => v.id))
    for (const view of [...file.savedViews].sort((a, b) => a.order - b.order)) {
      if (knownViews.has(view.id)) continue
      await db.savedViews.add({ ...(remap(view) as typeof view), order: place++ })
      report.savedViewsAdded++
    }
  })
}

/** A copy of `value` with every string that `mapped` knows replaced (ids inside rules and views). */
function remapIds(value: unknown, mapped: (id: string) => string | undefined): unknown {
  if (typeof value === 'string') return mapped(value) ?? value
  if (Array.isArray(value)) return value.map((v) => remapIds(v, mapped))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapIds(v, mapped)]))
  return value
}
