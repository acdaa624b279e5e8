import { useLiveQuery } from 'dexie-react-hooks'
import type { FullTextMode } from '../../../shared/model'
import { feedDisplayTitle, listFeeds } from '../db/feeds'
import { updateOfflineSettings } from '../db/offline/settings'
import type { OfflineSettings } from '../db/offline/tables'
import { useServices } from '../lib/services'

const MODES: { value: FullTextMode; label: string }[] = [
  { value: 'auto', label: 'When the feed has only a teaser' },
  { value: 'always', label: 'Always' },
  { value: 'never', label: 'Never' },
]

/** Per-feed "Download full articles": auto (default), always, never. */
export function FeedDownloadModes({ settings }: { settings: OfflineSettings }) {
  const { db } = useServices()
  const feeds = useLiveQuery(() => listFeeds(db), [db])
  if (!feeds?.length) return null
  const setMode = (feedId: string, mode: FullTextMode) => {
    const feedModes = { ...settings.feedModes, [feedId]: mode }
    if (mode === 'auto') delete feedModes[feedId]
    void updateOfflineSettings(db, { feedModes })
  }
  return (
    <fieldset className="feed-download-modes">
      <legend>Download full articles</legend>
      {feeds.map((feed) => (
        <label key={feed.id}>
          <span>{feedDisplayTitle(feed)}</span>
          <select value={settings.feedModes[feed.id] ?? 'auto'} onChange={(e) => setMode(feed.id, e.target.value as FullTextMode)}>
            {MODES.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  )
}
