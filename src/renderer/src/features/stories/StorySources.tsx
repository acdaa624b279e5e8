// The sources of the open article's story (issue 19): every stored report of the same event, grouped by whether
// the outlet is in one of the story's countries ("from inside") or not ("from abroad"); choosing one opens it.
import { storySources, type StoredArticle } from '../../db'
import { countryName } from '../../lib/countries'
import { formatRelativeTime } from '../../lib/format'
import { useSideLiveQuery } from '../../lib/use-paced-live-query'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { useFeedTitles } from '../feeds/useFeedTitles'
import { Flag } from '../flags/Flag'
import './stories.css'

export function StorySources({ article }: { article: StoredArticle }) {
  const { db } = useServices()
  const titles = useFeedTitles()
  const selectArticle = useUi((s) => s.selectArticle)
  const storyId = article.storyId
  // Paced while bursts land (a new story reads at once): every burst of an import re-read each member article of the
  // open article's story, full text included.
  const sources = useSideLiveQuery(async () => (storyId ? storySources(db, storyId) : []), [db, storyId])
  if (!sources || sources.length < 2) return null
  const about = new Set(article.countries)
  const inside = sources.filter((a) => a.outletCountry && about.has(a.outletCountry))
  const abroad = sources.filter((a) => !(a.outletCountry && about.has(a.outletCountry)))
  const countries = new Set(sources.map((a) => a.outletCountry ?? `feed:${a.feedId}`)).size
  const now = Date.now()
  const group = (label: string, list: StoredArticle[]) =>
    list.length > 0 && (
      <div className="story-group">
        <h4>{label}</h4>
        <ul>
          {list.map((a) => (
            <li key={a.id}>
              <button type="button" className="story-source" aria-current={a.id === article.id ? 'true' : undefined} onClick={() => selectArticle(a.id)}>
                {a.outletCountry ? <Flag code={a.outletCountry} name={countryName(a.outletCountry)} /> : <span className="story-flag-unknown" aria-hidden="true" />}
                <span className="story-outlet">{titles.get(a.feedId) ?? a.sourceTitle ?? ''}</span>
                <span className="story-title">{a.title}</span>
                <time dateTime={a.publishedAt}>{formatRelativeTime(a.publishedAt, now)}</time>
              </button>
            </li>
          ))}
        </ul>
      </div>
    )
  return (
    <section className="story-sources" aria-label="Other reports of this story">
      <h3>
        {sources.length} sources from {countries} {countries === 1 ? 'country' : 'countries'}
      </h3>
      {group('From inside', inside)}
      {group('From abroad', abroad)}
    </section>
  )
}
