import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportLibrary } from '../../../src/renderer/src/db/backup/export'
import { BackupFormatError, readBackup } from '../../../src/renderer/src/db/backup/format'
import { restoreLibrary } from '../../../src/renderer/src/db/backup/restore'
import { addFeed, setFolder, renameFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { countUnread, markRead, setUserTags, toggleStar } from '../../../src/renderer/src/db/queries'
import type { Feed, MeridianDb, StoredArticle } from '../../../src/renderer/src/db/schema'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'

const dbs: MeridianDb[] = []
const newDb = () => {
  const db = freshDb()
  dbs.push(db)
  return db
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await dropDatabase(db)
})

const CORRECTION = { addCountries: ['KE'], removeCountries: [], addTopics: [], removeTopics: [] }

/** A library: two feeds (one in a folder, one renamed), four articles, one read, one starred, one corrected. */
async function library(db: MeridianDb): Promise<Feed[]> {
  const world = await addFeed(db, 'https://world.example/rss')
  const local = await addFeed(db, 'https://local.example/rss')
  await setFolder(db, world.id, 'News')
  await renameFeed(db, local.id, 'My local paper')
  await ingestFeedResult(db, updated(world.id, world.url, [
    makeArticle({ feedId: world.id, id: `${world.id}:w1`, countries: ['FR'], topics: ['politics'] }),
    makeArticle({ feedId: world.id, id: `${world.id}:w2`, publishedAt: '2026-11-01T11:00:00.000Z' }),
  ]))
  await ingestFeedResult(db, updated(local.id, local.url, [
    makeArticle({ feedId: local.id, id: `${local.id}:l1` }),
    makeArticle({ feedId: local.id, id: `${local.id}:l2`, publishedAt: '2026-11-01T12:00:00.000Z' }),
  ]))
  await markRead(db, `${world.id}:w1`, true, 1000)
  await toggleStar(db, `${world.id}:w2`)
  await setUserTags(db, `${local.id}:l1`, CORRECTION)
  return [world, local]
}

/** What a reader would call their library: feeds by URL and the articles' state, independent of ids. */
async function snapshot(db: MeridianDb) {
  const feeds = await db.feeds.toArray()
  const urlOf = new Map(feeds.map((f) => [f.id, f.url]))
  const articles = (await db.articles.toArray()).map((a: StoredArticle) => ({
    feed: urlOf.get(a.feedId), key: a.id.slice(a.id.indexOf(':')), title: a.title, isRead: a.isRead, isStarred: a.isStarred,
    countries: [...a.countries].sort(), userTags: a.userTags,
  }))
  return {
    feeds: feeds.map((f) => ({ url: f.url, folder: f.folder, customTitle: f.customTitle })).sort((a, b) => a.url.localeCompare(b.url)),
    articles: articles.sort((a, b) => `${a.feed}${a.key}`.localeCompare(`${b.feed}${b.key}`)),
  }
}

describe('backup round trip', () => {
  let source: MeridianDb
  beforeEach(async () => {
    source = newDb()
    await library(source)
  })

  it('restores everything into an empty profile, through the file text', async () => {
    const text = JSON.stringify(await exportLibrary(source, { articles: true }))
    const target = newDb()
    const report = await restoreLibrary(target, readBackup(text))
    expect(report).toMatchObject({ feedsAdded: 2, articlesAdded: 4 })
    expect(await snapshot(target)).toEqual(await snapshot(source))
    // The lists and counters follow: the unread count is what a naive count of the articles says.
    const naive = (await target.articles.toArray()).filter((a) => !a.isRead).length
    expect(await countUnread(target)).toBe(naive)
    expect(naive).toBe(3)
  })

  it('merges into a library that has its own feeds and state, losing nothing of either', async () => {
    const target = newDb()
    const [world] = await (async () => {
      const w = await addFeed(target, 'https://world.example/rss') // the same feed, another id
      const other = await addFeed(target, 'https://other.example/rss')
      await ingestFeedResult(target, updated(w.id, w.url, [makeArticle({ feedId: w.id, id: `${w.id}:w2`, publishedAt: '2026-11-01T11:00:00.000Z' })]))
      await ingestFeedResult(target, updated(other.id, other.url, [makeArticle({ feedId: other.id, id: `${other.id}:o1` })]))
      await markRead(target, `${w.id}:w2`, true, 5000)
      return [w]
    })()
    const report = await restoreLibrary(target, readBackup(JSON.stringify(await exportLibrary(source, { articles: true }))))
    expect(report).toMatchObject({ feedsAdded: 1, feedsMerged: 1, articlesAdded: 3, statesApplied: 1 })
    const w2 = await target.articles.get(`${world.id}:w2`)
    expect(w2).toMatchObject({ isRead: 1, readAt: 5000, isStarred: 1 }) // read here, starred there: both kept
    expect(await target.articles.count()).toBe(5)
    expect((await target.feeds.get(world.id))?.folder).toBe('News') // filled in: this library had none
  })

  it('keeps the state of articles the file leaves out until their feed brings them back', async () => {
    const file = readBackup(JSON.stringify(await exportLibrary(source, { articles: false })))
    expect(file.articles.map((a) => a.isStarred || a.userTags ? 'kept' : 'other')).toEqual(['kept', 'kept'])
    const target = newDb()
    const report = await restoreLibrary(target, file)
    expect(report.statesPending).toBe(1) // w1's read mark: the article is not in the file
    const world = (await target.feeds.toArray()).find((f) => f.url === 'https://world.example/rss') as Feed
    await ingestFeedResult(target, updated(world.id, world.url, [makeArticle({ feedId: world.id, id: `${world.id}:w1`, countries: ['FR'] })]))
    expect(await target.articles.get(`${world.id}:w1`)).toMatchObject({ isRead: 1, readAt: 1000 })
    expect(await target.restoredStates.count()).toBe(0)
  })

  it('restores twice without adding anything the second time', async () => {
    const text = JSON.stringify(await exportLibrary(source, { articles: true }))
    const target = newDb()
    await restoreLibrary(target, readBackup(text))
    const first = await snapshot(target)
    const again = await restoreLibrary(target, readBackup(text))
    expect(again).toMatchObject({ feedsAdded: 0, articlesAdded: 0, statesApplied: 0, statesPending: 0 })
    expect(await snapshot(target)).toEqual(first)
  })
})

describe('readBackup', () => {
  it('refuses what is not a backup, and a backup from a newer Meridian, with a clear message', () => {
    expect(() => readBackup('not json')).toThrow(BackupFormatError)
    expect(() => readBackup('{"format":"opml"}')).toThrow(/not a Meridian backup/)
    expect(() => readBackup('{"format":"meridian-backup","version":99}')).toThrow(/newer Meridian/)
  })

  it('drops malformed entries instead of failing the whole restore', () => {
    const file = readBackup(JSON.stringify({ format: 'meridian-backup', version: 1, feeds: [{ id: 'x' }, { id: 'f', url: 'https://a.example/', title: 'A' }], articles: [{ id: 1 }], states: { read: [['a', 'x'], ['b', 5]] } }))
    expect(file.feeds).toHaveLength(1)
    expect(file.articles).toEqual([])
    expect(file.states.read).toEqual([['b', 5]])
  })
})
