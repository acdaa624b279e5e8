// Writes a database as schema version 14 left it (articles, tag rows, counters), with the frozen helpers of
// migrations/frozen, a chunk at a time, so the upgrade bench (bench/browser/upgrade-bench.ts) can time opening it
// with the current schema at 100,000 articles without holding them all in the page. Search rows are left out: no
// upgrade from 14 touches them, and their ~40 index entries per article would make the seed take longer than the
// upgrade. Used by dev/bench-hooks.ts only.
import { Dexie } from 'dexie'
import { OFFLINE_STORES } from './offline/tables'
import { addCounterDeltasV14, rebuildCountersV14, type CounterDeltasV14 } from './migrations/frozen/counters-v14'
import { tagRowsV14 } from './migrations/frozen/tag-rows-v14'
import type { Feed, StoredArticle } from './rows/types'

const V14_STORES = { feeds: 'id, &url', articles: 'id, feedId, [feedId+url], readAt', tags: '[tag+sortKey]', counters: 'key', search: 'id, *w', ...OFFLINE_STORES }

export interface Version14Seed {
  add(feeds: Feed[], articles: StoredArticle[]): Promise<void>
  /** Writes the counters and closes the database. */
  finish(): Promise<void>
}

/** Creates `name` at version 14; add chunks of feeds and articles, then finish. */
export function seedVersion14(name: string): Version14Seed {
  const old = new Dexie(name)
  old.version(14).stores(V14_STORES)
  const totals: CounterDeltasV14 = new Map()
  return {
    async add(feeds, articles) {
      await old.table('feeds').bulkPut(feeds)
      for (let i = 0; i < articles.length; i += 2000) {
        const page = articles.slice(i, i + 2000)
        await old.transaction('rw', old.table('articles'), old.table('tags'), async () => {
          await old.table('articles').bulkPut(page)
          await old.table('tags').bulkPut(page.flatMap(tagRowsV14))
        })
        addCounterDeltasV14(totals, page)
      }
    },
    async finish() {
      await old.transaction('rw', old.table('counters'), () => rebuildCountersV14(old.table('counters'), totals))
      old.close()
    },
  }
}
