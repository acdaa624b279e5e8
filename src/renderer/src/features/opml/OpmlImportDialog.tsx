import { describeImport } from '../../lib/opml'
import { useOpmlImport, type OpmlImportSummary } from '../../state/opml-import'
import { Dialog } from '../dialog/Dialog'

const n = (count: number) => count.toLocaleString('en')
const feeds = (count: number) => `${n(count)} ${count === 1 ? 'feed' : 'feeds'}`

/** The OPML import as it runs (progress, Cancel) and its summary: added, already subscribed, not web addresses. */
export function OpmlImportDialog() {
  const status = useOpmlImport((s) => s.status)
  const cancel = useOpmlImport((s) => s.cancel)
  const close = useOpmlImport((s) => s.close)
  if (status.kind === 'idle') return null
  const isRunning = status.kind === 'running'
  // Escape or the dialog's Close button while running cancels; the summary then says what was kept.
  return (
    <Dialog title="Import OPML" label="Import OPML" isOpen onClose={isRunning ? cancel : close}>
      <p className="hint-text">{status.fileName}</p>
      {status.kind === 'running' && (
        <>
          <progress max={Math.max(1, status.total)} value={status.done} aria-label="Import progress" />
          <p role="status">
            Subscribing… {n(status.done)} of {feeds(status.total)}
          </p>
          <button type="button" data-autofocus onClick={cancel}>
            Cancel
          </button>
        </>
      )}
      {status.kind === 'done' && <ImportSummary total={status.total} summary={status.summary} />}
      {status.kind === 'failed' && <p role="alert">{status.message}</p>}
    </Dialog>
  )
}

function ImportSummary({ total, summary }: { total: number; summary: OpmlImportSummary }) {
  const handled = summary.added + summary.duplicateCount + summary.invalidCount
  return (
    <>
      <p role="status">
        {summary.cancelled ? `Cancelled after ${n(handled)} of ${feeds(total)}. ` : ''}
        {describeImport({ added: summary.added, duplicates: summary.duplicateCount, invalid: summary.invalidCount })}
      </p>
      <SkippedList label={`${feeds(summary.duplicateCount)} already subscribed or listed twice`} urls={summary.duplicates} count={summary.duplicateCount} />
      <SkippedList label={`${feeds(summary.invalidCount)} skipped: not http(s) web addresses`} urls={summary.invalid} count={summary.invalidCount} />
    </>
  )
}

function SkippedList({ label, urls, count }: { label: string; urls: string[]; count: number }) {
  if (count === 0) return null
  return (
    <details>
      <summary>{label}</summary>
      <ul aria-label={label}>
        {urls.map((url, i) => (
          <li key={`${i}:${url}`}>{url}</li>
        ))}
      </ul>
      {count > urls.length && <p className="hint-text">…and {n(count - urls.length)} more.</p>}
    </details>
  )
}
