// Saved views (issue 19): the reader's named views (scope, filters, search words, unread only, sort) in the sidebar,
// in their own order, each with its unread count.
import { tag } from './article-tags'
import { readTotals } from './counters'
import type { SavedViewRow, SavedViewState } from './rows/issue19-types'
import type { MeridianDb } from './rows/types'
import { searchArticles } from './search'
import { hasSearchTerms } from './search-tokens'
import { hasFacetFilters, type Scope, type View } from './view'
import { scanMembership } from './view-query'

export type { SavedViewRow, SavedViewState }

export async function listSavedViews(db: MeridianDb): Promise<SavedViewRow[]> {
  return (await db.savedViews.toArray()).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
}

export async function saveView(db: MeridianDb, name: string, state: SavedViewState): Promise<SavedViewRow> {
  const clean = name.trim().slice(0, 100)
  if (!clean) throw new Error('A saved view needs a name.')
  return db.transaction('rw', db.savedViews, async () => {
    const all = await db.savedViews.toArray()
    const row: SavedViewRow = { id: `v${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`, name: clean, order: Math.max(0, ...all.map((v) => v.order)) + 1, state }
    await db.savedViews.add(row)
    return row
  })
}

export async function renameSavedView(db: MeridianDb, id: string, name: string): Promise<void> {
  const clean = name.trim().slice(0, 100)
  if (clean) await db.savedViews.update(id, { name: clean })
}

export async function deleteSavedView(db: MeridianDb, id: string): Promise<void> {
  await db.savedViews.delete(id)
}

/** Moves a saved view one place up (-1) or down (+1). */
export async function moveSavedView(db: MeridianDb, id: string, step: -1 | 1): Promise<void> {
  await db.transaction('rw', db.savedViews, async () => {
    const views = await listSavedViews(db)
    const i = views.findIndex((v) => v.id === id)
    const j = i + step
    if (i < 0 || j < 0 || j >= views.length) return
    ;[views[i], views[j]] = [views[j], views[i]]
    await db.savedViews.bulkPut(views.map((v, k) => ({ ...v, order: k + 1 })))
  })
}

/** The unread list of a scope with no facet filter, as counter keys; undefined where no counter holds it. */
function unreadScopes(scope: Scope): string[] | undefined {
  switch (scope.kind) {
    case 'all':
    case 'unread':
      return [tag.unread(tag.all)]
    case 'starred':
      return [tag.unread(tag.starred)]
    case 'feed':
      return [tag.unread(tag.feed(scope.feedId))]
    case 'folder':
      return scope.feedIds.map((id) => tag.unread(tag.feed(id)))
    case 'label':
      return [tag.unread(tag.label(scope.labelId))]
    case 'today':
      return undefined
  }
}

/** Search hits counted at most: the sidebar then shows "999+". */
const SEARCH_COUNT_CAP = 999

/** Unread articles in a view (and its search words): from counters when they hold it, else one membership scan. */
export async function countViewUnread(db: MeridianDb, view: View, query = ''): Promise<number> {
  const unread: View = { ...view, unreadOnly: true, showHidden: false }
  if (hasSearchTerms(query)) return (await searchArticles(db, query, { view: unread, limit: SEARCH_COUNT_CAP })).keys.length
  const scopes = hasFacetFilters(unread) ? undefined : unreadScopes(unread.scope)
  if (scopes) return (await readTotals(db.counters, scopes)).reduce((a, b) => a + b, 0)
  return (await scanMembership(db, unread)).total
}
