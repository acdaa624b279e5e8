// @vitest-environment happy-dom
// "Re-tag all articles" runs the current classifier over every stored article and reports how many.
import { fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ClassifyRequest } from '../../../src/shared/model'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { RetagButton } from '../../../src/renderer/src/features/tagging/RetagButton'
import { dropDatabase, fakeApi, freshDb, makeArticle, updated } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
beforeEach(async () => {
  db = freshDb()
  const feed = await addFeed(db, 'https://news.example/feed.xml')
  await ingestFeedResult(db, updated(feed.id, feed.url, [makeArticle({ id: 'a', feedId: feed.id }), makeArticle({ id: 'b', feedId: feed.id })]))
})
afterEach(() => dropDatabase(db))

describe('RetagButton', () => {
  it('re-tags every article and says how many', async () => {
    const { api } = fakeApi()
    api.classifyArticles.mockImplementation(async (requests: ClassifyRequest[]) => ({
      version: 7,
      results: requests.map(() => ({ countries: ['KE'], mentions: [], topics: ['sport'], evidence: { countries: {}, topics: {} } })),
    }))
    renderWith(<RetagButton />, { db, api })
    fireEvent.click(screen.getByRole('button', { name: 'Re-tag all articles' }))
    expect((await screen.findByText(/Re-tagged 2 articles/)).textContent).toContain('classifier version 7')
    expect((await db.articles.get('a'))!.countries).toEqual(['KE'])
  })
})
