// Scores the classifier on a labelled JSON-lines set with the two tiers: per language, micro P/R/F1 of the
// `about` tier, recall of `mentions` (a country labelled as mentioned must be tagged in either tier), and
// topics. Used by evaluation.test.ts; `npx tsx tests/main/core/classify/dev-scores.ts` prints the tables.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { classifyArticle } from '../../../../src/main/core/classify/index'

export interface TierRow {
  title: string
  summary: string
  content?: string
  lang: string
  about: string[]
  mentions: string[]
  topics: string[]
  traps?: string[]
}

interface Counts {
  tp: number
  fp: number
  fn: number
}

interface Scores {
  precision: number
  recall: number
  f1: number
}

export interface LanguageScores {
  lang: string
  rows: number
  about: Scores
  /** NaN when the rows label no mentions. */
  mentionsRecall: number
  topics: Scores
}

export function loadRows(name: string): TierRow[] {
  const text = readFileSync(join(__dirname, '../../../fixtures/classify', name), 'utf8')
  // The issue-3 sets label one tier, `countries`: read as `about`, with no mentions.
  return text.trim().split('\n').map((line) => {
    const row = JSON.parse(line) as TierRow & { countries?: string[] }
    return { ...row, about: row.about ?? row.countries ?? [], mentions: row.mentions ?? [] }
  })
}

function add(c: Counts, gold: readonly string[], predicted: readonly string[]): void {
  for (const p of predicted) if (gold.includes(p)) c.tp++; else c.fp++
  for (const g of gold) if (!predicted.includes(g)) c.fn++
}

function score(c: Counts): Scores {
  const precision = c.tp / (c.tp + c.fp || 1)
  const recall = c.tp / (c.tp + c.fn || 1)
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) }
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 })

/** Scores per language, plus an 'all' row and an 'non-en' row. */
export function scoreRows(rows: TierRow[]): LanguageScores[] {
  const groups = new Map<string, { n: number; about: Counts; mentions: Counts; topics: Counts }>()
  const group = (key: string) => {
    let g = groups.get(key)
    if (!g) groups.set(key, (g = { n: 0, about: zero(), mentions: zero(), topics: zero() }))
    return g
  }
  for (const r of rows) {
    const got = classifyArticle({ title: r.title, summary: r.summary, content: r.content, lang: r.lang })
    const named = [...got.countries, ...got.mentions]
    for (const key of [r.lang, 'all', ...(r.lang === 'en' ? [] : ['non-en'])]) {
      const g = group(key)
      g.n++
      add(g.about, r.about, got.countries)
      // Recall of mentions: a country labelled as mentioned counts as found when tagged in either tier.
      for (const m of r.mentions) if (named.includes(m)) g.mentions.tp++; else g.mentions.fn++
      add(g.topics, r.topics, got.topics)
    }
  }
  const order = ['en', 'ru', 'zh', 'fr', 'es', 'de', 'ar', 'pt', 'it', 'ja', 'non-en', 'all']
  const rank = (lang: string) => (order.includes(lang) ? order.indexOf(lang) : order.length - 2)
  return [...groups.entries()].sort((a, b) => rank(a[0]) - rank(b[0])).map(([lang, g]) => ({
    lang, rows: g.n, about: score(g.about),
    mentionsRecall: g.mentions.tp + g.mentions.fn === 0 ? Number.NaN : score(g.mentions).recall,
    topics: score(g.topics),
  }))
}

export function formatTable(title: string, scores: LanguageScores[]): string {
  const f = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3))
  const lines = [`${title}`, '  lang    n   about P  about R  about F1  mentions R  topics P  topics R  topics F1']
  for (const s of scores) {
    lines.push(`  ${s.lang.padEnd(6)} ${String(s.rows).padStart(3)}   ${f(s.about.precision)}    ${f(s.about.recall)}    ` +
      `${f(s.about.f1)}     ${f(s.mentionsRecall)}      ${f(s.topics.precision)}    ${f(s.topics.recall)}    ${f(s.topics.f1)}`)
  }
  return lines.join('\n')
}

/** Lists the rows the classifier gets wrong (for tuning on dev sets only). */
function listMisses(rows: TierRow[]): string[] {
  const out: string[] = []
  for (const r of rows) {
    const got = classifyArticle({ title: r.title, summary: r.summary, content: r.content, lang: r.lang })
    const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x))
    const missedMentions = r.mentions.filter((m) => !got.countries.includes(m) && !got.mentions.includes(m))
    if (!same(r.about, got.countries) || missedMentions.length || !same(r.topics, got.topics)) {
      out.push(`[${r.lang}] ${r.title}\n   about ${r.about} -> ${got.countries} | mentions ${r.mentions} -> ${got.mentions}` +
        ` | topics ${r.topics} -> ${got.topics}\n   ${JSON.stringify(got.evidence)}`)
    }
  }
  return out
}

if (process.argv[1]?.endsWith('dev-scores.ts')) {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'))
  for (const name of names.length ? names : ['dev-tiers.jsonl']) {
    const rows = loadRows(name)
    process.stdout.write(`${formatTable(name, scoreRows(rows))}\n`)
    if (process.argv.includes('--misses')) process.stdout.write(`${listMisses(rows).join('\n')}\n`)
  }
}
