// Prints the story grouper's precision and recall on a dev set, with the pairs it gets wrong:
//   npx tsx tests/main/core/stories/dev-scores.ts            (the first dev set)
//   npx tsx tests/main/core/stories/dev-scores.ts tune       (dev-fresh, January half: tuned on)
//   npx tsx tests/main/core/stories/dev-scores.ts check      (dev-fresh, February half: checked only)
//   npx tsx tests/main/core/stories/dev-scores.ts fresh      (all of dev-fresh)
// With --tags, `about` is the classifier's tags of each lead (as the app groups) instead of the hand labels.
import { classifyArticle } from '../../../../src/main/core/classify'
import { storyFeatures } from '../../../../src/main/core/stories/features'
import { sameStory, storyEvidence } from '../../../../src/main/core/stories/same-story'
import { scoreConfusion, type Confusion } from '../../../helpers/grouping-eval'
import { devArticles, devPairs, freshArticles } from './dev-pairs'

const which = process.argv[2]
const chosen = which === 'tune' || which === 'check' ? freshArticles(which) : which === 'fresh' ? freshArticles() : devArticles()
const articles = process.argv.includes('--tags')
  ? chosen.map((a) => ({ ...a, about: classifyArticle({ title: a.title, summary: a.summary, lang: a.lang }).countries }))
  : chosen
const scopes: Record<string, Confusion> = { all: empty(), 'across languages': empty(), 'same language': empty() }
const wrong: string[] = []
for (const { a, b, same } of devPairs(articles)) {
  const fa = storyFeatures(a)
  const fb = storyFeatures(b)
  const said = sameStory(fa, fb)
  for (const scope of ['all', a.lang === b.lang ? 'same language' : 'across languages']) count(scopes[scope], said, same)
  if (said !== same) {
    const e = storyEvidence(fa, fb)
    wrong.push(`${same ? 'MISSED' : 'FALSE '} ${a.story}/${a.lang} ~ ${b.story}/${b.lang} ${e.score.toFixed(2)} ${e.reasons.join('; ')}`)
  }
}
console.log(wrong.join('\n'))
for (const [scope, c] of Object.entries(scopes)) {
  const s = scoreConfusion(c)
  console.log(`${scope}: pairs ${s.pairs} positives ${c.tp + c.fn} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`)
}

function empty(): Confusion {
  return { tp: 0, fp: 0, fn: 0, tn: 0 }
}

function count(c: Confusion, said: boolean, same: boolean): void {
  if (said && same) c.tp++
  else if (said) c.fp++
  else if (same) c.fn++
  else c.tn++
}
