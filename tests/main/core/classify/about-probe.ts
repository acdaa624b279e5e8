// Prints, for each lead given as JSON lines on stdin ({title, summary?, lang}), every named country's about
// probability under the shipped weights and the features that move it most: a look at one decision while
// looking for the evidence the model lacks (classify/README.md, "About model").
//   echo '{"lang":"en","title":"..."}' | npx tsx tests/main/core/classify/about-probe.ts [--top 8]
import { readFileSync } from 'node:fs'
import { candidateFeatures, FEATURE_NAMES } from '../../../../src/main/core/classify/about-features'
import { logit } from '../../../../src/main/core/classify/about-model'
import { weighCountries } from '../../../../src/main/core/classify/country'
import { ABOUT_MODEL } from '../../../../src/main/core/classify/data/about-weights'
import { classifyArticle, scanArticle } from '../../../../src/main/core/classify/index'

const TOP_ARG = process.argv.indexOf('--top')
const TOP = TOP_ARG > 0 ? Number(process.argv[TOP_ARG + 1]) : 8

for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (!line.trim()) continue
  const row = JSON.parse(line) as { title: string; summary?: string; lang?: string }
  const verdict = classifyArticle(row)
  process.stdout.write(`${row.title}\n  about [${verdict.countries}] mentions [${verdict.mentions}]\n`)
  const { countryContext } = scanArticle(row)
  if (countryContext.hits.length === 0) continue
  const { codes, features } = candidateFeatures(weighCountries(countryContext))
  codes.forEach((code, k) => {
    const z = logit(ABOUT_MODEL, features[k])
    const parts = features[k].map((v, j) => [FEATURE_NAMES[j], v * ABOUT_MODEL.weights[j], v] as const)
      .filter(([, c]) => c !== 0).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, TOP)
    const shown = parts.map(([n, c, v]) => `${n}${v === 1 ? '' : `=${v.toFixed(2)}`} ${c >= 0 ? '+' : ''}${c.toFixed(2)}`).join(', ')
    process.stdout.write(`  ${code} p=${(1 / (1 + Math.exp(-z))).toFixed(3)}  ${shown}\n`)
  })
}
