// Topic quality on labelled sets, for tuning: per language the share of leads that get no topic at all (and
// of those whose labels say they should have one), and per topic the false positives and misses.
// `npx tsx tests/main/core/classify/topic-scores.ts [set ...] [--misses]` prints the tables; `set:tune` and
// `set:check` take one half of a set whose rows carry ids (odd numbers tune, even numbers check).
import { classifyArticle } from '../../../../src/main/core/classify/index'
import { loadRows, type TierRow } from './dev-scores'

interface TopicCounts {
  tp: number
  fp: number
  fn: number
}

export interface TopicReport {
  /** Per language: rows, rows with no topic predicted, and the F1 of topics. */
  languages: Array<{ lang: string; rows: number; empty: number; f1: number }>
  /** Per topic: true positives, false positives, misses. */
  topics: Map<string, TopicCounts>
  misses: string[]
}

function f1(c: TopicCounts): number {
  return (2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1)
}

/** Rows of a set, or of one half of it: `dev-topics-fresh.jsonl:tune` (odd ids) or `:check` (even ids). */
export function loadHalf(spec: string): TierRow[] {
  const [name, half] = spec.split(':')
  const rows = loadRows(name) as Array<TierRow & { id?: string }>
  if (!half) return rows
  if (half !== 'tune' && half !== 'check') throw new Error(`Unknown half ${half}: use tune or check`)
  return rows.filter((r) => (Number(r.id?.slice(-2)) % 2 === 1) === (half === 'tune'))
}

export function reportTopics(rows: TierRow[]): TopicReport {
  const byLang = new Map<string, TopicCounts & { rows: number; empty: number }>()
  const topics = new Map<string, TopicCounts>()
  const misses: string[] = []
  const count = (topic: string) => {
    let c = topics.get(topic)
    if (!c) topics.set(topic, (c = { tp: 0, fp: 0, fn: 0 }))
    return c
  }
  for (const r of rows) {
    const tagged = classifyArticle({ title: r.title, summary: r.summary, content: r.content, lang: r.lang })
    const got = { topics: tagged.topics as string[], evidence: tagged.evidence }
    for (const key of [r.lang, 'all']) {
      let g = byLang.get(key)
      if (!g) byLang.set(key, (g = { rows: 0, empty: 0, tp: 0, fp: 0, fn: 0 }))
      g.rows++
      if (got.topics.length === 0) g.empty++
      for (const t of got.topics) if (r.topics.includes(t)) g.tp++; else g.fp++
      for (const t of r.topics) if (!got.topics.includes(t)) g.fn++
    }
    for (const t of got.topics) if (r.topics.includes(t)) count(t).tp++; else count(t).fp++
    for (const t of r.topics) if (!got.topics.includes(t)) count(t).fn++
    const same = got.topics.length === r.topics.length && got.topics.every((t) => r.topics.includes(t))
    if (!same) misses.push(`[${r.lang}] ${r.title}\n   ${r.topics} -> ${got.topics}  ${JSON.stringify(got.evidence.topics)}`)
  }
  const languages = [...byLang.entries()].map(([lang, g]) => ({ lang, rows: g.rows, empty: g.empty, f1: f1(g) }))
  return { languages, topics, misses }
}

if (process.argv[1]?.endsWith('topic-scores.ts')) {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'))
  const rows = (names.length ? names : ['dev-topics.jsonl']).flatMap((n) => loadHalf(n))
  const report = reportTopics(rows)
  const lines = ['  lang     n  no topic  topics F1']
  for (const l of report.languages) {
    lines.push(`  ${l.lang.padEnd(5)} ${String(l.rows).padStart(4)}  ${(l.empty / l.rows).toFixed(3).padStart(8)}  ${l.f1.toFixed(3).padStart(9)}`)
  }
  lines.push('  topic                          tp   fp   fn     F1')
  for (const [t, c] of [...report.topics.entries()].sort()) {
    lines.push(`  ${t.padEnd(29)} ${[c.tp, c.fp, c.fn].map((x) => String(x).padStart(4)).join(' ')}  ${f1(c).toFixed(3)}`)
  }
  process.stdout.write(`${lines.join('\n')}\n`)
  if (process.argv.includes('--misses')) process.stdout.write(`${report.misses.join('\n')}\n`)
}
