// The story grouper on the FROZEN grouping pairs (tests/fixtures/grouping/frozen, never tuned on): aggregates only,
// overall, across and within languages, and per kind. Tune on the dev set instead
// (npx tsx tests/main/core/stories/dev-scores.ts).
//   npx tsx bench/grouping-eval.ts
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { storyFeatures } from '../src/main/core/stories/features'
import { sameStory } from '../src/main/core/stories/same-story'
import { parsePairs, scorePairs, type PairScores } from '../tests/helpers/grouping-eval'

const pairs = parsePairs(readFileSync(join(__dirname, '../tests/fixtures/grouping/frozen/pairs.jsonl'), 'utf8'))
const report = scorePairs(pairs, (a, b) => sameStory(storyFeatures(a), storyFeatures(b)))
const row = (name: string, s: PairScores): string =>
  `| ${name} | ${s.pairs} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} | ${s.accuracy.toFixed(3)} |`
console.log('| scope | pairs | precision | recall | F1 | accuracy |\n| --- | ---: | ---: | ---: | ---: | ---: |')
console.log(row('overall', report.overall))
console.log(row('cross-language pairs', report.crossLanguage))
console.log(row('same-language pairs', report.sameLanguage))
for (const [kind, s] of Object.entries(report.byKind)) console.log(row(kind, s))
