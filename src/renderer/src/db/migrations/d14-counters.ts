// Data step of version 14 (issues 4 and 6): counters one row per scope, for databases older than 14 (whose counters
// the versionchange clears). Runs after the list rows are built and counts their membership strings, in one
// transaction: the reader's marks made meanwhile change counters by deltas, which only add up on a complete table,
// so the rebuild must see the lists and replace the counters at one instant. Frozen: frozen/counters-v23.ts.
import type { Table } from 'dexie'
import { addCountsOfRowsV23, counterRowsV23, type CounterRowV23, type CounterTotalsV23 } from './frozen/counters-v23'
import type { ListRowV23 } from './frozen/list-rows-v23'
import type { DataStep } from './data-step'

export const COUNTERS_STEP = 'v14-counters'

const PAGE = 5000

export const countersStep: DataStep = {
  name: COUNTERS_STEP,
  tables: ['lists', 'counters'],
  size: async () => 1,
  async batch(db) {
    const lists = db.table<ListRowV23, string>('lists')
    const totals: CounterTotalsV23 = new Map()
    let last: string | undefined
    for (;;) {
      const page = await (last === undefined ? lists.orderBy(':id') : lists.where(':id').above(last)).limit(PAGE).toArray()
      addCountsOfRowsV23(totals, page.map((r) => r.m))
      if (page.length < PAGE) break
      last = page[page.length - 1].s
    }
    const counters = db.table('counters') as Table<CounterRowV23, string>
    await counters.clear()
    await counters.bulkPut(counterRowsV23(totals))
    return { count: 1, done: true }
  },
}
