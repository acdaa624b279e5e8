// Data step of version 31 (issue 15): the posting lists of the search index ('postings', one record per token, day
// and batch), built from the forward rows the indexer had written (`search`, whose multiEntry index version 31
// dropped). Rows still queued are indexed by the indexer as before. A background step: the lists do not wait for it;
// until it is done, search misses the articles it has not reached. Frozen: the posting shape of version 31.
import { outcomeOf, pageAfter, type DataStep } from './data-step'

export const POSTINGS_STEP = 'v31-postings'

interface SearchRowV31 {
  id: string
  w: string[]
}

const SEP_V31 = '\u0001'

function postingsV31(rows: SearchRowV31[], batch: string): { k: string; s: string[] }[] {
  const lists = new Map<string, string[]>()
  for (const row of rows) {
    for (const entry of row.w) {
      const at = entry.indexOf(SEP_V31)
      const time = entry.slice(at + 1)
      const k = `${entry.slice(0, at)}${SEP_V31}${time.slice(0, 10)}${SEP_V31}${batch}`
      const list = lists.get(k)
      if (list) list.push(`${time}|${row.id}`)
      else lists.set(k, [`${time}|${row.id}`])
    }
  }
  return [...lists.keys()].sort().map((k) => ({ k, s: lists.get(k)! }))
}

export const postingsStep: DataStep = {
  name: POSTINGS_STEP,
  tables: ['search', 'postings'],
  isBackground: true,
  size: (db) => db.table('search').count(),
  async batch(db, cursor, limit) {
    const page = await pageAfter(db.table<SearchRowV31, string>('search'), cursor, limit)
    // The batch's own key part: its first id keeps it apart from every other batch of this step, the '-' from the
    // indexer's (a time and a random tail in base 36); a batch run again writes the same records.
    const batch = `v31-${page.length ? page[0].id : ''}`
    if (page.length) await db.table('postings').bulkPut(postingsV31(page, batch))
    return outcomeOf(page, limit, (r) => r.id)
  },
}
