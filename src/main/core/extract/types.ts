// Result types of full-text extraction. Plain data: no DOM objects escape the extract module.

/** What could be read from one web page. Fields are absent when the page does not give them. */
export interface ExtractedArticle {
  /** isProbablyReaderable's verdict; false pages still carry whatever could be read. */
  readerable: boolean
  title?: string
  byline?: string
  siteName?: string
  /** As the page states it (usually ISO 8601); not reparsed here. */
  publishedTime?: string
  /** Absolute http(s) URL: og:image / twitter:image, else the first large image of the article. */
  leadImageUrl?: string
  /** BCP 47 tag from <html lang> or the article. */
  lang?: string
  /** 'ltr' | 'rtl' | 'auto' as the page declares it. */
  dir?: string
  /** Article HTML with absolute URLs, not sanitized: the renderer sanitizes at display. */
  contentHtml?: string
  textContent?: string
  /** Words in textContent; each Han/kana character counts as one word. */
  wordCount: number
  excerpt?: string
}

/** Per-feed setting "Download full articles". */
export type FullTextMode = 'auto' | 'always' | 'never'
