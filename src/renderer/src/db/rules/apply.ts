// What a rule outcome does to a stored article: hide, mark read, star, label, highlight. Effects only add: a rule
// never un-stars or marks unread, and a hide rule leaves alone an article the reader showed again.
import type { StoredArticle } from '../rows/types'
import { outcomeOf, type CompiledRule, type RuleOutcome, type RuleSubject } from './match'

export function subjectOf(a: StoredArticle, folder: string | undefined): RuleSubject {
  return { ...a, folder }
}

/** The article after the outcome; the same object when nothing changes. */
export function withOutcome(a: StoredArticle, o: RuleOutcome, now: number): StoredArticle {
  let next = a
  const set = (patch: Partial<StoredArticle>) => (next = { ...next, ...patch })
  if (o.hide && !a.isHidden && !a.isShownByReader) set({ isHidden: 1 })
  if (o.markRead && !a.isRead) set({ isRead: 1, readAt: now })
  if (o.star && !a.isStarred) set({ isStarred: 1 })
  if (o.highlight && !a.isHighlighted) set({ isHighlighted: 1 })
  const labels = o.labels.filter((l) => !a.labels?.includes(l))
  if (labels.length) set({ labels: [...(a.labels ?? []), ...labels] })
  return next
}

/** A new article's notify hit, passed on to the desktop notifications. */
export interface RuleHit {
  ruleId: string
  ruleName: string
  articleId: string
  title: string
}

/** Runs the rules on an article arriving at ingest; notify hits are added to `hits`. */
export function applyRulesAtIngest(rules: readonly CompiledRule[], a: StoredArticle, folder: string | undefined, now: number, hits: RuleHit[]): StoredArticle {
  if (rules.length === 0) return a
  const o = outcomeOf(rules, subjectOf(a, folder))
  if (o.matched.length === 0) return a
  // A hidden article raises no notification: the reader asked not to see it.
  if (!o.hide) for (const n of o.notify) hits.push({ ruleId: n.ruleId, ruleName: n.name, articleId: a.id, title: a.title })
  return withOutcome(a, o, now)
}
