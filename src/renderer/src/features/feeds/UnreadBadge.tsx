/** The unread count beside a feed; nothing when zero, so read feeds look quiet. */
export function UnreadBadge({ count }: { count: number }) {
  if (count === 0) return null
  return (
    <span className="badge">
      {count}
      <span className="visually-hidden"> unread</span>
    </span>
  )
}
