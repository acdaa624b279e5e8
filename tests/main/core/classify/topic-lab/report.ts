// Tables of the topic model's cross-validated predictions beside the old rules' on the same rows: micro-F1 per
// set, per language and per topic (used by train.ts).
import type { TrainingRow } from './train'

interface Counts {
  tp: number
  fp: number
  fn: number
}

const f1 = (c: Counts) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1)

function tally(rows: TrainingRow[], predicted: (r: TrainingRow, i: number) => string[], key: (r: TrainingRow, topic?: string) => string[]): Map<string, Counts> {
  const out = new Map<string, Counts>()
  const at = (k: string) => {
    let c = out.get(k)
    if (!c) out.set(k, (c = { tp: 0, fp: 0, fn: 0 }))
    return c
  }
  rows.forEach((r, i) => {
    const got = predicted(r, i)
    for (const t of got) for (const k of key(r, t)) if (r.gold.includes(t)) at(k).tp++; else at(k).fp++
    for (const t of r.gold) if (!got.includes(t)) for (const k of key(r, t)) at(k).fn++
  })
  return out
}

function table(title: string, model: Map<string, Counts>, rules: Map<string, Counts>): string[] {
  const lines = [`${title.padEnd(29)}   model  P      R      rules  P      R`]
  for (const [k, c] of [...model.entries()].sort()) {
    const p = (x: Counts) => `${f1(x).toFixed(3)}  ${(x.tp / (x.tp + x.fp || 1)).toFixed(3)}  ${(x.tp / (x.tp + x.fn || 1)).toFixed(3)}`
    const r = rules.get(k)
    lines.push(`  ${k.padEnd(29)} ${p(c)}   ${r ? p(r) : ''}`)
  }
  return lines
}

export function printReport(rows: TrainingRow[], predicted: string[][]): void {
  const model = (_: TrainingRow, i: number) => predicted[i]
  const rules = (r: TrainingRow) => r.rules
  const views: Array<[string, (r: TrainingRow, topic?: string) => string[]]> = [
    ['set', (r) => [r.set, 'all']], ['language', (r) => [r.lang]], ['topic', (_, t) => [t ?? '']]]
  const lines: string[] = []
  for (const [title, key] of views) lines.push(...table(title, tally(rows, model, key), tally(rows, rules, key)))
  const labelled = rows.reduce((n, r) => n + r.gold.length, 0)
  const guessed = predicted.reduce((n, p) => n + p.length, 0)
  lines.push(`rows ${rows.length}, topics per row: labelled ${(labelled / rows.length).toFixed(2)}, model ${(guessed / rows.length).toFixed(2)}`)
  process.stdout.write(`${lines.join('\n')}\n`)
  printDensity(rows, [['model', predicted], ['rules', rows.map((r) => r.rules)]])
  printPositionRecall(rows, predicted)
}

/**
 * Recall of the labels' first topic and of their second (and third) ones per set: the second topics are where the
 * recall goes (a war lead's politics, a strike's economy), so this shows what a change does to them.
 */
function printPositionRecall(rows: TrainingRow[], predicted: string[][]): void {
  const lines = [`${'recall by label position'.padEnd(29)}  first   n    second  n`]
  for (const set of [...new Set(rows.map((r) => r.set)), 'all'].sort()) {
    const c = { first: 0, firstN: 0, second: 0, secondN: 0 }
    rows.forEach((r, i) => {
      if (set !== 'all' && r.set !== set) return
      r.gold.forEach((t, k) => {
        const hit = predicted[i].includes(t) ? 1 : 0
        if (k === 0) { c.first += hit; c.firstN++ } else { c.second += hit; c.secondN++ }
      })
    })
    const rate = (k: number, n: number) => `${(k / (n || 1)).toFixed(3)} ${String(n).padStart(4)}`
    lines.push(`  ${set.padEnd(27)}  ${rate(c.first, c.firstN)}    ${rate(c.second, c.secondN)}`)
  }
  process.stdout.write(`${lines.join('\n')}\n`)
}

/**
 * Topics per lead of each set, labelled and predicted: the writers label with different densities (a set with
 * 1.2 labels a lead rewards a stricter pick rule than one with 1.5), so this shows how one rule fits them all.
 */
export function printDensity(rows: TrainingRow[], columns: Array<[string, string[][]]>): void {
  const sets = [...new Set(rows.map((r) => r.set))].sort()
  const lines = [`${'topics per lead'.padEnd(29)} labelled ${columns.map(([n]) => n.padStart(8)).join(' ')}`]
  for (const set of [...sets, 'all']) {
    const at = rows.flatMap((r, i) => (set === 'all' || r.set === set ? [i] : []))
    const mean = (count: (i: number) => number) => (at.reduce((n, i) => n + count(i), 0) / at.length).toFixed(2).padStart(8)
    lines.push(`  ${set.padEnd(27)} ${mean((i) => rows[i].gold.length)} ${columns.map(([, p]) => mean((i) => p[i].length)).join(' ')}`)
  }
  process.stdout.write(`${lines.join('\n')}\n`)
}

/** Micro-F1 per set, language and topic, and topics per lead, of several predictions of the same rows. */
export function printComparison(rows: TrainingRow[], columns: Array<[string, string[][]]>): void {
  const views: Array<[string, (r: TrainingRow, topic?: string) => string[]]> = [
    ['set', (r) => [r.set, 'all']], ['language', (r) => [r.lang]], ['topic', (_, t) => [t ?? '']]]
  const lines: string[] = []
  for (const [title, key] of views) {
    const tallies = columns.map(([, p]) => tally(rows, (_, i) => p[i], key))
    lines.push(`${title.padEnd(29)} ${columns.map(([name]) => name.padStart(9)).join(' ')}`)
    for (const k of [...tallies[0].keys()].sort()) {
      lines.push(`  ${k.padEnd(27)} ${tallies.map((t) => f1(t.get(k) ?? { tp: 0, fp: 0, fn: 0 }).toFixed(3).padStart(9)).join(' ')}`)
    }
  }
  const perLead = (p: string[][]) => (p.reduce((n, x) => n + x.length, 0) / rows.length).toFixed(2)
  lines.push(`topics per lead: labelled ${perLead(rows.map((r) => r.gold))}, ${columns.map(([n, p]) => `${n} ${perLead(p)}`).join(', ')}`)
  process.stdout.write(`${lines.join('\n')}\n`)
}

/**
 * Second topics missed and added, by the labels' first topic: "politics <- conflict-war-peace 12" says 12 war
 * leads lack a labelled politics, "+" the topics added that no label has. Shows which companions lack evidence.
 */
export function printPairs(rows: TrainingRow[], predicted: (r: TrainingRow, i: number) => string[], title: string): void {
  const missed = new Map<string, number>()
  const added = new Map<string, number>()
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1)
  rows.forEach((r, i) => {
    const got = predicted(r, i)
    for (const t of r.gold.slice(1)) if (!got.includes(t)) bump(missed, `${t} <- ${r.gold[0]}`)
    for (const t of got) if (!r.gold.includes(t)) bump(added, `${t} <- ${r.gold[0]}`)
  })
  const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)
    .map(([k, n]) => `  ${k.padEnd(60)} ${n}`)
  process.stdout.write([`${title}: second topics missed (topic <- labelled first)`, ...top(missed),
    `${title}: topics added wrongly (topic <- labelled first)`, ...top(added)].join('\n') + '\n')
}

/** The rows whose cross-validated topics differ from the labels, per set. */
export function printMisses(rows: TrainingRow[], predicted: string[][]): void {
  const lines: string[] = []
  rows.forEach((r, i) => {
    const same = predicted[i].length === r.gold.length && predicted[i].every((t) => r.gold.includes(t))
    if (!same) lines.push(`${r.set}:${r.line + 1} [${r.lang}] ${r.title}\n   ${r.gold} -> ${predicted[i]}`)
  })
  process.stdout.write(`${lines.join('\n')}\n`)
}
