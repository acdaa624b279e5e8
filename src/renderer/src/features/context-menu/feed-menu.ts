// The context menu of a feed in the sidebar: refresh, mark all read, rename, unsubscribe. Rename and unsubscribe
// open the same forms as the feed's "⋯" menu.
import type { ContextMenuItem } from '../../../../shared/context-menu'
import { filterToView } from '../../db'
import type { Services } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { markViewRead } from '../articles/mark-all-read'

export type FeedFormRequest = 'rename' | 'unsubscribe'

export function feedMenuItems(): ContextMenuItem[] {
  return [
    { type: 'item', id: 'refresh', label: 'Refresh' },
    { type: 'item', id: 'mark-all-read', label: 'Mark all as read' },
    { type: 'separator' },
    { type: 'item', id: 'rename', label: 'Rename…' },
    { type: 'item', id: 'unsubscribe', label: 'Unsubscribe…' },
  ]
}

export async function runFeedAction(action: string | null, feedId: string, { db, api }: Services, openForm: (form: FeedFormRequest) => void): Promise<void> {
  // A failed refresh comes back as the feed's lastError (shown with a retry): the call's own failure adds nothing.
  if (action === 'refresh') await api.refreshNow([feedId]).catch(() => undefined)
  else if (action === 'mark-all-read') await markViewRead(db, filterToView({ feedId }), useUi.getState().showToast)
  else if (action === 'rename' || action === 'unsubscribe') openForm(action)
}
