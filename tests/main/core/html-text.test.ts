import { describe, expect, it } from 'vitest'
import { escapeHtml, findImageSources, htmlToText, resolveHtmlUrls, truncateText } from '../../../src/main/core/html-text'

describe('htmlToText', () => {
  it.each([
    ['decodes entities', 'Tom &amp; Jerry &eacute;t&eacute; &#8217; &hellip;', 'Tom & Jerry été ’ …'],
    ['strips inline tags without adding spaces', 'Ex<b>am</b>ple', 'Example'],
    ['turns block elements into word breaks', '<p>one</p><p>two</p><ul><li>three</li><li>four</li></ul>five<br>six', 'one two three four five six'],
    ['drops script and style contents', '<style>p{color:red}</style>Hi<script>alert(1)</script> there', 'Hi there'],
    ['collapses whitespace, including no-break spaces', '  a \n\t b&nbsp;&nbsp;c  ', 'a b c'],
    ['keeps text that only looks like markup', 'a < b and c > d', 'a < b and c > d'],
    ['returns plain text unchanged apart from whitespace', 'Plain title', 'Plain title'],
    ['returns an empty string for nothing', undefined, ''],
  ])('%s', (_why, html, expected) => {
    expect(htmlToText(html)).toBe(expected)
  })
})

describe('truncateText', () => {
  it('leaves short text alone', () => {
    expect(truncateText('short text', 300)).toBe('short text')
  })

  it('cuts at a word boundary and marks the cut', () => {
    const text = 'word '.repeat(100).trim()
    const cut = truncateText(text, 300)
    expect(cut.endsWith('word…')).toBe(true)
    expect(cut.length).toBeLessThanOrEqual(301)
  })

  it('drops trailing punctuation before the ellipsis', () => {
    expect(truncateText('alpha beta, gamma delta epsilon', 12)).toBe('alpha beta…')
  })

  it('cuts a long unbroken run mid-word without splitting a surrogate pair', () => {
    const cut = truncateText('😀'.repeat(10), 5)
    expect(cut).toBe('😀😀…')
  })
})

describe('findImageSources', () => {
  it('returns img sources in order, skipping 1x1 tracking pixels', () => {
    const html = '<img src="https://t.example/p.gif" width="1" height="1"><p><img src="/a.jpg" alt=""><img data-src="b.png"></p>'
    expect(findImageSources(html)).toEqual(['/a.jpg', 'b.png'])
  })

  it('decodes entities in the src attribute', () => {
    expect(findImageSources('<img src="https://x.example/i?a=1&amp;b=2">')).toEqual(['https://x.example/i?a=1&b=2'])
  })

  it('returns nothing for HTML without images', () => {
    expect(findImageSources('<p>text</p>')).toEqual([])
  })
})

describe('resolveHtmlUrls', () => {
  it('makes relative href, src and poster values absolute and leaves the rest byte for byte', () => {
    const html = `<p class="x">See <a href="../a?x=1&amp;y=2">this</a> <img src='i.png' alt="i"> <video poster=p.jpg></video> <a href="#top">top</a> <a href="https://o.example/">o</a></p>`
    expect(resolveHtmlUrls(html, 'https://x.example/blog/post/')).toBe(
      `<p class="x">See <a href="https://x.example/blog/a?x=1&amp;y=2">this</a> <img src="https://x.example/blog/post/i.png" alt="i"> <video poster="https://x.example/blog/post/p.jpg"></video> <a href="#top">top</a> <a href="https://o.example/">o</a></p>`,
    )
  })

  it('does nothing without a base', () => {
    expect(resolveHtmlUrls('<a href="a">a</a>', undefined)).toBe('<a href="a">a</a>')
  })
})

describe('escapeHtml', () => {
  it('escapes the characters that would start markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;')
  })
})
