// Which of the articles a poll just added match what the reader asked to be notified about (their `about`
// countries, their topics, the feed they come from). Main batches the hits into notifications (src/main/desktop/notification-batcher.ts).
import type { NotificationWatch, WatchHit } from '../../../shared/desktop-settings'
import type { FeedResult, TopicId } from '../../../shared/model'

export interface HitLabels {
  country(code: string): string
  topic(topic: TopicId): string
}

export function watchHitsOf(result: FeedResult, addedIds: readonly string[], watch: NotificationWatch, labels: HitLabels): WatchHit[] {
  if (result.kind !== 'updated' || addedIds.length === 0) return []
  const added = new Set(addedIds)
  const countries = new Set(watch.countries)
  const topics = new Set(watch.topics)
  const isFeedWatched = watch.feeds?.includes(result.feedId) === true
  const hits: WatchHit[] = []
  for (const a of result.articles) {
    if (!added.has(a.id)) continue
    if (isFeedWatched) hits.push({ watchKey: `feed:${result.feedId}`, label: result.feed.title || 'a watched feed', articleId: a.id, title: a.title })
    for (const c of a.countries) if (countries.has(c)) hits.push({ watchKey: `country:${c}`, label: labels.country(c), articleId: a.id, title: a.title })
    for (const t of a.topics) if (topics.has(t)) hits.push({ watchKey: `topic:${t}`, label: labels.topic(t), articleId: a.id, title: a.title })
  }
  return hits
}
