// Data step of version 12 (issue 6): read articles stored without a read time get their first-seen time, the time
// retention assumed for them, so the readAt index lists every read article.
import { outcomeOf, pageAfter, type DataStep } from './data-step'

export const READ_TIMES_STEP = 'v12-read-times'

interface ArticleV12 {
  id: string
  isRead: 0 | 1
  readAt?: number
  firstSeenAt: number
}

export const readTimesStep: DataStep = {
  name: READ_TIMES_STEP,
  tables: ['articles'],
  size: (db) => db.table('articles').count(),
  async batch(db, cursor, limit) {
    const page = await pageAfter(db.table<ArticleV12, string>('articles'), cursor, limit)
    const changed = page.filter((a) => a.isRead === 1 && a.readAt === undefined).map((a) => ({ ...a, readAt: a.firstSeenAt }))
    if (changed.length) await db.table('articles').bulkPut(changed)
    return outcomeOf(page, limit, (a) => a.id)
  },
}
