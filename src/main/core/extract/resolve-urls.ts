// Makes every URL left in the extracted content absolute. Readability already does <a href> and media
// src/poster/srcset; this catches the rest (iframe src, blockquote cite, object data...). Relative or
// protocol-relative URLs would otherwise resolve against the app's own origin in the reader view.

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'data', 'longdesc']
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i
/** One srcset candidate: URL, optional descriptor ("2x", "640w"), separating comma. */
const SRCSET_CANDIDATE = /(\S+)(\s+[\d.]+[xw])?(\s*(?:,|$))/g

export function resolveContentUrls(content: Element, baseUrl: string, documentUrl: string): void {
  // Like Readability: in-page anchors stay "#id" when no <base> moves them to another document.
  const keepFragments = baseUrl === documentUrl
  const resolve = (value: string): string => {
    const trimmed = value.trim()
    if (!trimmed || HAS_SCHEME.test(trimmed) || (keepFragments && trimmed.startsWith('#'))) return value
    try {
      return new URL(trimmed, baseUrl).href
    } catch {
      return value
    }
  }
  for (const element of Array.from(content.querySelectorAll('*'))) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name)
      if (value !== null) setIfChanged(element, name, value, resolve(value))
    }
    const srcset = element.getAttribute('srcset')
    if (srcset !== null) {
      setIfChanged(element, 'srcset', srcset, srcset.replace(SRCSET_CANDIDATE, (_, url: string, size = '', end: string) => resolve(url) + size + end))
    }
  }
}

function setIfChanged(element: Element, name: string, before: string, after: string): void {
  if (after !== before) element.setAttribute(name, after)
}
