// Tags an extracted article again from its title and whole text (issue 18), so an article whose feed gave only a
// teaser is filed under the right countries. The classifier is injected: the queue stays testable without it.
import type { ArticleTags, ClassifyRequest } from '../../../shared/model'
import { guessOutletCountry } from '../../../shared/outlet-country'
import { toAppError } from '../errors'
import type { FullTextPage } from '../extract'
import type { Logger } from '../log'

export type TagFunction = (input: ClassifyRequest) => ArticleTags & { version: number }

/** The classifier's verdict marked as read from the full text; undefined (and logged) if it throws: the text still arrives. */
export function tagFullText(tag: TagFunction, page: FullTextPage, log: Logger): (ArticleTags & { version: number }) | undefined {
  const { title = '', textContent, lang } = page.article
  if (!textContent) return undefined
  try {
    const tags = tag({ title, content: textContent, lang, feedCountry: guessOutletCountry(page.finalUrl, lang) })
    return { ...tags, evidence: { ...tags.evidence, source: 'full-text' } }
  } catch (err) {
    log.warn(`tagging the full text of ${page.finalUrl} failed: ${toAppError(err).message}`)
    return undefined
  }
}
