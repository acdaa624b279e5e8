// Points the images of sanitized article HTML at stored copies (blob: URLs) and, when remote images are not
// allowed (offline, or the reader's privacy setting), removes every remote image source so that showing the
// article makes no request at all. Runs after lib/sanitize.ts, whose output has absolute URLs only.

export interface ImageRewrite {
  /** Stored images: URL as named in the article -> blob: URL. */
  cached: ReadonlyMap<string, string>
  allowRemote: boolean
  /** The lead image URL, shown above the text when the content itself does not include it. */
  leadImageUrl?: string
}

export interface RewrittenHtml {
  html: string
  /** Remote images left out because remote loading is not allowed. */
  blocked: number
  /** Images shown from storage. */
  fromCache: number
}

const REMOTE = /^https?:/i

/** Tags this module may touch; HTML without any of them (and no lead image to add) is returned as it is. */
const MEDIA_TAG = /<(?:img|picture|source|video|audio|track)\b/i

export function rewriteImages(html: string, opts: ImageRewrite): RewrittenHtml {
  // Most feed bodies are a few paragraphs: parsing and re-serializing them would only delay opening the article.
  if (!MEDIA_TAG.test(html) && !(opts.leadImageUrl && opts.cached.has(opts.leadImageUrl))) return { html, blocked: 0, fromCache: 0 }
  const template = document.createElement('template')
  template.innerHTML = html
  const root = template.content
  let blocked = 0
  let fromCache = 0
  const seen = new Set<string>()
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? ''
    const stored = opts.cached.get(src)
    seen.add(src)
    if (stored) {
      img.setAttribute('src', stored)
      img.removeAttribute('srcset') // candidates would be fetched from the web instead
      img.removeAttribute('loading') // blob: costs nothing; lazy would leave offscreen images blank in print
      fromCache++
      continue
    }
    if (opts.allowRemote) continue
    if (REMOTE.test(src) || img.hasAttribute('srcset')) {
      img.removeAttribute('src')
      img.removeAttribute('srcset')
      img.setAttribute('data-blocked', '')
      // The alt text stays readable inside the placeholder box, saying why the picture is missing.
      const alt = img.getAttribute('alt')?.trim()
      img.setAttribute('alt', alt ? `Image not downloaded: ${alt}` : 'Image not downloaded')
      blocked++
    }
  }
  if (!opts.allowRemote) {
    for (const el of Array.from(root.querySelectorAll('picture source, video, audio, video source, audio source, track'))) {
      for (const name of ['src', 'srcset', 'poster']) {
        if (REMOTE.test(el.getAttribute(name) ?? '') || name === 'srcset') el.removeAttribute(name)
      }
    }
  }
  const lead = opts.leadImageUrl ? opts.cached.get(opts.leadImageUrl) : undefined
  if (lead && !seen.has(opts.leadImageUrl!)) {
    const figure = document.createElement('figure')
    figure.className = 'reader-lead-image'
    const img = document.createElement('img')
    img.setAttribute('src', lead)
    img.setAttribute('alt', '')
    figure.append(img)
    root.prepend(figure)
    fromCache++
  }
  return { html: template.innerHTML, blocked, fromCache }
}
