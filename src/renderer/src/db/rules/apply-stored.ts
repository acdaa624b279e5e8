// Rules applied to the articles already stored, a batch per transaction so the window stays responsive, and the
// hidden articles reconsidered when rules change (a deleted mute word brings its articles back).
import { articleTables, sortKeysOfTag, tag, writeArticles, type ArticleChange } from '../article-tags'
import type { MeridianDb, StoredArticle } from '../rows/types'
import { subjectOf, withOutcome } from './apply'
import { compileRules, outcomeOf } from './match'
import type { Rule } from './types'
import { listRules } from './store'

export interface ApplySummary {
  scanned: number
  changed: number
}

async function folderOfFeed(db: MeridianDb): Promise<Map<string, string | undefined>> {
  return new Map((await db.feeds.toArray()).map((f) => [f.id, f.folder]))
}

/** Applies `rules` (default: the stored ones) to every stored article, `batch` articles per transaction. */
export async function applyRulesToStored(db: MeridianDb, rules?: Rule[], opts: { batch?: number; now?: number; onProgress?: (s: ApplySummary) => void } = {}): Promise<ApplySummary> {
  const compiled = compileRules(rules ?? (await listRules(db)))
  const folders = await folderOfFeed(db)
  const summary: ApplySummary = { scanned: 0, changed: 0 }
  if (compiled.length === 0) return summary
  const now = opts.now ?? Date.now()
  let last: string | undefined
  for (;;) {
    const done = await db.transaction('rw', articleTables(db), async () => {
      const page = await (last === undefined ? db.articles.orderBy(':id') : db.articles.where(':id').above(last)).limit(opts.batch ?? 500).toArray()
      if (page.length === 0) return true
      const changes: ArticleChange[] = []
      for (const before of page) {
        const after = withOutcome(before, outcomeOf(compiled, subjectOf(before, folders.get(before.feedId))), now)
        if (after !== before) changes.push({ before, after })
      }
      await writeArticles(db, changes)
      summary.scanned += page.length
      summary.changed += changes.length
      last = page[page.length - 1].id
      return false
    })
    opts.onProgress?.(summary)
    if (done) return summary
  }
}

/** Shows again every hidden article no enabled hide rule matches any more (after a rule was deleted or edited). */
export async function reconsiderHidden(db: MeridianDb): Promise<number> {
  const hiding = compileRules((await listRules(db)).filter((r) => r.actions.some((a) => a.kind === 'hide')))
  const folders = await folderOfFeed(db)
  const ids = (await sortKeysOfTag(db.lists, tag.hidden)).map((k) => k.slice(k.indexOf('|') + 1))
  let shown = 0
  for (let i = 0; i < ids.length; i += 500) {
    await db.transaction('rw', articleTables(db), async () => {
      const rows = (await db.articles.bulkGet(ids.slice(i, i + 500))).filter((a): a is StoredArticle => a?.isHidden === 1)
      const back = rows.filter((a) => !outcomeOf(hiding, subjectOf(a, folders.get(a.feedId))).hide)
      await writeArticles(db, back.map((before) => ({ before, after: unhidden(before) })))
      shown += back.length
    })
  }
  return shown
}

export function unhidden(a: StoredArticle): StoredArticle {
  const { isHidden: _dropped, ...rest } = a
  return rest
}
