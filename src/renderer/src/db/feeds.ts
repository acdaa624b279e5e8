// Subscriptions: add, rename, move, remove, list, and the Subscription handed to the main process's poller.
import { liveQuery } from 'dexie'
import type { CountryCode, Subscription } from '../../../shared/model'
import { articleTables, writeArticles } from './article-tags'
import { guessOutletCountry } from '../../../shared/outlet-country'
import { omitUndefined } from './incoming'
import type { Feed, MeridianDb } from './schema'

export const DEFAULT_INTERVAL_MINUTES = 30

export class AddFeedError extends Error {
  constructor(
    readonly code: 'bad-url' | 'duplicate',
    message: string,
  ) {
    super(message)
    this.name = 'AddFeedError'
  }
}

export interface AddFeedOptions {
  /** A title known before the first fetch (from discovery); the fetch replaces it with the document's. */
  title?: string
  folder?: string
  outletCountry?: CountryCode
  now?: number
}

/** The URL as stored: trimmed, https:// assumed when no scheme is given, then normalised by URL. */
export function normalizeFeedUrl(input: string): string {
  const trimmed = input.trim()
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    throw new AddFeedError('bad-url', `Not a valid address: "${input.trim()}"`)
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    throw new AddFeedError('bad-url', `Only http and https addresses can be subscribed to, not "${input.trim()}"`)
  }
  url.hash = ''
  return url.href
}

export async function addFeed(db: MeridianDb, url: string, opts: AddFeedOptions = {}): Promise<Feed> {
  const normalized = normalizeFeedUrl(url)
  return db.transaction('rw', db.feeds, async () => {
    const existing = await db.feeds.where('url').equals(normalized).first()
    if (existing) throw new AddFeedError('duplicate', `Already subscribed to ${normalized} (as "${feedDisplayTitle(existing)}")`)
    const feed: Feed = omitUndefined({
      id: crypto.randomUUID(),
      url: normalized,
      title: opts.title?.trim() || new URL(normalized).hostname,
      folder: opts.folder?.trim() || undefined,
      outletCountry: opts.outletCountry ?? guessOutletCountry(normalized),
      failureCount: 0,
      isDead: false,
      intervalMinutes: DEFAULT_INTERVAL_MINUTES,
      addedAt: opts.now ?? Date.now(),
    })
    await db.feeds.add(feed)
    return feed
  })
}

/** The name shown for a feed: the reader's rename, else the feed's own title, else its URL. */
export function feedDisplayTitle(feed: Pick<Feed, 'customTitle' | 'title' | 'url'>): string {
  return feed.customTitle || feed.title || feed.url
}

/** Sets the reader's name for a feed; an empty name goes back to the feed's own title. */
export async function renameFeed(db: MeridianDb, id: string, title: string): Promise<void> {
  await db.feeds.where('id').equals(id).modify((f) => {
    if (title.trim()) f.customTitle = title.trim()
    else delete f.customTitle
  })
}

export async function setFolder(db: MeridianDb, id: string, folder: string | undefined): Promise<void> {
  await db.feeds.where('id').equals(id).modify((f) => {
    if (folder?.trim()) f.folder = folder.trim()
    else delete f.folder
  })
}

/** Sets (or clears) the outlet's country and re-tags the feed's articles, whose outlet facet follows it. */
export async function setOutletCountry(db: MeridianDb, id: string, code: CountryCode | undefined): Promise<void> {
  await db.transaction('rw', [db.feeds, ...articleTables(db)], async () => {
    const feed = await db.feeds.get(id)
    if (!feed) return
    const { outletCountry: _old, ...rest } = feed
    await db.feeds.put(code ? { ...rest, outletCountry: code } : rest)
    const articles = await db.articles.where('feedId').equals(id).toArray()
    await writeArticles(db, articles.map((before) => {
      const { outletCountry: _o, ...a } = before
      return { before, after: code ? { ...a, outletCountry: code } : a }
    }))
  })
}

/** Unsubscribes. Starred articles stay (with the feed's name kept on them); the rest go. */
export async function removeFeed(db: MeridianDb, id: string): Promise<void> {
  await db.transaction('rw', [db.feeds, ...articleTables(db)], async () => {
    const feed = await db.feeds.get(id)
    const articles = await db.articles.where('feedId').equals(id).toArray()
    const sourceTitle = feed ? feedDisplayTitle(feed) : undefined
    await writeArticles(
      db,
      articles.map((a) => (a.isStarred ? { before: a, after: { ...a, sourceTitle: a.sourceTitle ?? sourceTitle } } : { before: a })),
    )
    await db.feeds.delete(id)
  })
}

/** All feeds, by folder then display name. */
export async function listFeeds(db: MeridianDb): Promise<Feed[]> {
  return sortFeeds(await db.feeds.toArray())
}

/** Sorts in place by folder then display name. Already sorted input costs one comparison per feed (the engine's
 *  sort is a merge of runs), so a watcher that keeps the last order re-sorts 10,000 feeds cheaply. */
export function sortFeeds(feeds: Feed[]): Feed[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
  return feeds.sort((a, b) => collator.compare(a.folder ?? '', b.folder ?? '') || collator.compare(feedDisplayTitle(a), feedDisplayTitle(b)))
}

export function toSubscription(feed: Feed): Subscription {
  return omitUndefined({
    id: feed.id,
    url: feed.url,
    validators: feed.validators,
    nextPollAt: feed.nextPollAt,
    failureCount: feed.failureCount,
    isDead: feed.isDead,
    intervalMinutes: feed.intervalMinutes,
  })
}

/** Resolves with the feed once it has been fetched at least once (or undefined if it was removed or time ran out). */
export function waitForFirstFetch(db: MeridianDb, id: string, timeoutMs: number): Promise<Feed | undefined> {
  return new Promise((resolve) => {
    let settled = false
    const finish = (feed: Feed | undefined) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      queueMicrotask(() => subscription.unsubscribe()) // the subscription may not be assigned yet
      resolve(feed)
    }
    const timer = setTimeout(() => finish(undefined), timeoutMs)
    const subscription = liveQuery(() => db.feeds.get(id)).subscribe({
      next: (feed) => {
        if (!feed || feed.lastFetchAt !== undefined) finish(feed)
      },
      error: () => finish(undefined),
    })
  })
}
