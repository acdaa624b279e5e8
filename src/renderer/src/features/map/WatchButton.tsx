import type { CountryCode } from '../../../../shared/model'
import { countryName } from '../../lib/countries'
import { useServices } from '../../lib/services'
import { toggleWatched, useWatchedCountries } from './watchlist'

/** ☆ / ★: watch the country (marked in the sidebar, notified of new articles about it). */
export function WatchButton({ code }: { code: CountryCode }) {
  const { api } = useServices()
  const isWatched = useWatchedCountries().includes(code)
  return (
    <button type="button" className="watch-button" aria-pressed={isWatched} aria-label={`Watch ${countryName(code)}`} title={isWatched ? 'Watched: click to stop' : 'Watch this country'} onClick={() => void toggleWatched(api, code)}>
      {isWatched ? '★' : '☆'}
    </button>
  )
}
