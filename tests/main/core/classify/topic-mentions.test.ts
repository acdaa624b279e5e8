// The `mentions` evidence of the topic model (session 16): every hit of a topic's words, repeats included, as a
// thread the story develops names its words again; distinct words still count once (`cues`). The oracle is the
// number of times the word is written in the text, counted here with a regular expression.
import { describe, expect, it } from 'vitest'
import { TOPICS, type TopicId } from '../../../../src/shared/model'
import { articleContext, FEATURE_COUNT, FEATURE_NAMES, fillFeatures } from '../../../../src/main/core/classify/topic-feature-vector'
import { BODY_WINDOW } from '../../../../src/main/core/classify/topic-features'
import { readArticle, type LabInput } from './topic-lab/read'

const at = (topic: TopicId) => TOPICS.indexOf(topic)
const written = (text: string, word: RegExp) => text.match(word)?.length ?? 0

describe('topic mentions', () => {
  it('counts every hit of a word across title and lead, while the word counts once as a cue', () => {
    const input = { lang: 'en', title: 'Rail strike halts trains as strike enters third day',
      summary: 'The strike by drivers stopped most services. Union leaders said the strike would go on.' }
    const e = readArticle(input).evidence
    const strikes = written(`${input.title} ${input.summary}`, /\bstrike\b/gi)
    expect(strikes).toBe(4)
    expect(e.mentions[at('labour')]).toBeGreaterThanOrEqual(strikes)
    expect(e.mentions[at('labour')]).toBeGreaterThan(e.cues[at('labour')] + e.weak[at('labour')])
  })

  it('counts nothing past the body window, where a long text names every topic somewhere', () => {
    const opening = 'The council met on Tuesday to discuss the city budget. '.repeat(Math.ceil(BODY_WINDOW / 56))
    const input: LabInput = { lang: 'en', title: 'Council meets', content: `${opening}An earthquake shook the region.` }
    expect(readArticle(input).evidence.mentions[at('disaster-accident-emergency')]).toBe(0)
    const early: LabInput = { lang: 'en', title: 'Council meets', content: `An earthquake shook the region. ${opening}` }
    expect(readArticle(early).evidence.mentions[at('disaster-accident-emergency')]).toBe(1)
  })

  it('feeds the model the log of the count and its share of the most-mentioned topic', () => {
    const input = { lang: 'fr', title: 'Grève à la SNCF : la grève se poursuit', summary: 'Le gouvernement appelle à la reprise du dialogue social.' }
    const { evidence: e, lang } = readArticle(input)
    const t = at('labour')
    const out = new Float64Array(FEATURE_COUNT)
    fillFeatures(e, t, articleContext(e, lang), TOPICS.map(() => TOPICS.map(() => 0)), out)
    const most = Math.max(...e.mentions)
    expect(e.mentions[t]).toBe(most)
    expect(out[FEATURE_NAMES.indexOf('mentions')]).toBeCloseTo(Math.log(1 + e.mentions[t]), 12)
    expect(out[FEATURE_NAMES.indexOf('mentionShare')]).toBe(1)
    const politics = at('politics')
    fillFeatures(e, politics, articleContext(e, lang), TOPICS.map(() => TOPICS.map(() => 0)), out)
    expect(out[FEATURE_NAMES.indexOf('mentionShare')]).toBeCloseTo(e.mentions[politics] / most, 12)
  })
})
