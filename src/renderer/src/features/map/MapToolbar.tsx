import type { View } from '../../db'
import { useMapView, type MapMode } from './map-store'
import { canTakeRange, TIME_RANGES } from './time-range'

const SWITCHES: Record<MapMode, { mode: MapMode; label: string }[]> = {
  map: [{ mode: 'table', label: 'Show as table' }, { mode: 'matrix', label: 'Who covers whom' }],
  table: [{ mode: 'map', label: 'Show as map' }, { mode: 'matrix', label: 'Who covers whom' }],
  matrix: [{ mode: 'map', label: 'Show as map' }, { mode: 'table', label: 'Show as table' }],
}

/** The map's switches: time range (where the view can take one), and map, table or who covers whom. */
export function MapToolbar({ view }: { view: View | undefined }) {
  const range = useMapView((s) => s.range)
  const setRange = useMapView((s) => s.setRange)
  const mode = useMapView((s) => s.mode)
  const setMode = useMapView((s) => s.setMode)
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
      <div className="map-modes">
        {SWITCHES[mode].map((s) => (
          <button key={s.mode} type="button" onClick={() => setMode(s.mode)}>
            {s.label}
          </button>
        ))}
      </div>
    </div>
  )
}
