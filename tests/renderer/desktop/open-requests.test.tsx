// @vitest-environment happy-dom
// What the window does with the main process's open requests (issue 21): a feed: link fills the add-feed dialog, an
// opened .opml file is imported, a notification click opens the article or the watched country, topic or feed, and
// an application-menu item runs the same action as its key.
import 'fake-indexeddb/auto'
import { act, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { useOpenRequestHandler } from '../../../src/renderer/src/desktop/useOpenRequestHandler'
import { useOpenRequests } from '../../../src/renderer/src/state/open-requests'
import { useUi } from '../../../src/renderer/src/state/ui-store'
import type { OpenRequest } from '../../../src/shared/desktop-settings'
import { dropDatabase, fakeApi, freshDb } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
const initialUi = useUi.getState()
beforeEach(() => {
  db = freshDb()
  useUi.setState(initialUi, true)
})
afterEach(() => dropDatabase(db))

function Handler() {
  useOpenRequestHandler()
  return null
}

/** Renders the handler and returns what main would call to send a request. */
function mount(): (r: OpenRequest) => void {
  const fake = fakeApi()
  let listener: ((r: OpenRequest) => void) | undefined
  vi.mocked(fake.api.onOpenRequest).mockImplementation((l) => {
    listener = l
    return () => (listener = undefined)
  })
  renderWith(<Handler />, { db, api: fake.api })
  return (r) => act(() => listener!(r))
}

describe('open requests from the main process', () => {
  it('opens the add-feed dialog with the address of a feed: link', () => {
    const send = mount()
    send({ kind: 'add-feed', url: 'https://news.example/rss' })
    expect(useUi.getState().dialog).toBe('add-feed')
    expect(useOpenRequests.getState().feedUrl).toBe('https://news.example/rss')
  })

  it('imports the feeds of an opened OPML file', async () => {
    const send = mount()
    send({ kind: 'import-opml', fileName: 'subs.opml', text: '<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" text="A" xmlUrl="https://a.example/rss"/><outline type="rss" text="B" xmlUrl="https://b.example/rss"/></body></opml>' })
    await waitFor(async () => expect((await db.feeds.toArray()).map((f) => f.url).sort()).toEqual(['https://a.example/rss', 'https://b.example/rss']))
  })

  it("opens a notification's article, or the view of its country, topic or feed with other filters cleared", () => {
    const send = mount()
    send({ kind: 'open-article', articleId: 'a1' })
    expect(useUi.getState().selectedArticleId).toBe('a1')
    act(() => useUi.getState().setFacet('topics', ['sport']))
    send({ kind: 'open-view', watchKey: 'country:SD' })
    expect(useUi.getState()).toMatchObject({ selection: { kind: 'all' }, countries: ['SD'], topics: [] })
    send({ kind: 'open-view', watchKey: 'topic:health' })
    expect(useUi.getState()).toMatchObject({ countries: [], topics: ['health'] })
    send({ kind: 'open-view', watchKey: 'feed:f-1' })
    expect(useUi.getState()).toMatchObject({ selection: { kind: 'feed', feedId: 'f-1' }, countries: [], topics: [] })
  })

  it('runs a menu action by pressing its key, and opens the settings screen', () => {
    const send = mount()
    const keys: string[] = []
    const onKey = (e: KeyboardEvent) => keys.push(`${e.shiftKey ? 'Shift+' : ''}${e.key}`)
    window.addEventListener('keydown', onKey)
    try {
      send({ kind: 'run-action', action: 'refresh' })
      send({ kind: 'run-action', action: 'not-an-action' })
    } finally {
      window.removeEventListener('keydown', onKey)
    }
    expect(keys).toEqual(['r'])
    const asked = useOpenRequests.getState().settingsAsked
    send({ kind: 'show-settings' })
    expect(useOpenRequests.getState().settingsAsked).toBe(asked + 1)
  })
})
