import { useLiveQuery } from 'dexie-react-hooks'
import type { CountryCode } from '../../../../shared/model'
import { countryCoverage, viewKey, type View } from '../../db'
import { countryName } from '../../lib/countries'
import { countOf } from '../../lib/format'
import { useServices } from '../../lib/services'
import { useFeedTitles } from '../feeds/useFeedTitles'
import { useMapView } from './map-store'

const articles = (n: number) => countOf(n, { one: 'article', other: 'articles' })

/** Who covers one country in the view: outlets from inside it, from abroad, of no known country, and the feeds that
 *  published most about it. One scan of the country's articles, so it is read only when opened. */
export function CountryCoverageCard({ view, code }: { view: View | undefined; code: CountryCode }) {
  const { db } = useServices()
  const titles = useFeedTitles()
  const setOpened = useMapView((s) => s.setOpened)
  const key = view ? viewKey(view) : ''
  const c = useLiveQuery(() => (view ? countryCoverage(db, view, code) : undefined), [db, key, code])
  const name = countryName(code)
  return (
    <section className="map-coverage" aria-label={`Who covers ${name}`}>
      <h3>Who covers {name}</h3>
      {!c ? (
        <p className="hint">Counting…</p>
      ) : (
        <>
          <p>
            {articles(c.total)} in this view: <strong>{c.inside.toLocaleString()}</strong> from outlets in {name}, <strong>{c.abroad.toLocaleString()}</strong> from abroad
            {c.unknown > 0 && `, ${c.unknown.toLocaleString()} from outlets of no set country`}.
          </p>
          {c.topFeeds.length > 0 && (
            <ol aria-label={`Feeds with most articles about ${name}`}>
              {c.topFeeds.map(([feedId, n]) => (
                <li key={feedId}>
                  {titles.get(feedId) ?? feedId} <span className="list-count">{articles(n)}</span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <button type="button" className="link-button" onClick={() => setOpened(null)}>
        Close
      </button>
    </section>
  )
}
