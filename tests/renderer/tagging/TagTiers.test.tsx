// @vitest-environment happy-dom
// "Why these tags?" shows both country tiers with their words and where the tags were read from; the reader's
// moves between tiers are stored as corrections that survive a re-fetch and a re-tag.
import 'fake-indexeddb/auto'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { useLiveQuery } from 'dexie-react-hooks'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleTags, IncomingArticle, TagEvidence } from '../../../src/shared/model'
import { editArticleTags, retagArticles } from '../../../src/renderer/src/db'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import type { Feed, MeridianDb } from '../../../src/renderer/src/db/schema'
import { TagEditor } from '../../../src/renderer/src/features/tagging/TagEditor'
import { useServices } from '../../../src/renderer/src/lib/services'
import { dropDatabase, fakeApi, freshDb, makeArticle, updated } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
let feed: Feed

const evidence: TagEvidence = {
  countries: { NP: ['Nepal', 'Kathmandu (dateline)'] },
  mentions: { FR: ['French (nationality)'] },
  topics: { 'disaster-accident-emergency': ['earthquake'] },
  source: 'teaser',
}
const quake = (over: Partial<IncomingArticle> = {}) =>
  makeArticle({ id: 'q', feedId: feed.id, title: 'Quake in Nepal', countries: ['NP'], mentions: ['FR'], topics: ['disaster-accident-emergency'], tagEvidence: evidence, ...over })

beforeEach(async () => {
  db = freshDb()
  feed = await addFeed(db, 'https://news.example/feed.xml')
  await ingestFeedResult(db, updated(feed.id, feed.url, [quake()]))
})
afterEach(() => dropDatabase(db))

/** The editor over the stored article, re-read after every change as the reader pane does. */
function LiveEditor() {
  const { db: live } = useServices()
  const article = useLiveQuery(() => live.articles.get('q'), [live])
  return article ? <TagEditor article={article} /> : null
}

async function openEditor() {
  renderWith(<LiveEditor />, { db, api: fakeApi().api })
  fireEvent.click(await screen.findByRole('button', { name: /Why these tags/ }))
  return screen.getByRole('region', { name: 'Edit tags' })
}
const tier = (name: string) => within(screen.getByRole('region', { name: 'Edit tags' })).queryByRole('region', { name })
const stored = async () => (await db.articles.get('q'))!

describe('Why these tags?', () => {
  it('shows the about and also-mentioned tiers with their deciding words, and that the teaser was read', async () => {
    const region = await openEditor()
    expect(tier('About')!.textContent).toContain('Nepal because of “Nepal”, “Kathmandu (dateline)”')
    expect(tier('Also mentioned')!.textContent).toContain('France because of “French (nationality)”')
    expect(tier('Topics')!.textContent).toContain('because of “earthquake”')
    expect(region.textContent).toContain('Tagged from the feed’s teaser')
    expect(region.textContent).not.toContain('Topics are not available')
  })

  it('says when the full text was read and when the language has no topics', async () => {
    await db.articles.update('q', { topics: [], tagEvidence: { ...evidence, source: 'full-text', topicsUnavailable: true } })
    const region = await openEditor()
    expect(region.textContent).toContain('Tagged from the article’s full text.')
    expect(region.textContent).not.toContain('teaser')
    expect(region.textContent).toContain('Topics are not available in this language.')
    expect(tier('Topics')).toBeNull()
  })
})

/** The editor over a snapshot the reader still sees while the stored tags have moved on (its live query lags). */
async function openStaleEditor() {
  const snapshot = await stored()
  renderWith(<TagEditor article={snapshot} />, { db, api: fakeApi().api })
  fireEvent.click(await screen.findByRole('button', { name: /Why these tags/ }))
}

describe('a click on a snapshot the stored tags have left behind', () => {
  it('removes a country from the tier it is stored in now, not the one the reader still sees', async () => {
    await openStaleEditor() // Nepal shown in about
    await editArticleTags(db, 'q', { action: 'add', kind: 'mention', value: 'NP' }) // stored: Nepal moved to mentions
    fireEvent.click(screen.getByRole('button', { name: 'Remove Nepal' }))
    await waitFor(async () => expect((await stored()).userTags?.removeCountries).toEqual(['NP']))
    expect((await stored()).countries).toEqual([])
    expect((await stored()).mentions).toEqual(['FR'])
  })

  it('removes a mention the stored tags have moved back to about', async () => {
    await editArticleTags(db, 'q', { action: 'add', kind: 'country', value: 'FR' }) // France in about
    await editArticleTags(db, 'q', { action: 'add', kind: 'mention', value: 'FR' }) // and back to mentions
    await openStaleEditor() // France shown in mentions
    await editArticleTags(db, 'q', { action: 'add', kind: 'country', value: 'FR' }) // stored: France in about again
    fireEvent.click(screen.getByRole('button', { name: 'Remove France' }))
    await waitFor(async () => expect((await stored()).userTags?.removeCountries).toEqual(['FR']))
    expect((await stored()).countries).toEqual(['NP'])
    expect((await stored()).mentions).toEqual([])
  })
})

describe('moving a country between tiers', () => {
  it('moves a country both ways and removes one, as corrections stored on the article', async () => {
    await openEditor()
    fireEvent.click(screen.getByRole('button', { name: 'Move France to about' }))
    await waitFor(async () => expect((await stored()).countries).toEqual(['NP', 'FR']))
    expect((await stored()).mentions).toEqual([])
    await waitFor(() => expect(tier('About')!.textContent).toContain('France because of “French (nationality)”; placed here by you'))
    expect(tier('Also mentioned')).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: 'Move Nepal to also mentioned' }))
    await waitFor(async () => expect((await stored()).mentions).toEqual(['NP']))
    expect((await stored()).countries).toEqual(['FR'])

    fireEvent.click(await screen.findByRole('button', { name: 'Remove Nepal' }))
    await waitFor(async () => expect((await stored()).mentions).toEqual([]))
    expect((await stored()).countries).toEqual(['FR'])
    expect((await stored()).userTags).toMatchObject({ addCountries: ['FR'], removeCountries: ['NP'] })

    // France came from the classifier's mentions: removed from about, it leaves both tiers
    fireEvent.click(await screen.findByRole('button', { name: 'Remove France' }))
    await waitFor(async () => expect((await stored()).countries).toEqual([]))
    expect((await stored()).mentions).toEqual([])
    await waitFor(() => expect(tier('About')!.textContent).toContain('No country this story is about.'))
  })

  it('keeps the corrections through a re-fetch and a re-tag', async () => {
    await openEditor()
    fireEvent.click(screen.getByRole('button', { name: 'Move Nepal to also mentioned' }))
    await waitFor(async () => expect((await stored()).mentions).toEqual(['FR', 'NP']))
    fireEvent.click(screen.getByRole('button', { name: 'Remove France' }))
    await waitFor(async () => expect((await stored()).mentions).toEqual(['NP']))
    const expected = { countries: [], mentions: ['NP'] }

    await ingestFeedResult(db, updated(feed.id, feed.url, [quake({ title: 'Quake in Nepal, update' })]))
    expect(await stored()).toMatchObject({ title: 'Quake in Nepal, update', ...expected })

    const tags: ArticleTags = { countries: ['NP', 'IN'], mentions: ['FR'], topics: ['disaster-accident-emergency'], evidence: { ...evidence, source: 'full-text' } }
    await retagArticles(db, async (requests) => ({ version: 9, results: requests.map(() => tags) }))
    expect(await stored()).toMatchObject({ classifierVersion: 9, countries: ['IN'], mentions: ['NP'] })
    await waitFor(() => expect(tier('About')!.textContent).toContain('India'))
    expect(tier('Also mentioned')!.textContent).toContain('Nepal')
    expect(tier('Also mentioned')!.textContent).not.toContain('France')
  })
})
