// Prints the story grouper's precision and recall on the dev set, with the pairs it gets wrong:
//   npx tsx tests/main/core/stories/dev-scores.ts
import { storyFeatures } from '../../../../src/main/core/stories/features'
import { sameStory, storyEvidence } from '../../../../src/main/core/stories/same-story'
import { scoreConfusion } from '../../../helpers/grouping-eval'
import { devPairs } from './dev-pairs'

const c = { tp: 0, fp: 0, fn: 0, tn: 0 }
const wrong: string[] = []
for (const { a, b, same } of devPairs()) {
  const fa = storyFeatures(a)
  const fb = storyFeatures(b)
  const said = sameStory(fa, fb)
  if (said && same) c.tp++
  else if (said) c.fp++
  else if (same) c.fn++
  else c.tn++
  if (said !== same) {
    const e = storyEvidence(fa, fb)
    wrong.push(`${same ? 'MISSED' : 'FALSE '} ${a.story}/${a.lang} ~ ${b.story}/${b.lang} ${e.score.toFixed(2)} ${e.reasons.join('; ')}`)
  }
}
const s = scoreConfusion(c)
console.log(wrong.join('\n'))
console.log(`pairs ${s.pairs} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`)
