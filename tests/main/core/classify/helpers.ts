// Shared helpers for the classifier tests: run a table of articles and report every mismatch at once.
import { expect } from 'vitest'
import { classifyArticle, type ClassifyInput } from '../../../../src/main/core/classify/index'

export interface CountryCase extends ClassifyInput {
  /** Countries that must be tagged. */
  tags: string[]
  /** Countries that must not be tagged (the wrong reading of an ambiguous word). */
  not?: string[]
  /** When true, exactly `tags` (no other country) is expected. */
  only?: boolean
}

/** Checks a table of cases; the failure message lists every case that went wrong. */
export function expectCountries(cases: CountryCase[]): void {
  const failures: string[] = []
  for (const c of cases) {
    const got = classifyArticle(c).countries
    const missing = c.tags.filter((t) => !got.includes(t))
    const wrong = (c.not ?? []).filter((t) => got.includes(t))
    const extra = c.only ? got.filter((t) => !c.tags.includes(t)) : []
    if (missing.length || wrong.length || extra.length) {
      failures.push(`${JSON.stringify(c.title)} -> [${got}] (missing ${missing}, wrong ${[...wrong, ...extra]})`)
    }
  }
  expect(failures).toEqual([])
}

export interface TopicCase extends ClassifyInput {
  topics: string[]
  /** When true, exactly `topics`; otherwise they must be among the result. */
  only?: boolean
}

export function expectTopics(cases: TopicCase[]): void {
  const failures: string[] = []
  for (const c of cases) {
    const got: string[] = classifyArticle(c).topics
    const missing = c.topics.filter((t) => !got.includes(t))
    const extra = c.only ? got.filter((t) => !c.topics.includes(t)) : []
    if (missing.length || extra.length) failures.push(`${JSON.stringify(c.title)} -> [${got}] (missing ${missing}, extra ${extra})`)
  }
  expect(failures).toEqual([])
}
