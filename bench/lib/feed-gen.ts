// Deterministic RSS 2.0 feeds: feed f, item i is the same bytes on every run (seeded PRNG, fixed clock).
// Items carry 2-4 KB of HTML content, a tenth have an image, and the generator records which countries and
// topics it wrote, so benches can fall back to them when the classifier is still a placeholder.
import { COUNTRY_NAMES, LANG_WEIGHTS, SENTENCES, TITLE_TEMPLATES, TOPIC_WORDS, type Lang } from './corpus'
import { between, createRng, pick, seedOf, type Rng } from './prng'

const CORPUS_SEED = 20261129
/** Fixed "now" of the corpus: the newest item of every feed is a little before it. */
export const CORPUS_EPOCH = Date.UTC(2026, 10, 28, 12, 0, 0)
const COUNTRY_CODES = Object.keys(COUNTRY_NAMES)
const TOPIC_IDS = Object.keys(TOPIC_WORDS)

interface GeneratedItem {
  guid: string
  countries: string[]
  topics: string[]
  hasImage: boolean
}

export interface GeneratedFeed {
  xml: string
  lang: Lang
  items: GeneratedItem[]
}

function feedLanguage(feed: number): Lang {
  const rng = createRng(seedOf(CORPUS_SEED, feed, 0xfeed))
  let r = rng() * LANG_WEIGHTS.reduce((s, [, w]) => s + w, 0)
  for (const [lang, w] of LANG_WEIGHTS) if ((r -= w) < 0) return lang
  return 'en'
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function fill(template: string, rng: Rng, lang: Lang, countries: string[], topics: string[]): string {
  return template
    .replace(/\{C\}/g, () => (countries.length ? COUNTRY_NAMES[pick(rng, countries)][lang] : pick(rng, ['the region', 'the capital'])))
    .replace(/\{T\}/g, () => (topics.length ? TOPIC_WORDS[pick(rng, topics)][lang] : TOPIC_WORDS.politics[lang]))
    .replace(/\{N\}/g, () => String(between(rng, 2, 97)))
}

function content(rng: Rng, lang: Lang, countries: string[], topics: string[], image?: string): { html: string; summary: string } {
  const target = between(rng, 2048, 4096)
  const paragraphs: string[] = image ? [`<figure><img src="${image}" alt="" width="800" height="450"><figcaption>Photo</figcaption></figure>`] : []
  let size = 0
  let summary = ''
  while (size < target) {
    const sentences = Array.from({ length: between(rng, 2, 4) }, () => fill(pick(rng, SENTENCES[lang]), rng, lang, countries, topics))
    const p = `<p>${escapeXml(sentences.join(' '))}</p>`
    if (!summary) summary = sentences.join(' ').slice(0, 300)
    paragraphs.push(p)
    size += Buffer.byteLength(p)
  }
  return { html: paragraphs.join('\n'), summary }
}

function item(feed: number, index: number, lang: Lang, host: string): { xml: string; meta: GeneratedItem } {
  const rng = createRng(seedOf(CORPUS_SEED, feed, index))
  const r = rng()
  const countryCount = r < 0.15 ? 0 : r < 0.7 ? 1 : 2
  const countries = [...new Set(Array.from({ length: countryCount }, () => pick(rng, COUNTRY_CODES)))]
  const topics = rng() < 0.8 ? [pick(rng, TOPIC_IDS)] : []
  const hasImage = rng() < 0.1
  const image = hasImage ? `https://img.example/${feed}/${index}.jpg` : undefined
  const guid = `https://${host}/news/${feed}/${index}`
  const title = fill(pick(rng, TITLE_TEMPLATES[lang]), rng, lang, countries, topics)
  const { html, summary } = content(rng, lang, countries, topics, image)
  const published = new Date(CORPUS_EPOCH - index * 37 * 60_000 - feed * 61_000).toUTCString()
  const xml = `<item>
<title>${escapeXml(title)}</title>
<link>${guid}?utm_source=rss</link>
<guid isPermaLink="true">${guid}</guid>
<pubDate>${published}</pubDate>
<dc:creator>Desk ${feed % 17}</dc:creator>
${topics.map((t) => `<category>${t}</category>`).join('')}
<description>${escapeXml(summary)}</description>
<content:encoded><![CDATA[${html}]]></content:encoded>
${image ? `<enclosure url="${image}" type="image/jpeg" length="${between(rng, 40_000, 400_000)}"/>` : ''}
</item>`
  return { xml, meta: { guid, countries, topics, hasImage } }
}

/** Feed `feed` with `count` items, newest first. `host` only shapes the article links (no request goes there). */
export function generateFeed(feed: number, count: number, host = `site${feed}.example`): GeneratedFeed {
  const lang = feedLanguage(feed)
  const items = Array.from({ length: count }, (_, i) => item(feed, i, lang, host))
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Bench Wire ${feed} (${lang})</title>
<link>https://${host}/</link>
<description>Generated feed ${feed} for benchmarks</description>
<language>${lang}</language>
<ttl>30</ttl>
${items.map((i) => i.xml).join('\n')}
</channel>
</rss>
`
  return { xml, lang, items: items.map((i) => i.meta) }
}
