import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import type { FullTextMode } from '../../../shared/model'
import { feedDisplayTitle, listFeeds, type OfflineSettings } from '../db'
import { DOWNLOAD_MODES, saveDownloadMode } from '../features/feeds/download-modes'
import { useServices } from '../lib/services'

/** Every feed is listed only in a small library; a large one lists the feeds set apart from the default and the
 *  ones the search finds, so the dialog stays short. Each feed's menu has the same choice. */
const LIST_ALL_UP_TO = 8

/** Per-feed "Download full articles": auto (default), always, never. */
export function FeedDownloadModes({ settings }: { settings: OfflineSettings }) {
  const { db } = useServices()
  const feeds = useLiveQuery(() => listFeeds(db), [db])
  const [query, setQuery] = useState('')
  if (!feeds?.length) return null
  const wanted = query.trim().toLocaleLowerCase()
  const shown = feeds.filter((feed) =>
    wanted ? feedDisplayTitle(feed).toLocaleLowerCase().includes(wanted) : feeds.length <= LIST_ALL_UP_TO || settings.feedModes[feed.id] !== undefined,
  )
  return (
    <fieldset className="feed-download-modes">
      <legend>Download full articles</legend>
      {feeds.length > LIST_ALL_UP_TO && (
        <label>
          <span>Find a feed</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={`${feeds.length} feeds`} />
        </label>
      )}
      {shown.slice(0, 20).map((feed) => (
        <label key={feed.id}>
          <span>{feedDisplayTitle(feed)}</span>
          <select value={settings.feedModes[feed.id] ?? 'auto'} onChange={(e) => void saveDownloadMode(db, settings, feed.id, e.target.value as FullTextMode)}>
            {DOWNLOAD_MODES.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      {feeds.length > LIST_ALL_UP_TO && !wanted && <p className="hint-text">Other feeds download full articles when they carry only a teaser. Each feed’s ⋯ menu has this choice too.</p>}
    </fieldset>
  )
}
