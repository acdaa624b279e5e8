// @vitest-environment jsdom
// jsdom, not happy-dom: under happy-dom 21 DOMPurify returns markup unsanitized (a <script> survives), so these
// assertions would test the environment rather than our code. Chromium and jsdom behave alike here.
import { describe, expect, it, vi } from 'vitest'
import { interceptLinkClick } from '../../../src/renderer/src/lib/external-links'
import { renameEventHandlers, sanitizeArticleHtml } from '../../../src/renderer/src/lib/sanitize'

const BASE = 'https://news.example/world/story.html'

function parse(html: string): HTMLElement {
  const div = document.createElement('div')
  div.innerHTML = html
  return div
}

describe('sanitizeArticleHtml removes script vectors', () => {
  it.each([
    ['script element', '<p>hi</p><script>alert(1)</script>', (d: HTMLElement) => d.querySelector('script') === null],
    ['onerror handler', '<img src="https://x.example/a.png" onerror="alert(1)">', (d: HTMLElement) => !d.querySelector('img')?.hasAttribute('onerror')],
    ['javascript: href', '<a href="javascript:alert(1)">x</a>', (d: HTMLElement) => !d.querySelector('a')?.hasAttribute('href')],
    ['javascript: href with entities and case', '<a href="JaVaScRiPt&colon;alert(1)">x</a>', (d: HTMLElement) => !d.querySelector('a')?.hasAttribute('href')],
    ['iframe', '<iframe src="https://evil.example/"></iframe><p>ok</p>', (d: HTMLElement) => d.querySelector('iframe') === null],
    ['svg onload', '<svg onload="alert(1)"><circle r="1"/></svg>', (d: HTMLElement) => d.querySelector('svg') === null && !d.innerHTML.includes('onload')],
    ['form and inputs', '<form action="https://evil.example/"><input name="p"><button>go</button></form>', (d: HTMLElement) => d.querySelector('form, input, button') === null],
    ['object/embed', '<object data="x.swf"></object><embed src="x.swf">', (d: HTMLElement) => d.querySelector('object, embed') === null],
    ['style element and attribute', '<style>body{display:none}</style><p style="color:red">t</p>', (d: HTMLElement) => d.querySelector('style, [style]') === null],
    ['onclick on a div', '<div onclick="alert(1)">t</div>', (d: HTMLElement) => !d.innerHTML.includes('onclick')],
  ])('%s', (_name, html, isSafe) => {
    const out = sanitizeArticleHtml(html, BASE)
    expect(isSafe(parse(out))).toBe(true)
    expect(out.toLowerCase()).not.toContain('alert(1)"')
  })
})

describe('sanitizeArticleHtml against DOM clobbering', () => {
  it('prefixes ids and names, so an article cannot define window.__db, document.news or the like', () => {
    const out = parse(sanitizeArticleHtml('<a id="__db" href="https://x.example/">x</a><img name="news" src="https://x.example/i.png"><p id="intro">t</p>', BASE))
    expect(out.querySelector('a')?.id).toBe('user-content-__db')
    expect(out.querySelector('img')?.getAttribute('name')).toBe('user-content-news')
    expect(out.querySelector('p')?.id).toBe('user-content-intro')
  })
})

describe('sanitizeArticleHtml keeps and fixes content', () => {
  it('keeps text, images and ordinary markup', () => {
    const out = parse(sanitizeArticleHtml('<h2>T</h2><p>Some <em>text</em></p><img src="https://img.example/a.jpg" alt="A">', BASE))
    expect(out.querySelector('h2')?.textContent).toBe('T')
    expect(out.querySelector('em')?.textContent).toBe('text')
    const img = out.querySelector('img')
    expect(img?.getAttribute('src')).toBe('https://img.example/a.jpg')
    expect(img?.getAttribute('alt')).toBe('A')
    expect(img?.getAttribute('loading')).toBe('lazy')
    expect(img?.getAttribute('referrerpolicy')).toBe('no-referrer')
  })

  it('resolves relative links and images against the base URL', () => {
    const out = parse(sanitizeArticleHtml('<a href="../europe/x.html">x</a><img src="/i/p.png" srcset="/i/p2.png 2x, p1.png 1x">', BASE))
    expect(out.querySelector('a')?.getAttribute('href')).toBe('https://news.example/europe/x.html')
    expect(out.querySelector('img')?.getAttribute('src')).toBe('https://news.example/i/p.png')
    expect(out.querySelector('img')?.getAttribute('srcset')).toBe('https://news.example/i/p2.png 2x, https://news.example/world/p1.png 1x')
  })

  it('drops relative URLs when there is no base to resolve them', () => {
    const out = parse(sanitizeArticleHtml('<a href="/x">x</a><img src="p.png">'))
    expect(out.querySelector('a')?.hasAttribute('href')).toBe(false)
    expect(out.querySelector('img')?.hasAttribute('src')).toBe(false)
  })

  it('makes links open externally', () => {
    const a = parse(sanitizeArticleHtml('<a href="https://other.example/" target="_self">x</a>', BASE)).querySelector('a')
    expect(a?.getAttribute('target')).toBe('_blank')
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer nofollow')
  })
})

describe('interceptLinkClick', () => {
  function clickOn(html: string, selector: string) {
    const root = parse(html)
    const open = vi.fn()
    const event = { target: root.querySelector(selector), preventDefault: vi.fn() }
    interceptLinkClick(event, open)
    return { open, prevented: event.preventDefault.mock.calls.length > 0 }
  }

  it('opens http(s) links externally and stops in-app navigation', () => {
    const { open, prevented } = clickOn('<a href="https://x.example/a"><span>t</span></a>', 'span')
    expect(open).toHaveBeenCalledWith('https://x.example/a')
    expect(prevented).toBe(true)
  })

  it('swallows other schemes without opening anything', () => {
    const { open, prevented } = clickOn('<a href="mailto:a@b.example">m</a>', 'a')
    expect(open).not.toHaveBeenCalled()
    expect(prevented).toBe(true)
  })

  it('opens the normalized URL and never one with a login part', () => {
    expect(clickOn('<a href="https://news.example/a b">x</a>', 'a').open).toHaveBeenCalledWith('https://news.example/a%20b')
    const { open, prevented } = clickOn('<a href="https://news.example@evil.example/">x</a>', 'a')
    expect(open).not.toHaveBeenCalled()
    expect(prevented).toBe(true)
  })

  it('ignores clicks outside links', () => {
    const { open, prevented } = clickOn('<p>plain</p>', 'p')
    expect(open).not.toHaveBeenCalled()
    expect(prevented).toBe(false)
  })
})

describe('renameEventHandlers (keeps Chromium from logging CSP blocks while DOMPurify parses)', () => {
  it('renames every handler attribute in a tag, whatever the quoting or separator', () => {
    const out = renameEventHandlers('<img src="a.png" onerror="x()" ONLOAD=\'y\'/onclick=z><p>text on=1</p>')
    expect(out).toBe('<img src="a.png" data-dropped-onerror="x()" data-dropped-ONLOAD=\'y\'/data-dropped-onclick=z><p>text on=1</p>')
  })

  it('leaves text between tags alone', () => {
    expect(renameEventHandlers('<p>Turn onboarding = fun</p>')).toBe('<p>Turn onboarding = fun</p>')
  })

  it.each([
    ['a caption in a quoted value', '<img alt="switch on=off" title=\'lights /onload= dim\' src="a.png">'],
    ['a URL path that looks like a handler', '<a href="https://news.example/onload=1/x">x</a>'],
    ['an unquoted value with a slash', '<img src=https://img.example/a/onerror=1.png alt=x>'],
    ['a value holding ">" before a real attribute', '<img alt="a > b onerror=c" src="p.png">'],
    ['a comment', '<!-- <img onerror=x> --><p>t</p>'],
    ['raw text of a textarea', '<textarea><b onclick=x></textarea>'],
  ])('never rewrites attribute values or text: %s', (_name, html) => {
    expect(renameEventHandlers(html)).toBe(html)
  })

  it('renames a handler that follows a value holding ">" or "on=" (the tokenizer, not a regex, decides)', () => {
    expect(renameEventHandlers('<img alt="a > b" onerror="x()"><p title="on=1" onclick=y>t</p>')).toBe('<img alt="a > b" data-dropped-onerror="x()"><p title="on=1" data-dropped-onclick=y>t</p>')
    expect(renameEventHandlers('<svg><a xlink:href=x onfocus = "y"/></svg>')).toBe('<svg><a xlink:href=x data-dropped-onfocus = "y"/></svg>')
  })

  it('keeps values through the whole sanitizer', () => {
    const out = parse(sanitizeArticleHtml('<p><img alt="switch on=off" src="https://img.example/onload=1.png"><a href="https://news.example/path/onclick=2">l</a></p>', BASE))
    expect(out.querySelector('img')?.getAttribute('alt')).toBe('switch on=off')
    expect(out.querySelector('img')?.getAttribute('src')).toBe('https://img.example/onload=1.png')
    expect(out.querySelector('a')?.getAttribute('href')).toBe('https://news.example/path/onclick=2')
  })
})
