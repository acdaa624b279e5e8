import { useId } from 'react'
import type { View } from '../../db'
import { countOf } from '../../lib/format'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { MapButton } from '../map/MapButton'
import { ShowHiddenToggle } from '../rules/ShowHiddenToggle'
import { SaveViewButton } from '../views/SaveViewButton'
import { FilterChips } from './FilterChips'
import { markViewRead } from './mark-all-read'
import { MarkOlderMenu } from './MarkOlderMenu'

/** The list's title and switches: unread only, order, mark all as read; then the active filters. */
export function ArticleListHeader({ title, view, count }: { title: string; view: View | undefined; count: number | undefined }) {
  const { db } = useServices()
  const unreadOnly = useUi((s) => s.unreadOnly)
  const isUnreadScope = useUi((s) => s.selection.kind === 'unread')
  const order = useUi((s) => s.order)
  const setUnreadOnly = useUi((s) => s.setUnreadOnly)
  const setOrder = useUi((s) => s.setOrder)
  const showToast = useUi((s) => s.showToast)
  const query = useUi((s) => s.query)
  const orderId = useId()
  return (
    <header className="list-header">
      <div className="list-title-row">
        <h2>{title}</h2>
        {count !== undefined && <span className="list-count">{countOf(count, { one: 'article', other: 'articles' })}</span>}
      </div>
      <div className="list-controls">
        {!isUnreadScope && (
          <label className="checkbox">
            <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
            Unread only
          </label>
        )}
        <label htmlFor={orderId} className="visually-hidden">
          Sort order
        </label>
        <select id={orderId} value={order} onChange={(e) => setOrder(e.target.value === 'oldest' ? 'oldest' : 'newest')}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
        <span className="split">
          <button type="button" className="split-main" disabled={!view} onClick={() => view && void markViewRead(db, view, showToast, query)} title="Shift+A">
            Mark all as read
          </button>
          <MarkOlderMenu view={view} />
        </span>
        <MapButton />
        <SaveViewButton suggestedName={title} />
        <ShowHiddenToggle />
      </div>
      <FilterChips />
    </header>
  )
}
