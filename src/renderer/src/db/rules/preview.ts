// The rule editor's live preview: how many stored articles a rule (as typed) matches and the newest of them. Reads
// the library newest first in chunks and can be cancelled, so typing never waits for a scan of the whole library.
import { listRange } from '../view-query'
import { idOfSortKey, tag } from '../article-tags'
import type { MeridianDb, StoredArticle } from '../rows/types'
import { subjectOf } from './apply'
import { compileRule, matchesRule } from './match'
import type { Rule } from './types'

export interface RulePreview {
  matches: number
  scanned: number
  /** The newest matching articles (at most `firstCount`). */
  first: StoredArticle[]
  /** Why the rule cannot match as typed (an invalid regular expression). */
  errors: string[]
  isDone: boolean
}

export async function previewRule(
  db: MeridianDb,
  rule: Rule,
  opts: { chunk?: number; firstCount?: number; isCancelled?: () => boolean; onProgress?: (p: RulePreview) => void } = {},
): Promise<RulePreview> {
  const compiled = compileRule({ ...rule, isEnabled: true })
  const out: RulePreview = { matches: 0, scanned: 0, first: [], errors: compiled.errors, isDone: false }
  if (rule.conditions.length === 0 || compiled.errors.length) return { ...out, isDone: true }
  const folders = new Map((await db.feeds.toArray()).map((f) => [f.id, f.folder]))
  const chunk = opts.chunk ?? 2000
  let after: string | undefined
  for (;;) {
    if (opts.isCancelled?.()) return out
    const keys = await listRange(db, tag.all, undefined, true, after).limit(chunk).primaryKeys()
    const rows = await db.articles.bulkGet(keys.map(idOfSortKey))
    for (const a of rows) {
      if (!a) continue
      out.scanned++
      if (!matchesRule(compiled, subjectOf(a, folders.get(a.feedId)))) continue
      out.matches++
      if (out.first.length < (opts.firstCount ?? 3)) out.first.push(a)
    }
    if (keys.length < chunk) return { ...out, isDone: true }
    after = keys[keys.length - 1]
    opts.onProgress?.({ ...out })
  }
}
