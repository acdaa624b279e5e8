// The issue-14 targets for the frozen tagging set and the plain-text tables that show scores beside them.
// Aggregates only: nothing here names an article, so a table can be shown to whoever tunes the classifier.
import type { GroupScores, TrapRow } from './tag-eval'

/** Languages in the order the tables print them. */
export const EVAL_LANGUAGES = ['en', 'ru', 'zh', 'fr', 'es', 'de', 'ar', 'pt', 'it', 'ja'] as const

/** Trap kinds in the order the trap table prints them (GUIDELINES.md of the frozen set). */
export const TRAP_KINDS = [
  'demonym-adjective', 'nationality-in-passing', 'product-origin', 'conference-venue', 'migrant-or-student-origin',
  'place-shares-country-name', 'place-shares-capital-name', 'person-named-after-country', 'sports-team', 'company',
  'organisation-seated-abroad', 'dateline', 'ambiguous-topic-word',
] as const

/** The issue's targets on the frozen set (issue 14, "How it is measured"). */
export const ISSUE_TARGETS = {
  aboutF1English: 0.95,
  aboutF1EachOtherLanguage: 0.92,
  aboutF1NoLanguageBelow: 0.85,
  mentionsRecall: 0.9,
  topicsF1: 0.85,
} as const

export interface TargetCheck {
  metric: string
  value: number
  target: number
  met: boolean
}

/** Every target the issue sets, evaluated on per-language scores (as built by scoreByLanguage). */
export function checkTargets(scores: ReadonlyMap<string, GroupScores>, t = ISSUE_TARGETS): TargetCheck[] {
  const row = (metric: string, value: number, target: number) => ({ metric, value, target, met: value >= target })
  const languages = EVAL_LANGUAGES.filter((l) => scores.has(l))
  const f1 = (lang: string) => scores.get(lang)!.about.f1
  const checks: TargetCheck[] = []
  for (const lang of languages) {
    checks.push(lang === 'en'
      ? row('about F1, en', f1(lang), t.aboutF1English)
      : row(`about F1, ${lang}`, f1(lang), t.aboutF1EachOtherLanguage))
  }
  checks.push(row('about F1, lowest language', Math.min(...languages.map(f1)), t.aboutF1NoLanguageBelow))
  checks.push(row('mentions recall, all', scores.get('all')!.mentionsRecall, t.mentionsRecall))
  checks.push(row('topics F1, all', scores.get('all')!.topics.f1, t.topicsF1))
  return checks
}

const f = (x: number) => x.toFixed(3)
/** A precision over zero predictions is 1 by convention; the tables say "none" so it does not read as a success. */
const precisionCell = (x: number, predictions: number) => (predictions === 0 ? 'none' : f(x))
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')

/** One row per language, then 'non-en' and 'all', with the about-F1 target of each row. */
export function languageTable(scores: ReadonlyMap<string, GroupScores>, t = ISSUE_TARGETS): string {
  const widths = [7, 4, 7, 7, 7, 7, 7, 8, 8, 7, 7, 7]
  const head = pad(['set', 'n', 'abt P', 'abt R', 'abt F1', 'target', 'exact', 'ment R', 'ment P', 'top P', 'top R', 'top F1'], widths)
  const lines = [head, '-'.repeat(head.length)]
  for (const [name, s] of scores) {
    const target = name === 'en' ? t.aboutF1English : name === 'non-en' || name === 'all' ? NaN : t.aboutF1EachOtherLanguage
    lines.push(pad([name, String(s.articles), f(s.about.precision), f(s.about.recall), f(s.about.f1),
      Number.isNaN(target) ? '' : f(target), f(s.aboutExact), f(s.mentionsRecall),
      precisionCell(s.mentionsPrecision, s.predictedMentions), precisionCell(s.topics.precision, s.topics.tp + s.topics.fp),
      f(s.topics.recall), f(s.topics.f1)], widths))
  }
  return lines.join('\n')
}

export function trapTable(rows: readonly TrapRow[]): string {
  const widths = [28, 9, 12, 16]
  const head = pad(['trap kind', 'articles', 'about exact', 'no false topic'], widths)
  return [head, '-'.repeat(head.length), ...rows.map((r) =>
    pad([r.kind, String(r.articles), f(r.aboutExact), f(r.topicsNoFalse)], widths))].join('\n')
}

export function targetTable(checks: readonly TargetCheck[]): string {
  return checks.map((c) => `${c.metric.padEnd(28)} ${f(c.value)}  target ${f(c.target)}  ${c.met ? 'met' : 'NOT met'}`).join('\n')
}

export const METRIC_LEGEND = [
  'abt: `about` tier, micro P/R/F1 against gold about; exact: share of articles whose about set is exactly right',
  'ment R: gold mentions found in predicted about ∪ mentions; ment P: predicted mentions that gold names at all',
  '"none": the classifier predicted nothing of that kind, so there is no precision to speak of',
  'top: topics, micro P/R/F1',
].join('\n')
