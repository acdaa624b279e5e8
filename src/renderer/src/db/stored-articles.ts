// Reads articles with their tags: the one way anything in db/ reads an article's countries, topics, mentions,
// classifier output, evidence or version. Since session 15 writeArticles keeps an article's tags in its list row's
// `g` and rewrites its article row only when something else changes (a re-tag then writes one record per article,
// not two), so an article row's own tag fields may be stale, or absent on a row written since. Both rows are read and
// `g` wins; a list row without `g` (stored before, not written since) leaves the article row's own fields in force.
import { Dexie, type Table } from 'dexie'
import { MIGRATIONS_TABLE, type MigrationRow } from './data-migrations'
import { DATA_STEPS } from './migrations/data-steps'
import { idOfSortKey } from './vocab/tags'
import { TAG_FIELDS, type ArticleRow, type ArticleTagFields, type ListRow, type MeridianDb, type StoredArticle } from './rows/types'

/** Tags of an article whose tags are nowhere (no list row, which no write path leaves behind): no country, no topic,
 *  and classifier version 0, so the next re-tag classifies it again rather than the reader losing it. */
const NO_TAGS: ArticleTagFields = { countries: [], topics: [], classified: { countries: [], topics: [] }, classifierVersion: 0 }

/** Articles read whose list row holds their tags: writeArticles need not rewrite that row for an article-row change.
 *  Anything else (a copy, an article whose list row has no `g` yet) gets its list row written with `g`. */
const tagsInListRow = new WeakSet<StoredArticle>()

export function hasTagsInListRow(a: StoredArticle): boolean {
  return tagsInListRow.has(a)
}

/** The article row with the list row's tags; the article row's own (pre-35) tags when the list row has none. */
function withTags(row: ArticleRow, list: Pick<ListRow, 'g'> | undefined): StoredArticle {
  const tags = list?.g ?? (row.classified ? undefined : NO_TAGS)
  if (!tags) return row as StoredArticle
  const joined: Record<string, unknown> = { ...row }
  for (const f of TAG_FIELDS) {
    if (tags[f] === undefined) delete joined[f]
    else joined[f] = tags[f]
  }
  const article = joined as unknown as StoredArticle
  if (list?.g) tagsInListRow.add(article)
  return article
}

/** The same article row apart from tags: every other field the same value (strings) or the same object (arrays,
 *  userTags), as a copy with new tags has. Then only the list row needs writing. */
export function sameArticleRow(a: StoredArticle, b: StoredArticle): boolean {
  const isTag = (k: string) => (TAG_FIELDS as readonly string[]).includes(k)
  const ka = Object.keys(a).filter((k) => !isTag(k) && a[k as keyof StoredArticle] !== undefined)
  const kb = Object.keys(b).filter((k) => !isTag(k) && b[k as keyof StoredArticle] !== undefined)
  return ka.length === kb.length && ka.every((k) => a[k as keyof StoredArticle] === b[k as keyof StoredArticle])
}

/** The article split into what its two rows hold: the article row without tags, and the tags for its list row. */
export function splitTags(a: StoredArticle): { row: ArticleRow; tags: ArticleTagFields } {
  const row: Record<string, unknown> = { ...a }
  const tags: Record<string, unknown> = {}
  for (const f of TAG_FIELDS) {
    if (a[f] !== undefined) tags[f] = a[f]
    delete row[f]
  }
  return { row: row as ArticleRow, tags: tags as unknown as ArticleTagFields }
}

/** Databases seen with no data step left but clean-ups (which read no article). Until then writeArticles writes the
 *  article row with its tags whenever they change: the frozen steps of older versions (list rows, country postings,
 *  search rows) read them there, and one that rebuilds a list row from its article row leaves no `g` in it. */
const settledDbs = new WeakSet<Dexie>()
const readsNoArticle = new Set(DATA_STEPS.filter((s) => s.isCleanup).map((s) => s.name))

/** Whether article rows may be left with stale tags: true at once when seen before, else a read of the `migrations`
 *  rows (a handful; the caller's transaction must include the table: articleTables does). Steps are recorded only by
 *  a version upgrade, at open, so once none is left none comes back while the database is open. A Dexie promise, not
 *  a native one: awaiting nothing but IndexedDB requests keeps the caller's transaction alive. */
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

/** Rows of `articles` (in the caller's order, undefined kept) joined with their list rows: one bulkGet by sortKey. */
export function joinTags(lists: Table<ListRow, string>, rows: (ArticleRow | undefined)[]): Promise<(StoredArticle | undefined)[]> {
  const present = rows.filter((r): r is ArticleRow => r !== undefined)
  return lists.bulkGet(present.map((r) => r.sortKey)).then((listRows) => {
    const bySortKey = new Map(present.map((r, i) => [r.sortKey, listRows[i]]))
    return rows.map((r) => (r ? withTags(r, bySortKey.get(r.sortKey)) : undefined))
  })
}

/** Articles by id, with their tags, in the order asked (undefined for an id not stored). */
export function getArticles(db: MeridianDb, ids: string[]): Promise<(StoredArticle | undefined)[]> {
  return db.articles.bulkGet(ids).then((rows) => joinTags(db.lists, rows))
}

/** Articles by sortKey, with their tags: the article rows and the list rows asked for at once (a list page knows
 *  both keys), in the order asked (undefined for one not stored). */
export function getArticlesAt(db: MeridianDb, sortKeys: string[]): Promise<(StoredArticle | undefined)[]> {
  return Dexie.Promise.all([db.articles.bulkGet(sortKeys.map(idOfSortKey)), db.lists.bulkGet(sortKeys)]).then(([rows, lists]) =>
    rows.map((r, i) => (r ? withTags(r, lists[i]) : undefined)),
  )
}

/** One article by id, with its tags. */
export function getArticle(db: MeridianDb, id: string): Promise<StoredArticle | undefined> {
  return getArticles(db, [id]).then(([a]) => a)
}

/** Articles present among `rows`, with their tags. */
export function presentWithTags(lists: Table<ListRow, string>, rows: (ArticleRow | undefined)[]): Promise<StoredArticle[]> {
  return joinTags(lists, rows).then((joined) => joined.filter((a): a is StoredArticle => a !== undefined))
}

/** Up to `limit` articles after `after` in id order, with their tags (pages over the whole library). */
export function articlePageAfter(db: Pick<MeridianDb, 'articles' | 'lists'>, after: string | undefined, limit: number): Promise<StoredArticle[]> {
  const page = after === undefined ? db.articles.orderBy(':id') : db.articles.where(':id').above(after)
  return page.limit(limit).toArray().then((rows) => presentWithTags(db.lists, rows))
}
