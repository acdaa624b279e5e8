// Lazy and responsive images get one real, absolute src that fits the 1600 px stored copy.
import { describe, expect, it } from 'vitest'
import { TARGET_WIDTH, chooseCandidate, parseSrcset, revealLazyImages } from '../../../../src/main/core/extract/lazy-images'
import { parseHtml } from '../../../../src/main/core/extract/parse-html'

const BASE = 'https://news.example/2026/story'
const imagesOf = (body: string) => {
  const doc = parseHtml(`<html><body>${body}</body></html>`)
  revealLazyImages(doc, BASE)
  return { doc, srcs: Array.from(doc.querySelectorAll('img')).map((img) => img.getAttribute('src')) }
}

/** Oracle: among width candidates, the narrowest ≥ target, else the widest; written as a plain scan. */
function naiveChoice(widths: number[]): number {
  let best = -1
  for (const w of widths) if (w >= TARGET_WIDTH && (best < TARGET_WIDTH || w < best)) best = w
  if (best >= TARGET_WIDTH) return best
  for (const w of widths) if (w > best) best = w
  return best
}

describe('chooseCandidate', () => {
  it('agrees with a plain scan on random width sets', () => {
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    for (let round = 0; round < 300; round++) {
      const widths = Array.from({ length: 1 + (next() % 6) }, () => 100 + (next() % 3000))
      const srcset = widths.map((w, i) => `/img/${i}-${w}.jpg ${w}w`).join(', ')
      const chosen = chooseCandidate(parseSrcset(srcset), BASE)!
      expect(Number(/-(\d+)\.jpg$/.exec(chosen)![1])).toBe(naiveChoice(widths))
    }
  })

  it('takes 2x when only densities are given, and skips placeholders and non-http URLs', () => {
    expect(chooseCandidate(parseSrcset('/a.jpg 1x, /b.jpg 2x, /c.jpg 3x'), BASE)).toBe('https://news.example/b.jpg')
    expect(chooseCandidate([{ url: 'data:image/gif;base64,R0lGOD' }, { url: '/img/blank.gif' }, { url: 'javascript:x' }, { url: '/real.jpg' }], BASE)).toBe('https://news.example/real.jpg')
    // A real file whose name merely contains "lazy" is no placeholder.
    expect(chooseCandidate(parseSrcset('/img/lazy-640.png 640w, /img/lazy-2048.png 2048w'), BASE)).toBe('https://news.example/img/lazy-2048.png')
  })
})

describe('revealLazyImages', () => {
  it('replaces a placeholder src with data-src / data-srcset, resolved', () => {
    const { srcs } = imagesOf('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/p/a-1024.jpg" data-srcset="/p/a-640.jpg 640w, /p/a-2048.jpg 2048w"><img class="lazy" src="/static/placeholder.svg" data-lazy-src="b.jpg">')
    expect(srcs).toEqual(['https://news.example/p/a-2048.jpg', 'https://news.example/2026/b.jpg'])
  })

  it('turns <picture> into its <img> with the best <source>', () => {
    const { doc, srcs } = imagesOf('<picture><source type="image/webp" srcset="/w/800.webp 800w, /w/1600.webp 1600w, /w/2400.webp 2400w"><img src="/w/400.jpg" alt="A"></picture>')
    expect(srcs).toEqual(['https://news.example/w/1600.webp'])
    expect(doc.querySelector('picture, source')).toBeNull()
    expect(doc.querySelector('img')!.getAttribute('alt')).toBe('A')
  })

  it('brings out an image that exists only in <noscript>, but not a tracking pixel', () => {
    const { doc } = imagesOf('<p>x</p><noscript><img src="/only.jpg" alt="o"></noscript><noscript><img src="/pixel.gif" width="1" height="1"></noscript>')
    const outside = Array.from(doc.querySelectorAll('img')).filter((img) => img.parentElement?.tagName !== 'NOSCRIPT')
    expect(outside.map((img) => img.getAttribute('src'))).toEqual(['https://news.example/only.jpg'])
    expect(doc.querySelectorAll('noscript')).toHaveLength(1)
  })

  it('leaves srcset and sizes off so the reader shows exactly the downloaded URL', () => {
    const { doc } = imagesOf('<img src="/s/320.jpg" srcset="/s/480.jpg 480w, /s/976.jpg 976w" sizes="100vw">')
    const img = doc.querySelector('img')!
    expect(img.getAttribute('src')).toBe('https://news.example/s/976.jpg')
    expect(img.hasAttribute('srcset') || img.hasAttribute('sizes')).toBe(false)
  })
})
