import { useEffect, useRef, useState } from 'react'
import type { Feed } from '../../db'
import { FeedDownloadMode } from './FeedDownloadMode'
import { useServices } from '../../lib/services'
import { Popover } from '../dialog/Popover'
import { FeedEditForm, type EditField } from './FeedEditForm'
import { UnsubscribeConfirm } from './UnsubscribeConfirm'
import type { FeedFormRequest } from '../context-menu/feed-menu'

type Mode = 'closed' | 'menu' | EditField | 'downloads' | 'unsubscribe'

/** The "⋯" menu of a feed: refresh, rename, move to a folder, outlet country, offline downloads, unsubscribe. */
export function FeedActions({ feed, name, asked }: { feed: Feed; name: string; /** A form the context menu asked for. */ asked?: { form: FeedFormRequest; seq: number } }) {
  const { api } = useServices()
  const [mode, setMode] = useState<Mode>('closed')
  useEffect(() => {
    if (asked) setMode(asked.form)
  }, [asked])
  const anchor = useRef<HTMLButtonElement>(null)
  const close = () => setMode('closed')
  function refresh() {
    close()
    // Errors come back as the feed's lastError (shown with a retry), so the call's own failure adds nothing.
    api.refreshNow([feed.id]).catch(() => undefined)
  }
  return (
    <div className="feed-actions">
      <button
        ref={anchor}
        type="button"
        className="icon-button"
        aria-label={`Actions for ${name}`}
        aria-expanded={mode !== 'closed'}
        onClick={() => setMode(mode === 'closed' ? 'menu' : 'closed')}
      >
        ⋯
      </button>
      {mode === 'menu' && (
        <Popover anchor={anchor} label={`${name} actions`} onClose={close} className="menu">
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
          <button type="button" onClick={() => setMode('downloads')}>
            Offline downloads…
          </button>
          <button type="button" className="danger" onClick={() => setMode('unsubscribe')}>
            Unsubscribe…
          </button>
        </Popover>
      )}
      {(mode === 'rename' || mode === 'folder' || mode === 'outlet') && (
        <Popover anchor={anchor} label={`${name}: ${mode === 'rename' ? 'rename' : mode === 'folder' ? 'folder' : 'outlet country'}`} role="dialog" onClose={close}>
          <FeedEditForm feed={feed} name={name} field={mode} onDone={close} />
        </Popover>
      )}
      {mode === 'downloads' && (
        <Popover anchor={anchor} label={`${name}: offline downloads`} role="dialog" onClose={close}>
          <FeedDownloadMode feed={feed} name={name} onDone={close} />
        </Popover>
      )}
      {mode === 'unsubscribe' && (
        <Popover anchor={anchor} label={`Unsubscribe from ${name}?`} role="alertdialog" onClose={close}>
          <UnsubscribeConfirm feed={feed} name={name} onDone={close} />
        </Popover>
      )}
    </div>
  )
}
