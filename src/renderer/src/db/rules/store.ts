// The rules table: list, save (validated), reorder, delete, and the compiled set ingest uses (compiled again only
// when the rules changed).
import type { MeridianDb } from '../rows/types'
import { compileRules, type CompiledRule } from './match'
import { checkRule, type Rule } from './types'

export async function listRules(db: MeridianDb): Promise<Rule[]> {
  return (await db.rules.toArray()).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
}

/** Stores a rule (new or edited); a new one goes last. Throws InvalidRuleError on a malformed rule. */
export async function saveRule(db: MeridianDb, rule: Omit<Rule, 'order'> & { order?: number }): Promise<Rule> {
  return db.transaction('rw', db.rules, async () => {
    const known = await db.rules.get(rule.id)
    const order = rule.order ?? known?.order ?? Math.max(0, ...(await db.rules.toArray()).map((r) => r.order)) + 1
    const next = checkRule({ ...rule, order })
    await db.rules.put(next)
    return next
  })
}

export async function deleteRule(db: MeridianDb, id: string): Promise<void> {
  await db.rules.delete(id)
}

/** Moves a rule one place up (-1) or down (+1) in the run order. */
export async function moveRule(db: MeridianDb, id: string, step: -1 | 1): Promise<void> {
  await db.transaction('rw', db.rules, async () => {
    const rules = await listRules(db)
    const i = rules.findIndex((r) => r.id === id)
    const j = i + step
    if (i < 0 || j < 0 || j >= rules.length) return
    ;[rules[i], rules[j]] = [rules[j], rules[i]]
    await db.rules.bulkPut(rules.map((r, k) => ({ ...r, order: k + 1 })))
  })
}

let cache: { key: string; compiled: CompiledRule[] } | undefined

/** The enabled rules, compiled, in run order. Call inside a transaction that includes db.rules. */
export async function compiledRules(db: MeridianDb): Promise<CompiledRule[]> {
  const rules = await db.rules.toArray()
  const key = JSON.stringify(rules)
  if (cache?.key !== key) cache = { key, compiled: compileRules(rules) }
  return cache.compiled
}

export function newRuleId(): string {
  return `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
}
