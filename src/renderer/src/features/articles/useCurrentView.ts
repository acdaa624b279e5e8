import { useMemo } from 'react'
import type { Scope, View } from '../../db'
import { useUi, type Selection } from '../../state/ui-store'
import { feedIdsInFolder, useFeeds } from '../feeds/useFeeds'

/** ISO time of the reader's local midnight: "Today" is the calendar day where the reader is. */
export function startOfToday(now = new Date()): string {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString()
}

export function scopeOf(selection: Selection, folderIds: string[] | undefined): Scope | undefined {
  switch (selection.kind) {
    case 'feed':
      return { kind: 'feed', feedId: selection.feedId }
    case 'folder':
      return folderIds ? { kind: 'folder', feedIds: folderIds } : undefined
    case 'today':
      return { kind: 'today', since: startOfToday() }
    case 'label':
      return { kind: 'label', labelId: selection.labelId }
    default:
      return { kind: selection.kind }
  }
}

/** The View the list, the facets and mark-all-read work on; undefined while a folder's feeds load. */
export function useCurrentView(): View | undefined {
  const selection = useUi((s) => s.selection)
  const unreadOnly = useUi((s) => s.unreadOnly)
  const countries = useUi((s) => s.countries)
  const topics = useUi((s) => s.topics)
  const outlets = useUi((s) => s.outlets)
  const outletMode = useUi((s) => s.outletMode)
  const order = useUi((s) => s.order)
  const includeMentions = useUi((s) => s.includeMentions)
  const showHidden = useUi((s) => s.showHidden)
  const feeds = useFeeds()
  const folderPath = selection.kind === 'folder' ? selection.path : undefined
  const folderKey = folderPath && feeds ? feedIdsInFolder(feeds, folderPath).join(',') : undefined
  return useMemo(() => {
    const scope = scopeOf(selection, folderKey === undefined ? undefined : folderKey ? folderKey.split(',') : [])
    const outletFilter = outletMode === 'exclude' ? { excludeOutlets: outlets } : { outlets }
    return scope && { scope, unreadOnly, countries, topics, ...outletFilter, order, ...(includeMentions && { includeMentions }), ...(showHidden && { showHidden }) }
  }, [selection, folderKey, unreadOnly, countries, topics, outlets, outletMode, order, includeMentions, showHidden])
}
