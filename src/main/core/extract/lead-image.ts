// Picks the picture that represents an article: the page's declared share image, else the first
// image of the extracted content that is not obviously an icon or a tracking pixel.

const META_IMAGE_KEYS = ['og:image:secure_url', 'og:image:url', 'og:image', 'twitter:image', 'twitter:image:src']
/** Images declared smaller than this (either side, in CSS px) are icons, avatars or pixels, not lead images. */
const MIN_SIDE_PX = 150

/** Reads the share image declared in <meta> or <link rel="image_src">, resolved against baseUrl. */
export function findDeclaredImage(doc: Document, baseUrl: string): string | undefined {
  const metas = Array.from(doc.getElementsByTagName('meta'))
  for (const key of META_IMAGE_KEYS) {
    for (const meta of metas) {
      const names = `${meta.getAttribute('property') ?? ''} ${meta.getAttribute('name') ?? ''}`.toLowerCase().split(/\s+/)
      if (!names.includes(key)) continue
      const url = toHttpUrl(meta.getAttribute('content'), baseUrl)
      if (url) return url
    }
  }
  for (const link of Array.from(doc.getElementsByTagName('link'))) {
    if ((link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('image_src')) {
      const url = toHttpUrl(link.getAttribute('href'), baseUrl)
      if (url) return url
    }
  }
  return undefined
}

/** First <img> in the article content large enough (or of unknown size) to stand for the article. */
export function findFirstLargeImage(content: Element, baseUrl: string): string | undefined {
  for (const img of Array.from(content.getElementsByTagName('img'))) {
    if (isDeclaredSmall(img)) continue
    const url = toHttpUrl(img.getAttribute('src'), baseUrl)
    if (url) return url
  }
  return undefined
}

function isDeclaredSmall(img: Element): boolean {
  return ['width', 'height'].some((side) => {
    const value = Number.parseInt(img.getAttribute(side) ?? '', 10)
    return Number.isFinite(value) && value < MIN_SIDE_PX
  })
}

/** Absolute http(s) URL or undefined: data: and javascript: URLs are no use as a stored lead image. */
function toHttpUrl(value: string | null, baseUrl: string): string | undefined {
  const trimmed = value?.trim()
  if (!trimmed) return undefined
  try {
    const url = new URL(trimmed, baseUrl)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}
