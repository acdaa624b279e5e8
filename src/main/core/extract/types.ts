// Result types of full-text extraction. Plain data: no DOM objects escape the extract module.
// The shapes are the shared contract's (the renderer stores them as they are).
import type { ArticleFullText, FullTextMode } from '../../../shared/model'

/** What could be read from one web page. Fields are absent when the page does not give them. */
export type ExtractedArticle = ArticleFullText

export type { FullTextMode }
