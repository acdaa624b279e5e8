// Error analysis of the `about` tier on the development sets (never the frozen set): prints every false positive
// and false negative with its evidence, grouped by mechanism and language.
// `npx tsx tests/main/core/classify/about-errors.ts [set ...] [--list]`.
import { classifyArticle } from '../../../../src/main/core/classify/index'
import { loadRows, type TierRow } from './dev-scores'

const DEFAULT_SETS = ['dev-tiers.jsonl', 'dev-general.jsonl', 'dev-precision.jsonl', 'dev-langs.jsonl',
  'dev-fresh.jsonl', 'eval-dev.jsonl', 'eval-heldout.jsonl', 'eval-tuning.jsonl']

/**
 * The mechanism behind one error. A false positive is a country the text names only in passing that was promoted
 * (`fp-promoted`, no passing role found; `fp-role-ignored`, a role was found but it still stood in) or one the text
 * does not name at all (`fp-unnamed`, a wrong match). A false negative is a subject kept in `mentions`
 * (`fn-demoted-role` when a passing role took it down, `fn-below-bar` when it simply weighed too little) or never
 * matched (`fn-unmatched`: morphology, elision, a compound).
 */
type Mechanism = 'fp-promoted' | 'fp-role-ignored' | 'fp-unnamed' | 'fn-demoted-role' | 'fn-below-bar' | 'fn-unmatched'

interface ErrorLine {
  set: string
  row: TierRow
  code: string
  mechanism: Mechanism
  evidence: string[]
  got: string[]
}

function errorsOf(set: string, row: TierRow): ErrorLine[] {
  const got = classifyArticle({ title: row.title, summary: row.summary, content: row.content, lang: row.lang })
  const out: ErrorLine[] = []
  for (const code of got.countries) {
    if (row.about.includes(code)) continue
    const evidence = got.evidence.countries[code] ?? []
    const named = row.mentions.includes(code)
    const mechanism: Mechanism = !named ? 'fp-unnamed' : evidence.some((e) => e.endsWith(')')) ? 'fp-role-ignored' : 'fp-promoted'
    out.push({ set, row, code, mechanism, evidence, got: got.countries })
  }
  for (const code of row.about) {
    if (got.countries.includes(code)) continue
    const evidence = got.evidence.mentions?.[code] ?? []
    const mechanism: Mechanism = !got.mentions.includes(code) ? 'fn-unmatched'
      : evidence.some((e) => e.endsWith(')')) ? 'fn-demoted-role' : 'fn-below-bar'
    out.push({ set, row, code, mechanism, evidence, got: got.countries })
  }
  return out
}

const args = process.argv.slice(2)
const sets = args.filter((a) => !a.startsWith('-'))
const all: ErrorLine[] = []
for (const set of sets.length ? sets : DEFAULT_SETS) for (const row of loadRows(set)) all.push(...errorsOf(set, row))

const byMechanism = new Map<string, ErrorLine[]>()
for (const e of all) byMechanism.set(e.mechanism, [...(byMechanism.get(e.mechanism) ?? []), e])
const langs = ['en', 'ru', 'zh', 'fr', 'es', 'de', 'ar', 'pt', 'it', 'ja']
process.stdout.write(`mechanism          total  ${langs.map((l) => l.padStart(3)).join(' ')}\n`)
for (const [mechanism, lines] of [...byMechanism.entries()].sort()) {
  const perLang = langs.map((l) => String(lines.filter((e) => e.row.lang === l).length).padStart(3)).join(' ')
  process.stdout.write(`${mechanism.padEnd(18)} ${String(lines.length).padStart(5)}  ${perLang}\n`)
}
if (args.includes('--list')) {
  for (const [mechanism, lines] of [...byMechanism.entries()].sort()) {
    process.stdout.write(`\n== ${mechanism} (${lines.length})\n`)
    for (const e of lines.sort((a, b) => a.row.lang.localeCompare(b.row.lang))) {
      process.stdout.write(`[${e.row.lang}] ${e.code} ${JSON.stringify(e.evidence)} gold ${e.row.about} got ${e.got} ` +
        `(${e.set} ${(e.row as { id?: string }).id ?? ''} ${(e.row.traps ?? []).join(',')})\n   ${e.row.title} | ${e.row.summary.slice(0, 260)}\n`)
    }
  }
}
