// Domain types shared by main, preload and renderer. Plain TypeScript only.

/** ISO 3166-1 alpha-2 code, upper case ('FR', 'CN'). */
export type CountryCode = string

/** IPTC Media Topics, top level, as slugs. The order is the display order. */
export const TOPICS = [
  'arts-culture-entertainment',
  'conflict-war-peace',
  'crime-law-justice',
  'disaster-accident-emergency',
  'economy-business-finance',
  'education',
  'environment',
  'health',
  'human-interest',
  'labour',
  'lifestyle-leisure',
  'politics',
  'religion',
  'science-technology',
  'society',
  'sport',
  'weather',
] as const
export type TopicId = (typeof TOPICS)[number]

/** HTTP cache validators kept per feed; contentHash catches servers that ignore conditional GETs. */
export interface FeedValidators {
  etag?: string
  lastModified?: string
  /** sha1 (hex) of the last response body. */
  contentHash?: string
}

export interface Enclosure {
  url: string
  type?: string
  length?: number
}

/** Which words decided each tag, so the reader can see "why". */
export interface TagEvidence {
  /** Evidence for the `about` tier (the countries the story is about). */
  countries: Record<CountryCode, string[]>
  /** Evidence for the `mentions` tier (countries named in passing); absent on articles tagged before tiers. */
  mentions?: Record<CountryCode, string[]>
  topics: Partial<Record<TopicId, string[]>>
  /** What the tags were read from: the feed's teaser only, or the article's full text. */
  source?: 'teaser' | 'full-text'
  /** True when the article's language has no topic lexicon: topics were not attempted. */
  topicsUnavailable?: boolean
}

/** One article as the main process hands it over; the renderer adds reader state when storing it. */
export interface IncomingArticle {
  /** Stable across polls: derived from guid, else canonical link, else title+date; scoped to the feed. */
  id: string
  feedId: string
  guid?: string
  /** Canonical absolute URL, tracking parameters removed. */
  url?: string
  /** Plain text. */
  title: string
  /** Plain text, about 300 characters. */
  summary: string
  /** HTML exactly as the feed gave it; sanitized only at display. */
  contentHtml?: string
  author?: string
  /** ISO 8601 (Date.toISOString). Missing in the feed: first seen. Far future: clamped to now. */
  publishedAt: string
  /** True when the feed gave no usable date and publishedAt is the first-seen time. */
  isDateMissing?: boolean
  imageUrl?: string
  enclosures: Enclosure[]
  categories: string[]
  /** BCP 47 language tag when known ('en', 'zh-CN'). */
  language?: string
  /** The `about` tier: the one to four countries the story is about. Filters use this tier by default. */
  countries: CountryCode[]
  /** The `mentions` tier: every other country the text names. Absent on articles tagged before tiers. */
  mentions?: CountryCode[]
  topics: TopicId[]
  tagEvidence?: TagEvidence
  /** Version of the classifier that produced countries/topics; re-tagging compares it. */
  classifierVersion: number
  /** The story this article reports: the id of the story's first article (itself when it starts one). */
  storyId?: string
}

/** A stored article the main process's story grouper should know (primeStories): the fields grouping reads. */
export interface StorySeed {
  id: string
  /** The article's feed: articles of one feed are never grouped together. */
  feedId?: string
  storyId?: string
  title: string
  summary?: string
  url?: string
  lang?: string
  publishedAt: string
  /** The `about` countries. */
  about: CountryCode[]
}

/** Feed-level metadata from the document itself. */
export interface FeedInfo {
  title: string
  siteUrl?: string
  description?: string
  language?: string
  imageUrl?: string
}

/** What to look at for a feed's site icon. */
export interface SiteIconRequest {
  feedUrl: string
  siteUrl?: string
  /** The feed's own image (RSS <image>, Atom <icon>/<logo>, JSON Feed icon), when it gave one. */
  imageUrl?: string
}

/** A site icon downloaded by the main process, for the renderer to store and show offline. */
export interface SiteIcon {
  /** Where the bytes came from (after redirects). */
  url: string
  contentType: string
  bytes: Uint8Array
}

/** What the poller needs to know about one subscribed feed. The renderer's database owns it. */
export interface Subscription {
  id: string
  url: string
  validators?: FeedValidators
  /** Epoch ms of the next scheduled poll; missing = due now. */
  nextPollAt?: number
  /** Consecutive failures, for backoff. */
  failureCount?: number
  /** Set after 410 Gone; not polled until the reader retries (refresh this feed). */
  isDead?: boolean
  /** Base poll interval in minutes (default 30). ttl, sy:updatePeriod and max-age stretch only the next poll
   *  (nextPollAt), never this value, so one long max-age cannot lock a feed to rare polls. */
  intervalMinutes?: number
  /** Most items taken from one poll, the newest (default 500): a feed listing 100,000 items costs no more. */
  maxItemsPerPoll?: number
}

/** A schedule entry setSubscriptions did not take (the others are polled as usual). */
export interface RefusedSubscription {
  /** Position in the list sent. */
  index: number
  /** The entry's id, when it had a string one. */
  id?: string
  /** What was wrong, naming the field: "subscriptions[3].url must be an http(s) URL, got ...". */
  reason: string
}

/** What setSubscriptions did with the list. */
export interface SubscriptionsReport {
  refused: RefusedSubscription[]
}

/** Scheduling and HTTP state after one poll; the renderer stores it on the feed. */
export interface FeedHttpState {
  /** The feed URL to use from now on (changes after a permanent redirect). */
  url: string
  validators?: FeedValidators
  /** Epoch ms when this poll finished. */
  fetchedAt: number
  nextPollAt: number
  failureCount: number
  isDead: boolean
  intervalMinutes: number
  /** Bytes received (decoded body size); 0 for 304. */
  bytes: number
}

/** The outcome of polling one feed: the only thing main sends the renderer about feeds. */
export type FeedResult =
  | { feedId: string; kind: 'updated'; feed: FeedInfo; articles: IncomingArticle[]; http: FeedHttpState }
  | { feedId: string; kind: 'unchanged'; http: FeedHttpState }
  | { feedId: string; kind: 'failed'; error: import('./errors').AppError; http: FeedHttpState }

export interface RefreshProgress {
  done: number
  total: number
  /** Feed currently being fetched, if any. */
  currentFeedId?: string
  running: boolean
}

export type FeedFormat = 'rss' | 'atom' | 'json'

export interface DiscoveredFeed {
  url: string
  title?: string
  type: FeedFormat
}

/** Per-feed setting "Download full articles": auto downloads the page only for items whose own content is a
 *  teaser (short, or ending in an ellipsis or "read more"). */
export type FullTextMode = 'auto' | 'always' | 'never'

/** One article page the renderer wants stored for offline reading. The renderer asks once per article. */
export interface DownloadRequest {
  articleId: string
  feedId: string
  /** The article's http(s) URL. */
  url: string
  /** The feed's own image for the article (shown above it and in the list), fetched with the page's images. */
  imageUrl?: string
  /** false: the page's text only, no image is fetched (the reader turned "Download images for offline reading" off). */
  withImages?: boolean
}

/** What full-text extraction read from the article page (same fields as main/core/extract's ExtractedArticle). */
export interface ArticleFullText {
  /** isProbablyReaderable's verdict; false pages still carry whatever could be read. */
  readerable: boolean
  title?: string
  byline?: string
  siteName?: string
  publishedTime?: string
  /** Absolute http(s) URL. */
  leadImageUrl?: string
  lang?: string
  dir?: string
  /** Absolute URLs, not sanitized: the renderer sanitizes at display. */
  contentHtml?: string
  textContent?: string
  wordCount: number
  excerpt?: string
}

/** One image of a downloaded article, as fetched (the renderer may re-encode it before storing). */
export interface DownloadedImage {
  /** The URL as it appears in the article (or the lead image URL), before redirects. */
  url: string
  bytes: Uint8Array
  contentType: string
  /** True for the article's lead image (stored again at list-thumbnail size). */
  isLead: boolean
}

/** The outcome of one download request, delivered through onArticleContent. */
export type ArticleContent =
  | {
      articleId: string; feedId: string; kind: 'extracted'; pageUrl: string; fullText: ArticleFullText; images: DownloadedImage[]
      /** Tags read again from title + full text; the renderer applies them unless the reader corrected the article. */
      tags?: ArticleTags & { version: number }
    }
  | { articleId: string; feedId: string; kind: 'failed'; error: import('./errors').AppError }

/** What the classifier reads of one article (re-tagging asks main with these). */
export interface ClassifyRequest {
  title: string
  summary?: string
  /** HTML or text; callers send at most a few KB, title and lead weigh most anyway. */
  content?: string
  categories?: string[]
  lang?: string
  /** Country of the outlet: a weak prior only. */
  feedCountry?: CountryCode
}

/** The classifier's verdict on one article. */
export interface ArticleTags {
  /** The `about` tier. */
  countries: CountryCode[]
  /** The `mentions` tier: named, but not what the story is about. */
  mentions: CountryCode[]
  topics: TopicId[]
  evidence: TagEvidence
}

export interface ClassifyResponse {
  /** CLASSIFIER_VERSION of the main process; stored articles tagged by another version are stale. */
  version: number
  /** One per request, in order. */
  results: ArticleTags[]
}
