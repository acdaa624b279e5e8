// Version 12 (issue 6): read articles stored without a read time get their first-seen time, the time retention
// assumed for them, so the readAt index lists every read article. Frozen: reads version 14's tag rows.
import type { Table, Transaction } from 'dexie'
import { idOfSortKeyV14, sortKeysOfTagV14, tagV14 } from './frozen/tag-rows-v14'

interface ArticleV12 {
  id: string
  isRead: 0 | 1
  readAt?: number
  firstSeenAt: number
}

/** Found from the tag index (in 'all' but not 'u:all'): keys only, so a large library is not read in full. */
export async function upgradeToV12(tx: Transaction): Promise<void> {
  const articles: Table<ArticleV12, string> = tx.table('articles')
  const tags = tx.table('tags')
  const unread = new Set(await sortKeysOfTagV14(tags, tagV14.unread(tagV14.all)))
  const read = (await sortKeysOfTagV14(tags, tagV14.all)).filter((k) => !unread.has(k)).map(idOfSortKeyV14)
  for (let i = 0; i < read.length; i += 500) {
    const rows = (await articles.bulkGet(read.slice(i, i + 500))).filter((a): a is ArticleV12 => a !== undefined && a.isRead === 1 && a.readAt === undefined)
    await articles.bulkPut(rows.map((a) => ({ ...a, readAt: a.firstSeenAt })))
  }
}
