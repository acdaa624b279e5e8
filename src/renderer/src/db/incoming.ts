// Checks one incoming article before it is stored. The main process is trusted to send the right shape, but
// a single malformed row must cost that row only, never the rest of the feed, so nothing here throws.
import { TOPICS, type Enclosure, type IncomingArticle, type TagEvidence, type TopicId } from '../../../shared/model'

const TOPIC_SET: ReadonlySet<string> = new Set(TOPICS)
const MAX_ID = 2048

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const optString = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

/** ISO date within years 1000–9999, whose string form sorts chronologically; otherwise undefined. */
function sortableIso(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined
  const ms = Date.parse(v)
  if (!Number.isFinite(ms)) return undefined
  const iso = new Date(ms).toISOString()
  return /^[1-9]\d{3}-/.test(iso) ? iso : undefined
}

function enclosures(v: unknown): Enclosure[] {
  if (!Array.isArray(v)) return []
  return v.filter((e): e is Enclosure => isRecord(e) && typeof e.url === 'string')
}

/** Drops keys whose value is undefined, so stored rows compare and clone cleanly. */
export function omitUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

/**
 * A clean copy of `raw`, or undefined when it cannot be stored: no usable id, no title string, or an article
 * of another feed. A missing or unparsable date becomes the first-seen time, flagged isDateMissing.
 */
export function cleanIncoming(raw: unknown, feedId: string, now: number): IncomingArticle | undefined {
  if (!isRecord(raw)) return undefined
  const { id, title } = raw
  if (typeof id !== 'string' || id === '' || id.length > MAX_ID) return undefined
  if (raw.feedId !== feedId || typeof title !== 'string') return undefined
  const published = sortableIso(raw.publishedAt)
  return omitUndefined<IncomingArticle>({
    id,
    feedId,
    guid: optString(raw.guid),
    url: optString(raw.url),
    title,
    summary: typeof raw.summary === 'string' ? raw.summary : '',
    contentHtml: optString(raw.contentHtml),
    author: optString(raw.author),
    publishedAt: published ?? new Date(now).toISOString(),
    isDateMissing: published === undefined || raw.isDateMissing === true ? true : undefined,
    imageUrl: optString(raw.imageUrl),
    enclosures: enclosures(raw.enclosures),
    categories: strings(raw.categories),
    language: optString(raw.language),
    countries: [...new Set(strings(raw.countries).filter((c) => /^[A-Z]{2}$/.test(c)))],
    mentions: Array.isArray(raw.mentions) ? [...new Set(strings(raw.mentions).filter((c) => /^[A-Z]{2}$/.test(c)))] : undefined,
    topics: [...new Set(strings(raw.topics).filter((t): t is TopicId => TOPIC_SET.has(t)))],
    tagEvidence: isRecord(raw.tagEvidence) ? (raw.tagEvidence as unknown as TagEvidence) : undefined,
    classifierVersion: typeof raw.classifierVersion === 'number' ? raw.classifierVersion : 0,
    storyId: typeof raw.storyId === 'string' && raw.storyId.length <= MAX_ID ? optString(raw.storyId) : undefined,
  })
}
