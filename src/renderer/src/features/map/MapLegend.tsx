import { legendSteps } from './colour-scale'

/** The colour scale: one swatch per step with the counts it covers. */
export function MapLegend({ max, bounds }: { max: number; bounds: number[] }) {
  if (bounds.length === 0) return <p className="hint">No article in this view is about a country yet.</p>
  return (
    <figure className="map-legend">
      <figcaption>Articles about the country</figcaption>
      <ul>
        {legendSteps(max, bounds).map((s) => (
          <li key={s.label}>
            <span className={`map-swatch map-fill-${s.colour}`} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  )
}
