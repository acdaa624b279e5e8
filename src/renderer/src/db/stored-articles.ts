// Reads articles with their tags: the one way anything in db/ reads an article's countries, topics, mentions,
// classifier output, evidence or version. Since schema 36 a change of an article's tags alone (a re-tag, mostly) is
// written to its row in `articleTags` (small, no index) instead of rewriting its article row (~4 KB, three indexes):
// db/README.md, "Re-tag at 100,000, session 17". An article row's own tag fields may then be stale; its tags row,
// when it has one, wins. An article without one (stored before schema 36, or whose tags never changed alone) keeps
// its article row's fields in force, so the upgrade rewrites nothing.
import { Dexie, type Table } from 'dexie'
import { MIGRATIONS_TABLE, type MigrationRow } from './data-migrations'
import { DATA_STEPS } from './migrations/data-steps'
import { idOfSortKey } from './vocab/tags'
import { TAG_FIELDS, type ArticleRow, type ArticleTagsRow, type MeridianDb, type StoredArticle } from './rows/types'

/** Tags of an article row without any (none is written so; a row damaged by hand): no country, no topic, and
 *  classifier version 0, so the next re-tag classifies it again rather than the reader losing it. */
const NO_TAGS = { countries: [], topics: [], classified: { countries: [], topics: [] }, classifierVersion: 0 }

/** The article row with its tags row's fields (which win); the article row's own when it has no tags row. */
function withTags(row: ArticleRow, tags: ArticleTagsRow | undefined): StoredArticle {
  if (!tags) return (row.classified ? row : { ...row, ...NO_TAGS }) as StoredArticle
  const joined: Record<string, unknown> = { ...row }
  for (const f of TAG_FIELDS) {
    if (tags[f] === undefined) delete joined[f]
    else joined[f] = tags[f]
  }
  return joined as unknown as StoredArticle
}

/** The article's tags row: its id and tag fields. */
export function tagsRowOf(a: StoredArticle): ArticleTagsRow {
  const row: Record<string, unknown> = { id: a.id }
  for (const f of TAG_FIELDS) if (a[f] !== undefined) row[f] = a[f]
  return row as unknown as ArticleTagsRow
}

/** The same tags (every tag field equal as JSON). */
export function sameTags(a: StoredArticle, b: StoredArticle): boolean {
  return TAG_FIELDS.every((f) => JSON.stringify(a[f]) === JSON.stringify(b[f]))
}

/** The same article row apart from tags: every other field the same value (strings) or the same object (arrays,
 *  userTags), as a copy with new tags has. Then only the tags row needs writing. */
export function sameArticleRow(a: StoredArticle, b: StoredArticle): boolean {
  const isTag = (k: string) => (TAG_FIELDS as readonly string[]).includes(k)
  const ka = Object.keys(a).filter((k) => !isTag(k) && a[k as keyof StoredArticle] !== undefined)
  const kb = Object.keys(b).filter((k) => !isTag(k) && b[k as keyof StoredArticle] !== undefined)
  return ka.length === kb.length && ka.every((k) => a[k as keyof StoredArticle] === b[k as keyof StoredArticle])
}

/** Databases seen with no data step left but clean-ups (which read no article). Until then writeArticles writes the
 *  article row with its tags whenever they change: the frozen steps of older versions (list rows, country postings,
 *  search rows) read them there. */
const settledDbs = new WeakSet<Dexie>()
const readsNoArticle = new Set(DATA_STEPS.filter((s) => s.isCleanup).map((s) => s.name))

/** Whether an article row may be left with stale tags: true at once when seen before, else a read of the
 *  `migrations` rows (a handful; the caller's transaction must include the table: articleTables does). Steps are
 *  recorded only by a version upgrade, at open, so once none is left none comes back while the database is open. A
 *  Dexie promise, not a native one: awaiting nothing but IndexedDB requests keeps the caller's transaction alive. */
export function tagsMoved(db: Dexie): true | Promise<boolean> {
  if (settledDbs.has(db)) return true
  return db.table<MigrationRow, string>(MIGRATIONS_TABLE).toArray().then((rows) => {
    if (rows.some((r) => !r.done && !readsNoArticle.has(r.name))) return false
    settledDbs.add(db)
    return true
  })
}

// The readers below chain Dexie's own promises instead of nesting native async functions: inside a transaction, a
// native await between two requests can let IndexedDB commit it early (Dexie's PrematureCommitError).

/** Rows of `articles` (in the caller's order, undefined kept) joined with their tags rows: one bulkGet by id. No
 *  `articleTags` (a database below schema 36, in tests): the article rows' own tags. */
export function joinTags(articleTags: Table<ArticleTagsRow, string> | undefined, rows: (ArticleRow | undefined)[]): Promise<(StoredArticle | undefined)[]> {
  const present = rows.filter((r): r is ArticleRow => r !== undefined)
  if (!articleTags) return Dexie.Promise.resolve(rows.map((r) => (r ? withTags(r, undefined) : undefined)))
  return articleTags.bulkGet(present.map((r) => r.id)).then((tagRows) => {
    const byId = new Map(present.map((r, i) => [r.id, tagRows[i]]))
    return rows.map((r) => (r ? withTags(r, byId.get(r.id)) : undefined))
  })
}

/** Articles by id, with their tags, in the order asked (undefined for an id not stored). */
export function getArticles(db: MeridianDb, ids: string[]): Promise<(StoredArticle | undefined)[]> {
  return Dexie.Promise.all([db.articles.bulkGet(ids), db.articleTags.bulkGet(ids)]).then(([rows, tags]) => rows.map((r, i) => (r ? withTags(r, tags[i]) : undefined)))
}

/** Articles by sortKey, with their tags, in the order asked (undefined for one not stored). */
export function getArticlesAt(db: MeridianDb, sortKeys: string[]): Promise<(StoredArticle | undefined)[]> {
  return getArticles(db, sortKeys.map(idOfSortKey))
}

/** One article by id, with its tags. */
export function getArticle(db: MeridianDb, id: string): Promise<StoredArticle | undefined> {
  return getArticles(db, [id]).then(([a]) => a)
}

/** Articles present among `rows`, with their tags. */
export function presentWithTags(articleTags: Table<ArticleTagsRow, string> | undefined, rows: (ArticleRow | undefined)[]): Promise<StoredArticle[]> {
  return joinTags(articleTags, rows).then((joined) => joined.filter((a): a is StoredArticle => a !== undefined))
}

/** Up to `limit` articles after `after` in id order, with their tags (pages over the whole library): the article rows
 *  as one id range, then the tags rows over the same range (one request, not one per article; db/README.md,
 *  "Re-tag at 100,000, session 17"). */
export function articlePageAfter(db: Pick<MeridianDb, 'articles' | 'articleTags'>, after: string | undefined, limit: number): Promise<StoredArticle[]> {
  const page = after === undefined ? db.articles.orderBy(':id') : db.articles.where(':id').above(after)
  return page
    .limit(limit)
    .toArray()
    .then((rows) => {
      if (rows.length === 0) return []
      return db.articleTags
        .where(':id')
        .between(rows[0]!.id, rows.at(-1)!.id, true, true)
        .toArray()
        .then((tagRows) => {
          const byId = new Map(tagRows.map((t) => [t.id, t]))
          return rows.map((r) => withTags(r, byId.get(r.id)))
        })
    })
}
