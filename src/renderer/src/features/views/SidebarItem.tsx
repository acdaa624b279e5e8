// One entry of the sidebar's saved views or labels: opens its view, shows its unread count, and has small tools
// (rename in place, move, delete) beside it.
import { useState, type ReactNode } from 'react'
import { UnreadBadge, countedLabel } from '../feeds/UnreadBadge'

interface Props {
  name: string
  /** What the entry is, for its accessible name: 'Saved view', 'Label'. */
  kind: string
  icon: string
  unread: number
  isCurrent: boolean
  onOpen(): void
  onRename(name: string): void
  onDelete(): void
  /** Extra tools (move up, move down). */
  tools?: ReactNode
  /** Shown after the name: "g 1". */
  hint?: string
}

export function SidebarItem({ name, kind, icon, unread, isCurrent, onOpen, onRename, onDelete, tools, hint }: Props) {
  const [draft, setDraft] = useState<string>()
  if (draft !== undefined) {
    const finish = (save: boolean) => {
      if (save && draft.trim()) onRename(draft)
      setDraft(undefined)
    }
    return (
      <li className="sidebar-list-item">
        <input
          type="text"
          aria-label={`New name for ${kind.toLowerCase()} ${name}`}
          value={draft}
          maxLength={100}
          autoFocus
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => finish(true)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') finish(true)
            if (e.key === 'Escape') finish(false)
          }}
        />
      </li>
    )
  }
  return (
    <li className="sidebar-list-item">
      <button type="button" className="feed-button" aria-current={isCurrent ? 'true' : undefined} aria-label={countedLabel(`${kind} ${name}`, unread, '')} onClick={onOpen} title={hint}>
        <span className="feed-icon" aria-hidden="true">
          {icon}
        </span>
        <span className="feed-name">{name}</span> <UnreadBadge count={unread} />
      </button>
      <span className="sidebar-item-tools">
        {tools}
        <button type="button" className="icon-button" aria-label={`Rename ${kind.toLowerCase()} ${name}`} onClick={() => setDraft(name)}>
          ✎
        </button>
        <button type="button" className="icon-button" aria-label={`Delete ${kind.toLowerCase()} ${name}`} onClick={onDelete}>
          ×
        </button>
      </span>
    </li>
  )
}
