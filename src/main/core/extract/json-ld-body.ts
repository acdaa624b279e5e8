// Reads the article text a page declares in schema.org JSON-LD (articleBody). Paywalled and script-rendered
// pages often show a teaser in their markup while the structured data carries the whole text.

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|LiveBlogPosting)$/
/** A declaration larger than this is not parsed (a page is capped at 5 MB; JSON.parse of it would double that). */
const MAX_JSON_CHARS = 1_000_000

/** The longest articleBody of an article-typed JSON-LD object on the page, or undefined. */
export function findJsonLdBody(doc: Document): string | undefined {
  let best: string | undefined
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const source = script.textContent ?? ''
    if (source.length > MAX_JSON_CHARS) continue
    let data: unknown
    try {
      data = JSON.parse(source)
    } catch {
      continue
    }
    for (const body of articleBodies(data, 0)) if (body.length > (best?.length ?? 0)) best = body
  }
  return best
}

/** articleBody strings of article-typed objects, searched through arrays and @graph, a few levels deep. */
function articleBodies(data: unknown, depth: number): string[] {
  if (depth > 4 || data === null || typeof data !== 'object') return []
  if (Array.isArray(data)) return data.flatMap((item) => articleBodies(item, depth + 1))
  const record = data as Record<string, unknown>
  const types = ([] as unknown[]).concat(record['@type'] ?? [])
  const own = types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)) && typeof record.articleBody === 'string' ? [record.articleBody] : []
  return [...own, ...articleBodies(record['@graph'], depth + 1)]
}

/** Plain text (paragraphs split by blank lines or single newlines) -> escaped <p>s. */
export function textToParagraphHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return text
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p)}</p>`)
    .join('')
}
