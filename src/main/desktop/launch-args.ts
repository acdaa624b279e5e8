// What a launch (or a second launch handed to the first) asks for: feed: links to subscribe to, files to open.

export type LaunchRequest =
  | { kind: 'add-feed'; url: string }
  | { kind: 'open-file'; path: string; type: 'opml' | 'feed' }

/** feed://host/x → http://host/x; feed:https://host/x → https://host/x; feeds://host/x → https://host/x. */
export function feedLinkToUrl(link: string): string | undefined {
  const m = /^(feeds?):(.*)$/i.exec(link.trim())
  if (!m) return undefined
  const secure = m[1]!.toLowerCase() === 'feeds'
  let rest = m[2]!
  let url: string
  if (/^\/\/https?:/i.test(rest)) rest = rest.slice(2) // feed://https://host/x
  if (/^https?:\/\//i.test(rest)) url = rest
  else if (rest.startsWith('//')) url = `${secure ? 'https' : 'http'}:${rest}`
  else return undefined
  try {
    const u = new URL(url)
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? u.href : undefined
  } catch {
    return undefined
  }
}

const FILE_TYPES: Array<[RegExp, 'opml' | 'feed']> = [[/\.opml$/i, 'opml'], [/\.(xml|rss|atom)$/i, 'feed']]

/** Requests in argv, skipping the executable, the app path in development, and switches. */
export function parseLaunchArgs(argv: readonly string[]): LaunchRequest[] {
  const out: LaunchRequest[] = []
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue
    const url = feedLinkToUrl(arg)
    if (url) {
      out.push({ kind: 'add-feed', url })
      continue
    }
    const type = FILE_TYPES.find(([re]) => re.test(arg))?.[1]
    if (type) out.push({ kind: 'open-file', path: arg, type })
  }
  return out
}

/** A .xml opened with the app may be an OPML list or a feed: decided by its root element. */
export function sniffOpenedFile(text: string): 'opml' | 'feed' | 'unknown' {
  const head = text.slice(0, 4096).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '').trimStart()
  if (/^<opml[\s>]/i.test(head)) return 'opml'
  if (/^<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'feed'
  return 'unknown'
}

/** The address a feed file says it lives at (atom:link rel="self", else the Atom/RSS link), for the add dialog. */
export function selfUrlOfFeed(text: string): string | undefined {
  const self = /<(?:atom:)?link\b[^>]*\brel=["']self["'][^>]*>/i.exec(text)?.[0]
  const href = self ? /\bhref=["']([^"']+)["']/i.exec(self)?.[1] : undefined
  if (href && /^https?:\/\//i.test(href)) return href
  return undefined
}
