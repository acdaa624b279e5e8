import { describe, expect, it } from 'vitest'
import { canonicalizeUrl, resolveHttpUrl } from '../../../src/main/core/canonical-url'

describe('canonicalizeUrl', () => {
  it.each([
    ['removes utm_* and click ids, keeping other parameters in order', 'https://x.example/a?id=3&utm_source=rss&utm_medium=feed&fbclid=abc&page=2', 'https://x.example/a?id=3&page=2'],
    ['removes the whole query when only tracking parameters were there', 'https://x.example/a?gclid=1&mc_cid=2&mc_eid=3&igshid=4&_hsenc=5&_hsmi=6&ref_src=7&yclid=8&msclkid=9&dclid=10', 'https://x.example/a'],
    ['removes BBC-style at_* campaign parameters', 'https://www.bbc.co.uk/news/1?at_medium=RSS&at_campaign=rss', 'https://www.bbc.co.uk/news/1'],
    ['keeps the exact encoding of kept parameters', 'https://x.example/s?q=a+b%20c&flag&utm_term=x', 'https://x.example/s?q=a+b%20c&flag'],
    ['drops the fragment', 'https://x.example/a#comments', 'https://x.example/a'],
    ['keeps hashbang fragments, which are paths on old single-page sites', 'https://x.example/#!/story/9', 'https://x.example/#!/story/9'],
    ['lower-cases the host and scheme', 'HTTPS://News.Example.COM/Path', 'https://news.example.com/Path'],
    ['trims whitespace and line breaks around and inside the link', '\n  https://x.example/a\n/b  ', 'https://x.example/a/b'],
    ['undoes a double-escaped ampersand', 'https://x.example/a?b=1&amp;c=2', 'https://x.example/a?b=1&c=2'],
  ])('%s', (_why, raw, expected) => {
    expect(canonicalizeUrl(raw)).toBe(expected)
  })

  it('resolves relative links against the base', () => {
    expect(canonicalizeUrl('../p/1?utm_source=x', 'https://x.example/blog/feed/')).toBe('https://x.example/blog/p/1')
    expect(canonicalizeUrl('//cdn.example/a', 'https://x.example/')).toBe('https://cdn.example/a')
  })

  it('keeps an absolute link when the base is unusable', () => {
    expect(canonicalizeUrl('https://x.example/a', 'not a url')).toBe('https://x.example/a')
  })

  it.each([['javascript:alert(1)'], ['mailto:a@example.org'], ['data:text/html,hi'], ['ftp://x.example/f'], [''], ['   '], ['http://']])(
    'drops %j',
    (raw) => {
      expect(canonicalizeUrl(raw, 'https://x.example/')).toBeUndefined()
    },
  )

  it('returns the same string for the same article on every call', () => {
    const a = canonicalizeUrl('https://X.example/a?utm_source=one#top')
    const b = canonicalizeUrl('https://x.example/a?utm_source=two')
    expect(a).toBe(b)
  })
})

describe('resolveHttpUrl', () => {
  it('resolves but leaves the query alone, since image URLs are often signed', () => {
    expect(resolveHttpUrl('img/a.jpg?utm_source=x&s=sig', 'https://x.example/p/')).toBe('https://x.example/p/img/a.jpg?utm_source=x&s=sig')
  })

  it('drops non-http(s) and missing values', () => {
    expect(resolveHttpUrl('data:image/png;base64,AAAA')).toBeUndefined()
    expect(resolveHttpUrl(undefined)).toBeUndefined()
  })
})
