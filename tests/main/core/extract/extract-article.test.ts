// Focused cases for extractArticle: URL resolution, lead image, non-article pages, broken and oversized input.
import { describe, expect, it } from 'vitest'
import { FeedError } from '../../../../src/main/core/errors'
import { MAX_PAGE_CHARS, extractArticle } from '../../../../src/main/core/extract/extract-article'
import { articlePage } from './pages'

const PAGE = 'https://news.example.org/2026/05/floods/story.html'

describe('extractArticle: an ordinary article', () => {
  it('reads title, text, language and a word count', () => {
    const article = extractArticle(articlePage(), PAGE)
    expect(article.readerable).toBe(true)
    expect(article.title).toBe('Floods cut the lower town off') // Readability drops the site-name suffix
    expect(article.lang).toBe('en')
    expect(article.textContent).toContain('Volunteers in small boats')
    expect(article.textContent).not.toContain('Sport') // navigation is not the article
    expect(article.wordCount).toBeGreaterThan(150)
  })

  it('keeps paragraph breaks in textContent but not the source indentation', () => {
    const body = '<div>\n      <p>First   paragraph,\n        wrapped in the source.</p>\n\n\n\n      <p>Second paragraph.</p>\n    </div>'
    const { textContent } = extractArticle(articlePage({ body: body.repeat(6) }), PAGE)
    expect(textContent).toContain('First paragraph,\nwrapped in the source.\n\nSecond paragraph.')
    expect(textContent).not.toMatch(/ {2}|\n{3}|^\s|\s$/)
  })

  it('reads byline, site name and published time from the page metadata', () => {
    const head =
      '<meta name="author" content="Ana Lopes"><meta property="og:site_name" content="The Valley Courier">' +
      '<meta property="article:published_time" content="2026-05-04T07:30:00Z">'
    const article = extractArticle(articlePage({ head }), PAGE)
    expect(article).toMatchObject({ byline: 'Ana Lopes', siteName: 'The Valley Courier', publishedTime: '2026-05-04T07:30:00Z' })
  })

  it('keeps the direction of a right-to-left page', () => {
    const article = extractArticle(articlePage({ htmlAttributes: 'lang="ar" dir="rtl"' }), PAGE)
    expect(article).toMatchObject({ lang: 'ar', dir: 'rtl' })
  })

  it('emits lower-case tags for the elements Readability creates', () => {
    const { contentHtml } = extractArticle(articlePage(), PAGE)
    expect(contentHtml).toMatch(/^<div id="readability-page-1" class="page">|^<div class="page" id="readability-page-1">/)
    expect(contentHtml).not.toMatch(/<[A-Z]/)
  })
})

describe('extractArticle: relative URLs', () => {
  const lead =
    '<p><img src="pics/river.jpg" srcset="pics/river-2x.jpg 2x, /static/river-640.jpg 640w" alt="The river"></p>' +
    '<p><img src="pics/dam.jpg" alt="The dam"></p>' +
    '<p>See <a href="../archive/">the archive</a>, <a href="#update">the update</a> and ' +
    '<a href="//cdn.example.net/map.pdf">the map</a>.</p><p><iframe src="//www.youtube.com/embed/XpICoc65uh0"></iframe></p>'

  it('resolves links, images, srcset and iframes against the page URL, keeping in-page anchors', () => {
    const { contentHtml } = extractArticle(articlePage({ lead }), PAGE)
    // Of src and srcset, the widest candidate is kept as the one src (lazy-images.ts), resolved.
    expect(contentHtml).toContain('src="https://news.example.org/static/river-640.jpg"')
    expect(contentHtml).not.toContain('srcset')
    expect(contentHtml).toContain('src="https://news.example.org/2026/05/floods/pics/dam.jpg"')
    expect(contentHtml).toContain('href="https://news.example.org/2026/05/archive/"')
    expect(contentHtml).toContain('href="#update"')
    expect(contentHtml).toContain('href="https://cdn.example.net/map.pdf"')
    // Readability leaves iframe src alone; protocol-relative, it would load from the reader's own origin.
    expect(contentHtml).toContain('src="https://www.youtube.com/embed/XpICoc65uh0"')
  })

  it('resolves against <base href>, itself relative to the page URL', () => {
    const { contentHtml } = extractArticle(articlePage({ lead, head: '<base href="/assets/v2/">' }), PAGE)
    expect(contentHtml).toContain('src="https://news.example.org/static/river-640.jpg"')
    expect(contentHtml).toContain('src="https://news.example.org/assets/v2/pics/dam.jpg"')
    expect(contentHtml).toContain('href="https://news.example.org/assets/archive/"')
    // With a <base> elsewhere, "#update" points into the base document, as in a browser.
    expect(contentHtml).toContain('href="https://news.example.org/assets/v2/#update"')
  })
})

describe('extractArticle: lead image', () => {
  it('prefers og:image, resolved against the page URL', () => {
    const head = '<meta property="og:image" content="/img/share.jpg"><meta name="twitter:image" content="https://x.example/t.jpg">'
    expect(extractArticle(articlePage({ head }), PAGE).leadImageUrl).toBe('https://news.example.org/img/share.jpg')
  })

  it('falls back to twitter:image', () => {
    const head = '<meta name="twitter:image" content="https://img.example.net/t.jpg">'
    expect(extractArticle(articlePage({ head }), PAGE).leadImageUrl).toBe('https://img.example.net/t.jpg')
  })

  it('else takes the first large content image, skipping pixels, icons and data: URLs', () => {
    const lead =
      '<p><img src="/pixel.gif" width="1" height="1"><img src="/icons/share.png" width="24" height="24">' +
      '<img src="data:image/png;base64,iVBORw0KGgo="><img src="/photos/boats.jpg" width="800" height="450"></p>'
    expect(extractArticle(articlePage({ lead }), PAGE).leadImageUrl).toBe('https://news.example.org/photos/boats.jpg')
  })

  it('is absent when the page has no usable image', () => {
    expect(extractArticle(articlePage(), PAGE).leadImageUrl).toBeUndefined()
  })
})

describe('extractArticle: pages that are not articles', () => {
  const homepage = `<!DOCTYPE html><html lang="de"><head><title>Startseite – Beispiel</title>
    <meta property="og:image" content="https://example.de/logo.png"></head>
    <body><ul><li><a href="/a">Politik</a></li><li><a href="/b">Wirtschaft</a></li><li><a href="/c">Sport</a></li></ul>
    <form action="/login"><input name="user"><button>Anmelden</button></form></body></html>`

  it('says readerable false and still returns what it could read', () => {
    const article = extractArticle(homepage, 'https://example.de/')
    expect(article.readerable).toBe(false)
    expect(article.title).toBe('Startseite – Beispiel')
    expect(article.lang).toBe('de')
    expect(article.leadImageUrl).toBe('https://example.de/logo.png')
    expect(typeof article.wordCount).toBe('number')
  })

  it.each([
    ['an empty string', ''],
    ['plain text', 'just some words, no markup at all'],
    ['stray brackets', '<<<>>> </div></p> <//>'],
    ['a tag cut in half', '<html><head><title>Cut</title></head><body><p>Some text <a href="x'],
    ['binary noise', String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65_000))],
    ['deep nesting', '<div>'.repeat(5000) + 'deep' + '</div>'.repeat(5000)],
  ])('never throws on %s', (_label, html) => {
    const article = extractArticle(html, PAGE)
    expect(article.readerable).toBe(false)
    expect(article.wordCount).toBeGreaterThanOrEqual(0)
  })

  it('flattens the nesting of 1,000 unclosed <div>s instead of taking minutes, keeping their text', () => {
    // Unflattened, Readability needs about 26 s for a 1,000-deep chain; the 20 s test timeout would catch a regression.
    const entries = Array.from({ length: 1000 }, (_, i) => `<div class="entry"><p>Entry ${i} of a comment thread left open by a broken template loop.</p>`)
    const article = extractArticle(articlePage({ body: entries.join('') }), PAGE)
    expect(article.textContent).toContain('Entry 999 of a comment thread')
  })

  it('repairs a page written without <html>, <head> and <body> tags', () => {
    const html = articlePage().replace(/<\/?(?:html|head|body)[^>]*>/g, '')
    const article = extractArticle(html, PAGE)
    expect(article.title).toBe('Floods cut the lower town off') // Readability drops the site-name suffix
    expect(article.textContent).toContain('Schools in the valley will stay closed')
  })
})

describe('extractArticle: refusals', () => {
  it('refuses a page over the size cap with a too-large error naming the page', () => {
    const huge = articlePage({ body: `<p>${'word '.repeat(MAX_PAGE_CHARS / 5)}</p>` })
    expect(() => extractArticle(huge, PAGE)).toThrow(FeedError)
    expect(() => extractArticle(huge, PAGE)).toThrow(/story\.html.*over the 5 M cap/)
    try {
      extractArticle(huge, PAGE)
    } catch (err) {
      expect((err as FeedError).code).toBe('too-large')
    }
  })

  it('refuses a page URL that is not absolute', () => {
    expect(() => extractArticle(articlePage(), 'story.html')).toThrow(expect.objectContaining({ code: 'bad-url' }))
  })
})

describe('extractArticle: word count', () => {
  it('counts each Chinese character as a word and Latin words by runs', () => {
    const body = `<p>${'人工智能迈上新台阶。'.repeat(60)}</p><p>${'DeepMind said it works. '.repeat(20)}</p>`
    const article = extractArticle(articlePage({ body, title: '人工智能' }), PAGE)
    expect(article.wordCount).toBe(60 * 9 + 20 * 4 + 4) // + the <h1> title, if Readability keeps it
  })
})
