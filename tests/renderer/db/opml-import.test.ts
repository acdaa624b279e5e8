// Issue 16 item 4: a large OPML file is imported in batches (one transaction per batch, not per feed), with progress
// and cancel; duplicates (in the file or already subscribed) and non-http URLs are reported, nothing else is lost.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { importOpmlFeeds } from '../../../src/renderer/src/db/opml-import'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { dropDatabase, freshDb } from '../helpers/factories'

let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(() => dropDatabase(db))

const many = (n: number) => Array.from({ length: n }, (_, i) => ({ url: `https://feeds${i % 97}.example/f/${i}.xml`, title: `Feed ${i}`, folder: i % 2 ? 'World' : undefined }))

describe('importOpmlFeeds', () => {
  it('imports thousands of feeds in a few transactions, reporting progress, duplicates and bad URLs', async () => {
    await addFeed(db, 'https://feeds0.example/f/0.xml')
    const feeds = [...many(2000), { url: 'https://feeds1.example/f/1.xml' }, { url: 'ftp://files.example/feed' }, { url: 'javascript:alert(1)' }]
    let transactions = 0
    const count = (parts: Record<string, unknown>) => Object.keys(parts).some((k) => k.startsWith(`idb://${db.name}/feeds/`)) && transactions++
    const progress: number[] = []
    Dexie.on('storagemutated', count)
    try {
      const report = await importOpmlFeeds(db, feeds, { onProgress: (p) => progress.push(p.done), batchSize: 500 })
      expect(report.added).toHaveLength(1999)
      expect(report.duplicates.sort()).toEqual(['https://feeds0.example/f/0.xml', 'https://feeds1.example/f/1.xml'])
      expect(report.invalid).toEqual(['ftp://files.example/feed', 'javascript:alert(1)'])
    } finally {
      Dexie.on('storagemutated').unsubscribe(count)
    }
    expect(transactions).toBeLessThanOrEqual(5) // 2,003 entries, 500 per batch (one per feed before: 1,999)
    expect(progress.at(-1)).toBe(feeds.length)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(await db.feeds.count()).toBe(2000)
    expect((await db.feeds.where('url').equals('https://feeds3.example/f/3.xml').first())?.folder).toBe('World')
  })

  it('grows its batches, so a 10,000-feed file takes five transactions, not twenty', async () => {
    const progress: number[] = []
    await importOpmlFeeds(db, many(10_000), { onProgress: (p) => progress.push(p.done) })
    expect(progress).toEqual([500, 1500, 3500, 7500, 10_000])
    expect(await db.feeds.count()).toBe(10_000)
  })

  it('cancelled while a batch is being written, drops that whole batch and keeps the ones before', async () => {
    const controller = new AbortController()
    const hook = () => controller.abort() // the reader cancels while the second batch's rows are being written
    let batches = 0
    const count = () => void (++batches === 1 && db.feeds.hook('creating').subscribe(hook))
    const report = await importOpmlFeeds(db, many(3000), { batchSize: 500, signal: controller.signal, onProgress: count })
    db.feeds.hook('creating').unsubscribe(hook)
    expect(report.cancelled).toBe(true)
    expect(report.added).toHaveLength(500)
    expect(await db.feeds.count()).toBe(500)
  })

  it('stops between batches when cancelled, keeping what was imported', async () => {
    const controller = new AbortController()
    const report = await importOpmlFeeds(db, many(1200), { batchSize: 500, signal: controller.signal, onProgress: (p) => p.done >= 500 && controller.abort() })
    expect(report.cancelled).toBe(true)
    expect(report.added).toHaveLength(500)
    expect(await db.feeds.count()).toBe(500)
  })
})
