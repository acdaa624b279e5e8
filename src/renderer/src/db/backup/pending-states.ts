// Reader state restored from a backup for articles the library did not hold yet (restore.ts): when a feed brings
// such an article again, it is stored with that state — read, starred, corrected — instead of as new and unread.
import type { ArticleChange } from '../article-tags'
import { mergeState } from './merge-state'
import type { MeridianDb, RestoredStateRow } from '../rows/types'

/** Whether restoredStates may hold rows, per database: ingest skips the lookup entirely when it cannot. */
const mayHold = new WeakMap<MeridianDb, boolean>()

export function markPendingStates(db: MeridianDb): void {
  mayHold.set(db, true)
}

/** Gives new articles their restored state, and forgets the states used. Call inside ingest's transaction. */
export async function applyRestoredStates(db: MeridianDb, changes: ArticleChange[]): Promise<void> {
  if (mayHold.get(db) === false) return
  if (!mayHold.has(db)) {
    const any = (await db.restoredStates.count()) > 0
    mayHold.set(db, any)
    if (!any) return
  }
  const fresh = changes.filter((c) => !c.before && c.after)
  if (fresh.length === 0) return
  const rows = await db.restoredStates.bulkGet(fresh.map((c) => c.after?.id ?? ''))
  const used: string[] = []
  fresh.forEach((change, i) => {
    const state: RestoredStateRow | undefined = rows[i]
    const a = change.after
    if (!state || !a) return
    used.push(state.id)
    change.after = mergeState(a, { readAt: state.r, starred: state.s === 1, userTags: state.t, labels: state.l, shown: state.v === 1 }) ?? a
  })
  if (used.length) await db.restoredStates.bulkDelete(used)
}
