// Site icons (issue 17): one row per feed with the icon the main process downloaded, kept as a Blob so the
// feed list and rows show it offline and the renderer never asks a remote host for it. Added by schema version 18.
// A row without a blob records that the site had no icon, so it is not asked again before ICON_RECHECK_MS.
import type { Table } from 'dexie'
import type { SiteIcon } from '../../../shared/model'
import type { MeridianDb } from './schema'
import { sharedTableWatch } from './table-watch'

/** How long an icon (or the absence of one) is trusted before the site is asked again. */
const ICON_RECHECK_MS = 30 * 24 * 3_600_000

export interface SiteIconRow {
  feedId: string
  blob?: Blob
  /** Where the icon came from. */
  url?: string
  checkedAt: number
}

type IconDb = MeridianDb & { siteIcons: Table<SiteIconRow, string> }
const icons = (db: MeridianDb) => (db as IconDb).siteIcons

export function listSiteIcons(db: MeridianDb): Promise<SiteIconRow[]> {
  return icons(db).toArray()
}

const iconWatch = sharedTableWatch('siteIcons', listSiteIcons)

/** Calls next with every icon row now and after changes (one shared read per burst, at most every 250 ms: a large
 *  import stores thousands of icons one by one). Returns a stop function. */
export function watchSiteIcons(db: MeridianDb, next: (rows: SiteIconRow[]) => void, onError: (err: unknown) => void): () => void {
  return iconWatch(db).watch(next, onError)
}

/** Stores what the main process found for a feed (null: no icon); a feed unsubscribed meanwhile is skipped. */
export async function saveSiteIcon(db: MeridianDb, feedId: string, icon: SiteIcon | null, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.feeds, icons(db)], async () => {
    if (!(await db.feeds.get(feedId))) return
    const row: SiteIconRow = icon
      ? { feedId, blob: new Blob([icon.bytes as Uint8Array<ArrayBuffer>], { type: icon.contentType }), url: icon.url, checkedAt: now }
      : { feedId, checkedAt: now }
    await icons(db).put(row)
  })
}

/** Feeds whose icon was never looked for, or looked for longer ago than ICON_RECHECK_MS. */
export async function feedIdsNeedingIcons(db: MeridianDb, feedIds: string[], now = Date.now()): Promise<string[]> {
  const rows = await icons(db).bulkGet(feedIds)
  return feedIds.filter((_, i) => {
    const row = rows[i]
    return !row || now - row.checkedAt > ICON_RECHECK_MS
  })
}

export function deleteSiteIcon(db: MeridianDb, feedId: string): Promise<void> {
  return icons(db).delete(feedId)
}
