// The tag index as (tag, sortKey, article, membership) rows in index order, for tests that check what writes keep.
import { idOfSortKey } from '../../../src/renderer/src/db/article-tags'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { TAG_INDEX, parseTagEntry } from '../../../src/renderer/src/db/tag-index'

export async function tagIndexRows(db: MeridianDb) {
  const entries = (await db.articles.orderBy(TAG_INDEX).keys()) as string[]
  return entries.map((e) => {
    const k = parseTagEntry(e)
    return { ...k, articleId: idOfSortKey(k.sortKey) }
  })
}
