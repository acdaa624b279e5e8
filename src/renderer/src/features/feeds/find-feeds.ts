// "Find feeds on this site" for a failing subscription: ask discovery which feeds the page (or the site's home)
// advertises, subscribe at once when there is exactly one, else hand back the choice.
import type { DiscoveredFeed } from '../../../../shared/model'
import { normalizeFeedUrl, type Feed } from '../../db'
import type { Services } from '../../lib/services'
import { subscribeToUrl } from './subscribe'

export type FindOutcome = { kind: 'subscribed'; title: string } | { kind: 'choose'; feeds: DiscoveredFeed[] } | { kind: 'none'; message: string }

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err))

/** Where to look: the address itself when it is a page, else the site's home page. */
function pagesFor(feed: Feed): string[] {
  const pages = [feed.url]
  try {
    pages.push(feed.siteUrl ?? new URL('/', feed.url).href)
  } catch {
    // an unparsable address has no home page to try
  }
  return [...new Set(pages)]
}

export async function findFeedsFor(services: Services, feed: Feed): Promise<FindOutcome> {
  const known = new Set([feed.url])
  let found: DiscoveredFeed[] = []
  for (const page of pagesFor(feed)) {
    try {
      const result = await services.api.discoverFeeds(page)
      if (result.ok) found = result.value.filter((f) => !known.has(safeNormalize(f.url)))
    } catch (err) {
      return { kind: 'none', message: `Looking for feeds failed: ${errorText(err)}` }
    }
    if (found.length) break
  }
  if (found.length === 0) return { kind: 'none', message: 'This site advertises no feeds.' }
  if (found.length > 1) return { kind: 'choose', feeds: found }
  return subscribeToFound(services, found[0]!)
}

export async function subscribeToFound(services: Services, found: DiscoveredFeed): Promise<FindOutcome> {
  const outcome = await subscribeToUrl(services, found.url, { title: found.title })
  if (outcome.kind === 'added') return { kind: 'subscribed', title: found.title || found.url }
  if (outcome.kind === 'choose') return { kind: 'choose', feeds: outcome.feeds }
  return { kind: 'none', message: outcome.message }
}

function safeNormalize(url: string): string {
  try {
    return normalizeFeedUrl(url)
  } catch {
    return url
  }
}
