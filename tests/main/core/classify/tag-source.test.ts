// Tags on fresh feed items carry both tiers and say what they were read from: the teaser, or the feed's own
// full article (long content, no ellipsis or "read more").
import { describe, expect, it } from 'vitest'
import { buildArticles } from '../../../../src/main/core/refresh-feed'
import { CLASSIFIER_VERSION } from '../../../../src/main/core/classify'
import type { ParsedFeed } from '../../../../src/main/core/types'
import type { Logger } from '../../../../src/main/core/log'

const quiet = { warn: () => {}, info: () => {}, error: () => {}, debug: () => {}, scope: () => quiet } as unknown as Logger

const lead = 'JOHANNESBURG (Reuters) - Zimbabwe\'s central bank raised its benchmark interest rate to 35% on Wednesday.'
const body = `<p>${lead}</p>` + '<p>The bank said the move would defend the gold-backed currency, which lost a third of its value since April. Analysts in Harare expect further rises before the end of the year as inflation climbs.</p>'.repeat(4)

function feed(contentHtml: string | undefined): ParsedFeed {
  return {
    format: 'rss', language: 'en',
    items: [{ guid: 'a', title: 'Zimbabwe central bank raises interest rate', summaryHtml: lead, contentHtml, categories: [], enclosures: [], mediaImages: [] }],
  }
}

describe('tags on feed items', () => {
  it('store the about and mentions tiers with their evidence', () => {
    const [a] = buildArticles('f', 'https://x.example/rss', feed(undefined), new Date('2026-01-01'), quiet)
    expect(a!.countries).toEqual(['ZW'])
    expect(a!.mentions).toEqual(['ZA'])
    expect(a!.tagEvidence?.mentions?.ZA).toEqual(['JOHANNESBURG (dateline)'])
    expect(a!.classifierVersion).toBe(CLASSIFIER_VERSION)
  })

  it('say "teaser" when the feed gives a summary only', () => {
    const [a] = buildArticles('f', 'https://x.example/rss', feed(undefined), new Date('2026-01-01'), quiet)
    expect(a!.tagEvidence?.source).toBe('teaser')
  })

  it('say "full-text" when the feed carries the whole article', () => {
    const [a] = buildArticles('f', 'https://x.example/rss', feed(body), new Date('2026-01-01'), quiet)
    expect(a!.tagEvidence?.source).toBe('full-text')
  })

  it('say "teaser" when long content ends in "read more"', () => {
    const [a] = buildArticles('f', 'https://x.example/rss', feed(`${body}<p>Continue reading…</p>`), new Date('2026-01-01'), quiet)
    expect(a!.tagEvidence?.source).toBe('teaser')
  })
})
