// How stories show (issue 19): one row per story in lists, and whether reading one article marks its whole story
// read. Kept in localStorage; UI state only.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

export interface StorySettings {
  oneRowPerStory: boolean
  readStoryTogether: boolean
  set(patch: Partial<Pick<StorySettings, 'oneRowPerStory' | 'readStoryTogether'>>): void
}

export const useStorySettings = create<StorySettings>()(
  persist(
    (set) => ({ oneRowPerStory: true, readStoryTogether: false, set: (patch) => set(patch) }),
    {
      name: 'meridian.story-settings',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ oneRowPerStory, readStoryTogether }) => ({ oneRowPerStory, readStoryTogether }),
    },
  ),
)
