// Version 2 (issue 4): outlet countries copied onto articles, tag rows with membership strings, counters. Frozen:
// it writes the tag rows of version 14's helpers (frozen/), which later versions convert (v15-list-rows.ts).
import type { Transaction } from 'dexie'
import { addCounterDeltasV14, rebuildCountersV14, type CounterDeltasV14 } from './frozen/counters-v14'
import { tagRowsV14, type ArticleV14 } from './frozen/tag-rows-v14'

export async function upgradeToV2(tx: Transaction): Promise<void> {
  const feeds = await tx.table<{ id: string; outletCountry?: string }, string>('feeds').toArray()
  const outlet = new Map(feeds.map((f) => [f.id, f.outletCountry]))
  const articles = tx.table<ArticleV14, string>('articles')
  await articles.toCollection().modify((a) => {
    const o = outlet.get(a.feedId)
    if (o) a.outletCountry = o
  })
  const tags = tx.table('tags')
  await tags.clear()
  const totals: CounterDeltasV14 = new Map()
  let last: string | undefined
  for (;;) {
    const page = await (last === undefined ? articles.orderBy(':id') : articles.where(':id').above(last)).limit(500).toArray()
    if (page.length === 0) break
    await tags.bulkPut(page.flatMap(tagRowsV14))
    addCounterDeltasV14(totals, page)
    last = page[page.length - 1].id
  }
  await rebuildCountersV14(tx.table('counters'), totals)
}
