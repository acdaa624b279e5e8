// Groups incoming articles into stories as they arrive: each new article joins the story of the recent article it
// shares the most evidence with (same-story.ts), or starts its own. The main process keeps the last few days in
// memory; at start the renderer primes it with what it stored, so the database stays the only source of truth.
import type { IncomingArticle, StorySeed } from '../../../shared/model'
import { storyFeatures, type StoryFeatures } from './features'
import { sameStory, storyEvidence } from './same-story'

export type { StorySeed }

interface Entry {
  id: string
  storyId: string
  /** When the story's first article appeared: a story never spans more than STORY_SPAN_MS. */
  storyStart: number
  features: StoryFeatures
}

const KEEP_MS = 72 * 3600_000
const STORY_SPAN_MS = 72 * 3600_000
const PRUNE_EVERY_MS = 3600_000
/** A key shared by more recent articles than this (a president's name, "100") narrows nothing: skip it. */
const MAX_POSTINGS = 400

export class StoryIndex {
  private readonly entries = new Map<string, Entry>()
  private readonly postings = new Map<string, Set<Entry>>()
  private newest = 0
  private prunedAt = 0

  /** The story of each seed, in order; an article already known keeps its story. */
  assign(seeds: readonly StorySeed[]): string[] {
    return seeds.map((seed) => this.add(seed))
  }

  get size(): number {
    return this.entries.size
  }

  private add(seed: StorySeed): string {
    const known = this.entries.get(seed.id)
    if (known) return known.storyId
    const features = storyFeatures(seed)
    if (!Number.isFinite(features.time)) return seed.storyId ?? seed.id
    const best = seed.storyId ? undefined : this.bestMatch(features)
    const entry: Entry = {
      id: seed.id,
      storyId: seed.storyId ?? best?.storyId ?? seed.id,
      storyStart: best?.storyStart ?? features.time,
      features,
    }
    this.entries.set(entry.id, entry)
    for (const key of keysOf(features)) {
      let set = this.postings.get(key)
      if (!set) this.postings.set(key, (set = new Set()))
      set.add(entry)
    }
    if (features.time > this.newest) this.newest = features.time
    // Pruning walks every entry: once per hour of news is enough.
    if (this.newest - this.prunedAt > PRUNE_EVERY_MS) this.prune()
    return entry.storyId
  }

  private bestMatch(features: StoryFeatures): Entry | undefined {
    let best: Entry | undefined
    let bestScore = -Infinity
    const seen = new Set<Entry>()
    for (const key of keysOf(features)) {
      const set = this.postings.get(key)
      if (!set || (set.size > MAX_POSTINGS && !key.startsWith('u:'))) continue
      for (const candidate of set) {
        if (seen.has(candidate)) continue
        seen.add(candidate)
        if (Math.abs(features.time - candidate.storyStart) > STORY_SPAN_MS) continue
        if (!sameStory(features, candidate.features)) continue
        const score = storyEvidence(features, candidate.features).score
        if (score > bestScore) {
          bestScore = score
          best = candidate
        }
      }
    }
    return best
  }

  /** Forgets articles older than the newest by more than KEEP_MS. */
  private prune(): void {
    this.prunedAt = this.newest
    const cutoff = this.newest - KEEP_MS
    for (const entry of this.entries.values()) {
      if (entry.features.time >= cutoff) continue
      this.entries.delete(entry.id)
      for (const key of keysOf(entry.features)) {
        const set = this.postings.get(key)
        set?.delete(entry)
        if (set?.size === 0) this.postings.delete(key)
      }
    }
  }
}

/** The keys an article is found by: its link, and the distinctive facts a same-story pair must share. */
function keysOf(f: StoryFeatures): string[] {
  const keys: string[] = []
  if (f.url) keys.push(`u:${f.url}`)
  for (const n of f.strongNumbers) keys.push(`n:${n}`)
  for (const name of f.names) keys.push(`p:${name.slice(0, 4)}`)
  for (const gram of f.han) keys.push(`h:${gram}`)
  // Two reports in one language may share only words; the rare ones find each other.
  for (const stem of f.stems) keys.push(`w:${f.lang}:${stem}`)
  return keys
}

/** A feed's new articles with their stories set. */
export function groupIntoStories(index: StoryIndex, articles: IncomingArticle[]): IncomingArticle[] {
  const storyIds = index.assign(articles.map((a) => ({
    id: a.id, title: a.title, summary: a.summary, url: a.url, lang: a.language, publishedAt: a.publishedAt, about: a.countries,
  })))
  return articles.map((a, i) => ({ ...a, storyId: storyIds[i] }))
}
