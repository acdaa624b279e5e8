/** The count beside a feed or view; nothing when zero unless asked, so read feeds look quiet. */
export function UnreadBadge({ count, showZero = false }: { count: number; showZero?: boolean }) {
  if (count === 0 && !showZero) return null
  return <span className="badge">{count}</span>
}

/**
 * The button's accessible name: "Le Monde 12 unread". No comma, on purpose: the visible text ("Le Monde 12") must
 * appear inside the name as is (axe's label-content-name-mismatch), and hidden separators get spaced apart by
 * the name computation anyway.
 */
export function countedLabel(name: string, count: number, unit: string, showZero = false): string {
  return count > 0 || showZero ? `${name} ${count}${unit ? ` ${unit}` : ''}` : name
}
