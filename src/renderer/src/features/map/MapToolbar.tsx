import type { View } from '../../db'
import { useMapView } from './map-store'
import { canTakeRange, TIME_RANGES } from './time-range'

/** The map's switches: time range (where the view can take one), and map or table. */
export function MapToolbar({ view }: { view: View | undefined }) {
  const range = useMapView((s) => s.range)
  const setRange = useMapView((s) => s.setRange)
  const isTable = useMapView((s) => s.isTable)
  const setTable = useMapView((s) => s.setTable)
  const hasRange = view ? canTakeRange(view) : false
  return (
    <div className="map-toolbar">
      {hasRange ? (
        <div className="map-range" role="group" aria-label="Time range">
          {TIME_RANGES.map((r) => (
            <button key={r.value} type="button" aria-pressed={range === r.value} onClick={() => setRange(r.value)}>
              {r.label}
            </button>
          ))}
        </div>
      ) : (
        <p className="hint">Time ranges work on All articles and Unread; this view has no date range yet.</p>
      )}
      <button type="button" onClick={() => setTable(!isTable)}>
        {isTable ? 'Show as map' : 'Show as table'}
      </button>
    </div>
  )
}
