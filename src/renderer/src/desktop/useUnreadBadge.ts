// Keeps the tray tooltip and the dock or taskbar badge on the library's unread count.
import { useEffect } from 'react'
import { countUnread } from '../db'
import { useServices } from '../lib/services'
import { useSideLiveQuery } from '../lib/use-paced-live-query'

export function useUnreadBadge(): void {
  const { db, api } = useServices()
  const unread = useSideLiveQuery(() => countUnread(db), [db])
  useEffect(() => {
    if (unread !== undefined) void api.setUnreadCount(unread).catch(() => undefined) // a badge is not worth an error
  }, [api, unread])
}
