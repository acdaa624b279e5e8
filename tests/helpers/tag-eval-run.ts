// Loads the frozen tagging set and runs the classifier over it; returns aggregates only (no per-article misses).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { classifyArticle } from '../../src/main/core/classify/index'
import { pair, scoreByLanguage, scoreTraps, type GoldRecord, type GroupScores, type Prediction, type TrapRow } from './tag-eval'
import { checkTargets, EVAL_LANGUAGES, TRAP_KINDS, type TargetCheck } from './tag-eval-report'

export const FROZEN_SET = join(__dirname, '../fixtures/classify/frozen/articles.jsonl')

export interface FrozenRecord extends GoldRecord {
  title: string
  summary: string
}

export function loadFrozenSet(path = FROZEN_SET): FrozenRecord[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as FrozenRecord)
}

/** The classifier's tiers for one article, read from title, lead and language only. */
function predict(r: FrozenRecord): Prediction {
  const got = classifyArticle({ title: r.title, summary: r.summary, lang: r.lang })
  return { about: got.countries, mentions: got.mentions ?? [], topics: got.topics }
}

export interface FrozenEvaluation {
  articles: number
  byLanguage: Map<string, GroupScores>
  traps: TrapRow[]
  targets: TargetCheck[]
}

export function evaluateFrozenSet(records: readonly FrozenRecord[] = loadFrozenSet()): FrozenEvaluation {
  const scored = pair(records, records.map(predict))
  const byLanguage = scoreByLanguage(scored, EVAL_LANGUAGES)
  return { articles: records.length, byLanguage, traps: scoreTraps(scored, TRAP_KINDS), targets: checkTargets(byLanguage) }
}
