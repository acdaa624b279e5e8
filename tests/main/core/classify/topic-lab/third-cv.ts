// Does a bar of its own for a third topic beat the shared pick rule, and does one densely labelled set move the
// shared bars? (train.ts --third). Nested over the leave-one-set-out folds: for each held-out set the shared rule
// (at most 2 or 3 topics, one bar) and the rule with a separate, higher third-topic bar are chosen on the other
// sets' out-of-fold probabilities only, then the held-out set is scored with both. Then, as a nuisance check, the
// shared rule chosen with and without each set, and the second-topic F1 (topics after the predicted first) per set.
import { TOPICS } from '../../../../../src/shared/model'
import type { TrainingRow } from './train'

interface Rule { first: number; second: number; third: number; max: number }
interface Counts { tp: number; wrong: number }

const SECOND_BARS = Array.from({ length: 36 }, (_, i) => 0.25 + i * 0.01)
const THIRD_BARS = [...Array.from({ length: 30 }, (_, i) => 0.3 + i * 0.02), 1.01]
const FIRST_BARS = [0.15, 0.2, 0.3]

/** The three likeliest topics of each row, with their probabilities (ties by topic order, as pickTopics). */
function topThree(p: Float64Array): Array<[number, number]> {
  return [...p].map((v, t) => [t, v] as [number, number]).filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 3)
}

function pick(top: Array<[number, number]>, r: Rule): number[] {
  if (top.length === 0 || top[0][1] < Math.min(r.first, r.second)) return []
  const kept = [top[0][0]]
  if (top.length > 1 && top[1][1] >= r.second && r.max >= 2) kept.push(top[1][0])
  if (kept.length === 2 && top.length > 2 && top[2][1] >= Math.max(r.second, r.third) && r.max >= 3) kept.push(top[2][0])
  return kept
}

function count(rows: TrainingRow[], at: number[], tops: Array<Array<[number, number]>>, r: Rule): Counts {
  const c = { tp: 0, wrong: 0 }
  for (const i of at) {
    const got = pick(tops[i], r).map((t) => TOPICS[t] as string)
    for (const t of got) if (rows[i].gold.includes(t)) c.tp++; else c.wrong++
    for (const t of rows[i].gold) if (!got.includes(t)) c.wrong++
  }
  return c
}

const f1 = (c: Counts) => (2 * c.tp) / (2 * c.tp + c.wrong || 1)
const add = (a: Counts, b: Counts) => ({ tp: a.tp + b.tp, wrong: a.wrong + b.wrong })

function rulesOf(withThird: boolean): Rule[] {
  const out: Rule[] = []
  for (const first of FIRST_BARS) {
    for (const second of SECOND_BARS) {
      if (withThird) for (const third of THIRD_BARS) out.push({ first, second, third, max: 3 })
      else for (const max of [2, 3]) out.push({ first, second, third: 0, max })
    }
  }
  return out
}

/** Second-topic precision/recall of one set: the topics after the predicted first against the labels' later ones. */
function secondCounts(rows: TrainingRow[], at: number[], tops: Array<Array<[number, number]>>, r: Rule): { tp: number; fp: number; fn: number } {
  const c = { tp: 0, fp: 0, fn: 0 }
  for (const i of at) {
    const got = pick(tops[i], r).map((t) => TOPICS[t] as string)
    for (const t of got.slice(1)) if (rows[i].gold.includes(t)) c.tp++; else c.fp++
    for (const t of rows[i].gold.slice(1)) if (!got.includes(t)) c.fn++
  }
  return c
}

export function compareThirdBar(rows: TrainingRow[], probs: Float64Array[]): void {
  const tops = probs.map(topThree)
  const sets = [...new Set(rows.map((r) => r.set))].sort()
  const rowsOf = new Map(sets.map((set) => [set, rows.flatMap((r, i) => (r.set === set ? [i] : []))]))
  const families = { shared: rulesOf(false), third: rulesOf(true) }
  const lines = [`${'held-out set'.padEnd(26)} shared  third bar  (rule chosen on the other sets: second / third)`]
  const totals = { shared: { tp: 0, wrong: 0 }, third: { tp: 0, wrong: 0 } }
  const chosen: Record<string, Map<string, Rule>> = { shared: new Map(), third: new Map() }
  for (const [name, rules] of Object.entries(families) as Array<['shared' | 'third', Rule[]]>) {
    const perSet = rules.map((r) => new Map(sets.map((s) => [s, count(rows, rowsOf.get(s)!, tops, r)])))
    const all = perSet.map((m) => [...m.values()].reduce(add, { tp: 0, wrong: 0 }))
    for (const set of sets) {
      let best = 0
      let bestF1 = -1
      perSet.forEach((m, k) => {
        const score = f1({ tp: all[k].tp - m.get(set)!.tp, wrong: all[k].wrong - m.get(set)!.wrong })
        if (score > bestF1 + 1e-9) { bestF1 = score; best = k }
      })
      chosen[name].set(set, rules[best])
      totals[name] = add(totals[name], perSet[best].get(set)!)
    }
  }
  for (const set of sets) {
    const at = rowsOf.get(set)!
    const [s, t] = [chosen.shared.get(set)!, chosen.third.get(set)!]
    lines.push(`  ${set.padEnd(24)} ${f1(count(rows, at, tops, s)).toFixed(3)}   ${f1(count(rows, at, tops, t)).toFixed(3)}     ` +
      `${s.second.toFixed(2)} max ${s.max} / ${t.second.toFixed(2)} ${t.third.toFixed(2)}`)
  }
  lines.push(`  ${'all (nested)'.padEnd(24)} ${f1(totals.shared).toFixed(4)}  ${f1(totals.third).toFixed(4)}`)
  lines.push(`${'second-topic F1 per set'.padEnd(26)} P      R      F1     (pooled shared rule)   leave-set-out second bar`)
  const pooled = bestRule(rows, rows.map((_, i) => i), tops, families.shared)
  for (const set of sets) {
    const c = secondCounts(rows, rowsOf.get(set)!, tops, pooled)
    const without = bestRule(rows, rows.flatMap((r, i) => (r.set === set ? [] : [i])), tops, families.shared)
    lines.push(`  ${set.padEnd(24)} ${(c.tp / (c.tp + c.fp || 1)).toFixed(3)}  ${(c.tp / (c.tp + c.fn || 1)).toFixed(3)}  ` +
      `${((2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1)).toFixed(3)}                        ${without.second.toFixed(2)} max ${without.max}`)
  }
  lines.push(`  pooled rule: first ${pooled.first}, second ${pooled.second.toFixed(2)}, max ${pooled.max}`)
  process.stdout.write(`${lines.join('\n')}\n`)
}

function bestRule(rows: TrainingRow[], at: number[], tops: Array<Array<[number, number]>>, rules: Rule[]): Rule {
  let best = rules[0]
  let bestF1 = -1
  for (const r of rules) {
    const score = f1(count(rows, at, tops, r))
    if (score > bestF1 + 1e-9) { bestF1 = score; best = r }
  }
  return best
}
