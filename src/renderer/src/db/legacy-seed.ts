// Writes a database as schema version 14 left it (articles, tag rows, counters, search rows), with the frozen helpers
// of migrations/frozen, so the upgrade bench (bench/browser/upgrade-bench.ts) can time opening it with the current
// schema. Used by dev/bench-hooks.ts only.
import { Dexie } from 'dexie'
import { OFFLINE_STORES } from './offline/tables'
import { addCounterDeltasV14, rebuildCountersV14, type CounterDeltasV14 } from './migrations/frozen/counters-v14'
import { rebuildSearchIndexV11 } from './migrations/frozen/search-v11'
import { tagRowsV14 } from './migrations/frozen/tag-rows-v14'
import type { Feed, StoredArticle } from './rows/types'

const V14_STORES = { feeds: 'id, &url', articles: 'id, feedId, [feedId+url], readAt', tags: '[tag+sortKey]', counters: 'key', search: 'id, *w', ...OFFLINE_STORES }

/** Creates `name` at version 14 holding these feeds and articles; resolves when it is closed again. */
export async function seedVersion14(name: string, feeds: Feed[], articles: StoredArticle[]): Promise<void> {
  const old = new Dexie(name)
  old.version(14).stores(V14_STORES)
  const totals: CounterDeltasV14 = new Map()
  await old.table('feeds').bulkPut(feeds)
  for (let i = 0; i < articles.length; i += 2000) {
    const page = articles.slice(i, i + 2000)
    await old.transaction('rw', old.table('articles'), old.table('tags'), async () => {
      await old.table('articles').bulkPut(page)
      await old.table('tags').bulkPut(page.flatMap(tagRowsV14))
    })
    addCounterDeltasV14(totals, page)
  }
  await old.transaction('rw', old.table('counters'), () => rebuildCountersV14(old.table('counters'), totals))
  await old.transaction('rw', old.table('articles'), old.table('search'), () => rebuildSearchIndexV11(old.table('articles'), old.table('search')))
  old.close()
}
