import type { StoredArticle } from '../../db/schema'
import { countryName } from '../../lib/countries'
import { Flag } from '../flags/Flag'
import { topicLabel } from '../../lib/topics'
import { useUi } from '../../state/ui-store'

/** The article's countries and topics; clicking one lists the articles that share it. */
export function ReaderTags({ article }: { article: StoredArticle }) {
  const setFacet = useUi((s) => s.setFacet)
  if (article.countries.length === 0 && article.topics.length === 0) return null
  return (
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
  )
}
