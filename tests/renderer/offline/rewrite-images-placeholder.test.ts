// @vitest-environment happy-dom
// Offline, an image that was never stored (a hotlink block that outlived the Referer retry) keeps its alt text
// inside a placeholder that says why; a stored one is shown from its blob: URL.
import { describe, expect, it } from 'vitest'
import { rewriteImages } from '../../../src/renderer/src/offline/rewrite-images'

describe('offline image placeholders', () => {
  it('shows stored images and marks the rest with their alt text', () => {
    const html = '<p><img src="https://a.example/stored.jpg" alt="Stored"></p><p><img src="https://a.example/blocked.jpg" alt="Cyclists on the bridge"></p><p><img src="https://a.example/bare.jpg"></p>'
    const out = rewriteImages(html, { cached: new Map([['https://a.example/stored.jpg', 'blob:stored']]), allowRemote: false })
    const doc = new DOMParser().parseFromString(out.html, 'text/html')
    const [stored, blocked, bare] = Array.from(doc.querySelectorAll('img'))
    expect(stored!.getAttribute('src')).toBe('blob:stored')
    expect(blocked!.hasAttribute('src')).toBe(false)
    expect(blocked!.hasAttribute('data-blocked')).toBe(true)
    expect(blocked!.getAttribute('alt')).toBe('Image not downloaded: Cyclists on the bridge')
    expect(bare!.getAttribute('alt')).toBe('Image not downloaded')
    expect(out).toMatchObject({ blocked: 2, fromCache: 1 })
  })
})
