// One row per story: the list's keys with every story after its first row left out, and which story each listed
// article belongs to. Off in the settings, the list is handed back as it is.
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { idOfSortKey, onePerStory, storiesOf } from '../../db'
import { useServices } from '../../lib/services'
import { useStorySettings } from '../../state/story-settings'
import type { ViewList } from '../articles/usePagedList'

const NONE: ReadonlyMap<string, string> = new Map()

export function useStoryRows(list: ViewList | undefined): { list: ViewList | undefined; storyOf: ReadonlyMap<string, string> } {
  const { db } = useServices()
  const isOn = useStorySettings((s) => s.oneRowPerStory)
  const keys = list?.keys
  const ids = useMemo(() => (isOn && keys ? keys.map(idOfSortKey) : []), [isOn, keys])
  const storyOf = useLiveQuery(() => storiesOf(db, ids), [db, ids]) ?? NONE
  return useMemo(() => {
    if (!isOn || !list || !keys || storyOf.size === 0) return { list, storyOf }
    const shown = onePerStory(keys, storyOf, idOfSortKey)
    if (shown.length === keys.length) return { list, storyOf }
    const hidden = keys.length - shown.length
    return { list: { ...list, keys: shown, total: list.total === undefined ? undefined : Math.max(shown.length, list.total - hidden) }, storyOf }
  }, [isOn, list, keys, storyOf])
}
