// The second extractor: asked only for thin results, and kept only when it has much more text.
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../../../src/main/core/extract/extract-article'
import { isThin, pickArticle, type Candidate } from '../../../../src/main/core/extract/fallback'
import { parseHtml } from '../../../../src/main/core/extract/parse-html'
import { findDensestBlock } from '../../../../src/main/core/extract/text-density'
import type { ExtractedArticle } from '../../../../src/main/core/extract/types'

const SENTENCE = 'The committee met again on Tuesday to review the harbour project and the questions residents had sent in. '
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ')
const article = (wordCount: number, paragraphs = 5): ExtractedArticle => ({
  readerable: true, wordCount, textContent: words(wordCount), contentHtml: '<p>x</p>'.repeat(paragraphs),
})
const candidate = (wordCount: number): Candidate => ({ source: 'json-ld', wordCount, textContent: words(wordCount), contentHtml: '<p>c</p>' })

describe('the rule between Readability and the second extractor', () => {
  it('asks only when the result is thin', () => {
    expect(isThin({ readerable: false, wordCount: 0 })).toBe(true)
    expect(isThin(article(400, 2))).toBe(true)
    expect(isThin(article(120, 5))).toBe(true)
    expect(isThin(article(400, 5))).toBe(false)
  })

  it('keeps the candidate only with at least twice the words and 40 more', () => {
    expect(pickArticle(article(30), candidate(70)).wordCount).toBe(70)
    expect(pickArticle(article(30), candidate(69)).wordCount).toBe(30) // 39 more
    expect(pickArticle(article(100), candidate(199)).wordCount).toBe(100) // under twice
    expect(pickArticle(article(0, 0), candidate(40)).wordCount).toBe(40)
    expect(pickArticle(article(30), undefined).wordCount).toBe(30)
  })
})

describe('second extractor on pages', () => {
  it('reads a paywalled page whole from its JSON-LD articleBody', () => {
    const body = Array.from({ length: 4 }, (_, i) => `Paragraph ${i + 1}. ${SENTENCE.repeat(2)}`).join('\n\n')
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', articleBody: body }] })
    const html = `<html><head><title>T</title><script type="application/ld+json">${ld}</script></head><body><article><h1>T</h1><p>Paragraph 1. ${SENTENCE}</p><div><h2>Subscribe to continue reading</h2><a href="/s">Subscribe</a></div></article></body></html>`
    const result = extractArticle(html, 'https://news.example/a')
    expect(result.textContent).toContain('Paragraph 4.')
    expect(result.contentHtml!.match(/<p>/g)).toHaveLength(4)
    expect(result.contentHtml).not.toContain('<script')
  })

  it('finds the block with the most paragraph text, not the link-heavy one', () => {
    const links = Array.from({ length: 6 }, (_, i) => `<p><a href="/n${i}">${SENTENCE}</a></p>`).join('')
    const prose = Array.from({ length: 4 }, () => `<p>${SENTENCE}</p>`).join('')
    const doc = parseHtml(`<html><body><div id="nav">${links}</div><div id="story">${prose}</div><div id="short"><p>${SENTENCE}</p></div></body></html>`)
    expect(findDensestBlock(doc)?.id).toBe('story')
  })
})
