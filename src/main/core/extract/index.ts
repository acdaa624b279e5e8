// Full-text extraction: page HTML -> readable article (Readability on linkedom, then a cleaning pass and, for thin
// results, a second extractor; README.md here), teaser detection, page download.
// Plain Node: never imports electron, so the CLI and tests run it too.
export { extractArticle, MAX_PAGE_CHARS } from './extract-article'
export { fetchFullText, PAGE_ACCEPT, type Extractor, type FullTextOptions, type FullTextPage } from './fetch-full-text'
export { ExtractPool } from './extract-pool'
export { needsFullText } from './needs-full-text'
export type { ExtractedArticle } from './types'
