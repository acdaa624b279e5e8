import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { articleTables, writeArticles, type ArticleChange } from '../../../src/renderer/src/db/article-tags'
import { addFeed, removeFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { markRead, toggleStar } from '../../../src/renderer/src/db/queries'
import { editArticleTags } from '../../../src/renderer/src/db/user-tags'
import { runDataMigrations } from '../../../src/renderer/src/db/data-migrations'
import { COUNTRY_POSTINGS_STEP } from '../../../src/renderer/src/db/migrations/data-steps'
import { openDatabase, type Feed, type MeridianDb } from '../../../src/renderer/src/db/schema'
import { searchArticles } from '../../../src/renderer/src/db/search'
import { indexAllPending } from '../../../src/renderer/src/db/search-indexer'
import type { View } from '../../../src/renderer/src/db/view'
import { articleIdsOf } from '../../../src/renderer/src/db/view-query'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'
import { createAt, derived, rebuilt } from './released-schemas'

let db: MeridianDb
let fr: Feed
let uk: Feed
const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}T09:00:00.000Z`
const all: View = { scope: { kind: 'all' } }
/** The hits, checked to be the same whichever plan finds them, and the same once the queued search rows are indexed
 *  (search-indexer.ts): writes leave them queued, so the first search reads the queue, the second the index. */
const find = async (query: string, view: View = all, limit = 50) => {
  const chosen = articleIdsOf((await searchArticles(db, query, { view, limit })).keys)
  for (const plan of ['view', 'term', 'prefix', 'join'] as const) {
    expect(articleIdsOf((await searchArticles(db, query, { view, limit, plan })).keys), `${query} by ${plan}`).toEqual(chosen)
  }
  await indexAllPending(db)
  expect([await db.searchQueue.count(), await db.searchPending.count()]).toEqual([0, 0])
  for (const plan of [undefined, 'view', 'term', 'prefix', 'join'] as const) {
    expect(articleIdsOf((await searchArticles(db, query, { view, limit, plan })).keys), `${query} by ${plan ?? 'choice'}, indexed`).toEqual(chosen)
  }
  return chosen
}

beforeEach(async () => {
  db = freshDb()
  fr = await addFeed(db, 'https://www.lemonde.fr/rss')
  uk = await addFeed(db, 'https://feeds.bbc.co.uk/news')
  await ingestFeedResult(db, updated(fr.id, fr.url, [
    makeArticle({ feedId: fr.id, id: 'f1', publishedAt: day(1), title: "L'élection présidentielle", summary: 'Le second tour aura lieu dimanche.', countries: ['FR'], topics: ['politics'] }),
    makeArticle({ feedId: fr.id, id: 'f2', publishedAt: day(5), title: "L'inflation recule", summary: 'Les prix baissent en France.', countries: ['FR'], topics: ['economy-business-finance'] }),
    makeArticle({ feedId: fr.id, id: 'f3', publishedAt: day(3), title: 'Séisme au Japon', summary: '東京で地震が発生した。', countries: ['JP'], topics: ['disaster-accident-emergency'] }),
  ]))
  await ingestFeedResult(db, updated(uk.id, uk.url, [
    makeArticle({ feedId: uk.id, id: 'u1', publishedAt: day(4), title: 'Inflation falls in France', summary: 'Prices fell for a third month.', countries: ['FR'], topics: ['economy-business-finance'] }),
    makeArticle({ feedId: uk.id, id: 'u2', publishedAt: day(2), title: 'Election night', summary: 'Inflationary pressure dominated the election.', countries: ['US'], topics: ['politics'] }),
    makeArticle({ feedId: uk.id, id: 'u3', publishedAt: day(6), title: 'Выборы в России', summary: 'Итоги голосования.', countries: ['RU'], topics: ['politics'] }),
  ]))
})
afterEach(() => dropDatabase(db))

/** One writeArticles call in its own transaction, as every article write in the app is made. */
async function writeThrough(changes: () => Promise<ArticleChange[]>): Promise<void> {
  await db.transaction('rw', articleTables(db), async () => writeArticles(db, await changes()))
}

describe('searchArticles', () => {
  it('finds every word, case- and accent-insensitive, newest first', async () => {
    expect(await find('ELECTION')).toEqual(['u2', 'f1'])
    expect(await find('inflation france')).toEqual(['f2', 'u1'])
    expect(await find('inflation recule')).toEqual(['f2'])
    expect(await find('zqxjv')).toEqual([])
  })

  it('matches the last word as a prefix while it is typed', async () => {
    expect(await find('infl')).toEqual(['f2', 'u1', 'u2']) // inflation, inflationary
    expect(await find('inflation ')).toEqual(['f2', 'u1'])
    expect(await find('pri')).toEqual(['f2', 'u1']) // prix, prices; not présidentielle
    expect(await find('pr')).toEqual(['f2', 'u1', 'u2', 'f1'])
  })

  it('finds non-Latin words and Chinese/Japanese by bigrams', async () => {
    expect(await find('выборы')).toEqual(['u3'])
    expect(await find('地震')).toEqual(['f3'])
    expect(await find('東京')).toEqual(['f3'])
    expect(await find('地')).toEqual(['f3'])
    expect(await find('京都')).toEqual([])
  })

  it('searches within the view: feed, facets, unread, starred', async () => {
    expect(await find('inflation ', { scope: { kind: 'feed', feedId: uk.id } })).toEqual(['u1'])
    expect(await find('election', { ...all, countries: ['US'] })).toEqual(['u2'])
    expect(await find('infl', { ...all, topics: ['economy-business-finance'], outlets: ['GB'] })).toEqual(['u1'])
    await markRead(db, 'u1', true)
    expect(await find('inflation ', { scope: { kind: 'unread' } })).toEqual(['f2'])
    expect(await find('inflation ', { ...all, unreadOnly: true, countries: ['FR'] })).toEqual(['f2'])
    await toggleStar(db, 'u2')
    expect(await find('election', { scope: { kind: 'starred' } })).toEqual(['u2'])
    expect(await find('election', { scope: { kind: 'folder', feedIds: [] } })).toEqual([])
  })

  it('pages with after, and says when more follow', async () => {
    for (const plan of ['view', 'prefix'] as const) {
      const p1 = await searchArticles(db, 'pr', { view: all, limit: 3, plan })
      const p2 = await searchArticles(db, 'pr', { view: all, limit: 3, plan, after: p1.keys[2] })
      expect(articleIdsOf([...p1.keys, ...p2.keys])).toEqual(['f2', 'u1', 'u2', 'f1'])
    }
    const first = await searchArticles(db, 'pr', { view: all, limit: 2 })
    expect(articleIdsOf(first.keys)).toEqual(['f2', 'u1'])
    expect(first.hasMore).toBe(true)
    const next = await searchArticles(db, 'pr', { view: all, limit: 2, after: first.keys[1] })
    expect(articleIdsOf(next.keys)).toEqual(['u2', 'f1'])
    expect(next.hasMore).toBe(false)
    const exact = await searchArticles(db, 'inflation ', { view: all, limit: 1 })
    expect(articleIdsOf((await searchArticles(db, 'inflation ', { view: all, limit: 5, after: exact.keys[0] })).keys)).toEqual(['u1'])
  })

  it('pages through more hits than one index batch, many of them at the same time', async () => {
    const many = Array.from({ length: 450 }, (_, i) =>
      makeArticle({ feedId: fr.id, id: `m${String(i).padStart(3, '0')}`, publishedAt: i % 3 ? day(9) : day(8), title: `Marché ${i}`, summary: 'Les marchés montent' }),
    )
    await ingestFeedResult(db, updated(fr.id, fr.url, many))
    const expected = [...many].sort((a, b) => (`${b.publishedAt}|${b.id}` < `${a.publishedAt}|${a.id}` ? -1 : 1)).map((a) => a.id)
    const pages = async (plan: 'term' | 'view', limit: number) => {
      const seen: string[] = []
      let after: string | undefined
      for (;;) {
        const page = await searchArticles(db, 'marche ', { view: all, limit, after, plan })
        seen.push(...articleIdsOf(page.keys))
        if (!page.hasMore) break
        after = page.keys[page.keys.length - 1]
      }
      return seen
    }
    for (const plan of ['term', 'view'] as const) expect(await pages(plan, 120), plan).toEqual(expected)
    // Indexed 7 articles a batch (both days in each): each day of 'marche' is then ~65 posting records, more than
    // the first reads take.
    await indexAllPending(db, 7)
    expect(await db.postings.where(':id').between('marche\u0001', 'marche\u0001\uffff').count()).toBeGreaterThan(120)
    for (const limit of [120, 7]) for (const plan of ['term', 'view'] as const) expect(await pages(plan, limit), `${plan}, indexed, ${limit} a page`).toEqual(expected)
  })

  it('checks hits against a view by one range read, or hit by hit when the window between them is large', async () => {
    // 300 French articles a minute apart; 'zephyr' in the newest, the oldest and one German article between them.
    const minute = (i: number) => new Date(Date.parse(day(20)) - i * 60_000).toISOString()
    const rows = Array.from({ length: 300 }, (_, i) =>
      makeArticle({ feedId: fr.id, id: `w${String(i).padStart(3, '0')}`, publishedAt: minute(i), title: i === 0 || i === 299 ? 'Zephyr over Paris' : `Paris ${i}`, countries: ['FR'], topics: i % 2 ? ['politics'] : ['sport'] }),
    )
    await ingestFeedResult(db, updated(fr.id, fr.url, rows))
    await ingestFeedResult(db, updated(uk.id, uk.url, [makeArticle({ feedId: uk.id, id: 'wde', publishedAt: minute(150), title: 'Zephyr over Berlin', countries: ['DE'], topics: ['politics'] })]))
    const search = async (view: View) => articleIdsOf((await searchArticles(db, 'zephyr', { view, limit: 50, plan: 'term' })).keys)
    // Two hits 299 rows apart: more than the window bound (256), so each hit is checked on its own row.
    expect(await search({ scope: { kind: 'all' }, countries: ['FR'] })).toEqual(['w000', 'w299'])
    expect(await search({ scope: { kind: 'all' }, countries: ['DE'] })).toEqual(['wde'])
    // With a second group the driving rows are tested on their membership: w299 is about politics, w000 sport.
    expect(await search({ scope: { kind: 'all' }, countries: ['FR'], topics: ['politics'] })).toEqual(['w299'])
    // A narrow window: 'paris' drives (the prefix '1' covers too many words), its newest hits are a few rows apart.
    const near = articleIdsOf((await searchArticles(db, 'paris 1', { view: { scope: { kind: 'all' }, countries: ['FR'], topics: ['sport'] }, limit: 5, plan: 'term' })).keys)
    expect(near).toEqual(['w010', 'w012', 'w014', 'w016', 'w018'])
  })

  it('reads the view instead of the index when a prefix covers too many words', async () => {
    const words = Array.from({ length: 30 }, (_, i) => `zeta${String.fromCharCode(97 + (i % 26))}${i}`)
    await ingestFeedResult(db, updated(uk.id, uk.url, words.map((w, i) => makeArticle({ feedId: uk.id, id: `z${i}`, publishedAt: day(10 + (i % 9)), title: w, summary: '' }))))
    const hits = await find('zet')
    expect(hits).toHaveLength(30)
    expect(await find('zeta ')).toEqual([])
    expect(await find('zetab1')).toEqual(['z1'])
  })

  it('keeps the index in step with every article write: re-ingest, delete, feed removal', async () => {
    await ingestFeedResult(db, updated(uk.id, uk.url, [
      makeArticle({ feedId: uk.id, id: 'u1', publishedAt: day(7), title: 'Deflation fears in France', summary: 'Prices fell again.', countries: ['FR'] }),
    ]))
    expect((await db.search.get('u1'))?.t).toBe(day(7)) // its row is rewritten at once, queued for posting
    expect(await find('inflation ')).toEqual(['f2'])
    expect(await find('deflation')).toEqual(['u1'])
    await writeThrough(async () => [{ before: await db.articles.get('f2') }])
    expect(await find('inflation ')).toEqual([])
    await removeFeed(db, uk.id)
    expect(await find('deflation')).toEqual([])
    expect(await db.search.count()).toBe(await db.articles.count())
    await writeThrough(async () => {
      const before = (await db.articles.get('f1'))!
      return [{ before, after: { ...before, title: 'Queued then deleted' } }]
    })
    expect((await db.searchQueue.toArray()).flatMap((q) => q.ids)).toEqual(['f1'])
    await writeThrough(async () => [{ before: await db.articles.get('f1') }])
    expect(await db.search.count()).toBe(await db.articles.count())
    expect(await find('queued ')).toEqual([]) // its queued id finds no row
    expect(await db.searchQueue.count()).toBe(0)
  })

  it('finds an article once, at its time, whatever older posting lists still hold (re-dated, re-worded, deleted)', async () => {
    const rewrite = async (n: number, title: string) => {
      await ingestFeedResult(db, updated(uk.id, uk.url, [makeArticle({ feedId: uk.id, id: 'u1', publishedAt: day(n), title, summary: '', countries: ['FR'] })]))
      await indexAllPending(db)
    }
    await indexAllPending(db)
    await rewrite(7, 'France votes') // re-dated, keeping the word
    await rewrite(8, 'Germany votes') // re-dated, without it
    await rewrite(8, 'France votes again') // the word back, at the same time: a second posting of the same hit
    const fr: View = { ...all, countries: ['FR'] }
    for (const view of [all, fr]) {
      expect((await searchArticles(db, 'france ', { view, limit: 50 })).keys).toEqual([`${day(8)}|u1`, `${day(5)}|f2`])
      expect(await find('france ', view)).toEqual(['u1', 'f2'])
      expect(await find('votes ', view)).toEqual(['u1'])
      expect(await find('germany', view)).toEqual([])
    }
    await writeThrough(async () => [{ before: await db.articles.get('u1') }])
    expect(await find('france ')).toEqual(['f2'])
  })

  it('within a country, follows the articles moved in or out of it (tag corrections), indexed or not', async () => {
    const fr: View = { ...all, countries: ['FR'] }
    const de: View = { ...all, countries: ['DE'] }
    await indexAllPending(db)
    expect(await find('inflation ', fr)).toEqual(['f2', 'u1'])
    await editArticleTags(db, 'u1', { action: 'remove', kind: 'country', value: 'FR' })
    await editArticleTags(db, 'u1', { action: 'add', kind: 'country', value: 'DE' })
    await editArticleTags(db, 'u2', { action: 'add', kind: 'country', value: 'FR' })
    // Queued by the corrections: found before the indexer posts them, and after (find indexes them).
    expect(await find('inflation ', fr)).toEqual(['f2'])
    expect(await find('infl', fr)).toEqual(['f2', 'u2'])
    expect(await find('inflation ', de)).toEqual(['u1'])
    expect(await find('election ', { ...all, countries: ['FR', 'DE'] })).toEqual(['u2', 'f1'])
    // A topic correction leaves the forward row as it was.
    const before = await db.search.get('u1')
    await editArticleTags(db, 'u1', { action: 'add', kind: 'topic', value: 'politics' })
    expect(await db.search.get('u1')).toEqual(before)
    expect(await db.searchQueue.count()).toBe(0)
  })

  it('posts countries changed alone (a re-tag) from the queue, leaving the forward rows as they were', async () => {
    const fr: View = { ...all, countries: ['FR'] }
    const de: View = { ...all, countries: ['DE'] }
    await indexAllPending(db)
    const forward = await db.search.toArray()
    const retag = (id: string, countries: string[]) => async () => {
      const before = (await db.articles.get(id))!
      return [{ before, after: { ...before, countries, classified: { ...before.classified, countries } } }]
    }
    await writeThrough(retag('u1', ['DE']))
    await writeThrough(retag('u2', ['US', 'FR']))
    expect(await db.search.toArray()).toEqual(forward)
    expect((await db.searchQueue.toArray()).map((q) => [q.ids, q.c])).toEqual([[[], [[`${day(4)}|u1`, ['\u0002DE']]]], [[], [[`${day(2)}|u2`, ['\u0002FR']]]]])
    // Found while queued, after the indexer posted them one article a batch (a queue row put back with the rest),
    // and wherever the forward row's stale country tokens would place them.
    expect(await indexAllPending(db, 1)).toBe(2)
    await writeThrough(retag('u2', ['US']))
    await writeThrough(retag('u2', ['US', 'FR']))
    expect(await find('inflation ', fr)).toEqual(['f2'])
    expect(await find('infl', fr)).toEqual(['f2', 'u2'])
    expect(await find('inflation ', de)).toEqual(['u1'])
    expect(await find('election ', de)).toEqual([])
    expect(await find('election ', { ...all, countries: ['FR', 'US'] })).toEqual(['u2', 'f1'])
    expect(await db.search.toArray()).toEqual(forward)
  })

  it('writes no search row for a read mark or a star, and rewrites it when the title changes', async () => {
    const searchWrites: string[] = []
    const onMutated = (parts: Record<string, unknown>) => {
      for (const k of Object.keys(parts)) if (k.startsWith(`idb://${db.name}/search`)) searchWrites.push(k) // the index and its queue
    }
    Dexie.on('storagemutated', onMutated)
    try {
      await markRead(db, 'u1', true)
      await toggleStar(db, 'u1')
      expect(searchWrites).toEqual([])
      await ingestFeedResult(db, updated(uk.id, uk.url, [makeArticle({ feedId: uk.id, id: 'u1', publishedAt: day(4), title: 'Deflation fears', summary: '' })]))
      expect(searchWrites.length).toBeGreaterThan(0)
      expect(await find('deflation')).toEqual(['u1'])
    } finally {
      Dexie.on('storagemutated').unsubscribe(onMutated)
    }
  })

  it("keeps a new article's queued row its current one until the indexer writes it: re-worded, deleted, re-added", async () => {
    const ids = async (query: string) => articleIdsOf((await searchArticles(db, query, { view: all, limit: 50 })).keys)
    // Every change here comes before the indexer runs: the rows of the beforeEach's articles are still queued.
    await ingestFeedResult(db, updated(uk.id, uk.url, [makeArticle({ feedId: uk.id, id: 'u1', publishedAt: day(4), title: 'Deflation fears', summary: '' })]))
    await removeFeed(db, fr.id)
    const again = await addFeed(db, 'https://www.lemonde.fr/rss')
    await ingestFeedResult(db, updated(again.id, again.url, [makeArticle({ feedId: again.id, id: 'f1', publishedAt: day(1), title: 'Le vote', summary: '', countries: ['FR'] })]))
    expect((await db.searchQueue.toArray()).flatMap((q) => q.r ?? []).map((r) => r.id).sort()).toEqual(['f1', 'u2', 'u3'])
    expect([await ids('inflation '), await ids('deflation'), await ids('election '), await ids('vote'), await ids('élection')]).toEqual([[], ['u1'], ['u2'], ['f1'], ['u2']])
    const indexed = await derived(db) // the indexer run (derived indexes first): the index as a rebuild makes it
    expect(indexed.pending).toBe(0)
    expect([await ids('inflation '), await ids('deflation'), await ids('election '), await ids('vote'), await ids('élection')]).toEqual([[], ['u1'], ['u2'], ['f1'], ['u2']])
    expect(indexed).toEqual(await rebuilt(db))
  })

  it('writes tokens and time once, and still reads rows queued or indexed in the forms of schemas 16–30', async () => {
    // A new article's row waits in its queue row for the indexer, which writes it as it is.
    const queued = (await db.searchQueue.toArray()).flatMap((q) => q.r ?? [])
    expect(queued.find((r) => r.id === 'u1')).toEqual({ id: 'u1', t: day(4), w: ['inflation', 'falls', 'in', 'france', 'prices', 'fell', 'for', 'third', 'month', '\u0002FR'] })
    expect(await db.search.count()).toBe(0)
    await db.search.bulkPut(queued) // as the indexer writes them, without their postings
    // f2 as schemas 16–18 queued it (entries), f1 as 19–30 did (tokens), u2 as indexed before 31 (entries; its posting
    // lists are made from that row, as the version 31 step makes them).
    await db.searchQueue.clear()
    const [f2, f1, u2] = (await db.search.bulkGet(['f2', 'f1', 'u2'])).map((r) => r!)
    await db.search.bulkDelete(['f2', 'f1'])
    await db.search.put({ id: 'u2', w: u2.w.map((token) => `${token}\u0001${u2.t}`) })
    await db.searchQueue.add({ k: 'z', ids: ['u2'] })
    await db.searchPending.bulkPut([{ id: 'f2', w: f2.w.map((token) => `${token}\u0001${f2.t}`) }, f1])
    expect(await searchArticles(db, 'inflation ', { limit: 10 }).then((p) => articleIdsOf(p.keys))).toEqual(['f2'])
    expect(await find('recul')).toEqual(['f2'])
    expect((await db.search.get('f2'))?.w).toContain(`recule\u0001${day(5)}`) // moved in its own form
    expect((await db.search.get('f1'))?.t).toBe(day(1))
    expect(await find('election ', all)).toEqual(['u2', 'f1'])
    expect(await find('inflationary ', all)).toEqual(['u2'])
  })

  it('searches only the newest rows of a big view for a prefix too broad to expand, and all of a small one', async () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz'
    await ingestFeedResult(db, updated(uk.id, uk.url, [...letters].map((l, i) =>
      makeArticle({ feedId: uk.id, id: `z${i}`, publishedAt: `2026-12-${String(i + 1).padStart(2, '0')}T09:00:00.000Z`, title: `Word zz${l}`, summary: '' }))))
    const newestFirst = [...letters].map((_, i) => `z${i}`).reverse()
    await indexAllPending(db) // the bound applies to the index's plans; the queue is read whole
    // 26 words start with 'zz', more than the index expands: a view over the small-view size reads its newest rows only
    const bounded = await searchArticles(db, 'zz', { view: all, limit: 50, smallView: 0, broadPrefixRows: 10 })
    expect(articleIdsOf(bounded.keys)).toEqual(newestFirst.slice(0, 10))
    expect(bounded.hasMore).toBe(false)
    expect(articleIdsOf((await searchArticles(db, 'zz', { view: all, limit: 50, smallView: 0, broadPrefixRows: 1000 })).keys)).toEqual(newestFirst)
    expect(articleIdsOf((await searchArticles(db, 'zz', { view: all, limit: 50 })).keys)).toEqual(newestFirst) // a small view is read whole
    expect(articleIdsOf((await searchArticles(db, 'zzq', { view: all, limit: 50, smallView: 0, broadPrefixRows: 10 })).keys)).toEqual(['z16'])
  })
})

describe('schema upgrade to country tokens (version 34)', () => {
  it('searches within a country by its list rows until every forward row has its country tokens', async () => {
    const name = `country-tokens-${Math.random().toString(36).slice(2)}`
    await createAt(32, name)
    const upgraded = openDatabase(name)
    try {
      const fr: View = { ...all, countries: ['FR'] }
      const search = async (view: View) => articleIdsOf((await searchArticles(upgraded, 'election', { view, limit: 10 })).keys)
      // Articles a (FR, DE), b (DE), c (US), d (JP, KR), every title "Élection <id>"; no row has country tokens yet.
      expect(await upgraded.search.filter((r) => r.w.some((w) => w.startsWith('\u0002'))).count()).toBe(0)
      expect(await search(fr)).toEqual(['a'])
      expect(await search({ ...all, countries: ['DE'] })).toEqual(['b', 'a'])
      expect(await runDataMigrations(upgraded, { pauseMs: 0 })).toBe(true)
      expect((await upgraded.search.get('d'))?.w).toEqual(expect.arrayContaining(['\u0002JP', '\u0002KR']))
      expect(await search(fr)).toEqual(['a'])
      expect(await search({ ...all, countries: ['KR'] })).toEqual(['d'])
      expect(articleIdsOf((await searchArticles(upgraded, 'election', { view: { ...all, countries: ['DE'] }, limit: 10, plan: 'join' })).keys)).toEqual(['b', 'a'])
    } finally {
      upgraded.close()
      await upgraded.delete()
    }
  })

  it('keeps corrections made while the step runs, and finds them within their new countries after it', async () => {
    const name = `country-tokens-${Math.random().toString(36).slice(2)}`
    await createAt(32, name)
    const upgraded = openDatabase(name)
    try {
      const stop = new AbortController()
      const onProgress = (p: { step: string }) => (p.step === COUNTRY_POSTINGS_STEP ? stop.abort() : undefined)
      expect(await runDataMigrations(upgraded, { pauseMs: 0, batchSize: 1, signal: stop.signal, onProgress })).toBe(false)
      // Between two batches of the step: b (DE) moves to France, a (FR, DE) leaves it.
      await editArticleTags(upgraded, 'b', { action: 'add', kind: 'country', value: 'FR' })
      await editArticleTags(upgraded, 'a', { action: 'remove', kind: 'country', value: 'FR' })
      expect(await runDataMigrations(upgraded, { pauseMs: 0 })).toBe(true)
      for (const plan of [undefined, 'join', 'view'] as const) {
        expect(articleIdsOf((await searchArticles(upgraded, 'election', { view: { ...all, countries: ['FR'] }, limit: 10, plan })).keys)).toEqual(['b'])
      }
      expect(await upgraded.articles.get('a')).toMatchObject({ countries: ['DE'], userTags: { removeCountries: ['FR'] } })
      expect(await derived(upgraded)).toEqual(await rebuilt(upgraded))
    } finally {
      upgraded.close()
      await upgraded.delete()
    }
  })
})

describe('schema upgrade to the search index', () => {
  it('builds search rows for the articles already stored', async () => {
    const name = `search-upgrade-${Math.random().toString(36).slice(2)}`
    const v10 = new Dexie(name)
    v10.version(10).stores({ feeds: 'id, &url', articles: 'id, feedId, [feedId+url]', tags: '[tag+sortKey]', counters: 'key' })
    await v10.table('articles').add({
      id: 'a', feedId: 'f', title: 'Le vaccin', summary: 'Une campagne nationale', publishedAt: day(1), enclosures: [], categories: [],
      countries: [], topics: [], classified: { countries: [], topics: [] }, classifierVersion: 1, isRead: 0, isStarred: 0, firstSeenAt: 0, sortKey: `${day(1)}|a`,
    })
    await v10.table('tags').add({ tag: 'all', sortKey: `${day(1)}|a`, articleId: 'a', m: ' f:f ' })
    v10.close()
    const upgraded = openDatabase(name)
    // The lists and the search queue are built by the upgrade's data steps, after the open (the app waits for them).
    expect(await runDataMigrations(upgraded, { pauseMs: 0 })).toBe(true)
    expect(articleIdsOf((await searchArticles(upgraded, 'campagne', { limit: 10 })).keys)).toEqual(['a'])
    upgraded.close()
    await upgraded.delete()
  })

})
