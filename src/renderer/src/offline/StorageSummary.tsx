import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import { measureUsage } from '../db'
import { useServices } from '../lib/services'
import { formatBytes } from './format-bytes'

/** Storage in use: articles, downloaded full texts and images, and the browser's own figure for the origin. */
export function StorageSummary({ budgetBytes }: { budgetBytes: number }) {
  const { db } = useServices()
  const usage = useLiveQuery(() => measureUsage(db), [db])
  const [estimate, setEstimate] = useState<StorageEstimate>()
  useEffect(() => {
    void navigator.storage?.estimate?.().then(setEstimate, () => undefined)
  }, [usage])
  if (!usage) return null
  return (
    <dl className="storage-summary">
      <dt>Articles</dt>
      <dd>{usage.articleCount}</dd>
      <dt>Full articles downloaded</dt>
      <dd>
        {usage.fullTextCount} ({formatBytes(usage.fullTextBytes)})
        {usage.queuedCount > 0 && `, ${usage.queuedCount} waiting`}
        {usage.failedCount > 0 && `, ${usage.failedCount} could not be read`}
      </dd>
      <dt>Images</dt>
      <dd>
        {usage.imageCount} ({formatBytes(usage.imageBytes)} of {formatBytes(budgetBytes)})
      </dd>
      {estimate?.usage !== undefined && (
        <>
          <dt>All app data</dt>
          <dd>
            {formatBytes(estimate.usage)}
            {estimate.quota !== undefined && ` (the system allows ${formatBytes(estimate.quota)})`}
          </dd>
        </>
      )}
    </dl>
  )
}
