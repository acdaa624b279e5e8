import { useEffect } from 'react'
import { isHttpUrl } from '../../../../shared/validate'
import { getArticle, getArticles, markRead, toggleStar, type View } from '../../db'
import { log } from '../../lib/log'
import { useServices, type Services } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { idsAfter, neighbourId } from '../articles/list-navigation'
import { markViewRead } from '../articles/mark-all-read'
import { cancelReadMark } from '../reader/read-marks'
import { SEARCH_BOX_SELECTOR } from '../search/SearchBox'
import { toggleMap } from '../map/map-store'
import { requestRefresh } from '../status/refresh-control'
import { actionFor, startsSequence, type KeyAction } from './keymap'
import { useLabelRequest } from '../labels/label-request'
import { openSavedViewAt } from '../views/open-saved-view'

const keyboardLog = log.scope('keyboard')
/** How long the first key of a two-key shortcut ('g' of 'g m') waits for the second. */
const SEQUENCE_MS = 1500

async function nextUnread({ db }: Services, current: string | null, step: 1 | -1): Promise<string | undefined> {
  let from = current
  for (;;) {
    const ids = idsAfter(from, step, 200)
    if (ids.length === 0) return undefined
    const rows = await getArticles(db, ids)
    const hit = rows.find((a) => a && a.isRead === 0)
    if (hit) return hit.id
    from = ids[ids.length - 1]
  }
}

async function run(action: KeyAction, services: Services, view: View | undefined, key: string): Promise<void> {
  const ui = useUi.getState()
  const current = ui.selectedArticleId
  const select = (id: string | undefined) => id && ui.selectArticle(id)
  switch (action) {
    case 'next':
    case 'previous':
      return void select(neighbourId(current, action === 'next' ? 1 : -1))
    case 'nextUnread':
    case 'previousUnread':
      return void select(await nextUnread(services, current, action === 'nextUnread' ? 1 : -1))
    case 'open':
      if (!current) return void select(neighbourId(null, 1))
      return void document.querySelector<HTMLElement>('[data-pane="reader"]')?.focus()
    case 'toggleRead':
    case 'star':
    case 'openOriginal': {
      if (!current) return
      // An article opened moments ago counts as read already (its mark is waiting, read-marks.ts): m keeps it unread.
      if (action === 'toggleRead' && cancelReadMark(services.db, current)) return
      const article = await getArticle(services.db, current)
      if (!article) return
      if (action === 'toggleRead') return markRead(services.db, current, article.isRead === 0)
      if (action === 'star') return toggleStar(services.db, current)
      if (article.url && isHttpUrl(article.url)) await services.api.openExternal(article.url)
      return
    }
    case 'refresh':
      return requestRefresh(services.api) // a failure shows where the Refresh button shows its own
    case 'search': {
      const box = document.querySelector<HTMLInputElement>(SEARCH_BOX_SELECTOR)
      box?.focus()
      return void box?.select()
    }
    case 'markAllRead':
      if (view) await markViewRead(services.db, view, ui.showToast, ui.query)
      return
    case 'showMap':
      return toggleMap()
    case 'label':
      return void (current && useLabelRequest.getState().ask())
    case 'openSavedView':
      return void (await openSavedViewAt(services.db, Number(key)))
    case 'help':
      return ui.openDialog(ui.dialog === 'help' ? null : 'help')
  }
}

/** Global shortcuts (keymap.ts), off while a dialog is open or a text field has focus. */
export function useKeyboard(view: View | undefined): void {
  const services = useServices()
  useEffect(() => {
    let prefix: { key: string; at: number } | undefined
    const onKey = (e: KeyboardEvent) => {
      if (useUi.getState().dialog && e.key !== '?') return
      // The second key of a sequence counts only soon after the first, as in Gmail and GitHub.
      const pending = prefix && e.timeStamp - prefix.at < SEQUENCE_MS ? prefix.key : undefined
      prefix = undefined
      if (!pending && startsSequence(e)) {
        prefix = { key: e.key, at: e.timeStamp }
        return
      }
      const action = actionFor(e, pending)
      if (!action) return
      e.preventDefault()
      run(action, services, view, e.key).catch((err: unknown) => keyboardLog.error(`${action} failed`, err))
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [services, view])
}
