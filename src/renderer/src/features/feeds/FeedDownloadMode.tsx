import { useLiveQuery } from 'dexie-react-hooks'
import { useId } from 'react'
import type { FullTextMode } from '../../../../shared/model'
import { getOfflineSettings, type Feed } from '../../db'
import { useServices } from '../../lib/services'
import { DOWNLOAD_MODES, saveDownloadMode } from './download-modes'

/** One feed's "Download full articles" choice, from the feed's own menu. */
export function FeedDownloadMode({ feed, name, onDone }: { feed: Feed; name: string; onDone(): void }) {
  const { db } = useServices()
  const settings = useLiveQuery(() => getOfflineSettings(db), [db])
  const id = useId()
  if (!settings) return null
  return (
    <div className="inline-form">
      <label htmlFor={id}>Download full articles of {name}</label>
      <select id={id} value={settings.feedModes[feed.id] ?? 'auto'} onChange={(e) => void saveDownloadMode(db, settings, feed.id, e.target.value as FullTextMode)}>
        {DOWNLOAD_MODES.map((m) => (
          <option key={m.value} value={m.value}>
            {m.label}
          </option>
        ))}
      </select>
      <div className="form-buttons">
        <button type="button" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  )
}
