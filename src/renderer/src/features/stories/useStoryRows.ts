// One row per story: the list's keys with every story after its first row left out, and which story each listed
// article belongs to. Off in the settings, the list is handed back as it is. The stories of listed articles are
// looked up incrementally (StoryLookup): a read mark or a page more does not read the whole list's stories again.
import { useMemo } from 'react'
import { idOfSortKey, onePerStory, StoryLookup, storyMembersGeneration } from '../../db'
import { useServices } from '../../lib/services'
import { useStorySettings } from '../../state/story-settings'
import type { ViewList } from '../articles/usePagedList'
import { usePacedLiveQuery } from '../../lib/use-paced-live-query'

const NONE: ReadonlyMap<string, string> = new Map()
const NO_KEYS: readonly string[] = []

export function useStoryRows(list: ViewList | undefined): { list: ViewList | undefined; storyOf: ReadonlyMap<string, string> } {
  const { db } = useServices()
  const isOn = useStorySettings((s) => s.oneRowPerStory)
  const keys = list?.keys
  const lookup = useMemo(() => new StoryLookup(db), [db])
  // Changes whenever an ingest writes story members: the lookup then reads recent articles again.
  const generation = usePacedLiveQuery(() => (isOn ? storyMembersGeneration(db) : 0), [db, isOn])
  const listed = isOn && keys ? keys : NO_KEYS
  const storyOf = usePacedLiveQuery(() => lookup.storiesOfKeys(listed, generation), [lookup, listed, generation]) ?? NONE
  // The list object is new on every render (a key press, a selection): only a change of keys or stories walks the
  // whole list again (15,000 keys took ~1 s of j/k handling in a farm refresh).
  const shown = useMemo(() => (isOn && keys && storyOf.size > 0 ? onePerStory(keys, storyOf, idOfSortKey) : undefined), [isOn, keys, storyOf])
  return useMemo(() => {
    if (!list || !keys || !shown || shown.length === keys.length) return { list, storyOf }
    const hidden = keys.length - shown.length
    return { list: { ...list, keys: shown, total: list.total === undefined ? undefined : Math.max(shown.length, list.total - hidden) }, storyOf }
  }, [list, keys, shown, storyOf])
}
