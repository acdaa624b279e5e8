// @vitest-environment jsdom
// The OPML import dialog (issue 16): progress while batches are written, Cancel that keeps what was written, and a
// summary naming the duplicates and the addresses that are not http(s).
import 'fake-indexeddb/auto'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../../../src/renderer/src/db/feeds'
import type { MeridianDb } from '../../../../src/renderer/src/db/schema'
import { OpmlImportDialog } from '../../../../src/renderer/src/features/opml/OpmlImportDialog'
import { OpmlImportButton } from '../../../../src/renderer/src/features/sidebar/OpmlImportButton'
import { useOpmlImport } from '../../../../src/renderer/src/state/opml-import'
import { dropDatabase, fakeApi, freshDb } from '../../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
beforeEach(() => {
  db = freshDb()
  useOpmlImport.getState().close()
})
afterEach(() => dropDatabase(db))

const opmlOf = (urls: string[]) =>
  `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>${urls.map((u, i) => `<outline type="rss" text="Feed ${i}" xmlUrl="${u}"/>`).join('')}</body></opml>`

/** The button as the sidebar shows it, and the dialog as App mounts it. */
const OpmlImport = () => (
  <>
    <OpmlImportButton />
    <OpmlImportDialog />
  </>
)

function pickFile(text: string, name = 'feeds.opml') {
  const input = screen.getByLabelText('OPML file to import')
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/x-opml' })] } })
}

describe('OPML import dialog', () => {
  it('reports added feeds, duplicates and non-http addresses, and asks for the added ones once done', async () => {
    await addFeed(db, 'https://known.example/rss')
    const fake = fakeApi()
    renderWith(<OpmlImport />, { db, api: fake.api })
    pickFile(opmlOf(['https://a.example/rss', 'https://known.example/rss', 'ftp://files.example/feed', 'https://a.example/rss', 'javascript:alert(1)', 'https://b.example/rss']))
    const dialog = await screen.findByRole('dialog', { name: 'Import OPML' })
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Subscribed to 2 feeds; 2 already subscribed; 2 feeds skipped: not web addresses.'))
    expect(within(dialog).getByRole('list', { name: /2 feeds already subscribed/ }).textContent).toBe('https://known.example/rsshttps://a.example/rss')
    expect(within(dialog).getByRole('list', { name: /2 feeds skipped/ }).textContent).toBe('ftp://files.example/feedjavascript:alert(1)')
    expect((await db.feeds.toArray()).map((f) => f.url).sort()).toEqual(['https://a.example/rss', 'https://b.example/rss', 'https://known.example/rss'])
    // Held from the schedule while the import ran, then asked for once, all together.
    const added = (await db.feeds.toArray()).filter((f) => f.url !== 'https://known.example/rss')
    expect(added.every((f) => (f.nextPollAt ?? 0) > Date.now())).toBe(true)
    await waitFor(() => expect(fake.api.refreshNow).toHaveBeenCalledTimes(1))
    expect([...fake.api.refreshNow.mock.calls[0]![0]!].sort()).toEqual(added.map((f) => f.id).sort())
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Import OPML' })).toBeNull())
  })

  it('shows progress batch by batch, and Cancel keeps the batches already written', async () => {
    const fake = fakeApi()
    renderWith(<OpmlImport />, { db, api: fake.api })
    const seen: number[] = []
    const unsubscribe = useOpmlImport.subscribe((s) => {
      if (s.status.kind !== 'running') return
      seen.push(s.status.done)
      if (s.status.done >= 500) s.cancel() // the reader presses Cancel once the first batch is in
    })
    pickFile(opmlOf(Array.from({ length: 2000 }, (_, i) => `https://f${i}.example/rss`)))
    const dialog = await screen.findByRole('dialog', { name: 'Import OPML' })
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Cancelled after 500 of 2,000 feeds. Subscribed to 500 feeds.'))
    unsubscribe()
    expect(seen).toEqual([0, 500])
    expect(await db.feeds.count()).toBe(500)
    await waitFor(() => expect(fake.api.refreshNow.mock.calls[0]![0]).toHaveLength(500))
  })

  it('the Cancel button stops an import that is running', async () => {
    const fake = fakeApi()
    renderWith(<OpmlImport />, { db, api: fake.api })
    pickFile(opmlOf(Array.from({ length: 3000 }, (_, i) => `https://g${i}.example/rss`)))
    const dialog = await screen.findByRole('dialog', { name: 'Import OPML' })
    expect(within(dialog).getByRole('progressbar', { name: 'Import progress' })).toBeTruthy()
    expect(within(dialog).getByRole('status').textContent).toMatch(/^Subscribing… \d+ of 3,000 feeds$/)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toMatch(/^Cancelled after \d+ of 3,000 feeds\./))
    const count = await db.feeds.count()
    expect(count).toBeLessThan(3000)
    expect(count % 500).toBe(0) // whole batches only: never a half-written one
  })

  it('explains a file that is not OPML', async () => {
    renderWith(<OpmlImport />, { db, api: fakeApi().api })
    pickFile('<rss><channel/></rss>', 'feed.xml')
    const dialog = await screen.findByRole('dialog', { name: 'Import OPML' })
    expect(within(dialog).getByRole('alert').textContent).toMatch(/not OPML/)
    expect(await db.feeds.count()).toBe(0)
  })
})
