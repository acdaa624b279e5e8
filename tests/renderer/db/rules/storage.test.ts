// Rules at ingest and on stored articles, hidden articles, labels and saved views, through the real database.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed, setFolder } from '../../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../../src/renderer/src/db/ingest'
import { countUnread, countUnreadByFeed, markRead, smartCounts } from '../../../../src/renderer/src/db/queries'
import type { Feed, MeridianDb } from '../../../../src/renderer/src/db/schema'
import type { View } from '../../../../src/renderer/src/db/view'
import { articleIdsOf, listHead, viewSortKeys } from '../../../../src/renderer/src/db/view-query'
import { facetCounts } from '../../../../src/renderer/src/db/facets'
import { applyRulesToStored, reconsiderHidden } from '../../../../src/renderer/src/db/rules/apply-stored'
import { deleteRule, listRules, moveRule, saveRule } from '../../../../src/renderer/src/db/rules/store'
import { previewRule } from '../../../../src/renderer/src/db/rules/preview'
import type { Rule } from '../../../../src/renderer/src/db/rules/types'
import { countHidden, showArticle } from '../../../../src/renderer/src/db/hidden'
import { deleteLabel, ensureLabel, labelCounts, setArticleLabel } from '../../../../src/renderer/src/db/labels'
import { countViewUnread, deleteSavedView, listSavedViews, moveSavedView, renameSavedView, saveView, type SavedViewState } from '../../../../src/renderer/src/db/saved-views'
import { dropDatabase, freshDb, makeArticle, updated } from '../../helpers/factories'

let db: MeridianDb
let feed: Feed
const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}T09:00:00.000Z`
const all: View = { scope: { kind: 'all' } }
const keys = async (v: View) => articleIdsOf(await viewSortKeys(db, v))
const mute = (word: string, over: Partial<Rule> = {}): Rule => ({
  id: `mute-${word}`, name: `Mute ${word}`, order: 1, isEnabled: true, match: 'all', isMute: true,
  conditions: [{ kind: 'text', fields: ['title', 'summary'], mode: 'words', value: word }], actions: [{ kind: 'hide' }], ...over,
})
const stories = () => [
  makeArticle({ feedId: feed.id, id: 'a1', title: 'Celebrity wedding news', publishedAt: day(1), countries: ['FR'] }),
  makeArticle({ feedId: feed.id, id: 'a2', title: 'Election results', publishedAt: day(2), countries: ['FR'], topics: ['politics'] }),
  makeArticle({ feedId: feed.id, id: 'a3', title: 'Another celebrity', publishedAt: day(3), countries: ['DE'] }),
]

beforeEach(async () => {
  db = freshDb()
  feed = await addFeed(db, 'https://www.lemonde.fr/rss')
})
afterEach(() => dropDatabase(db))

describe('a mute rule at ingest', () => {
  beforeEach(async () => {
    await saveRule(db, mute('celebrity'))
    await ingestFeedResult(db, updated(feed.id, feed.url, stories()))
  })

  it('hides the matching articles from every list and count, and keeps them stored', async () => {
    expect(await keys(all)).toEqual(['a2'])
    expect(await keys({ scope: { kind: 'all' }, countries: ['FR'] })).toEqual(['a2'])
    expect(await keys({ scope: { kind: 'feed', feedId: feed.id } })).toEqual(['a2'])
    expect(await countUnread(db)).toBe(1)
    expect((await countUnreadByFeed(db, [feed.id])).get(feed.id)).toBe(1)
    expect((await smartCounts(db, day(0))).all).toBe(1)
    expect((await facetCounts(db, all)).countries).toEqual(new Map([['FR', 1]]))
    expect(await countHidden(db)).toBe(2)
    expect((await db.articles.get('a1'))?.isHidden).toBe(1)
  })

  it('"Show hidden" lists them again within the view, still uncounted', async () => {
    expect(await keys({ ...all, showHidden: true })).toEqual(['a3', 'a2', 'a1'])
    expect(await keys({ scope: { kind: 'all' }, countries: ['FR'], showHidden: true })).toEqual(['a2', 'a1'])
    expect(await keys({ scope: { kind: 'all' }, unreadOnly: true, countries: ['DE'], showHidden: true })).toEqual(['a3'])
    const head = await listHead(db, { ...all, showHidden: true }, 2, 10)
    expect(head.rows.map((a) => a.id)).toEqual(['a3', 'a2'])
    expect((await facetCounts(db, { ...all, showHidden: true })).countries).toEqual(new Map([['FR', 1]]))
  })

  it('keeps an article hidden when the feed lists it again', async () => {
    await ingestFeedResult(db, updated(feed.id, feed.url, stories().map((a) => ({ ...a, summary: 'changed' }))))
    expect(await keys(all)).toEqual(['a2'])
  })

  it('shows an article again for good when the reader asks', async () => {
    await showArticle(db, 'a1')
    expect(await keys(all)).toEqual(['a2', 'a1'])
    await applyRulesToStored(db)
    expect(await keys(all)).toEqual(['a2', 'a1'])
    expect(await countUnread(db)).toBe(2)
  })

  it('brings the articles back when the mute word is removed', async () => {
    await deleteRule(db, 'mute-celebrity')
    expect(await reconsiderHidden(db)).toBe(2)
    expect(await keys(all)).toEqual(['a3', 'a2', 'a1'])
    expect(await countHidden(db)).toBe(0)
    expect(await countUnread(db)).toBe(3)
  })
})

describe('rules on stored articles', () => {
  beforeEach(() => ingestFeedResult(db, updated(feed.id, feed.url, stories())))

  it('hides, marks read, stars, labels and highlights what they match', async () => {
    const label = await ensureLabel(db, 'Politics watch')
    await saveRule(db, { id: 'p', name: 'p', isEnabled: true, match: 'any', conditions: [{ kind: 'topics', topics: ['politics'] }], actions: [{ kind: 'star' }, { kind: 'label', labelId: label.id }, { kind: 'highlight' }] })
    await saveRule(db, { id: 'd', name: 'd', isEnabled: true, match: 'all', conditions: [{ kind: 'countries', countries: ['DE'] }], actions: [{ kind: 'markRead' }] })
    expect(await applyRulesToStored(db, undefined, { batch: 2 })).toEqual({ scanned: 3, changed: 2 })
    const a2 = await db.articles.get('a2')
    expect([a2?.isStarred, a2?.labels, a2?.isHighlighted]).toEqual([1, [label.id], 1])
    expect((await db.articles.get('a3'))?.isRead).toBe(1)
    expect(await keys({ scope: { kind: 'label', labelId: label.id } })).toEqual(['a2'])
    expect(await keys({ scope: { kind: 'starred' } })).toEqual(['a2'])
    expect(await countUnread(db)).toBe(2)
  })

  it('a disabled rule does nothing', async () => {
    await saveRule(db, { ...mute('celebrity'), isEnabled: false })
    expect((await applyRulesToStored(db)).changed).toBe(0)
  })

  it('previews the count and the newest matches while the rule is typed', async () => {
    const preview = await previewRule(db, mute('celebrity'), { chunk: 2 })
    expect([preview.matches, preview.scanned, preview.isDone]).toEqual([2, 3, true])
    expect(preview.first.map((a) => a.id)).toEqual(['a3', 'a1'])
    const bad = await previewRule(db, { ...mute('x'), conditions: [{ kind: 'text', fields: ['title'], mode: 'regex', value: '(?<=a)b' }] })
    expect(bad.errors.length).toBe(1)
  })

  it('keeps the run order, and moves a rule', async () => {
    await saveRule(db, mute('a'))
    await saveRule(db, mute('b'))
    await saveRule(db, mute('c'))
    expect((await listRules(db)).map((r) => r.id)).toEqual(['mute-a', 'mute-b', 'mute-c'])
    await moveRule(db, 'mute-c', -1)
    expect((await listRules(db)).map((r) => r.id)).toEqual(['mute-a', 'mute-c', 'mute-b'])
  })

  it('refuses a malformed rule', async () => {
    await expect(saveRule(db, { ...mute('x'), match: 'maybe' as never })).rejects.toThrow(/match/)
  })
})

describe('rules at ingest', () => {
  it('match folders and report notify hits for new articles only', async () => {
    await setFolder(db, feed.id, 'News/Europe')
    await saveRule(db, { id: 'n', name: 'Europe news', isEnabled: true, match: 'all', conditions: [{ kind: 'folder', folder: 'News' }], actions: [{ kind: 'notify' }] })
    const first = await ingestFeedResult(db, updated(feed.id, feed.url, stories().slice(0, 1)))
    expect(first.ruleHits).toEqual([{ ruleId: 'n', ruleName: 'Europe news', articleId: 'a1', title: 'Celebrity wedding news' }])
    const again = await ingestFeedResult(db, updated(feed.id, feed.url, stories().slice(0, 1)))
    expect(again.ruleHits).toEqual([])
  })
})

describe('labels', () => {
  beforeEach(() => ingestFeedResult(db, updated(feed.id, feed.url, stories())))

  it('are added and removed by hand, counted, and deleted from articles and rules', async () => {
    const l = await ensureLabel(db, 'Later')
    expect((await ensureLabel(db, 'later')).id).toBe(l.id)
    await setArticleLabel(db, 'a1', l.id, true)
    await setArticleLabel(db, 'a3', l.id, true)
    await markRead(db, 'a3', true)
    expect(await keys({ scope: { kind: 'label', labelId: l.id } })).toEqual(['a3', 'a1'])
    expect(await keys({ scope: { kind: 'label', labelId: l.id }, unreadOnly: true })).toEqual(['a1'])
    expect((await labelCounts(db, [l.id])).get(l.id)).toEqual({ total: 2, unread: 1 })
    await setArticleLabel(db, 'a1', l.id, false)
    expect((await labelCounts(db, [l.id])).get(l.id)).toEqual({ total: 1, unread: 0 })
    await saveRule(db, { id: 'x', name: 'x', isEnabled: true, match: 'all', conditions: [{ kind: 'feed', feedIds: [feed.id] }], actions: [{ kind: 'label', labelId: l.id }, { kind: 'star' }] })
    await deleteLabel(db, l.id)
    expect((await db.articles.get('a3'))?.labels).toBeUndefined()
    expect((await listRules(db))[0].actions).toEqual([{ kind: 'star' }])
    expect(await db.labels.count()).toBe(0)
  })
})

describe('saved views', () => {
  const state = (over: Partial<SavedViewState> = {}): SavedViewState => ({
    selection: { kind: 'all' }, countries: [], topics: [], outlets: [], outletMode: 'include', includeMentions: false, unreadOnly: false, order: 'newest', query: '', ...over,
  })

  it('are kept in order, renamed, moved and deleted', async () => {
    const a = await saveView(db, 'France', state({ countries: ['FR'] }))
    const b = await saveView(db, 'Elections', state({ query: 'election' }))
    await renameSavedView(db, a.id, 'France only')
    await moveSavedView(db, b.id, -1)
    expect((await listSavedViews(db)).map((v) => v.name)).toEqual(['Elections', 'France only'])
    await deleteSavedView(db, b.id)
    expect((await listSavedViews(db)).map((v) => v.state.countries)).toEqual([['FR']])
  })

  it('count their unread articles, hidden ones excluded, with search words too', async () => {
    await ingestFeedResult(db, updated(feed.id, feed.url, stories()))
    await markRead(db, 'a2', true)
    expect(await countViewUnread(db, all)).toBe(2)
    expect(await countViewUnread(db, { scope: { kind: 'all' }, countries: ['FR'] })).toBe(1)
    expect(await countViewUnread(db, { scope: { kind: 'all' }, countries: ['FR'], topics: ['politics'] })).toBe(0)
    expect(await countViewUnread(db, all, 'celebrity')).toBe(2)
    await saveRule(db, mute('wedding'))
    await applyRulesToStored(db)
    expect(await countViewUnread(db, all)).toBe(1)
    expect(await countViewUnread(db, { scope: { kind: 'all' }, countries: ['FR'] })).toBe(0)
    expect(await countViewUnread(db, all, 'celebrity')).toBe(1)
  })
})
