import { useState } from 'react'
import type { DiscoveredFeed } from '../../../../shared/model'
import type { Feed } from '../../db'
import { useServices } from '../../lib/services'
import { findFeedsFor, subscribeToFound, type FindOutcome } from './find-feeds'

type Finding = { kind: 'idle' } | { kind: 'busy' } | FindOutcome

/** "Find feeds on this site" for a failing subscription, and what it found: subscribed at once to a single feed,
 *  a choice among several, or why there is none. */
export function FindFeeds({ feed }: { feed: Feed }) {
  const services = useServices()
  const [finding, setFinding] = useState<Finding>({ kind: 'idle' })
  async function run(task: () => Promise<FindOutcome>) {
    setFinding({ kind: 'busy' })
    setFinding(await task().catch((err: unknown) => ({ kind: 'none' as const, message: String(err) })))
  }
  return (
    <>
      <button type="button" disabled={finding.kind === 'busy'} onClick={() => void run(() => findFeedsFor(services, feed))}>
        Find feeds on this site
      </button>
      <FindResult finding={finding} onPick={(f) => void run(() => subscribeToFound(services, f))} />
    </>
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
