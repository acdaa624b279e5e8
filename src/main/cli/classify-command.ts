// `classify`: JSON lines in on stdin, one {"countries","mentions","topics","evidence"} line out per input line, in order.
// `countries` is the about tier (what filters use); `mentions` the countries only named. Empty input is an error.
import { createInterface } from 'node:readline'
import { classifyArticle, type ClassifyInput } from '../core/classify'
import { describe, printError, printJson } from './output'

function toInput(value: unknown): ClassifyInput {
  const v = value as Record<string, unknown> | null
  if (!v || typeof v !== 'object' || typeof v.title !== 'string') throw new Error('each line must be a JSON object with a string "title"')
  const optString = (x: unknown) => (typeof x === 'string' ? x : undefined)
  return {
    title: v.title,
    summary: optString(v.summary),
    content: optString(v.content),
    categories: Array.isArray(v.categories) ? v.categories.filter((c): c is string => typeof c === 'string') : undefined,
    lang: optString(v.lang),
    feedCountry: optString(v.feedCountry),
  }
}

export async function runClassify(): Promise<number> {
  let failures = 0
  let count = 0
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  for await (const line of lines) {
    if (!line.trim()) continue
    count++
    try {
      const { countries, mentions, topics, evidence } = classifyArticle(toInput(JSON.parse(line)))
      printJson({ countries, mentions, topics, evidence })
    } catch (err) {
      failures++
      printJson({ error: describe(err) }) // keeps output aligned with input lines
    }
  }
  if (count === 0) {
    printError('classify: no input: pipe JSON lines with a "title" on stdin')
    return 1
  }
  return failures === 0 ? 0 : 1
}
