import type { StoredArticle } from '../../db'
import { countryName } from '../../lib/countries'
import { Flag } from '../flags/Flag'
import { topicLabel } from '../../lib/topics'
import { useUi } from '../../state/ui-store'
import './reader-tags.css'

/** The article's countries (the `about` tier) and topics, then the countries it only mentions, quieter; clicking one
 *  lists the articles that share it (a mentioned country turns on "Also articles that only mention it"). */
export function ReaderTags({ article }: { article: StoredArticle }) {
  const setFacet = useUi((s) => s.setFacet)
  const setIncludeMentions = useUi((s) => s.setIncludeMentions)
  const mentions = article.mentions ?? []
  if (article.countries.length === 0 && article.topics.length === 0 && mentions.length === 0) return null
  return (
    <>
      {(article.countries.length > 0 || article.topics.length > 0) && (
        <div className="reader-tags" role="group" aria-label="Countries and topics">
          {article.countries.map((c) => (
            <button key={c} type="button" className="chip" aria-label={`Show articles about ${countryName(c)}`} onClick={() => setFacet('countries', [c])}>
              <Flag code={c} />
              {countryName(c)}
            </button>
          ))}
          {article.topics.map((t) => (
            <button key={t} type="button" className="chip chip-topic" aria-label={`Show articles about ${topicLabel(t)}`} onClick={() => setFacet('topics', [t])}>
              {topicLabel(t)}
            </button>
          ))}
        </div>
      )}
      {mentions.length > 0 && (
        <div className="reader-tags reader-mentions" role="group" aria-label="Also mentioned">
          <span className="muted">Also mentions:</span>
          {mentions.map((c) => (
            <button
              key={c}
              type="button"
              className="chip chip-mention"
              aria-label={`Show articles that mention ${countryName(c)}`}
              onClick={() => {
                setIncludeMentions(true)
                setFacet('countries', [c])
              }}
            >
              {countryName(c)}
            </button>
          ))}
        </div>
      )}
    </>
  )
}
