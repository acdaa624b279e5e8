// Version 14 (issues 4 and 6): counters become one row per scope, and cross tags (country × topic) join the tag
// rows. Both come from the 'all' tag rows alone, whose membership strings hold each article's feed, countries,
// topics and outlet; 'u:all' and 's' give its state. No article is read. Frozen: version 14's helpers (frozen/).
import type { Transaction } from 'dexie'
import { addCounterDeltasV14, rebuildCountersV14, type CounterDeltasV14 } from './frozen/counters-v14'
import { countableOfRowV14, crossTagsV14, pagesOfTagV14, sortKeysOfTagV14, tagV14, withUnreadTwinsV14 } from './frozen/tag-rows-v14'

export async function upgradeToV14(tx: Transaction): Promise<void> {
  const tags = tx.table('tags')
  const [unread, starred] = (await Promise.all([sortKeysOfTagV14(tags, tagV14.unread(tagV14.all)), sortKeysOfTagV14(tags, tagV14.starred)])).map((keys) => new Set(keys))
  const totals: CounterDeltasV14 = new Map()
  for await (const page of pagesOfTagV14(tags, tagV14.all)) {
    const articles = page.map((row) => ({ row, a: countableOfRowV14(row, unread, starred) }))
    await tags.bulkPut(articles.flatMap(({ row, a }) => withUnreadTwinsV14(crossTagsV14(a), a).map((t) => ({ tag: t, sortKey: row.sortKey, articleId: row.articleId, m: row.m }))))
    addCounterDeltasV14(totals, articles.map(({ a }) => a))
  }
  await rebuildCountersV14(tx.table('counters'), totals)
}
