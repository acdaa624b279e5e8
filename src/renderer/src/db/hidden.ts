// Hidden articles (issue 19): a rule's hide action keeps the article but takes it out of every list and count
// except 'h' (article-tags.ts). The reader can show one again, and it then stays shown.
import { articleTables, tag, writeArticles } from './article-tags'
import { readTotals } from './counters'
import { unhidden } from './rules/apply-stored'
import type { MeridianDb } from './rows/types'

/** How many articles rules hide. */
export async function countHidden(db: MeridianDb): Promise<number> {
  return (await readTotals(db.counters, [tag.hidden]))[0]
}

/** Shows a hidden article again, for good: hide rules leave it alone from now on. */
export async function showArticle(db: MeridianDb, id: string): Promise<void> {
  await db.transaction('rw', articleTables(db), async () => {
    const before = await db.articles.get(id)
    if (before) await writeArticles(db, [{ before, after: { ...unhidden(before), isShownByReader: 1 } }])
  })
}
