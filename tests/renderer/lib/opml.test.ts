// @vitest-environment jsdom
// jsdom for DOMParser's XML mode, which the renderer uses to read OPML.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { feedsForExport, importOpmlFeeds } from '../../../src/renderer/src/db/opml-import'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { OpmlError, buildOpml, describeImport, parseOpml } from '../../../src/renderer/src/lib/opml'
import { dropDatabase, freshDb } from '../helpers/factories'

const opml = `<?xml version="1.0"?>
<opml version="2.0"><head><title>Mine</title></head><body>
  <outline text="Top" title="Top feed" type="rss" xmlUrl="https://top.example/rss"/>
  <outline text="News">
    <outline text="Europe">
      <outline text="Le Monde" xmlUrl="https://www.lemonde.fr/rss/une.xml"/>
      <outline text="Dup" xmlUrl="https://top.example/rss"/>
    </outline>
    <outline text="Wire &amp; Co" xmlUrl="https://wire.example/feed"/>
  </outline>
  <outline text="Bad" xmlUrl="ftp://nope.example/x"/>
</body></opml>`

let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(() => dropDatabase(db))

describe('parseOpml', () => {
  it('keeps nested folders as paths and titles from title or text', () => {
    expect(parseOpml(opml)).toEqual([
      { url: 'https://top.example/rss', title: 'Top feed', folder: undefined },
      { url: 'https://www.lemonde.fr/rss/une.xml', title: 'Le Monde', folder: 'News/Europe' },
      { url: 'https://top.example/rss', title: 'Dup', folder: 'News/Europe' },
      { url: 'https://wire.example/feed', title: 'Wire & Co', folder: 'News' },
      { url: 'ftp://nope.example/x', title: 'Bad', folder: undefined },
    ])
  })

  it('explains files that are not OPML', () => {
    expect(() => parseOpml('<html><body>hi')).toThrow(OpmlError)
    expect(() => parseOpml('<rss><channel/></rss>')).toThrow(/not OPML/)
  })
})

describe('OPML import and export', () => {
  it('subscribes with folders, skips duplicates (already subscribed or repeated) and reports bad addresses', async () => {
    await addFeed(db, 'https://wire.example/feed')
    const report = await importOpmlFeeds(db, parseOpml(opml))
    expect(report.added.map((f) => [f.url, f.folder, f.title])).toEqual([
      ['https://top.example/rss', undefined, 'Top feed'],
      ['https://www.lemonde.fr/rss/une.xml', 'News/Europe', 'Le Monde'],
    ])
    expect(report.duplicates).toEqual(['https://top.example/rss', 'https://wire.example/feed'])
    expect(report.invalid).toEqual(['ftp://nope.example/x'])
    expect(report.added[1].outletCountry).toBe('FR')
  })

  it('exports what it imports, folders nested again', async () => {
    await importOpmlFeeds(db, parseOpml(opml))
    const text = buildOpml(await feedsForExport(db), 'Meridian subscriptions', new Date('2026-11-29T00:00:00Z'))
    expect(text).toContain('<outline text="News" title="News">')
    expect(text).toContain('xmlUrl="https://wire.example/feed"')
    expect(text).toContain('title="Wire &amp; Co"')
    const again = parseOpml(text)
    expect(again.map((f) => [f.url, f.folder]).sort()).toEqual([
      ['https://top.example/rss', undefined],
      ['https://wire.example/feed', 'News'],
      ['https://www.lemonde.fr/rss/une.xml', 'News/Europe'],
    ])
  })

  it('writes htmlUrl and title for each feed, and importing its own export says all are already subscribed', async () => {
    await importOpmlFeeds(db, parseOpml(opml))
    const wire = (await db.feeds.toArray()).find((f) => f.url === 'https://wire.example/feed')!
    await db.feeds.update(wire.id, { siteUrl: 'https://wire.example/' })
    const text = buildOpml(await feedsForExport(db))
    expect(text).toMatch(/<outline type="rss" text="Wire &amp; Co" title="Wire &amp; Co" xmlUrl="https:\/\/wire\.example\/feed" htmlUrl="https:\/\/wire\.example\/"\/>/)
    expect(parseOpml(text).find((f) => f.url === wire.url)?.htmlUrl).toBe('https://wire.example/')
    const report = await importOpmlFeeds(db, parseOpml(text))
    expect(describeImport({ added: report.added.length, duplicates: report.duplicates.length, invalid: report.invalid.length })).toBe(
      'All 3 feeds in this file are already subscribed.',
    )
  })

  it('describes an import in plain, counted words', () => {
    expect(describeImport({ added: 1, duplicates: 80, invalid: 0 })).toBe('Subscribed to 1 feed; 80 already subscribed.')
    expect(describeImport({ added: 2, duplicates: 0, invalid: 1 })).toBe('Subscribed to 2 feeds; 1 feed skipped: not web addresses.')
    expect(describeImport({ added: 0, duplicates: 1, invalid: 0 })).toBe('The feed in this file is already subscribed.')
    expect(describeImport({ added: 0, duplicates: 0, invalid: 0 })).toBe('This file lists no feeds.')
  })
})
