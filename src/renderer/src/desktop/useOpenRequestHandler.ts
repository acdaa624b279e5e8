// Carries out what the main process asks of the window: a feed: link or feed file (the add-feed dialog, address
// filled in), an OPML file (imported, with the usual report), a notification click (the article or the view of
// the watched country or topic), an application-menu action (the same key the keyboard handler takes).
import { useEffect } from 'react'
import type { OpenRequest } from '../../../shared/desktop-settings'
import { SHORTCUTS, isKeyAction } from '../../../shared/shortcuts'
import { importOpmlFeeds } from '../db'
import { describeImport, parseOpml } from '../lib/opml'
import { useServices, type Services } from '../lib/services'
import { useOpenRequests } from '../state/open-requests'
import { useUi } from '../state/ui-store'

async function carryOut(request: OpenRequest, { db, api }: Services): Promise<void> {
  const ui = useUi.getState()
  switch (request.kind) {
    case 'add-feed':
      useOpenRequests.getState().offerFeedUrl(request.url)
      ui.openDialog('add-feed')
      return
    case 'import-opml': {
      const report = await importOpmlFeeds(db, parseOpml(request.text))
      ui.showToast({ message: describeImport({ added: report.added.length, duplicates: report.duplicates.length, invalid: report.invalid.length }) })
      if (report.added.length) await api.refreshNow(report.added.map((f) => f.id))
      return
    }
    case 'open-view': {
      const [kind, value] = [request.watchKey.slice(0, request.watchKey.indexOf(':')), request.watchKey.slice(request.watchKey.indexOf(':') + 1)]
      ui.select({ kind: 'all' })
      ui.clearFilters()
      if (kind === 'country') ui.setFacet('countries', [value])
      else if (kind === 'topic') ui.setFacet('topics', [value])
      else if (kind === 'feed') ui.select({ kind: 'feed', feedId: value })
      return
    }
    case 'open-article':
      ui.selectArticle(request.articleId)
      return
    case 'show-settings':
      useOpenRequests.getState().askSettings()
      return
    case 'run-action': {
      if (!isKeyAction(request.action)) return
      const key = SHORTCUTS.find((s) => s.action === request.action)!.keys[0]!
      // A sequence ('g m') is pressed key by key, as the reader would.
      for (const k of key.split(' ')) {
        const shift = k.startsWith('Shift+')
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: shift ? k.slice(6) : k, shiftKey: shift || k === '?', bubbles: true }))
      }
    }
  }
}

export function useOpenRequestHandler(): void {
  const services = useServices()
  useEffect(
    () =>
      services.api.onOpenRequest((request) => {
        carryOut(request, services).catch((err: unknown) => useUi.getState().showToast({ message: `Could not open that: ${err instanceof Error ? err.message : String(err)}` }))
      }),
    [services],
  )
}
