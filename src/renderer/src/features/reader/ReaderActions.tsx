import { useRef, useState } from 'react'
import { markRead, toggleStar, type StoredArticle } from '../../db'
import { useServices } from '../../lib/services'
import { Popover } from '../dialog/Popover'
import { ReadingSettingsPanel } from './ReadingSettingsPanel'
import { LabelButton } from '../labels/LabelButton'

/** Open original (v), star (s), mark unread (m), reading settings. */
export function ReaderActions({ article, onOpenOriginal }: { article: StoredArticle; onOpenOriginal(url: string): void }) {
  const { db } = useServices()
  const [showSettings, setShowSettings] = useState(false)
  const settingsButton = useRef<HTMLButtonElement>(null)
  return (
    <div className="reader-actions">
      <button type="button" disabled={!article.url} onClick={() => article.url && onOpenOriginal(article.url)} title="v">
        Open original
      </button>
      <button type="button" aria-pressed={article.isStarred === 1} onClick={() => void toggleStar(db, article.id)} title="s">
        {article.isStarred ? '★ Starred' : '☆ Star'}
      </button>
      <button type="button" onClick={() => void markRead(db, article.id, article.isRead === 0)} title="m">
        {article.isRead ? 'Mark unread' : 'Mark read'}
      </button>
      <LabelButton key={article.id} article={article} />
      <button ref={settingsButton} type="button" aria-expanded={showSettings} onClick={() => setShowSettings(!showSettings)}>
        Aa<span className="visually-hidden"> Reading settings</span>
      </button>
      {showSettings && (
        <Popover anchor={settingsButton} label="Reading settings" onClose={() => setShowSettings(false)}>
          <ReadingSettingsPanel />
        </Popover>
      )}
    </div>
  )
}
