import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import { watchSiteIcons, type SiteIconRow } from '../../db'
import { log } from '../../lib/log'
import { useServices } from '../../lib/services'

const logger = log.scope('icons')

/** Object URLs of the stored site icons by feed id. Each icon keeps its URL while its row is unchanged, and a
 *  component asking for one feed's icon re-renders only when that icon changes: a large import stores thousands of
 *  icons, and a new map per store re-rendered every feed of the sidebar each time. */
interface IconUrls {
  get(feedId: string): string | undefined
  subscribe(onChange: () => void): () => void
  update(rows: SiteIconRow[]): void
  dispose(): void
}

function createIconUrls(): IconUrls {
  const urls = new Map<string, { url: string; version: string }>()
  const listeners = new Set<() => void>()
  const revokeAll = () => urls.forEach(({ url }) => URL.revokeObjectURL(url))
  return {
    get: (feedId) => urls.get(feedId)?.url,
    subscribe(onChange) {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
    update(rows) {
      let isChanged = false
      const present = new Set<string>()
      for (const row of rows) {
        if (!row.blob) continue
        present.add(row.feedId)
        const version = `${row.checkedAt}|${row.url ?? ''}|${row.blob.size}`
        const old = urls.get(row.feedId)
        if (old?.version === version) continue
        if (old) URL.revokeObjectURL(old.url)
        urls.set(row.feedId, { url: URL.createObjectURL(row.blob), version })
        isChanged = true
      }
      for (const [feedId, { url }] of urls) {
        if (present.has(feedId)) continue
        URL.revokeObjectURL(url)
        urls.delete(feedId)
        isChanged = true
      }
      if (isChanged) listeners.forEach((l) => l())
    },
    dispose() {
      revokeAll()
      urls.clear()
    },
  }
}

const SiteIconsContext = createContext<IconUrls>(createIconUrls())

/** The stored site icons for every component below; their URLs are revoked when they change or go. */
export function SiteIconsProvider({ children }: { children: ReactNode }) {
  const { db } = useServices()
  const icons = useMemo(() => createIconUrls(), [db])
  useEffect(() => {
    const stop = watchSiteIcons(db, (rows) => icons.update(rows), (err) => logger.warn(`reading site icons failed: ${String(err)}`))
    return () => {
      stop()
      icons.dispose()
    }
  }, [db, icons])
  return <SiteIconsContext.Provider value={icons}>{children}</SiteIconsContext.Provider>
}

export function useSiteIcon(feedId: string): string | undefined {
  const icons = useContext(SiteIconsContext)
  return useSyncExternalStore(icons.subscribe, () => icons.get(feedId))
}
