// guessOutletCountry: country-code domains, generic ccTLDs, single-country languages.
import { describe, expect, it } from 'vitest'
import { guessOutletCountry } from '../../src/shared/outlet-country'

describe('guessOutletCountry', () => {
  it.each([
    ['https://www.lemonde.fr/', undefined, 'FR'],
    ['https://feeds.bbci.co.uk/news/rss.xml', undefined, 'GB'],
    ['https://www.spiegel.de', 'de', 'DE'],
    ['https://ria.ru/export/rss2/index.xml', 'ru', 'RU'],
    ['http://www.xinhuanet.cn', 'zh', 'CN'],
    ['https://g1.globo.com.br/rss', 'pt', 'BR'],
    ['elpais.com.mx', undefined, 'MX'],
    ['https://www.abc.net.au/news', 'en', 'AU'],
  ])('reads the country-code domain of %s', (url, lang, expected) => {
    expect(guessOutletCountry(url, lang)).toBe(expected)
  })

  it.each([
    ['https://www.twitch.tv/news'], ['https://news.example.io/feed'], ['https://startup.co/blog'],
    ['https://about.me/writer'], ['https://radio.fm/feed'], ['https://lab.ai/feed'], ['https://www.reuters.com'],
  ])('does not map generic or global domains: %s', (url) => {
    expect(guessOutletCountry(url)).toBeUndefined()
  })

  it('falls back to a language spoken in essentially one country', () => {
    expect(guessOutletCountry('https://www3.nhk.or.jp.example.com', 'ja')).toBe('JP')
    expect(guessOutletCountry(undefined, 'ko-KR')).toBe('KR')
    expect(guessOutletCountry(undefined, 'uk')).toBe('UA')
  })

  it('does not guess from languages spoken in many countries, nor from region subtags', () => {
    for (const lang of ['en', 'es', 'fr', 'ar', 'de', 'zh', 'pt', 'ru', 'en-US', 'es-MX']) {
      expect(guessOutletCountry('https://news.example.com', lang)).toBeUndefined()
    }
    expect(guessOutletCountry(undefined)).toBeUndefined()
    expect(guessOutletCountry('not a url at all')).toBeUndefined()
  })
})
