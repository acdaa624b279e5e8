/** The unread count beside a feed; nothing when zero, so read feeds look quiet. Decorative: the button's
 *  aria-label (feedButtonLabel) carries the count, because name-from-content joins spans unpredictably. */
export function UnreadBadge({ count }: { count: number }) {
  if (count === 0) return null
  return (
    <span className="badge" aria-hidden="true">
      {count}
    </span>
  )
}

/** "Le Monde, 12 unread", or just the name when everything is read. */
export function feedButtonLabel(name: string, unread: number): string {
  return unread > 0 ? `${name}, ${unread} unread` : name
}
