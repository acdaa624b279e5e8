// The library upgrade as the reader sees it: a line in the status area while its data steps run (or why they
// stopped), and in the list pane a notice in place of a list that would be incomplete until they finish.
import { percentOf, useMigrationError, useMigrationProgress } from './data-migration'

export function UpgradeNotice() {
  const progress = useMigrationProgress()
  const error = useMigrationError((s) => s.error)
  if (error) {
    return (
      <p role="alert" className="error-text upgrade-notice">
        The library upgrade stopped ({error}). Nothing is lost: it carries on at the next start.
      </p>
    )
  }
  if (!progress?.isRunning) return null
  const pct = percentOf(progress)
  return (
    <p role="status" className="upgrade-notice">
      Upgrading your library… {pct} %
      <progress max={100} value={pct} aria-label="Library upgrade progress" />
    </p>
  )
}

/** Shown instead of the list while the upgrade runs: lists are complete only once it finishes. */
export function ListAwaitsUpgrade() {
  const progress = useMigrationProgress()
  return (
    <div className="empty-state" role="status">
      <p>Your library is being upgraded{progress ? ` (${percentOf(progress)} %)` : ''}. Articles appear here when it is done.</p>
      <p>Meanwhile you can add feeds, refresh and change settings; closing Meridian is safe, the upgrade resumes where it stopped.</p>
    </div>
  )
}
