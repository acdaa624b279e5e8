// Tests read stored articles with their tags (in `articleTags` rows since schema 36) through the db layer's own join.
import { getArticle, presentWithTags } from '../../../src/renderer/src/db/stored-articles'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'

export { getArticle }

/** Every stored article with its tags, in id order. */
export async function allArticles(db: MeridianDb) {
  return presentWithTags(db.articleTags, await db.articles.toArray())
}
