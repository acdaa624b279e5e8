// Shape checks for primeStories' seeds (untrusted: they cross the IPC or HTTP bridge). Strings are capped, not
// refused: a seed only helps grouping, and a long title loses nothing grouping needs.
import type { StorySeed } from './model'
import { InvalidArgumentError } from './validate'

const MAX_STORY_SEEDS = 20_000
const MAX_TEXT = 2_000
const COUNTRY = /^[A-Z]{2}$/

const text = (v: unknown, max = MAX_TEXT): string | undefined => (typeof v === 'string' ? v.slice(0, max) : undefined)

export function parseStorySeeds(value: unknown): StorySeed[] {
  if (!Array.isArray(value) || value.length > MAX_STORY_SEEDS) {
    throw new InvalidArgumentError(`story seeds must be an array of at most ${MAX_STORY_SEEDS}`)
  }
  const seeds: StorySeed[] = []
  for (const v of value) {
    if (typeof v !== 'object' || v === null) continue
    const r = v as Record<string, unknown>
    const id = text(r.id, 512)
    const title = text(r.title)
    const publishedAt = text(r.publishedAt, 64)
    if (!id || title === undefined || !publishedAt || Number.isNaN(Date.parse(publishedAt))) continue
    const about = Array.isArray(r.about) ? r.about.filter((c): c is string => typeof c === 'string' && COUNTRY.test(c)).slice(0, 8) : []
    seeds.push({
      id, title, publishedAt, about,
      storyId: text(r.storyId, 512), feedId: text(r.feedId, 512), summary: text(r.summary), url: text(r.url), lang: text(r.lang, 16),
    })
  }
  return seeds
}
