// @vitest-environment jsdom
// jsdom because the body is sanitized with DOMPurify (see tests/renderer/lib/sanitize.test.ts).
// The reader's body: full text by default with a switch back, stored images as blob: URLs, and no remote
// image left in the HTML when offline or when the reader turned remote images off.
import 'fake-indexeddb/auto'
import { Blob as NodeBlob } from 'node:buffer'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { updateOfflineSettings } from '../../../src/renderer/src/db/offline/settings'
import { storeFullText } from '../../../src/renderer/src/db/offline/store-content'
import type { MeridianDb, StoredArticle } from '../../../src/renderer/src/db/schema'
import { FullTextToggle } from '../../../src/renderer/src/offline/FullTextToggle'
import { useArticleBody } from '../../../src/renderer/src/offline/useArticleBody'
import { dropDatabase, fakeApi, freshDb } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'
import { seedFeed } from './offline-helpers'

useComponentTestHygiene()
let db: MeridianDb
let urls = 0
beforeEach(() => {
  db = freshDb()
  // jsdom has no object URLs; the hook only needs distinct strings it can revoke.
  URL.createObjectURL = vi.fn(() => `blob:test/${++urls}`)
  URL.revokeObjectURL = vi.fn()
})
afterEach(async () => {
  setOnline(true)
  await dropDatabase(db)
})

function setOnline(isOnline: boolean) {
  Object.defineProperty(navigator, 'onLine', { value: isOnline, configurable: true })
  window.dispatchEvent(new Event(isOnline ? 'online' : 'offline'))
}

function Probe({ article }: { article: StoredArticle }) {
  const body = useArticleBody(article)
  return (
    <>
      <FullTextToggle body={body} />
      <div data-testid="body" dangerouslySetInnerHTML={{ __html: body.html ?? '' }} />
    </>
  )
}

async function setUp() {
  await seedFeed(db, 'https://news.example/rss', 1, () => ({
    contentHtml: '<p>FEED teaser with <img src="https://img.example/feed.png"> […]</p>',
  }))
  const fullText = {
    readerable: true,
    lang: 'ar',
    dir: 'rtl',
    contentHtml: '<p>PAGE text</p><img src="https://img.example/kept.png" srcset="https://img.example/kept-2x.png 2x"><img src="https://img.example/missing.png">',
    textContent: `PAGE text ${'more words '.repeat(50)}`,
    wordCount: 100,
  }
  const blob = new NodeBlob([new Uint8Array([1, 2, 3])], { type: 'image/png' }) as unknown as Blob
  await storeFullText(db, 'a0', 'https://news.example/a0', fullText, [{ url: 'https://img.example/kept.png', kind: 'full', blob }])
  const article = (await db.articles.get('a0'))!
  renderWith(<Probe article={article} />, { db, api: fakeApi().api })
  const body = screen.getByTestId('body')
  await waitFor(() => expect(body.innerHTML).toContain('blob:test/'))
  return body
}

const srcs = (body: HTMLElement) => Array.from(body.querySelectorAll('img')).map((i) => i.getAttribute('src'))

describe('useArticleBody', () => {
  it('shows the full text with stored images; uncached ones stay remote while online', async () => {
    const body = await setUp()
    expect(body.textContent).toContain('PAGE text')
    expect(srcs(body)).toEqual([expect.stringMatching(/^blob:test\//), 'https://img.example/missing.png'])
    expect(body.querySelector('img')?.hasAttribute('srcset')).toBe(false) // the 2x candidate would hit the web
    expect(body.querySelector('div[lang="ar"][dir="rtl"]')).not.toBeNull()
  })

  it('offline, every remote image source is removed and counted', async () => {
    const body = await setUp()
    act(() => setOnline(false))
    await waitFor(() => expect(srcs(body)).toEqual([expect.stringMatching(/^blob:/), null]))
    expect(body.innerHTML).not.toContain('https://img.example')
    expect(screen.getByText('1 image not loaded')).toBeTruthy()
  })

  it('the privacy setting blocks remote images while online too', async () => {
    const body = await setUp()
    await act(() => updateOfflineSettings(db, { loadRemoteImages: false }))
    await waitFor(() => expect(body.innerHTML).not.toContain('https://img.example'))
  })

  it('switches to the feed version and back', async () => {
    const body = await setUp()
    fireEvent.click(screen.getByRole('button', { name: 'Show feed version' }))
    await waitFor(() => expect(body.textContent).toContain('FEED teaser'))
    expect(body.textContent).not.toContain('PAGE text')
    fireEvent.click(screen.getByRole('button', { name: 'Show full article' }))
    await waitFor(() => expect(body.textContent).toContain('PAGE text'))
  })

  it('marks an article with a stored copy as used when opened, and writes nothing for one without', async () => {
    const writes: string[][] = []
    db.use({ stack: 'dbcore', name: 'count-writes', create: (down) => ({ ...down, transaction: (stores, mode, options) => (mode === 'readwrite' && writes.push([...stores]), down.transaction(stores, mode, options)) }) })
    await seedFeed(db, 'https://news.example/rss', 2)
    await storeFullText(db, 'a0', 'https://news.example/a0', { readerable: true, title: 'T', contentHtml: '<p>PAGE</p>', textContent: 'PAGE', wordCount: 1 }, [], 1000)
    const [withCopy, without] = [(await db.articles.get('a0'))!, (await db.articles.get('a1'))!]
    writes.length = 0
    const first = renderWith(<Probe article={without} />, { db, api: fakeApi().api })
    await screen.findByTestId('body')
    await new Promise((r) => setTimeout(r, 300))
    expect(writes.filter((stores) => stores.includes('offlineArticles'))).toEqual([])
    first.unmount()
    renderWith(<Probe article={withCopy} />, { db, api: fakeApi().api })
    await waitFor(async () => expect((await db.table('offlineArticles').get('a0'))?.usedAt).toBeGreaterThan(1000))
  })
})
