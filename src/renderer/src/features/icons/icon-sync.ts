// Keeps a site icon for every feed that has been fetched: asks the main process (which downloads it; the renderer
// never contacts the site) for feeds new or updated without a recent icon, a couple at a time, and stores it.
// Results are gathered and checked together once bursts stop landing: a refresh of 300 feeds read the icon table
// once per result, between the bursts the list was waiting on (db/README.md, "The farm in Chromium, session 15").
import type { NewsApi } from '../../../../shared/api'
import type { FeedResult, SiteIconRequest } from '../../../../shared/model'
import { listFeeds, type MeridianDb, deleteSiteIcon, feedIdsNeedingIcons, isIngestBursting, listSiteIcons, saveSiteIcon } from '../../db'
import { log } from '../../lib/log'

const logger = log.scope('icons')
const CONCURRENCY = 2
/** Results are gathered this long (and longer while bursts are being stored) before their feeds are checked. */
export const ICON_GATHER_MS = 500

export function startIconSync(db: MeridianDb, api: Pick<NewsApi, 'fetchSiteIcon' | 'onFeedResult'>): () => void {
  const queue = new Map<string, SiteIconRequest>()
  const inFlight = new Set<string>()
  let stopped = false

  async function work(): Promise<void> {
    while (!stopped && inFlight.size < CONCURRENCY && queue.size > 0) {
      const [feedId, request] = queue.entries().next().value as [string, SiteIconRequest]
      queue.delete(feedId)
      inFlight.add(feedId)
      void fetchOne(feedId, request).finally(() => {
        inFlight.delete(feedId)
        void work()
      })
    }
  }
  async function fetchOne(feedId: string, request: SiteIconRequest): Promise<void> {
    try {
      const result = await api.fetchSiteIcon(request)
      if (result.ok && !stopped) await saveSiteIcon(db, feedId, result.value)
    } catch (err) {
      logger.warn(`icon of ${request.feedUrl} not fetched: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
  async function enqueue(requests: Map<string, SiteIconRequest>): Promise<void> {
    const ids = [...requests.keys()].filter((id) => !inFlight.has(id))
    for (const id of await feedIdsNeedingIcons(db, ids)) queue.set(id, requests.get(id)!)
    await work()
  }

  const gathered = new Map<string, SiteIconRequest>()
  let gatherTimer: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    gatherTimer = isIngestBursting() && !stopped ? setTimeout(flush, ICON_GATHER_MS) : undefined
    if (gatherTimer || stopped) return
    const requests = new Map(gathered)
    gathered.clear()
    void enqueue(requests).catch((err: unknown) => logger.warn(String(err)))
  }
  const unsubscribe = api.onFeedResult((result: FeedResult) => {
    if (result.kind !== 'updated') return
    gathered.set(result.feedId, { feedUrl: result.http.url, siteUrl: result.feed.siteUrl, imageUrl: result.feed.imageUrl })
    gatherTimer ??= setTimeout(flush, ICON_GATHER_MS)
  })
  void (async () => {
    const feeds = await listFeeds(db)
    const known = new Set(feeds.map((f) => f.id))
    for (const row of await listSiteIcons(db)) if (!known.has(row.feedId)) await deleteSiteIcon(db, row.feedId)
    const fetched = feeds.filter((f) => f.lastSuccessAt !== undefined)
    await enqueue(new Map(fetched.map((f) => [f.id, { feedUrl: f.url, siteUrl: f.siteUrl }])))
  })().catch((err: unknown) => logger.warn(`icon check at start failed: ${String(err)}`))

  return () => {
    stopped = true
    clearTimeout(gatherTimer)
    unsubscribe()
  }
}
