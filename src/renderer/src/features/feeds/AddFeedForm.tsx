import { useId, useState, type FormEvent } from 'react'
import { useOpenRequests } from '../../state/open-requests'
import type { DiscoveredFeed } from '../../../../shared/model'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import type { Feed } from '../../db'
import { canFindFeedsAfter } from '../../lib/format'
import { CopyButton } from './CopyButton'
import { FindFeeds } from './FindFeeds'
import { subscribeToUrl, type SubscribeOutcome } from './subscribe'

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; message?: string; feed?: Feed }
  | { kind: 'error'; message: string; url?: string }
  | { kind: 'choose'; pageUrl: string; feeds: DiscoveredFeed[] }

/** Subscribe by URL; a site URL leads to a choice among the feeds it advertises. */
export function AddFeedForm({ onAdded }: { onAdded?(feedId: string): void }) {
  const services = useServices()
  const select = useUi((s) => s.select)
  const [url, setUrl] = useState(() => useOpenRequests.getState().takeFeedUrl() ?? '') // a feed: link opened with the app
  const [folder, setFolder] = useState('')
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const inputId = useId()
  const folderId = useId()

  async function run(target: string, title?: string) {
    setStatus({ kind: 'busy' })
    let outcome: SubscribeOutcome
    try {
      outcome = await subscribeToUrl(services, target, { title, folder })
    } catch (err) {
      outcome = { kind: 'error', message: `Could not add the feed: ${err instanceof Error ? err.message : String(err)}` }
    }
    if (outcome.kind === 'added') {
      setUrl('')
      select({ kind: 'feed', feedId: outcome.feed.id })
      setStatus({ kind: 'done', message: outcome.problem, feed: outcome.feed })
      if (!outcome.problem) onAdded?.(outcome.feed.id)
    } else setStatus(outcome)
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (url.trim()) void run(url)
  }

  const busy = status.kind === 'busy'
  return (
    <section className="add-feed" aria-label="Add a feed">
      <form onSubmit={onSubmit} noValidate>
        <label htmlFor={inputId}>Feed or site URL</label>
        <div className="add-feed-row">
          <input
            id={inputId}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://example.org/feed"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            disabled={busy}
            data-autofocus
          />
          <button type="submit" disabled={busy || !url.trim()}>
            Add feed
          </button>
        </div>
        <label htmlFor={folderId}>Folder (optional)</label>
        <input id={folderId} type="text" className="folder-input" value={folder} onChange={(e) => setFolder(e.target.value)} disabled={busy} placeholder="News/Europe" />
        <p className="hint-text">A feed address (RSS, Atom or JSON Feed) or just the site’s address: Meridian looks for the feeds the site offers.</p>
      </form>
      {/* One live region, always present, so screen readers announce each change of its text. */}
      <p role="status" className="add-feed-status">
        {statusText(status)}
      </p>
      {status.kind === 'done' && status.feed?.lastError && canFindFeedsAfter(status.feed.lastError) && (
        <div className="add-feed-find">
          <FindFeeds feed={status.feed} />
        </div>
      )}
      {status.kind === 'error' && (
        <div role="alert" className="error-text">
          <p>{status.message}</p>
          {status.url && (
            <p className="feed-error-url">
              <span className="url-text">{status.url}</span> <CopyButton text={status.url} label="Copy the address" />
            </p>
          )}
        </div>
      )}
      {status.kind === 'choose' && (
        <div className="discovered">
          <ul aria-label="Feeds found">
            {status.feeds.map((f) => (
              <li key={f.url}>
                <button type="button" onClick={() => void run(f.url, f.title)}>
                  Add {f.title || f.url}
                </button>
                <span className="discovered-meta">{f.type.toUpperCase()} · {f.url}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}

function statusText(status: Status): string {
  if (status.kind === 'busy') return 'Adding…'
  if (status.kind === 'done') return status.message ?? 'Feed added.'
  if (status.kind === 'choose') return 'This address is a web page. It offers these feeds:'
  return ''
}
