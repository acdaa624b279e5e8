// Tagging again from the full text (issue 18): an extracted article carries the classifier's verdict on its
// title and whole text, marked as read from the full text, so a feed that gave only a teaser is filed rightly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLASSIFIER_VERSION } from '../../../../src/main/core/classify'
import { DownloadQueue } from '../../../../src/main/core/downloads'
import { closeConnections } from '../../../../src/main/core/fetch-feed'
import { HostLimiter } from '../../../../src/main/core/host-limiter'
import type { Logger } from '../../../../src/main/core/log'
import { createNewsService } from '../../../../src/main/core/news-service'
import type { ArticleContent, ClassifyRequest } from '../../../../src/shared/model'
import { startFixtureServer, type FixtureServer } from '../../../helpers/fixture-server'
import { articlePage } from './test-pages'

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} }
const html = { 'Content-Type': 'text/html; charset=utf-8' }
const BRAZIL = 'Brasília announced that Brazil will expand its Amazon monitoring; Brazilian officials in Brasília said the plan starts next month.'

let server: FixtureServer
beforeAll(async () => {
  server = await startFixtureServer({
    '/br': { headers: html, body: articlePage({ title: 'New monitoring plan', marker: BRAZIL }) },
  })
})
afterAll(async () => {
  closeConnections()
  await server.close()
})

const extracted = (events: ArticleContent[]) => {
  const event = events[0]
  if (event?.kind !== 'extracted') throw new Error(`expected extracted, got ${JSON.stringify(event)}`)
  return event
}

describe('tags from the full text', () => {
  it('hands the classifier the title and the whole extracted text, and marks the verdict as full-text', async () => {
    const inputs: ClassifyRequest[] = []
    const events: ArticleContent[] = []
    const queue = new DownloadQueue({
      limiter: new HostLimiter({ concurrency: 4, perHost: 2 }),
      emit: (c) => void events.push(c),
      log: quiet,
      tag: (input) => {
        inputs.push(input)
        return { countries: ['BR'], mentions: [], topics: ['environment'], evidence: { countries: { BR: ['Brazil'] }, topics: {} }, version: 7 }
      },
    })
    queue.push([{ articleId: 'br', feedId: 'f', url: server.url('/br') }])
    await queue.idle()
    const event = extracted(events)
    expect(inputs).toEqual([{ title: 'New monitoring plan', content: event.fullText.textContent, lang: 'en', feedCountry: undefined }])
    expect(inputs[0]!.content).toContain(BRAZIL)
    expect(event.tags).toEqual({ countries: ['BR'], mentions: [], topics: ['environment'], evidence: { countries: { BR: ['Brazil'] }, topics: {}, source: 'full-text' }, version: 7 })
  })

  it('still delivers the text, without tags, when the classifier throws', async () => {
    const events: ArticleContent[] = []
    const queue = new DownloadQueue({
      limiter: new HostLimiter({ concurrency: 4, perHost: 2 }),
      emit: (c) => void events.push(c),
      log: quiet,
      tag: () => {
        throw new Error('classifier broke')
      },
    })
    queue.push([{ articleId: 'br2', feedId: 'f', url: server.url('/br') }])
    await queue.idle()
    const event = extracted(events)
    expect(event.fullText.textContent).toContain(BRAZIL)
    expect(event).not.toHaveProperty('tags')
  })

  it('the news service wires the real classifier: Brazil from the body, at CLASSIFIER_VERSION', async () => {
    const events: ArticleContent[] = []
    const service = createNewsService({ emitFeedResult: () => {}, emitProgress: () => {}, emitArticleContent: (c) => void events.push(c), openExternal: async () => {}, downloads: { log: quiet } })
    try {
      await service.downloadArticles([{ articleId: 'br3', feedId: 'f', url: server.url('/br') }])
      await expect.poll(() => events.length, { timeout: 10_000 }).toBe(1)
      const { tags } = extracted(events)
      expect(tags?.countries).toContain('BR') // the title alone names no country
      expect(tags?.evidence.source).toBe('full-text')
      expect(tags?.version).toBe(CLASSIFIER_VERSION)
    } finally {
      service.stop()
    }
  })
})
