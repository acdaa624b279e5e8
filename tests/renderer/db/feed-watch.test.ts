// The shared feed-list watch (db/feed-watch.ts): one read per burst of feed-table commits whatever the number of
// watchers, unchanged feeds handed on as the same objects, nothing read for other tables' commits.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { latestFeeds, watchFeeds } from '../../../src/renderer/src/db/feed-watch'
import { addFeed, listFeeds, renameFeed, setFolder } from '../../../src/renderer/src/db/feeds'
import type { Feed, MeridianDb } from '../../../src/renderer/src/db/schema'
import { dropDatabase, freshDb } from '../helpers/factories'

let db: MeridianDb
let stops: Array<() => void>
beforeEach(async () => {
  db = freshDb()
  stops = []
  await db.open() // creating the database announces every table as changed: not a commit under test
})
afterEach(async () => {
  for (const stop of stops) stop()
  await dropDatabase(db)
})

/** A watcher recording every list it is given. */
function watcher() {
  const seen: Feed[][] = []
  stops.push(watchFeeds(db, (feeds) => seen.push(feeds), (err) => { throw err }))
  return seen
}

const settle = () => new Promise((r) => setTimeout(r, 600)) // past two read intervals

describe('watchFeeds', () => {
  it('reads once for all watchers and hands each the same list', async () => {
    await addFeed(db, 'https://a.example/rss')
    const reads = vi.spyOn(db.feeds, 'toArray')
    const [a, b, c] = [watcher(), watcher(), watcher()]
    await vi.waitFor(() => expect(c.length).toBe(1))
    expect(reads).toHaveBeenCalledTimes(1)
    expect(a[0]).toBe(b[0])
    expect(b[0]).toBe(c[0])
    expect(latestFeeds(db)).toBe(a[0])
    expect(a[0].map((f) => f.url)).toEqual(['https://a.example/rss'])
  })

  it('answers a burst of 30 commits with a few reads, the last one complete', async () => {
    const seen = watcher()
    await vi.waitFor(() => expect(seen.length).toBe(1))
    const reads = vi.spyOn(db.feeds, 'toArray')
    for (let i = 0; i < 30; i++) await addFeed(db, `https://f${i}.example/rss`)
    await settle()
    expect(seen.at(-1)!.length).toBe(30)
    // The oracle: a read per commit would be 30.
    expect(reads.mock.calls.length).toBeLessThanOrEqual(5)
    expect(seen.length).toBeLessThanOrEqual(6)
  })

  it('keeps unchanged feeds as the same objects and gives a changed feed its new state', async () => {
    const one = await addFeed(db, 'https://one.example/rss')
    await addFeed(db, 'https://two.example/rss')
    const seen = watcher()
    await vi.waitFor(() => expect(seen.length).toBe(1))
    await renameFeed(db, one.id, 'Renamed')
    await vi.waitFor(() => expect(seen.length).toBe(2))
    const [before, after] = seen
    const byUrl = (list: Feed[], url: string) => list.find((f) => f.url === url)!
    expect(byUrl(after, 'https://two.example/rss')).toBe(byUrl(before, 'https://two.example/rss'))
    expect(byUrl(after, 'https://one.example/rss')).not.toBe(byUrl(before, 'https://one.example/rss'))
    expect(byUrl(after, 'https://one.example/rss').customTitle).toBe('Renamed')
  })

  it('does not read for commits to other tables, nor after the last watcher stopped', async () => {
    const seen = watcher()
    await vi.waitFor(() => expect(seen.length).toBe(1))
    const reads = vi.spyOn(db.feeds, 'toArray')
    await db.labels.put({ id: 'unrelated', name: 'Unrelated', order: 0 })
    await settle()
    expect(reads).not.toHaveBeenCalled()
    stops.pop()!()
    await addFeed(db, 'https://late.example/rss')
    await settle()
    expect(reads).not.toHaveBeenCalled()
    expect(seen.length).toBe(1)
  })

  it('keeps the list in the order a fresh sort gives after renames, moves and adds', async () => {
    const feeds = []
    for (let i = 0; i < 20; i++) feeds.push(await addFeed(db, `https://s${i}.example/rss`, { title: `Site ${String(i).padStart(2, '0')}` }))
    const seen = watcher()
    await vi.waitFor(() => expect(seen.length).toBe(1))
    await renameFeed(db, feeds[3].id, 'Alpha')
    await renameFeed(db, feeds[0].id, 'Zulu')
    await setFolder(db, feeds[7].id, 'News')
    await addFeed(db, 'https://new.example/rss', { title: 'Middle' })
    await settle()
    // The oracle: a fresh read and sort of the table.
    expect(seen.at(-1)!.map((f) => f.id)).toEqual((await listFeeds(db)).map((f) => f.id))
    expect(seen.at(-1)!.slice(0, 2).map((f) => f.customTitle ?? f.title)).toEqual(['Alpha', 'Middle'])
  })
})
