import { smartCounts } from '../../db'
import { useServices } from '../../lib/services'
import { useUi, type Selection } from '../../state/ui-store'
import { startOfToday } from '../articles/useCurrentView'
import { UnreadBadge, countedLabel } from '../feeds/UnreadBadge'
import { useSideLiveQuery } from '../../lib/use-paced-live-query'

const VIEWS = [
  { kind: 'all', label: 'All articles', icon: '▤' },
  { kind: 'unread', label: 'Unread', icon: '●' },
  { kind: 'today', label: 'Today', icon: '◷' },
  { kind: 'starred', label: 'Starred', icon: '★' },
] as const

/** All, Unread, Today, Starred, each with its count (from the counters; Today walks today's range only). */
export function SmartViews() {
  const { db } = useServices()
  const selection = useUi((s) => s.selection)
  const select = useUi((s) => s.select)
  const since = startOfToday()
  const counts = useSideLiveQuery(() => smartCounts(db, since), [db, since])
  return (
    <ul className="smart-views" aria-label="Smart views">
      {VIEWS.map((v) => {
        const count = counts?.[v.kind] ?? 0
        return (
          <li key={v.kind}>
            <button
              type="button"
              className="feed-button"
              aria-current={selection.kind === v.kind ? 'true' : undefined}
              aria-label={countedLabel(v.label, count, '', true)}
              onClick={() => select({ kind: v.kind } as Selection)}
            >
              <span className="feed-icon" aria-hidden="true">
                {v.icon}
              </span>
              <span className="feed-name">{v.label}</span> <UnreadBadge count={count} showZero />
            </button>
          </li>
        )
      })}
    </ul>
  )
}
