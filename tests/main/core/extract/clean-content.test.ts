// The cleaning pass, rule by rule: each furniture kind goes, and the prose next to it (with the same cue words,
// links or size) stays.
import { describe, expect, it } from 'vitest'
import { cleanContent } from '../../../../src/main/core/extract/clean-content'
import { parseHtml } from '../../../../src/main/core/extract/parse-html'

const PROSE = 'The council met on Tuesday to review the harbour project, and its members spent most of the afternoon on the budget and the timetable.'
const PAGE = 'https://news.example/2026/story'

function clean(inner: string, byline?: string): { text: string; html: string; rules: string[] } {
  const doc = parseHtml(`<html><body><div id="c"><p>${PROSE}</p>${inner}<p>${PROSE} Second.</p></div></body></html>`)
  const content = doc.getElementById('c')!
  const rules: string[] = []
  cleanContent(content, { byline, pageUrl: PAGE, onRemove: (rule) => rules.push(rule) })
  return { text: (content.textContent ?? '').replace(/\s+/g, ' ').trim(), html: content.innerHTML, rules }
}
const kept = (inner: string, byline?: string) => {
  const { text, rules } = clean(inner, byline)
  expect(rules.filter((r) => r !== 'empty')).toEqual([])
  return text
}

describe('cleanContent removes furniture', () => {
  it.each([
    ['an author box with e-mail', '<div><h3>About the author</h3><p>Ana Ruiz covers the region. Reach her at <a href="mailto:ana@news.example">ana@news.example</a></p></div>', 'Ana Ruiz'],
    ['an author box with an avatar and follow count', '<div><img src="/a.png" width="72" height="72"><h2>Written by Ana Ruiz</h2><p>2.4K Followers</p></div>', 'Ana Ruiz'],
    ['a byline row: name then role', '<div><span>Ana Ruiz</span><span>Business reporter</span></div>', 'Ana Ruiz'],
    ['an inline read-more link', '<p><strong>Lesen Sie auch:</strong> <a href="/x">Zehn Fragen zur Grundsteuer</a></p>', undefined],
    ['a previous/next pager', '<div><a href="/a">« Article précédent</a> | <a href="/b">Article suivant »</a></div>', undefined],
    ['a share row', '<div>Share <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/intent/tweet?url=x">X</a></div>', undefined],
    ['a newsletter box', '<div><p><b>The Briefing</b></p><p>Top stories every morning.</p><p><a href="/newsletters">Sign up</a></p></div>', undefined],
    ['a paywall box', '<div><h2>Suscríbete para seguir leyendo</h2><p>Desde 1 € el primer mes.</p><a href="/s">Suscribirme</a></div>', undefined],
    ['a comment form', '<div><h3>Leave a reply</h3><form><textarea></textarea><input type="submit" value="Post"></form></div>', undefined],
    ['a copyright line', '<p>Copyright © 2026 The Daily Courier. All rights reserved.</p>', undefined],
    ['a photo credit as text', '<p class="x">Foto: dpa</p>', undefined],
    ['an ad label', '<div>Advertisement</div>', undefined],
  ])('%s', (_, inner, byline) => {
    const { text, rules } = clean(inner, byline)
    expect(rules.length).toBeGreaterThan(0)
    expect(text).toBe(`${PROSE}${PROSE} Second.`)
  })

  it('a related list after the last paragraph (links to the same site)', () => {
    const doc = parseHtml(`<html><body><div id="c"><p>${PROSE}</p><h3>More from us</h3><ul><li><a href="https://news.example/a">Storms on the coast tonight</a></li><li><a href="https://news.example/b">The cup final</a></li></ul></div></body></html>`)
    const content = doc.getElementById('c')!
    cleanContent(content, { pageUrl: PAGE })
    expect((content.textContent ?? '').trim()).toBe(PROSE)
  })

  it('credits inside captions, keeping the caption', () => {
    const { html } = clean('<figure><img src="/p.jpg"><figcaption>Cyclists on the bridge. <span>Photo: AP</span></figcaption></figure><figure><img src="/q.jpg"><figcaption>An ambulance bay. Picture: Alamy</figcaption></figure>')
    expect(html).toContain('<figcaption>Cyclists on the bridge. </figcaption>')
    expect(html).toContain('<figcaption>An ambulance bay.</figcaption>')
  })

  it('empty paragraphs and blocks holding only an avatar', () => {
    const { html } = clean('<p></p><p>&nbsp;</p><div><img src="/avatar.png" width="80" height="80"></div><p><img src="/photo.jpg"></p>')
    expect(html).not.toMatch(/<p>\s*<\/p>|avatar/)
    expect(html).toContain('/photo.jpg')
  })
})

describe('cleanContent keeps the article', () => {
  it('prose that uses cue words, has links or names the author', () => {
    expect(kept('<p>Two million people subscribe to the service, according to <a href="https://stats.example/r">the regulator’s report</a>, up from one million.</p>')).toContain('Two million')
    expect(kept('<p>Photo agencies said the ban would hurt them.</p>')).toContain('Photo agencies')
    expect(kept('<p>Related news: the mayor resigned on Monday after a long week of protests and a vote of no confidence.</p>')).toContain('mayor resigned')
    expect(kept('<p>Ana Ruiz, who wrote the report, said the figures were clear and the trend would not change soon.</p>', 'Ana Ruiz')).toContain('who wrote')
  })

  it('a list of sources on other sites after the last paragraph', () => {
    const doc = parseHtml(`<html><body><div id="c"><p>${PROSE}</p><ul><li><a href="https://nodejs.org/api/">https://nodejs.org/api/</a></li><li><a href="https://v8.dev/docs">https://v8.dev/docs</a></li></ul></div></body></html>`)
    const content = doc.getElementById('c')!
    cleanContent(content, { pageUrl: PAGE })
    expect(content.textContent).toContain('nodejs.org')
  })

  it('an article short enough to look like furniture', () => {
    const doc = parseHtml(`<html><body><div id="c"><p>${PROSE}</p></div></body></html>`)
    const content = doc.getElementById('c')!
    cleanContent(content, { pageUrl: PAGE })
    expect(content.textContent).toContain(PROSE)
  })
})
