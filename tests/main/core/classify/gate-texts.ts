// Texts for the gate property tests (disambiguate-, people-names-, street-gates): each checks a cheap pre-check
// against the regex it guards at every offset, on random token soups and on the dev sets' titles and leads.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Deterministic texts of `minTokens` to `minTokens + spread - 1` tokens drawn from `tokens` (a small LCG). */
export function randomTexts(tokens: readonly string[], count: number, seed: number, minTokens: number, spread: number): string[] {
  let s = seed
  const next = () => ((s = (s * 1103515245 + 12345) >>> 0) >>> 8) / 2 ** 24
  return Array.from({ length: count }, () => {
    let text = ''
    for (let k = 0, n = minTokens + Math.floor(next() * spread); k < n; k++) text += tokens[Math.floor(next() * tokens.length)]
    return text
  })
}

/** Every title and lead of the dev sets (dev-*.jsonl), as written. */
export function devTexts(): string[] {
  const dir = join(__dirname, '../../../fixtures/classify')
  return readdirSync(dir).filter((f) => f.startsWith('dev-') && f.endsWith('.jsonl')).flatMap((file) =>
    readFileSync(join(dir, file), 'utf8').trim().split('\n').flatMap((line) => {
      const { title, summary } = JSON.parse(line) as { title: string; summary: string }
      return [title, summary]
    }))
}
