// @vitest-environment jsdom
// jsdom because the reader sanitizes with DOMPurify (see sanitize.test.ts).
// The rule: an article counts as read from the moment it is shown. Pressing m then makes it unread, whether its read
// mark is still waiting (read-marks.ts) or already written.
import 'fake-indexeddb/auto'
import { act, cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { useCurrentView } from '../../../src/renderer/src/features/articles/useCurrentView'
import { ArticlesPane } from '../../../src/renderer/src/features/articles/ArticlesPane'
import { listLength } from '../../../src/renderer/src/features/articles/list-navigation'
import { useKeyboard } from '../../../src/renderer/src/features/keyboard/useKeyboard'
import { READ_MARK_QUIET_MS } from '../../../src/renderer/src/features/reader/read-marks'
import { ReaderPane } from '../../../src/renderer/src/features/reader/ReaderPane'
import { useUi } from '../../../src/renderer/src/state/ui-store'
import { addStories, dropDatabase, fakeApi, freshDb } from '../helpers/factories'
import { pressKey as key, renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
beforeEach(async () => {
  db = freshDb()
  await addStories(db, [1, 2])
  renderWith(<App />, { db, api: fakeApi().api })
  await screen.findByRole('listitem', { name: 'Story 1' })
  // The keyboard finds neighbours in the order the list publishes from an effect, which may run after the rows appear.
  await waitFor(() => expect(listLength()).toBe(2))
})
afterEach(async () => {
  cleanup()
  await dropDatabase(db)
})

function App() {
  useKeyboard(useCurrentView())
  return <><ArticlesPane /><ReaderPane /></>
}
const isRead = async (id: string) => (await db.articles.get(id))?.isRead
const pastQuietSpell = () => act(() => new Promise<void>((r) => setTimeout(r, READ_MARK_QUIET_MS + 200)))

describe('an opened article counts as read from the moment it is shown', () => {
  it('m pressed at once keeps it unread, also once the quiet spell has passed; m again marks it read', async () => {
    key('j')
    await screen.findByRole('heading', { level: 1, name: 'Story 1' })
    key('m')
    await pastQuietSpell()
    expect(await isRead('a1')).toBe(0)
    key('m')
    await waitFor(async () => expect(await isRead('a1')).toBe(1))
  })

  it('m pressed after its mark was written makes it unread too', async () => {
    key('j')
    await screen.findByRole('heading', { level: 1, name: 'Story 1' })
    await waitFor(async () => expect(await isRead('a1')).toBe(1))
    key('m')
    await waitFor(async () => expect(await isRead('a1')).toBe(0))
    await pastQuietSpell()
    expect(await isRead('a1')).toBe(0)
  })

  it('articles passed through with j are all marked read, once the reader pauses', async () => {
    key('j')
    key('j')
    await screen.findByRole('heading', { level: 1, name: 'Story 2' })
    await waitFor(async () => expect([await isRead('a1'), await isRead('a2')]).toEqual([1, 1]))
    expect(useUi.getState().selectedArticleId).toBe('a2')
  })
})
