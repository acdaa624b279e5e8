// Data step of version 35 (issue 15): an article's tags (countries, topics, mentions, the classifier's output, its
// evidence and version) move from its article row into its list row's `g`, so that a re-tag writes the list row
// alone. Walks the articles by id; an article row that still holds tags gets them written into its list row and is
// rewritten without them, in the same batch. A background step: until it reaches an article, reads take the tags
// from the article row (stored-articles.ts), and writeArticles keeps writing them there too until the step is done.
// Frozen: the fields and row shapes of version 35, copied here.
import type { Dexie } from 'dexie'
import { outcomeOf, pageAfter, type DataStep } from './data-step'

export const TAGS_TO_LISTS_STEP = 'v35-tags-to-lists'

const TAG_FIELDS_V35 = ['countries', 'topics', 'mentions', 'classified', 'tagEvidence', 'classifierVersion'] as const

type ArticleV35 = { id: string; sortKey: string; classified?: unknown } & Record<string, unknown>

interface ListRowV35 {
  s: string
  m: string
  k: [string, string][]
  g?: Record<string, unknown>
}

/** The article row without its tags, and the tags. */
function splitV35(a: ArticleV35): { row: ArticleV35; tags: Record<string, unknown> } {
  const row: ArticleV35 = { ...a }
  const tags: Record<string, unknown> = {}
  for (const f of TAG_FIELDS_V35) {
    if (a[f] !== undefined) tags[f] = a[f]
    delete row[f]
  }
  return { row, tags }
}

export const tagsToListsStep: DataStep = {
  name: TAGS_TO_LISTS_STEP,
  tables: ['articles', 'lists'],
  isBackground: true,
  size: (db) => db.table('articles').count(),
  async batch(db: Dexie, cursor, limit) {
    const page = await pageAfter(db.table<ArticleV35, string>('articles'), cursor, limit)
    // Rows written since 35 hold no tags (their list row does): nothing to move.
    const todo = page.filter((a) => a.classified !== undefined)
    const lists = todo.length ? await db.table<ListRowV35, string>('lists').bulkGet(todo.map((a) => a.sortKey)) : []
    const rows: ArticleV35[] = []
    const listRows: ListRowV35[] = []
    todo.forEach((a, i) => {
      const { row, tags } = splitV35(a)
      rows.push(row)
      // An article row holding tags is the truth until this step reaches it; a missing list row (none is left
      // behind by any write) is left to the list-row rebuild rather than invented here.
      const list = lists[i]
      if (list) listRows.push({ ...list, g: tags })
    })
    await Promise.all([db.table('lists').bulkPut(listRows), db.table('articles').bulkPut(rows)])
    return outcomeOf(page, limit, (a) => a.id)
  },
}
