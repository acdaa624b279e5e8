import { useId } from 'react'
import { useUi } from '../../state/ui-store'

/** The list's title and its two switches: unread only, and sort order. */
export function ArticleListHeader({ title }: { title: string }) {
  const unreadOnly = useUi((s) => s.filter.unreadOnly ?? false)
  const order = useUi((s) => s.order)
  const setFilter = useUi((s) => s.setFilter)
  const setOrder = useUi((s) => s.setOrder)
  const orderId = useId()
  return (
    <header className="list-header">
      <h2>{title}</h2>
      <div className="list-controls">
        <label className="checkbox">
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setFilter({ unreadOnly: e.target.checked })} />
          Unread only
        </label>
        <label htmlFor={orderId} className="visually-hidden">
          Sort order
        </label>
        <select id={orderId} value={order} onChange={(e) => setOrder(e.target.value === 'oldest' ? 'oldest' : 'newest')}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </div>
    </header>
  )
}
