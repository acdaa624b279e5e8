import { useId } from 'react'
import { CONCURRENCY_LIMITS, ITEMS_PER_POLL, REFRESH_CHOICES, useGeneralSettings, type OnStart, type StartView } from '../../state/general-settings'
import { Dialog } from '../dialog/Dialog'
import { DesktopSettingsSection } from './DesktopSettingsSection'
import { StorySettingsSection } from '../stories/StorySettingsSection'
import { BackupSection } from '../backup/BackupSection'
import { ReadingSettingsPanel } from '../reader/ReadingSettingsPanel'
import { StorageSettingsSection } from '../../offline/StorageSettingsFields'

const everyLabel = (minutes: number) => (minutes < 60 ? `Every ${minutes} minutes` : minutes === 60 ? 'Every hour' : minutes === 1440 ? 'Once a day' : `Every ${minutes / 60} hours`)

/** The settings screen: refreshing, reading and theme, storage and retention, stories, desktop, notifications, backups. */
export function GeneralSettingsDialog({ onClose }: { onClose(): void }) {
  const s = useGeneralSettings()
  const ids = { every: useId(), concurrency: useId(), itemsPerPoll: useId(), onStart: useId(), startView: useId() }
  return (
    <Dialog title="General settings" isOpen onClose={onClose}>
      <label htmlFor={ids.every}>Refresh feeds</label>
      <select id={ids.every} value={s.refreshMinutes} onChange={(e) => s.set({ refreshMinutes: Number(e.target.value) })}>
        {REFRESH_CHOICES.map((m) => (
          <option key={m} value={m}>
            {everyLabel(m)}
          </option>
        ))}
      </select>
      <p className="hint-text">A site that asks for longer gaps (or keeps failing) is polled less often.</p>
      <label htmlFor={ids.concurrency}>Downloads at once (all sites together)</label>
      <input
        id={ids.concurrency}
        type="number"
        min={CONCURRENCY_LIMITS.min}
        max={CONCURRENCY_LIMITS.max}
        value={s.concurrency}
        onChange={(e) => Number.isFinite(e.target.valueAsNumber) && s.set({ concurrency: e.target.valueAsNumber })}
      />
      <label htmlFor={ids.itemsPerPoll}>Newest articles taken from a feed at each refresh</label>
      <select id={ids.itemsPerPoll} value={s.itemsPerPoll} onChange={(e) => s.set({ itemsPerPoll: Number(e.target.value) })}>
        {ITEMS_PER_POLL.choices.map((n) => (
          <option key={n} value={n}>
            {n.toLocaleString()}
          </option>
        ))}
      </select>
      <label htmlFor={ids.onStart}>When Meridian starts</label>
      <select id={ids.onStart} value={s.onStart} onChange={(e) => s.set({ onStart: e.target.value as OnStart })}>
        <option value="schedule">Refresh each feed when it is due</option>
        <option value="refresh">Refresh all feeds at once</option>
      </select>
      <label htmlFor={ids.startView}>Show at start</label>
      <select id={ids.startView} value={s.startView} onChange={(e) => s.set({ startView: e.target.value as StartView })}>
        <option value="all">All articles</option>
        <option value="unread">Unread</option>
      </select>
      <section aria-label="Reading" className="settings-section">
        <h3>Reading</h3>
        <ReadingSettingsPanel />
      </section>
      <StorageSettingsSection />
      <StorySettingsSection />
      <DesktopSettingsSection />
      <BackupSection />
    </Dialog>
  )
}
