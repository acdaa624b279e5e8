// Sends the main process the watch hits of each stored poll result, reading the reader's notification watch from
// the desktop settings (re-read when the settings screen changes them).
import type { NewsApi } from '../../../shared/api'
import type { NotificationWatch } from '../../../shared/desktop-settings'
import type { FeedResult } from '../../../shared/model'
import type { IngestSummary } from '../db'
import { countryName } from '../lib/countries'
import { log } from '../lib/log'
import { topicLabel } from '../lib/topics'
import { watchHitsOf } from './watch-hits'

const logger = log.scope('notifications')
let watch: NotificationWatch | undefined
const watchListeners = new Set<(next: NotificationWatch) => void>()

/** Called by the settings screen (and the map's star) after it saved new settings. */
export function setNotificationWatch(next: NotificationWatch): void {
  watch = next
  for (const listener of watchListeners) listener(next)
}

/** Calls `listener` with each watch saved from now on (the map's watched countries follow the settings screen);
 *  returns the unsubscribe. */
export function onNotificationWatch(listener: (next: NotificationWatch) => void): () => void {
  watchListeners.add(listener)
  return () => watchListeners.delete(listener)
}

export function notifyIngested(api: Pick<NewsApi, 'getDesktopSettings' | 'notifyWatchHits'>) {
  return async (summary: IngestSummary, result: FeedResult): Promise<void> => {
    if (summary.addedIds.length === 0) return
    try {
      watch ??= (await api.getDesktopSettings()).notifications.watch
      const hits = watchHitsOf(result, summary.addedIds, watch, { country: (c) => countryName(c), topic: topicLabel })
      // A rule's notify action (issue 19): one hit per matching new article, named after the rule.
      hits.push(...(summary.ruleHits ?? []).map((h) => ({ watchKey: `rule:${h.ruleId}`, label: h.ruleName, articleId: h.articleId, title: h.title })))
      if (hits.length > 0) await api.notifyWatchHits(hits)
    } catch (err) {
      logger.warn(`could not pass new articles of feed ${result.feedId} on for notifications`, err)
    }
  }
}
