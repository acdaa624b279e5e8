import { useState } from 'react'
import type { Feed } from '../../db/schema'
import { useServices } from '../../lib/services'
import { FeedEditForm, type EditField } from './FeedEditForm'
import { UnsubscribeConfirm } from './UnsubscribeConfirm'

type Mode = 'closed' | 'menu' | EditField | 'unsubscribe'

/** The "…" menu of a feed: refresh, rename, move to a folder, set the outlet's country, unsubscribe. */
export function FeedActions({ feed, name }: { feed: Feed; name: string }) {
  const { api } = useServices()
  const [mode, setMode] = useState<Mode>('closed')
  const close = () => setMode('closed')
  function refresh() {
    close()
    // Errors come back as the feed's lastError (shown with a retry), so the call's own failure adds nothing.
    api.refreshNow([feed.id]).catch(() => undefined)
  }
  return (
    <div className="feed-actions">
      <button
        type="button"
        className="icon-button"
        aria-label={`Actions for ${name}`}
        aria-expanded={mode !== 'closed'}
        onClick={() => setMode(mode === 'closed' ? 'menu' : 'closed')}
      >
        ⋯
      </button>
      {mode === 'menu' && (
        <div className="popover" role="group" aria-label={`${name} actions`}>
          <button type="button" onClick={refresh}>
            Refresh
          </button>
          <button type="button" onClick={() => setMode('rename')}>
            Rename…
          </button>
          <button type="button" onClick={() => setMode('folder')}>
            Move to folder…
          </button>
          <button type="button" onClick={() => setMode('outlet')}>
            Outlet country…
          </button>
          <button type="button" className="danger" onClick={() => setMode('unsubscribe')}>
            Unsubscribe…
          </button>
        </div>
      )}
      {(mode === 'rename' || mode === 'folder' || mode === 'outlet') && <FeedEditForm feed={feed} name={name} field={mode} onDone={close} />}
      {mode === 'unsubscribe' && <UnsubscribeConfirm feed={feed} name={name} onDone={close} />}
    </div>
  )
}
