// @vitest-environment happy-dom
// The tag editor shows why each tag was given and stores the reader's corrections on the article.
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { TagEditor } from '../../../src/renderer/src/features/tagging/TagEditor'
import { dropDatabase, fakeApi, freshDb, makeArticle, updated } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb

beforeEach(async () => {
  db = freshDb()
  const feed = await addFeed(db, 'https://news.example/feed.xml')
  const article = makeArticle({
    id: 'x',
    feedId: feed.id,
    countries: ['FR'],
    topics: ['politics'],
    tagEvidence: { countries: { FR: ['Elysee'] }, topics: { politics: ['minister'] } },
  })
  await ingestFeedResult(db, updated(feed.id, feed.url, [article]))
})
afterEach(() => dropDatabase(db))

async function renderEditor() {
  const article = (await db.articles.get('x'))!
  return renderWith(<TagEditor article={article} />, { db, api: fakeApi().api })
}

describe('TagEditor', () => {
  it('explains each tag with the words that decided it', async () => {
    await renderEditor()
    fireEvent.click(screen.getByRole('button', { name: /Why these tags/ }))
    const region = screen.getByRole('region', { name: 'Edit tags' })
    expect(region.textContent).toContain('because of “Elysee”')
    expect(region.textContent).toContain('because of “minister”')
  })

  it('removes a country and adds a topic as reader corrections', async () => {
    await renderEditor()
    fireEvent.click(screen.getByRole('button', { name: /Why these tags/ }))
    fireEvent.click(screen.getByRole('button', { name: 'Remove France' }))
    await waitFor(async () => expect((await db.articles.get('x'))!.countries).toEqual([]))
    fireEvent.change(screen.getByLabelText('Add topic'), { target: { value: 'economy-business-finance' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add topic' }))
    await waitFor(async () => expect((await db.articles.get('x'))!.topics).toEqual(['politics', 'economy-business-finance']))
    expect((await db.articles.get('x'))!.userTags).toEqual({ addCountries: [], removeCountries: ['FR'], addTopics: ['economy-business-finance'], removeTopics: [] })
  })

  it('adds a country typed by name and refuses an unknown one', async () => {
    await renderEditor()
    fireEvent.click(screen.getByRole('button', { name: /Why these tags/ }))
    fireEvent.change(screen.getByLabelText('Add country'), { target: { value: 'Atlantis' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add country' }))
    expect((await screen.findByRole('alert')).textContent).toContain('No country called “Atlantis”')
    fireEvent.change(screen.getByLabelText('Add country'), { target: { value: 'japan' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add country' }))
    await waitFor(async () => expect((await db.articles.get('x'))!.countries).toEqual(['FR', 'JP']))
  })
})
