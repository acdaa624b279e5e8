// When the renderer hands the feed table to the main process as its poll schedule (after a quiet period, and while a
// burst of results is being stored, once the burst is over) and what each entry carries. Pure functions; sync.ts
// owns the timers.
import type { Subscription } from '../../shared/model'
import { toSubscription, type Feed } from './db'
import { ITEMS_PER_POLL } from './state/general-settings'

/** Longest a schedule whose feeds are the same ones (ids and URLs) waits for a burst of results to end. */
export const BURST_SEND_MS = 15_000

export interface SendState {
  feeds: number
  /** ms since the first unsent change. */
  waitedMs: number
  /** Results are being stored right now. */
  isStoring: boolean
  /** The feeds (ids and URLs) are those of the last schedule sent: only their state changed. */
  isSameFeedSet: boolean
  debounceMs: number
}

/**
 * How long to wait before sending. Main checks and re-plans the whole list on each send (hundreds of ms at 10,000
 * feeds, on the thread that polls; and as long again on the page to serialise and post it): a long list waits for a
 * longer quiet period, but never more than five of them. While results are stored the table changes with every
 * batch, and mostly in what main learned from those very results (validators, next poll, failures), so such a
 * schedule waits for the burst's end, up to BURST_SEND_MS. A feed added, removed or moved goes at the usual pace.
 */
export function sendDelayMs(s: SendState): number {
  const quietMs = Math.max(s.debounceMs, s.feeds / 10)
  if (s.isStoring && s.isSameFeedSet) return Math.max(0, BURST_SEND_MS - s.waitedMs)
  return Math.max(0, Math.min(quietMs, 5 * quietMs - s.waitedMs))
}

/** The feeds a schedule names (ids and URLs), to tell a change of feeds from a change of their poll state. */
export function feedSetOf(subs: readonly Pick<Subscription, 'id' | 'url'>[]): string {
  return subs.map((s) => `${s.id} ${s.url}`).join('\n')
}

/** The poll schedule of these feeds; a poll takes at most `itemsPerPoll` newest items when the reader chose a number
 *  other than the engine's default (which applies when none is sent). */
export function scheduleOf(feeds: readonly Feed[], itemsPerPoll: number): Subscription[] {
  const subs = feeds.map(toSubscription)
  return itemsPerPoll === ITEMS_PER_POLL.initial ? subs : subs.map((s) => ({ ...s, maxItemsPerPoll: itemsPerPoll }))
}
