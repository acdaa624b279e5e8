// The main side of NewsApi without Electron: classification for re-tagging, and argument checks.
import { afterAll, describe, expect, it } from 'vitest'
import { CLASSIFIER_VERSION } from '../../../src/main/core/classify'
import { createNewsService } from '../../../src/main/core/news-service'

const service = createNewsService({ emitFeedResult() {}, emitProgress() {}, emitArticleContent() {}, openExternal: async () => {} })
afterAll(() => service.stop())

describe('news service classifyArticles', () => {
  it('answers an empty call with the classifier version', async () => {
    expect(await service.classifyArticles([])).toEqual({ version: CLASSIFIER_VERSION, results: [] })
  })

  it('tags each request in order', async () => {
    const { results } = await service.classifyArticles([
      { title: 'Chinese and Russian foreign ministers discuss Afghanistan in phone call' },
      { title: 'Lemon cake recipe for a rainy weekend' },
    ])
    expect(results).toHaveLength(2)
    expect(results[0]!.countries.sort()).toEqual(['AF', 'CN', 'RU'])
    expect(results[0]!.topics).toContain('politics')
    expect(results[1]!.countries).toEqual([])
  })

  it('rejects malformed requests with the field named', async () => {
    await expect(service.classifyArticles([{ summary: 'no title' }])).rejects.toThrow(/requests\[0\]\.title is required/)
    await expect(service.classifyArticles([{ title: 'x', content: 'y'.repeat(20_001) }])).rejects.toThrow(/content must be a string/)
    await expect(service.classifyArticles('nope')).rejects.toThrow(/must be an array/)
  })
})
