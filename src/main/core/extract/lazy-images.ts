// Gives every image of the page a real, absolute src before Readability reads it: lazy-loading attributes
// (data-src, data-srcset, data-lazy-src, data-original...), srcset, <picture><source> and images that exist only
// inside <noscript>. Of all candidates the one that fits the stored copy is chosen: the narrowest at least
// TARGET_WIDTH wide (the renderer re-encodes to 1600 px), else the widest. <picture> becomes its <img>, and
// srcset/sizes go, so that what the reader shows is exactly the URL that was downloaded.

export const TARGET_WIDTH = 1600
/** Pixel density taken for "2x" candidates when no widths are given: a 800 px column at 2x is 1600 px. */
const TARGET_DENSITY = 2

const SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-orig-file', 'data-lazy']
const SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'srcset']
/** One srcset candidate: URL, optional descriptor ("2x", "640w"), separating comma (Readability's own pattern). */
const SRCSET_CANDIDATE = /(\S+)(?:\s+([\d.]+)([xw]))?\s*(?:,|$)/g
/** A lazy loader's stand-in: a data: URI, a file named like a spacer ("blank.gif", "lazy.png"), or any "placeholder". */
const PLACEHOLDER = /^data:|placeholder|(?:^|\/)(?:blank|spacer|transparent|pixel|lazy|loading|grey|gray|empty|1x1)\.(?:gif|png|svg|webp|jpe?g)(?:[?#]|$)/i

interface ImageCandidate {
  url: string
  width?: number
  density?: number
}

export function revealLazyImages(doc: Document, baseUrl: string): void {
  unwrapNoscriptImages(doc)
  for (const img of Array.from(doc.getElementsByTagName('img'))) {
    const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : undefined
    const candidates = [...(picture ? sourceCandidates(picture) : []), ...imageCandidates(img)]
    const best = chooseCandidate(candidates, baseUrl)
    if (!best) continue
    img.setAttribute('src', best)
    for (const name of [...SRCSET_ATTRIBUTES, 'sizes', ...SRC_ATTRIBUTES]) img.removeAttribute(name)
    picture?.replaceWith(img)
  }
}

/** The candidate that fits TARGET_WIDTH best, as an absolute http(s) URL. */
export function chooseCandidate(candidates: ImageCandidate[], baseUrl: string): string | undefined {
  const usable = candidates.map((c) => ({ ...c, url: toHttpUrl(c.url, baseUrl) ?? '' })).filter((c) => c.url && !PLACEHOLDER.test(c.url))
  const widths = usable.filter((c) => c.width !== undefined)
  if (widths.length > 0) {
    const fitting = widths.filter((c) => c.width! >= TARGET_WIDTH).sort((a, b) => a.width! - b.width!)
    return (fitting[0] ?? widths.sort((a, b) => b.width! - a.width!)[0])!.url
  }
  const dense = usable.filter((c) => (c.density ?? 1) <= TARGET_DENSITY).sort((a, b) => (b.density ?? 1) - (a.density ?? 1))
  return (dense[0] ?? usable[0])?.url
}

export function parseSrcset(srcset: string): ImageCandidate[] {
  const candidates: ImageCandidate[] = []
  for (const [, url, value, unit] of srcset.matchAll(SRCSET_CANDIDATE)) {
    if (!url) continue
    const n = Number(value)
    candidates.push({ url: url.replace(/,$/, ''), ...(unit === 'w' && n > 0 && { width: n }), ...(unit === 'x' && n > 0 && { density: n }) })
  }
  return candidates
}

function imageCandidates(img: Element): ImageCandidate[] {
  const found: ImageCandidate[] = []
  for (const name of SRCSET_ATTRIBUTES) found.push(...parseSrcset(img.getAttribute(name) ?? ''))
  for (const name of SRC_ATTRIBUTES) {
    const value = img.getAttribute(name)?.trim()
    if (value && !/\s/.test(value)) found.push({ url: value })
  }
  const src = img.getAttribute('src')?.trim()
  if (src) found.push({ url: src })
  return found
}

function sourceCandidates(picture: Element): ImageCandidate[] {
  return Array.from(picture.getElementsByTagName('source')).flatMap((source) => parseSrcset(source.getAttribute('srcset') ?? source.getAttribute('data-srcset') ?? ''))
}

/** An image that exists only in <noscript> (no real image right before it) takes the noscript's place. */
function unwrapNoscriptImages(doc: Document): void {
  for (const noscript of Array.from(doc.getElementsByTagName('noscript'))) {
    const images = noscript.getElementsByTagName('img')
    if (images.length !== 1 || (noscript.textContent ?? '').trim() !== '' || isPixel(images[0]!)) continue
    const previous = noscript.previousElementSibling
    const previousImg = previous?.tagName === 'IMG' ? previous : undefined
    if (previousImg && !PLACEHOLDER.test(previousImg.getAttribute('src') ?? '') && previousImg.getAttribute('src')) continue
    previousImg?.remove()
    noscript.replaceWith(images[0]!)
  }
}

/** Tracking pixels hide in <noscript> too: declared at most 2 px on a side. */
function isPixel(img: Element): boolean {
  return ['width', 'height'].some((side) => Number.parseInt(img.getAttribute(side) ?? '', 10) <= 2)
}

function toHttpUrl(value: string, baseUrl: string): string | undefined {
  try {
    const url = new URL(value, baseUrl)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}
