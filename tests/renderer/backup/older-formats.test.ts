// Backup files of every released format restore into today's database (tests/fixtures/backup/README.md).
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readBackup } from '../../../src/renderer/src/db/backup/format'
import { restoreLibrary } from '../../../src/renderer/src/db/backup/restore'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'

const FIXTURES = join(__dirname, '../../fixtures/backup')
let db: MeridianDb
afterEach(() => dropDatabase(db))

describe('format 1 (2026-12-06)', () => {
  it('restores its feed, starred and corrected article, settings, and the read mark once the article returns', async () => {
    db = freshDb()
    const file = readBackup(readFileSync(join(FIXTURES, 'v1-2026-12-06.json'), 'utf8'))
    expect(file.settings.local['meridian.story-settings']).toContain('"readStoryTogether":true')
    const report = await restoreLibrary(db, file)
    expect(report).toMatchObject({ feedsAdded: 1, articlesAdded: 1, statesPending: 1 })
    const [feed] = await db.feeds.toArray()
    expect(feed).toMatchObject({ url: 'https://world.example/rss', folder: 'News' })
    const starred = await db.articles.get(`${feed.id}:starred`)
    expect(starred).toMatchObject({ isStarred: 1, title: 'Kept because starred' })
    expect([...(starred?.countries ?? [])].sort()).toEqual(['FR', 'KE'])
    await ingestFeedResult(db, updated(feed.id, feed.url, [makeArticle({ feedId: feed.id, id: `${feed.id}:read` })]))
    expect(await db.articles.get(`${feed.id}:read`)).toMatchObject({ isRead: 1, readAt: 1700000000000 })
  })
})
