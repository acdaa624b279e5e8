// Databases as every released schema version left them, for the upgrade tests: the stores each version declared,
// and articles with read, starred, corrected and mentioned state, with the derived rows that version's code wrote
// (tag rows and counters through the frozen helpers; list rows, counters and search rows through the code of 15–30).
import { Dexie } from 'dexie'
import { OFFLINE_STORES } from '../../../src/renderer/src/db/offline/tables'
import { rebuildLists } from '../../../src/renderer/src/db/article-tags'
import { rebuildSearchIndex, searchRowOf, timeOfRow, tokensOfRow } from '../../../src/renderer/src/db/search-index'
import { tagRowsV14, type ArticleV14 } from '../../../src/renderer/src/db/migrations/frozen/tag-rows-v14'
import { addCounterDeltasV14, rebuildCountersV14 } from '../../../src/renderer/src/db/migrations/frozen/counters-v14'
import { rebuildSearchIndexV11, searchRowOfV11 } from '../../../src/renderer/src/db/migrations/frozen/search-v11'
import { MIGRATIONS_TABLE } from '../../../src/renderer/src/db/data-migrations'
import { openDatabase, type MeridianDb, type SearchRow, type StoredArticle } from '../../../src/renderer/src/db/schema'
import { indexAllPending } from '../../../src/renderer/src/db/search-indexer'

const V1 = { feeds: 'id, &url', articles: 'id, feedId, [feedId+url]', tags: '[tag+sortKey]' }
const V10 = { ...V1, counters: 'key', ...OFFLINE_STORES }
const V12 = { ...V10, search: 'id, *w', articles: 'id, feedId, [feedId+url], readAt' }
const V15 = { ...V12, tags: null, lists: 's, *k' }
const V17 = { ...V15, searchPending: 'id', tombstones: 'id, at' }
const V18 = { ...V17, siteIcons: 'feedId' }
const V30 = { ...V18, rules: 'id', savedViews: 'id', labels: 'id', [MIGRATIONS_TABLE]: 'name', storyMembers: 'id, s', restoredStates: 'id' }

/** The stores of every released schema version, as each declared them. */
export const RELEASED: Record<number, Record<string, string | null>> = {
  1: V1,
  2: { ...V1, counters: 'key' },
  10: V10,
  11: { ...V10, search: 'id, *w' },
  12: V12,
  13: V12,
  14: V12,
  15: V15,
  16: { ...V15, searchPending: 'id' },
  17: V17,
  18: V18,
  30: V30,
  31: { ...V30, search: 'id', postings: 'k', searchQueue: 'k' },
  32: { ...V30, search: 'id', postings: 'k', searchQueue: 'k' },
}

const storesOf = (v: number) => Object.fromEntries(Object.entries(RELEASED[v]).filter(([, s]) => s !== null)) as Record<string, string>

function articleRow(v: number, id: string, feedId: string, day: number, countries: string[], topics: string[], state: object = {}) {
  const publishedAt = `2026-11-${String(1 + (day % 28)).padStart(2, '0')}T${String(day % 24).padStart(2, '0')}:00:00.000Z`
  return {
    id, feedId, title: `Élection ${id}`, summary: `Résumé de ${id}`, publishedAt, enclosures: [], categories: [], countries, topics,
    classified: { countries, topics }, classifierVersion: 1, isRead: 0, isStarred: 0, firstSeenAt: 1000, sortKey: `${publishedAt}|${id}`,
    ...(v >= 2 && feedId === 'f1' ? { outletCountry: 'FR' } : {}),
    ...state,
  }
}

/** Four articles as a version-`v` app stored them: read, starred, corrected (and, from 15, a mentioned country). */
function articlesAt(v: number) {
  return [
    articleRow(v, 'a', 'f1', 1, ['FR', 'DE'], ['politics', 'sport'], v >= 15 ? { mentions: ['UA'], classified: { countries: ['FR', 'DE'], topics: ['politics', 'sport'], mentions: ['UA'] } } : {}),
    articleRow(v, 'b', 'f1', 2, ['DE'], ['politics'], { isRead: 1, ...(v >= 12 ? { readAt: 2000 } : {}) }),
    articleRow(v, 'c', 'f2', 3, ['US'], [], { isStarred: 1 }),
    articleRow(v, 'd', 'f2', 4, ['JP'], ['health'], {
      isRead: 1, isStarred: 1, countries: ['JP', 'KR'], userTags: { addCountries: ['KR'], removeCountries: [], addTopics: [], removeTopics: [] }, ...(v >= 12 ? { readAt: 3000 } : {}),
    }),
  ]
}

/** `n` more articles over both feeds, every third read, every fifth starred (the resume tests' bigger library). */
export function manyArticlesAt(v: number, n: number) {
  const countries = ['FR', 'DE', 'US', 'JP', 'BR']
  return Array.from({ length: n }, (_, i) => {
    const isRead = i % 3 === 0 ? 1 : 0
    return articleRow(v, `m${String(i).padStart(5, '0')}`, i % 2 ? 'f1' : 'f2', i, [countries[i % 5], countries[(i + 2) % 5]], i % 4 ? ['politics'] : ['sport', 'health'], {
      isRead, isStarred: i % 5 === 0 ? 1 : 0, ...(isRead && v >= 12 ? { readAt: 5000 + i } : {}),
    })
  })
}

const FEEDS = [
  { id: 'f1', url: 'https://www.lemonde.fr/rss', title: 'Le Monde', outletCountry: 'FR', failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: 0 },
  { id: 'f2', url: 'https://news.example/rss', title: 'News', failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: 0 },
]

/** Creates `name` as schema version `v` left it, holding `articles` (from articlesAt / manyArticlesAt of `v`). */
export async function createAt(v: number, name: string, articles = articlesAt(v)): Promise<void> {
  const old = new Dexie(name)
  old.version(v).stores(storesOf(v))
  await old.table('feeds').bulkAdd(FEEDS)
  await old.table('articles').bulkAdd(articles)
  if (v < 15) await writeTagRowsAndCounters(old, v, articles as ArticleV14[])
  else await old.transaction('rw', old.table('articles'), old.table('lists'), old.table('counters'), () => rebuildLists(old.table('articles'), old.table('lists'), old.table('counters')))
  // Counters per topic × outlet country ('t:sport&o:FR', 'u:…', 'd|…') came with 32: today's rebuild writes them.
  if (v >= 15 && v < 32) await old.table('counters').filter((r: { key: string }) => r.key.includes('&o:')).delete()
  if (v >= 11 && v < 16) await old.transaction('rw', old.table('articles'), old.table('search'), () => rebuildSearchIndexV11(old.table('articles'), old.table('search')))
  // 31 wrote forward rows and posting lists as today's code does.
  if (v >= 31) await old.transaction('rw', ['articles', 'search', 'postings', 'searchQueue', 'searchPending'], () => rebuildSearchIndex(old.table('articles'), { search: old.table('search'), postings: old.table('postings'), searchQueue: old.table('searchQueue'), searchPending: old.table('searchPending') }))
  // Country tokens (forward rows and posting lists) came with 34.
  if (v >= 31 && v < 34) await withoutCountryTokens(old)
  // From 16 to 30, search rows wait in a queue until the indexer moves them: half the library is still queued (in the
  // form of 19–30: tokens and the time once), the other half indexed (entries `${token}\u0001${time}`).
  else if (v >= 16) {
    await old.table('search').bulkAdd((articles as StoredArticle[]).filter((_, i) => i % 2 === 0).map(searchRowOfV11))
    await old.table('searchPending').bulkAdd((articles as StoredArticle[]).filter((_, i) => i % 2 === 1).map(searchRowOf))
  }
  old.close()
}

async function withoutCountryTokens(old: Dexie): Promise<void> {
  const rows = (await old.table('search').toArray()) as { id: string; t: string; w: string[] }[]
  await old.table('search').bulkPut(rows.map((r) => ({ ...r, w: r.w.filter((w) => !w.startsWith('\u0002')) })))
  await old.table('postings').where(':id').between('\u0002', '\u0003').delete()
}

async function writeTagRowsAndCounters(old: Dexie, v: number, articles: ArticleV14[]): Promise<void> {
  // Version 1 wrote 'all' tag rows without membership strings; cross tags (country+topic) came with 14.
  const tagRows = articles.flatMap(tagRowsV14).filter((r) => v >= 14 || !r.tag.includes('+'))
  await old.table('tags').bulkAdd(v === 1 ? tagRows.filter((r) => r.tag === 'all').map(({ m: _m, ...r }) => r) : tagRows)
  // Version 14 wrote counters one row per scope; earlier versions one per (scope, facet), which 14 replaced.
  if (v >= 14) await rebuildCountersV14(old.table('counters'), addCounterDeltasV14(new Map(), articles))
  else if (v >= 2) await old.table('counters').bulkAdd([{ key: 'all', n: 4 }, { key: 'all\u0001c:FR', n: 1 }])
}

/** Every derived table; search once the queue is indexed (search reads both, so that is what a search sees). */
export async function derived(db: MeridianDb) {
  await indexAllPending(db)
  return {
    lists: await db.lists.toArray(), counters: await db.counters.toArray(), postings: await postingPairs(db),
    // Forward rows in one form (rows indexed before schema 31 keep theirs), words only: their country tokens are
    // not kept up to date (a change of countries alone posts them from the queue; search checks the list rows).
    search: (await db.search.toArray()).map((r) => ({ id: r.id, t: timeOfRow(r), w: wordsOfRow(r) })),
    pending: (await db.searchPending.count()) + (await db.searchQueue.count()),
  }
}

const isCountryToken = (token: string) => token.startsWith('\u0002')
const wordsOfRow = (r: SearchRow) => tokensOfRow(r).filter((token) => !isCountryToken(token))

/** What the posting lists say, as `${token}\u0001${sortKey}` pairs search keeps, sorted: a word's when the forward
 *  row confirms it, a country's when the article's list row is in that country and its forward row has words (what
 *  search within a country checks). Their record keys, stale records and repeats differ between an upgrade and a
 *  rebuild by design. */
async function postingPairs(db: MeridianDb): Promise<string[]> {
  const rows = await db.search.toArray()
  const forward = new Map(rows.map((r) => [r.id, new Set(tokensOfRow(r).map((token) => `${token}\u0001${timeOfRow(r)}`))]))
  const times = new Map(rows.filter((r) => wordsOfRow(r).length > 0).map((r) => [r.id, timeOfRow(r)]))
  const memberships = new Map((await db.lists.toArray()).map((l) => [l.s, l.m]))
  const pairs = new Set<string>()
  for (const { k, s } of await db.postings.toArray()) {
    const token = k.slice(0, k.indexOf('\u0001'))
    for (const sortKey of s) {
      const [time, id] = [sortKey.slice(0, sortKey.indexOf('|')), sortKey.slice(sortKey.indexOf('|') + 1)]
      const isKept = isCountryToken(token) ? times.get(id) === time && (memberships.get(sortKey) ?? '').includes(` c:${token.slice(1)} `) : forward.get(id)?.has(`${token}\u0001${time}`)
      if (isKept) pairs.add(`${token}\u0001${sortKey}`)
    }
  }
  return [...pairs].sort()
}

/** The same tables rebuilt from the articles by today's code: the oracle. */
export async function rebuilt(db: MeridianDb) {
  await db.transaction('rw', [db.articles, db.lists, db.counters, db.search, db.postings, db.searchQueue, db.searchPending], async () => {
    await rebuildLists(db.articles, db.lists, db.counters)
    await rebuildSearchIndex(db.articles, db)
  })
  return derived(db)
}

/** Opens the library `name` by today's schema for `body`, and closes it whatever happens. */
export async function withDb(name: string, body: (db: MeridianDb) => Promise<void>): Promise<void> {
  const db = openDatabase(name)
  try {
    await body(db)
  } finally {
    db.close()
  }
}
