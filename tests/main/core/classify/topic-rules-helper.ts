// Checks a table of articles against version 7's topic rules (`rulesTopics`, the fallback when USE_TOPIC_MODEL is
// false) rather than the classifier's learned decision: for the tests of those rules and of what the lexicons read.
import { expect } from 'vitest'
import { scanArticle } from '../../../../src/main/core/classify/index'
import { rulesTopics } from '../../../../src/main/core/classify/topic'
import type { TopicCase } from './helpers'

export function expectRuleTopics(cases: TopicCase[]): void {
  const failures: string[] = []
  for (const c of cases) {
    const got: string[] = rulesTopics(scanArticle(c).topicHits, c.categories).topics
    const missing = c.topics.filter((t) => !got.includes(t))
    const extra = c.only ? got.filter((t) => !c.topics.includes(t)) : []
    if (missing.length || extra.length) failures.push(`${JSON.stringify(c.title)} -> [${got}] (missing ${missing}, extra ${extra})`)
  }
  expect(failures).toEqual([])
}
