// Backup format 2: rules, saved views and labels travel with the library, and their ids follow the restoring
// library's own (a feed it already had, a label of the same name).
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { exportLibrary } from '../../../src/renderer/src/db/backup/export'
import { readBackup } from '../../../src/renderer/src/db/backup/format'
import { restoreLibrary } from '../../../src/renderer/src/db/backup/restore'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { ensureLabel, setArticleLabel } from '../../../src/renderer/src/db/labels'
import { saveRule } from '../../../src/renderer/src/db/rules/store'
import { saveView } from '../../../src/renderer/src/db/saved-views'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
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

const VIEW_STATE = { countries: ['SD'], topics: [], outlets: [], outletMode: 'include' as const, includeMentions: false, unreadOnly: true, order: 'newest' as const, query: '' }

describe('backup of rules, saved views and labels', () => {
  it('restores them with the restoring library\'s feed and label ids', async () => {
    const source = newDb()
    const feed = await addFeed(source, 'https://wire.example/rss')
    const label = await ensureLabel(source, 'Follow up')
    await ingestFeedResult(source, updated(feed.id, feed.url, [makeArticle({ feedId: feed.id, id: `${feed.id}:a1`, title: 'Ceasefire talks' })]))
    await setArticleLabel(source, `${feed.id}:a1`, label.id, true)
    await saveRule(source, { id: 'r1', name: 'Label wire sport', isEnabled: true, match: 'all', conditions: [{ kind: 'feed', feedIds: [feed.id] }, { kind: 'topics', topics: ['sport'] }], actions: [{ kind: 'label', labelId: label.id }] })
    await saveView(source, 'Sudan, unread', { ...VIEW_STATE, selection: { kind: 'feed', feedId: feed.id } })
    const file = readBackup(JSON.stringify(await exportLibrary(source, { articles: false })))
    expect(file.version).toBe(2)

    // The restoring library already has the feed and a label of the same name, under other ids.
    const target = newDb()
    const mine = await addFeed(target, 'https://wire.example/rss')
    const myLabel = await ensureLabel(target, 'follow up')
    const report = await restoreLibrary(target, file)
    expect(report).toMatchObject({ rulesAdded: 1, savedViewsAdded: 1, labelsAdded: 0, articlesAdded: 1 })
    const [rule] = await target.rules.toArray()
    expect(rule.conditions[0]).toEqual({ kind: 'feed', feedIds: [mine.id] })
    expect(rule.actions).toEqual([{ kind: 'label', labelId: myLabel.id }])
    const [view] = await target.savedViews.toArray()
    expect(view.state.selection).toEqual({ kind: 'feed', feedId: mine.id })
    expect((await target.articles.get(`${mine.id}:a1`))?.labels).toEqual([myLabel.id])
    // The label's list holds the article: its list row was written with the article.
    const inLabel = await target.lists.where('k').between([`l:${myLabel.id}`, ''], [`l:${myLabel.id}`, '\uffff']).count()
    expect(inLabel).toBe(1)
  })

  it('reads a format-1 file as having no rules, views or labels', () => {
    const file = readBackup(JSON.stringify({ format: 'meridian-backup', version: 1, feeds: [], states: { read: [], starred: [], userTags: {} } }))
    expect(file).toMatchObject({ version: 2, rules: [], savedViews: [], labels: [], states: { labels: {}, shown: [] } })
  })
})
