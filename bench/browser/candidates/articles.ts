// Generated articles for the storage-design comparison: deterministic from their index, shaped like the app's
// (2–3 KB content, 1–3 countries of 60 with a skew, 0–4 mentioned countries, 1–2 topics, one outlet per feed,
// ~40 distinct search tokens from a Zipf vocabulary). Newer indexes are newer articles, as a feed's new items are.
import { createRng, seedOf } from '../../lib/prng'

const COUNTRIES = 'US GB FR DE CN RU UA IN JP BR IT ES CA AU MX KR IR IL TR SA EG ZA NG KE PK AF IQ SY PL NL BE SE NO FI DK CH AT PT GR IE AR CL CO VE PE CU TH VN ID MY PH SG NZ HU CZ RO RS ET SD LY'.split(' ')
const TOPICS = ['politics', 'economy-business-finance', 'conflict-war-peace', 'sport', 'health', 'science-technology', 'crime-law-justice', 'environment', 'arts-culture-entertainment', 'disaster-accident-emergency', 'society', 'education', 'labour', 'religion', 'weather', 'lifestyle-leisure', 'human-interest']
const FEEDS = 2000
const VOCAB = 30_000
const EPOCH = Date.UTC(2026, 0, 1)

export interface Art {
  id: string
  feedId: string
  url: string
  title: string
  summary: string
  contentHtml: string
  publishedAt: string
  sortKey: string
  countries: string[]
  mentions: string[]
  topics: string[]
  outletCountry: string
  isRead: 0 | 1
  isStarred: 0 | 1
  firstSeenAt: number
}

/** Index into a list with a 1/rank skew. */
const zipf = (r: number, n: number) => Math.min(n - 1, Math.floor(Math.exp(r * Math.log(n + 1)) - 1))
const word = (i: number) => `w${i.toString(36)}`
const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0')

export const sortKeyOf = (publishedAt: string, id: string) => `${publishedAt}|${id}`

export function article(i: number): Art {
  const rng = createRng(seedOf(7, i))
  const id = hex(seedOf(1, i)) + hex(seedOf(2, i)) + hex(seedOf(3, i))
  const feed = Math.floor(i / 50) % FEEDS // 50 items per feed result, as the app's bench feeds
  const countries = [...new Set(Array.from({ length: 1 + Math.floor(rng() * 2.2) }, () => COUNTRIES[zipf(rng(), COUNTRIES.length)]))]
  const mentions = [...new Set(Array.from({ length: Math.floor(rng() * 5) }, () => COUNTRIES[zipf(rng(), COUNTRIES.length)]))].filter((c) => !countries.includes(c))
  const topics = [...new Set(Array.from({ length: 1 + Math.floor(rng() * 1.6) }, () => TOPICS[zipf(rng(), TOPICS.length)]))]
  const words = (n: number) => Array.from({ length: n }, () => word(zipf(rng(), VOCAB))).join(' ')
  const title = words(8 + Math.floor(rng() * 7))
  const summary = words(35 + Math.floor(rng() * 25))
  const publishedAt = new Date(EPOCH + i * 20_000 + Math.floor(rng() * 3_600_000)).toISOString()
  return {
    id,
    feedId: `feed-${feed}`,
    url: `https://example.org/${feed}/${id}`,
    title,
    summary,
    contentHtml: `<p>${summary}</p>`.repeat(6),
    publishedAt,
    sortKey: sortKeyOf(publishedAt, id),
    countries,
    mentions,
    topics,
    outletCountry: COUNTRIES[feed % 30],
    isRead: rng() < 0.3 ? 1 : 0,
    isStarred: 0,
    firstSeenAt: EPOCH,
  }
}

/** Distinct words of title and summary (the app indexes those two). */
export const tokensOf = (a: Pick<Art, 'title' | 'summary'>) => [...new Set(`${a.title} ${a.summary}`.split(' '))]

/** Frequent words (ranks 50–65, each in ~9% of articles): what a reader types most. */
export const frequentTokens = Array.from({ length: 16 }, (_, r) => word(r + 50))
