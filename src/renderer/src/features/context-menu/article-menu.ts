// The context menu of an article in the list: open, open in the browser, mark read or unread, star, copy link.
import type { ContextMenuItem } from '../../../../shared/context-menu'
import { isHttpUrl } from '../../../../shared/validate'
import { markRead, toggleStar } from '../../db'
import type { StoredArticle } from '../../db'
import type { Services } from '../../lib/services'

type ArticleFields = Pick<StoredArticle, 'id' | 'url' | 'isRead' | 'isStarred'>

export function articleMenuItems(article: ArticleFields): ContextMenuItem[] {
  const link = article.url && isHttpUrl(article.url) ? article.url : undefined
  return [
    { type: 'item', id: 'open', label: 'Open' },
    { type: 'item', id: 'open-in-browser', label: 'Open in browser', enabled: link !== undefined },
    { type: 'separator' },
    article.isRead ? { type: 'item', id: 'mark-unread', label: 'Mark as unread' } : { type: 'item', id: 'mark-read', label: 'Mark as read' },
    { type: 'item', id: 'star', label: article.isStarred ? 'Unstar' : 'Star' },
    { type: 'separator' },
    { type: 'item', id: 'copy-link', label: 'Copy link', enabled: link !== undefined, ...(link && { copyText: link }) },
  ]
}

/** Carries out a chosen action; copy-link needs nothing more (the menu copied). */
export async function runArticleAction(action: string | null, article: ArticleFields, { db, api }: Services, open: (articleId: string) => void): Promise<void> {
  if (action === 'open') open(article.id)
  else if (action === 'open-in-browser' && article.url) await api.openExternal(article.url)
  else if (action === 'mark-read' || action === 'mark-unread') await markRead(db, article.id, action === 'mark-read')
  else if (action === 'star') await toggleStar(db, article.id)
}
