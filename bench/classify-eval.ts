// Tagging quality on the frozen set (issue 14). Run: npx tsx bench/classify-eval.ts [--json out.json]
// [--set <jsonl>] (another set in the frozen set's format, e.g. a held-out tests/fixtures/classify/heldout18.jsonl).
// Prints per-language tables beside the targets and a table per trap kind. Aggregates only, on
// purpose: whoever tunes the classifier may run this to report, and must not see which articles it misses.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { evaluateFrozenSet, loadFrozenSet } from '../tests/helpers/tag-eval-run'
import { languageTable, METRIC_LEGEND, targetTable, trapTable } from '../tests/helpers/tag-eval-report'

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name)
  if (i < 0) return undefined
  const value = argv[i + 1]
  if (!value || value.startsWith('--')) throw new Error(`${name} needs a file name`)
  return value
}

function main(): void {
  const argv = process.argv.slice(2)
  const out = option(argv, '--json')
  const set = option(argv, '--set')
  const started = Date.now()
  const result = evaluateFrozenSet(set ? loadFrozenSet(set) : undefined)
  const meta = { date: new Date().toISOString(), commit: commit(), articles: result.articles, ms: Date.now() - started }
  const text = [
    `${set ?? 'frozen tagging set'}: ${meta.articles} articles, commit ${meta.commit}, ${meta.date}`,
    '',
    languageTable(result.byLanguage),
    '',
    METRIC_LEGEND,
    '',
    'issue targets:',
    targetTable(result.targets),
    '',
    'trap kinds (share of trap articles whose about set is exactly right; share with no topic outside gold):',
    trapTable(result.traps),
  ].join('\n')
  process.stdout.write(`${text}\n`)
  if (out) {
    const byLanguage = Object.fromEntries(result.byLanguage)
    writeFileSync(out, `${JSON.stringify({ ...meta, byLanguage, targets: result.targets, traps: result.traps }, null, 2)}\n`)
  }
}

main()
