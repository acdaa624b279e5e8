import type { Dispatch, SetStateAction } from 'react'
import { IDENTITY, MAX_ZOOM, zoomAbout, ZOOM_STEP, type Zoom } from './zoom'

/** Zoom in, out and back to the whole world, for readers without a wheel (the map also takes +, - and 0). */
export function MapZoomButtons({ zoom, setZoom }: { zoom: Zoom; setZoom: Dispatch<SetStateAction<Zoom>> }) {
  return (
    <div className="map-zoom" role="group" aria-label="Zoom">
      <button type="button" aria-label="Zoom in" disabled={zoom.k >= MAX_ZOOM} onClick={() => setZoom((z) => zoomAbout(z, ZOOM_STEP))}>
        +
      </button>
      <button type="button" aria-label="Zoom out" disabled={zoom.k <= 1} onClick={() => setZoom((z) => zoomAbout(z, 1 / ZOOM_STEP))}>
        −
      </button>
      <button type="button" aria-label="Show the whole world" disabled={zoom.k === 1} onClick={() => setZoom(IDENTITY)}>
        ⤢
      </button>
    </div>
  )
}
