import { describe, expect, it } from 'vitest'
import { classifyArticle } from '../../../src/main/core/classify'
import { needsFullText } from '../../../src/main/core/extract/needs-full-text'
import { htmlToText } from '../../../src/main/core/html-text'
import { buildArticles, contentText } from '../../../src/main/core/refresh-feed'
import type { ParsedFeed, ParsedItem } from '../../../src/main/core/types'

const quiet = { info() {}, warn() {}, error() {} }
const NOW = new Date(Date.UTC(2026, 11, 7, 12))

const item = (n: number, over: Partial<ParsedItem>): ParsedItem => ({
  guid: `g-${n}`, title: `Item ${n}`, published: 'Mon, 07 Dec 2026 10:00:00 GMT', categories: [], enclosures: [], mediaImages: [], ...over,
})

const para = (text: string, times: number) => Array.from({ length: times }, () => `<p>${text}</p>`).join('\n')
/** Markup-heavy at the start: its first 9,000 characters of HTML hold little text, and the rest speaks of Peru. */
const markupFirst = `${'<div class="x"><span data-a="1234567890"></span></div>'.repeat(200)}${para('Flooding in Lima left thousands in Peru without power.', 80)}`

const contents: Array<string | undefined> = [
  undefined,
  '',
  '<p>Short teaser about Kenya…</p>',
  para('Nairobi markets rallied as Kenya cut its rates.', 30),
  `${para('The Brazilian senate voted on the budget in Brasília.', 15)}<p><a href="/x">Read more</a></p>`,
  para('Die Bundesregierung in Berlin beschloss neue Hilfen für die Ukraine.', 400),
  markupFirst,
  '<script>Tokyo Japan</script><p>Only a few words</p>',
]

function feedOf(items: ParsedItem[]): ParsedFeed {
  return { format: 'rss', language: 'en', items }
}

describe('buildArticles tags each item from its content text once converted', () => {
  const items = contents.map((contentHtml, n) => item(n, { contentHtml, summaryHtml: n % 2 ? 'A summary of the news of the day.' : undefined }))
  const articles = buildArticles('feed', 'https://wire.example/rss', feedOf(items), NOW, quiet)

  it('says teaser or full text exactly as needsFullText does for the same article', () => {
    expect(articles).toHaveLength(contents.length)
    for (const a of articles) expect(a.tagEvidence?.source).toBe(needsFullText(a, 'auto') ? 'teaser' : 'full-text')
    expect(articles.map((a) => a.tagEvidence?.source)).toContain('teaser')
    expect(articles.map((a) => a.tagEvidence?.source)).toContain('full-text')
  })

  it('gives the classifier the text of the first 9,000 characters of HTML, cut to 3,000, as before', () => {
    for (const a of articles) {
      const body = a.contentHtml ? htmlToText(a.contentHtml.slice(0, 9000)).slice(0, 3000) : undefined
      const expected = classifyArticle({ title: a.title, summary: a.summary, content: body, categories: a.categories, lang: a.language })
      expect({ countries: a.countries, mentions: a.mentions, topics: a.topics }).toEqual({ countries: expected.countries, mentions: expected.mentions, topics: expected.topics })
    }
  })
})

describe('contentText', () => {
  it('answers the whole text and the classifier head, which differ when the head of the HTML is mostly markup', () => {
    const { full, classifierBody } = contentText(markupFirst)
    expect(full).toBe(htmlToText(markupFirst))
    expect(classifierBody).toBe(htmlToText(markupFirst.slice(0, 9000)).slice(0, 3000))
    expect(classifierBody).not.toBe(full.slice(0, 3000))
  })

  it('converts short content once and cuts the same text for the classifier', () => {
    const html = para('Quito and Guayaquil voted.', 200)
    expect(html.length).toBeLessThan(9000)
    const { full, classifierBody } = contentText(html)
    expect(classifierBody).toBe(full.slice(0, 3000))
    expect(full.length).toBeGreaterThan(3000)
  })

  it('has no classifier body without content', () => {
    expect(contentText(undefined)).toEqual({ full: '' })
    expect(contentText('')).toEqual({ full: '' })
  })
})
