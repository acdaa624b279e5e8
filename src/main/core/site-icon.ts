// Finds and downloads a feed's site icon in the main process, so the renderer never asks a remote host for it:
// the feed's own image, then the icons the site's home page declares (<link rel=icon>), then /favicon.ico.
// Plain Node: never imports electron.
import { Parser } from 'htmlparser2'
import type { SiteIcon, SiteIconRequest } from '../../shared/model'
import { decodeFeed } from './decode'
import { detectImageType } from './downloads/image-type'
import { fetchFeed } from './fetch-feed'
import type { FetchOptions } from './types'

const ICON_MAX_BYTES = 256 * 1024
const ICON_ACCEPT = 'image/avif,image/webp,image/png,image/svg+xml,image/x-icon,image/vnd.microsoft.icon,image/*;q=0.8'
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5'

export type IconFetchOptions = Pick<FetchOptions, 'timeoutMs' | 'connectTimeoutMs' | 'signal'>

/** The first candidate that answers with an image; undefined when none does. Network errors count as "none". */
export async function findSiteIcon(request: SiteIconRequest, opts: IconFetchOptions = {}): Promise<SiteIcon | undefined> {
  const tried = new Set<string>()
  const attempt = async (url: string | undefined) => {
    if (!url || tried.has(url)) return undefined
    tried.add(url)
    return fetchIcon(url, opts)
  }
  const fromFeed = await attempt(absolute(request.imageUrl))
  if (fromFeed) return fromFeed
  const home = homePage(request)
  if (home) {
    for (const url of await declaredIcons(home, opts)) {
      const icon = await attempt(url)
      if (icon) return icon
    }
    return attempt(new URL('/favicon.ico', home).href)
  }
  return undefined
}

function absolute(url: string | undefined, base?: string): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url, base)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined
  } catch {
    return undefined
  }
}

/** The site's home page: the feed's declared site, else the feed address's origin. */
function homePage(request: SiteIconRequest): string | undefined {
  const site = absolute(request.siteUrl) ?? absolute(request.feedUrl)
  return site ? new URL('/', site).href : undefined
}

async function fetchIcon(url: string, opts: IconFetchOptions): Promise<SiteIcon | undefined> {
  try {
    const outcome = await fetchFeed(url, { timeoutMs: 10_000, ...opts, maxBytes: ICON_MAX_BYTES, accept: ICON_ACCEPT })
    if (outcome.kind !== 'fetched' || outcome.bytes.byteLength === 0) return undefined
    const contentType = iconType(outcome.bytes, outcome.contentType)
    return contentType ? { url: outcome.finalUrl, contentType, bytes: outcome.bytes } : undefined
  } catch {
    return undefined
  }
}

/** The image type from the bytes; .ico files (which the image sniffer does not know) by their header. */
function iconType(bytes: Uint8Array, contentType: string | undefined): string | undefined {
  const isIco = bytes.length > 4 && bytes[0] === 0 && bytes[1] === 0 && (bytes[2] === 1 || bytes[2] === 2) && bytes[3] === 0
  if (isIco) return 'image/x-icon'
  return detectImageType(bytes, contentType)
}

/** Icon links of the home page, best first: apple-touch-icon (large, square), then icons by declared size. */
async function declaredIcons(home: string, opts: IconFetchOptions): Promise<string[]> {
  let html: string
  let base = home
  try {
    const page = await fetchFeed(home, { timeoutMs: 10_000, ...opts, maxBytes: 2 * 1024 * 1024, accept: PAGE_ACCEPT })
    if (page.kind !== 'fetched') return []
    html = decodeFeed(page.bytes, page.contentType).text
    base = page.finalUrl
  } catch {
    return []
  }
  return findIconLinks(html, base)
}

export function findIconLinks(html: string, pageUrl: string): string[] {
  const found: { url: string; rank: number }[] = []
  let baseHref: string | undefined
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'base' && baseHref === undefined && attrs.href) baseHref = attrs.href
        if (name !== 'link' || !attrs.href) return
        const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/)
        const isTouch = rel.includes('apple-touch-icon') || rel.includes('apple-touch-icon-precomposed')
        if (!isTouch && !rel.includes('icon')) return
        const url = absolute(attrs.href, absolute(baseHref ?? '', pageUrl) ?? pageUrl)
        if (!url) return
        const size = Number(/(\d+)x\d+/.exec(attrs.sizes ?? '')?.[1] ?? 0)
        // Sizes near 64 px draw best at 16-32 px; SVG scales to any.
        const rank = isTouch ? 1 : (attrs.type ?? '').includes('svg') ? 0 : size ? Math.abs(64 - size) / 64 + 0.5 : 2
        found.push({ url, rank })
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(html)
  parser.end()
  return [...new Set(found.sort((a, b) => a.rank - b.rank).map((f) => f.url))]
}
