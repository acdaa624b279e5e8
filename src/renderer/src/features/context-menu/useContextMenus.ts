import { useCallback, type MouseEvent } from 'react'
import type { StoredArticle } from '../../db'
import { log } from '../../lib/log'
import { useServices } from '../../lib/services'
import { articleMenuItems, runArticleAction } from './article-menu'
import { feedMenuItems, runFeedAction, type FeedFormRequest } from './feed-menu'
import { menuPosition, showContextMenu } from './show-context-menu'

const logger = log.scope('context-menu')
const report = (what: string) => (err: unknown) => logger.warn(`${what} failed: ${err instanceof Error ? err.message : String(err)}`)

/** The contextmenu handler of an article row. */
export function useArticleContextMenu(article: StoredArticle, title: string, open: (articleId: string) => void) {
  const services = useServices()
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      event.preventDefault()
      void showContextMenu(services.api, articleMenuItems(article), `Actions for ${title}`, menuPosition(event))
        .then((action) => runArticleAction(action, article, services, open))
        .catch(report(`article action on ${article.id}`))
    },
    [services, article, title, open],
  )
}

/** The contextmenu handler of a feed in the sidebar. */
export function useFeedContextMenu(feedId: string, name: string, openForm: (form: FeedFormRequest) => void) {
  const services = useServices()
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      event.preventDefault()
      void showContextMenu(services.api, feedMenuItems(), `Actions for ${name}`, menuPosition(event))
        .then((action) => runFeedAction(action, feedId, services, openForm))
        .catch(report(`feed action on ${feedId}`))
    },
    [services, feedId, name, openForm],
  )
}
