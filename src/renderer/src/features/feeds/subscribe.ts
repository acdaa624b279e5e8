// The add-feed flow: subscribe, fetch once now, and when the address turns out to be a web page rather
// than a feed, drop the subscription and ask discovery which feeds the page advertises.
import type { Result } from '../../../../shared/errors'
import type { DiscoveredFeed } from '../../../../shared/model'
import { AddFeedError, addFeed, listFeeds, normalizeFeedUrl, removeFeed, waitForFirstFetch, type Feed } from '../../db'
import { adviseFeedError, describeFeedError } from '../../lib/format'
import type { Services } from '../../lib/services'
import { useGeneralSettings } from '../../state/general-settings'
import { scheduleOf } from '../../sync-schedule'

export type SubscribeOutcome =
  /** Subscribed. problem says why the first fetch did not bring articles, when it did not. */
  | { kind: 'added'; feed: Feed; problem?: string }
  /** The address is a page; these are the feeds it advertises. Nothing was subscribed. */
  | { kind: 'choose'; pageUrl: string; feeds: DiscoveredFeed[] }
  /** url: the address concerned, shown in full beside the sentence. */
  | { kind: 'error'; message: string; url?: string }

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err))

export async function subscribeToUrl(
  { db, api }: Services,
  input: string,
  opts: { title?: string; folder?: string; waitMs?: number } = {},
): Promise<SubscribeOutcome> {
  let feed: Feed
  try {
    feed = await addFeed(db, input, { title: opts.title, folder: opts.folder })
  } catch (err) {
    if (err instanceof AddFeedError) return { kind: 'error', message: err.message }
    throw err
  }
  try {
    // Hand main the schedule first: sync.ts sends it too, but debounced, and refreshNow names only known feeds.
    await api.setSubscriptions(scheduleOf(await listFeeds(db), useGeneralSettings.getState().itemsPerPoll))
    await api.refreshNow([feed.id])
  } catch (err) {
    return { kind: 'added', feed, problem: `Subscribed, but it could not be fetched right now: ${errorText(err)}` }
  }
  // The result travels separately (onFeedResult) and is stored by sync.ts; wait until it lands.
  const fetched = await waitForFirstFetch(db, feed.id, opts.waitMs ?? 20_000)
  if (!fetched) return { kind: 'added', feed, problem: 'Subscribed; the first fetch has not finished yet.' }
  if (fetched.lastError?.code === 'not-a-feed') return discoverInstead({ db, api }, feed)
  if (fetched.lastError) {
    const advice = adviseFeedError(fetched.lastError.code)
    return { kind: 'added', feed: fetched, problem: `Subscribed, but the first fetch failed: ${lowerFirst(describeFeedError(fetched.lastError))}${advice ? ` ${advice}` : ''}` }
  }
  return { kind: 'added', feed: fetched }
}

async function discoverInstead({ db, api }: Services, feed: Feed): Promise<SubscribeOutcome> {
  await removeFeed(db, feed.id)
  let found: Result<DiscoveredFeed[]>
  try {
    found = await api.discoverFeeds(feed.url)
  } catch (err) {
    return { kind: 'error', url: feed.url, message: `This address is a web page, and looking for its feeds failed: ${errorText(err)}` }
  }
  if (!found.ok) return { kind: 'error', url: feed.url, message: `This address is a web page, and looking for its feeds failed: ${found.error.message}` }
  const feeds = found.value.filter((f) => safeNormalize(f.url) !== feed.url)
  if (feeds.length === 0) {
    return { kind: 'error', url: feed.url, message: 'This address is a web page that advertises no feeds. Look on the site for its RSS or Atom link.' }
  }
  return { kind: 'choose', pageUrl: feed.url, feeds }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

function safeNormalize(url: string): string | undefined {
  try {
    return normalizeFeedUrl(url)
  } catch {
    return undefined
  }
}
