// Says in the status area that a refresh's articles could not be saved (sync.ts's onStoreError): a full disk in
// words the reader can act on, anything else by its first line. Nothing saved before is touched by such a failure.
import type { FeedResult } from '../../../../shared/model'
import { isQuotaError } from '../../offline/quota'
import { useRefreshControl } from './refresh-control'

function describeStoreError(err: unknown, result: FeedResult): string {
  const source = result.kind === 'updated' && result.feed.title ? `“${result.feed.title}”` : 'a feed'
  if (isQuotaError(err)) {
    return `Storage is full: new articles from ${source} could not be saved. Everything saved before is kept; free some space and they are fetched again at the next refresh.`
  }
  const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0]
  return `New articles from ${source} could not be saved (${reason}); they are fetched again at the next refresh.`
}

export function reportStoreError(err: unknown, result: FeedResult): void {
  useRefreshControl.setState({ error: describeStoreError(err, result) })
}
