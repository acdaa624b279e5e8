// The URL that relative links of a page resolve against: the first <base href>, itself resolved
// against the page URL (HTML spec, "document base URL"); the page URL when there is none or it is unusable.

export function resolveBaseUrl(doc: Document, pageUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href')?.trim()
  if (!href) return pageUrl
  try {
    return new URL(href, pageUrl).href
  } catch {
    return pageUrl
  }
}

/**
 * Makes document.baseURI and document.documentURI answer like a browser's. Readability resolves links and
 * images against them; linkedom returns the raw <base href> (or null) and has no document URL at all.
 */
export function pinDocumentUrls(doc: Document, pageUrl: string, baseUrl: string): void {
  Object.defineProperty(doc, 'documentURI', { value: pageUrl, configurable: true })
  Object.defineProperty(doc, 'baseURI', { value: baseUrl, configurable: true })
}
