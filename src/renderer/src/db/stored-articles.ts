// Reads articles with their tags: the one way anything in db/ reads an article's countries, topics, mentions,
// classifier output, evidence or version. Since schema 35 an article's row holds none of them (a re-tag then writes
// its list row alone); its list row's `g` does. A row stored before 35 that the v35 data step has not reached yet has
// no `g` and keeps them in the article row: both are read, `g` wins, so reads are right before, during and after it.
import { Dexie, type Table } from 'dexie'
import { MIGRATIONS_TABLE, type MigrationRow } from './data-migrations'
import { TAGS_TO_LISTS_STEP } from './migrations/data-steps'
import { idOfSortKey } from './vocab/tags'
import { TAG_FIELDS, type ArticleRow, type ArticleTagFields, type ListRow, type MeridianDb, type StoredArticle } from './rows/types'

/** Tags of an article whose tags are nowhere (no list row, which no write path leaves behind): no country, no topic,
 *  and classifier version 0, so the next re-tag classifies it again rather than the reader losing it. */
const NO_TAGS: ArticleTagFields = { countries: [], topics: [], classified: { countries: [], topics: [] }, classifierVersion: 0 }

/** Articles read whose list row holds their tags: writeArticles need not rewrite that row for an article-row change.
 *  Anything else (a copy, an article joined before the v35 step reached it) gets its list row written with `g`. */
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

/** Databases whose v35 step is done (or never needed: created at 35 or later). Until then writeArticles keeps the tags
 *  in the article row as well: the frozen steps of older versions (list rows, country postings) read them there. */
const movedDbs = new WeakSet<Dexie>()

/** Whether article rows are written without their tags: true at once when seen before, else a read of the step's
 *  `migrations` row (which the caller's transaction must include: articleTables does). A Dexie promise, not a native
 *  one: awaiting nothing but IndexedDB requests keeps the caller's transaction alive. */
export function tagsMoved(db: Dexie): true | Promise<boolean> {
  if (movedDbs.has(db)) return true
  return db.table<MigrationRow, string>(MIGRATIONS_TABLE).get(TAGS_TO_LISTS_STEP).then((row) => {
    if (row && !row.done) return false
    movedDbs.add(db)
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
