// `classify`: JSON lines in on stdin, one {"countries","topics","evidence"} line out per input line, in order.
import { createInterface } from 'node:readline'
import { classifyArticle, type ClassifyInput } from '../core/classify'
import { describe, printJson } from './output'

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
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  for await (const line of lines) {
    if (!line.trim()) continue
    try {
      const { countries, topics, evidence } = classifyArticle(toInput(JSON.parse(line)))
      printJson({ countries, topics, evidence })
    } catch (err) {
      failures++
      printJson({ error: describe(err) }) // keeps output aligned with input lines
    }
  }
  return failures === 0 ? 0 : 1
}
