import { useState } from 'react'
import type { DiscoveredFeed } from '../../../../shared/model'
import type { Feed } from '../../db/schema'
import { canFindFeedsAfter, describeFeedError, formatTime } from '../../lib/format'
import { useServices } from '../../lib/services'
import { CopyButton } from './CopyButton'
import { findFeedsFor, subscribeToFound, type FindOutcome } from './find-feeds'

type Finding = { kind: 'idle' } | { kind: 'busy' } | FindOutcome

/** A failing feed's plain error, its full address (copyable), when it was last tried, Retry, and for a page or a
 *  vanished feed "Find feeds on this site". */
export function FeedErrorPanel({ feed, name, id }: { feed: Feed; name: string; id: string }) {
  const services = useServices()
  const [retrying, setRetrying] = useState(false)
  const [finding, setFinding] = useState<Finding>({ kind: 'idle' })
  const error = feed.lastError
  if (!error) return null

  async function retry() {
    setRetrying(true)
    try {
      await services.api.refreshNow([feed.id]) // a named feed is polled even when marked dead
    } finally {
      setRetrying(false)
    }
  }
  async function run(task: () => Promise<FindOutcome>) {
    setFinding({ kind: 'busy' })
    setFinding(await task().catch((err: unknown) => ({ kind: 'none' as const, message: String(err) })))
  }

  return (
    <div className="feed-error">
      <p id={id} title={error.message}>
        {describeFeedError(error)}
      </p>
      <p className="feed-error-url">
        <span className="url-text">{feed.url}</span> <CopyButton text={feed.url} label={`Copy the address of ${name}`} />
      </p>
      <p className="feed-error-attempt" role="status">
        {retrying ? 'Retrying…' : `Attempt ${feed.failureCount || 1} failed at ${formatTime(error.at)}.`}
      </p>
      <div className="feed-error-actions">
        <button type="button" aria-label={`Retry ${name}`} disabled={retrying} onClick={() => void retry()}>
          Retry
        </button>
        {canFindFeedsAfter(error) && (
          <button type="button" disabled={finding.kind === 'busy'} onClick={() => void run(() => findFeedsFor(services, feed))}>
            Find feeds on this site
          </button>
        )}
      </div>
      <FindResult finding={finding} onPick={(f) => void run(() => subscribeToFound(services, f))} />
    </div>
  )
}

function FindResult({ finding, onPick }: { finding: Finding; onPick(feed: DiscoveredFeed): void }) {
  if (finding.kind === 'busy') return <p role="status">Looking for feeds…</p>
  if (finding.kind === 'subscribed') return <p role="status">Subscribed to {finding.title}.</p>
  if (finding.kind === 'none') return <p role="alert">{finding.message}</p>
  if (finding.kind !== 'choose') return null
  return (
    <ul aria-label="Feeds found" className="found-feeds">
      {finding.feeds.map((f) => (
        <li key={f.url}>
          <button type="button" onClick={() => onPick(f)}>
            Add {f.title || f.url}
          </button>
        </li>
      ))}
    </ul>
  )
}
