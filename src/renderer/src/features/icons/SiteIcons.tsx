import { useLiveQuery } from 'dexie-react-hooks'
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react'
import { listSiteIcons } from '../../db'
import { useServices } from '../../lib/services'

const SiteIconsContext = createContext<ReadonlyMap<string, string>>(new Map())

/** Object URLs of the stored site icons by feed id, for every component below; revoked when they change. */
export function SiteIconsProvider({ children }: { children: ReactNode }) {
  const { db } = useServices()
  const rows = useLiveQuery(() => listSiteIcons(db), [db])
  const urls = useMemo(() => {
    const map = new Map<string, string>()
    for (const row of rows ?? []) if (row.blob) map.set(row.feedId, URL.createObjectURL(row.blob))
    return map
  }, [rows])
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls])
  return <SiteIconsContext.Provider value={urls}>{children}</SiteIconsContext.Provider>
}

export function useSiteIcon(feedId: string): string | undefined {
  return useContext(SiteIconsContext).get(feedId)
}
