// Data step of version 2 (issue 4): each article gets its feed's outlet country, so the outlet facet is a tag like
// the others. Runs before the list rows are built (d15-list-rows.ts), which carry it.
import { outcomeOf, pageAfter, type DataStep } from './data-step'

export const OUTLETS_STEP = 'v02-outlets'

interface ArticleV2 {
  id: string
  feedId: string
  outletCountry?: string
}

export const outletsStep: DataStep = {
  name: OUTLETS_STEP,
  tables: ['feeds', 'articles'],
  size: (db) => db.table('articles').count(),
  async batch(db, cursor, limit) {
    const feeds = await db.table<{ id: string; outletCountry?: string }, string>('feeds').toArray()
    const outlet = new Map(feeds.map((f) => [f.id, f.outletCountry]))
    const page = await pageAfter(db.table<ArticleV2, string>('articles'), cursor, limit)
    const changed = page.flatMap((a) => {
      const o = outlet.get(a.feedId)
      return o && a.outletCountry !== o ? [{ ...a, outletCountry: o }] : []
    })
    if (changed.length) await db.table('articles').bulkPut(changed)
    return outcomeOf(page, limit, (a) => a.id)
  },
}
