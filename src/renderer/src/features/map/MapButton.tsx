import { toggleMap, useMapView } from './map-store'

/** The articles pane's switch between the list and the map (`g m`). */
export function MapButton() {
  const isOpen = useMapView((s) => s.isOpen)
  return (
    <button type="button" data-map-toggle aria-pressed={isOpen} onClick={() => toggleMap(false)} title="g then m">
      Map
    </button>
  )
}
