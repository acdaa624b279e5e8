// Groups incoming articles into stories as they arrive: each new article joins the story of the recent article it
// shares the most evidence with (same-story.ts), or starts its own. The main process keeps the last few days in
// memory; at start the renderer primes it with what it stored, so the database stays the only source of truth.
import type { IncomingArticle, StorySeed } from '../../../shared/model'
import { storyFeatures, type StoryFeatures } from './features'
import { sameStoryScore } from './same-story'
import { StemIds } from './stem-ids'

export type { StorySeed }

interface Entry {
  id: string
  /** Two articles of one feed are never one story: an outlet's updates and follow-ups are its own rows. */
  feedId?: string
  storyId: string
  /** When the story's first article appeared: a story never spans more than STORY_SPAN_MS. */
  storyStart: number
  features: StoryFeatures
  /** Ids of the features' stems, sorted (stem-ids.ts). */
  stems: Int32Array
  /** Scratch space of bestMatch: the search that last met this entry, and the key weight it shares with it. */
  seenBy: number
  sharedWeight: number
}

const KEEP_MS = 72 * 3600_000
const STORY_SPAN_MS = 72 * 3600_000
const PRUNE_EVERY_MS = 3600_000
/** A key shared by more recent articles than this (a president's name, "100") narrows nothing: skip it. */
const MAX_POSTINGS = 300
/** What sharing one key of each kind (link, number, name, Han bigram, word) says before features are compared. */
const KEY_WEIGHT: Record<string, number> = { u: Infinity, n: 1, p: 1, g: 1, h: 0.25 }
/** Candidates sharing less than this are never compared: two small figures and a few Han bigrams pass. */
const MIN_KEY_WEIGHT = 0.5
/** Stem ids are renumbered from the entries held once this many stems have ids (a few MB): the news of a few days
 *  holds far fewer, and pruned articles' stems would otherwise keep ids for as long as the app runs. */
const STEM_IDS_LIMIT = 200_000

export class StoryIndex {
  private readonly entries = new Map<string, Entry>()
  private readonly postings = new Map<string, Set<Entry>>()
  private newest = 0
  private prunedAt = 0
  private searches = 0
  private stemIds = new StemIds()
  /** How many stems had ids after the last renumbering: renumber again only once there are many more. */
  private stemIdsKept = 0

  constructor(private readonly stemIdsLimit = STEM_IDS_LIMIT) {}

  /** The story of each seed, in order; an article already known keeps its story. `features`, when given, are
   *  storyFeatures of each seed, made beforehand (in a feed-text worker). */
  assign(seeds: readonly StorySeed[], features?: readonly StoryFeatures[]): string[] {
    return seeds.map((seed, i) => this.add(seed, true, features?.[i]))
  }

  /**
   * Learns stored articles without grouping them: each keeps its story, or stands alone when it has none (stored
   * before stories existed). Comparing thousands at start would hold the main process for a minute.
   */
  prime(seeds: readonly StorySeed[]): void {
    for (const seed of seeds) this.add(seed, false)
  }

  get size(): number {
    return this.entries.size
  }

  private add(seed: StorySeed, match: boolean, made?: StoryFeatures): string {
    const known = this.entries.get(seed.id)
    if (known) return known.storyId
    const features = made ?? storyFeatures(seed)
    if (!Number.isFinite(features.time)) return seed.storyId ?? seed.id
    const stems = this.stemIds.of(features.stems)
    const best = seed.storyId || !match ? undefined : this.bestMatch(features, stems, seed.feedId)
    const entry: Entry = {
      id: seed.id,
      feedId: seed.feedId,
      storyId: seed.storyId ?? best?.storyId ?? seed.id,
      storyStart: best?.storyStart ?? features.time,
      features,
      stems,
      seenBy: 0,
      sharedWeight: 0,
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

  /**
   * The recent article this one shares the most evidence with, among those it shares enough keys with to be worth
   * comparing: counting shared keys is cheap, comparing features is not, and most articles share a word or two.
   */
  private bestMatch(features: StoryFeatures, stems: Int32Array, feedId: string | undefined): Entry | undefined {
    // Shared weights are summed on the entries themselves, in the order they are first met: a Map keyed by entry
    // cost more than the comparisons on the farm (about 150 candidates an article, 300 keys deep).
    const search = ++this.searches
    const met: Entry[] = []
    for (const key of keysOf(features)) {
      const set = this.postings.get(key)
      if (!set) continue
      const weight = KEY_WEIGHT[key[0]] ?? 0
      if (set.size > MAX_POSTINGS && weight < Infinity) continue
      for (const candidate of set) {
        if (candidate.seenBy === search) {
          candidate.sharedWeight += weight
          continue
        }
        candidate.seenBy = search
        candidate.sharedWeight = weight
        met.push(candidate)
      }
    }
    let best: Entry | undefined
    let bestScore = -Infinity
    for (const candidate of met) {
      const weight = candidate.sharedWeight
      if (weight < MIN_KEY_WEIGHT || Math.abs(features.time - candidate.storyStart) > STORY_SPAN_MS) continue
      if (feedId !== undefined && candidate.feedId === feedId) continue
      const score = sameStoryScore(features, candidate.features, stems, candidate.stems)
      if (score > bestScore) {
        bestScore = score
        best = candidate
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
    if (this.stemIds.size > Math.max(this.stemIdsLimit, 2 * this.stemIdsKept)) this.renumberStems()
  }

  /** Gives the stems of the entries held new ids, dropping those of pruned entries. */
  private renumberStems(): void {
    this.stemIds = new StemIds()
    for (const entry of this.entries.values()) entry.stems = this.stemIds.of(entry.features.stems)
    this.stemIdsKept = this.stemIds.size
  }
}

/**
 * The keys an article is found by: its link, and the distinctive facts a same-story pair shares. Words are left
 * out: two reports that share no figure, name or Han bigram are never linked by their words alone in practice,
 * and every article shares a few common words with hundreds of others.
 */
function keysOf(f: StoryFeatures): string[] {
  const keys: string[] = []
  if (f.url) keys.push(`u:${f.url}`)
  for (const n of f.strongNumbers) keys.push(`n:${n}`)
  for (const name of f.names) keys.push(`p:${name.slice(0, 4)}`)
  for (const place of f.places) keys.push(`g:${place}`)
  for (const gram of f.han) keys.push(`h:${gram}`)
  return keys
}

/** What the story index reads of an incoming article. */
export function storySeedOf(a: IncomingArticle): StorySeed {
  return { id: a.id, feedId: a.feedId, title: a.title, summary: a.summary, url: a.url, lang: a.language, publishedAt: a.publishedAt, about: a.countries }
}

/** A feed's new articles with their stories set; `features` are their storyFeatures when already made. */
export function groupIntoStories(index: StoryIndex, articles: IncomingArticle[], features?: readonly StoryFeatures[]): IncomingArticle[] {
  const storyIds = index.assign(articles.map(storySeedOf), features?.length === articles.length ? features : undefined)
  return articles.map((a, i) => ({ ...a, storyId: storyIds[i] }))
}
