// The stories part of the general settings: one row per story, and reading a story as a whole.
import { useStorySettings } from '../../state/story-settings'

export function StorySettingsSection() {
  const s = useStorySettings()
  return (
    <section aria-label="Stories" className="settings-section">
      <h3>Stories</h3>
      <label className="check-row">
        <input type="checkbox" checked={s.oneRowPerStory} onChange={(e) => s.set({ oneRowPerStory: e.target.checked })} /> One row per story (the same event reported by several outlets)
      </label>
      <label className="check-row">
        <input type="checkbox" checked={s.readStoryTogether} onChange={(e) => s.set({ readStoryTogether: e.target.checked })} /> Reading one report marks the whole story read
      </label>
    </section>
  )
}
