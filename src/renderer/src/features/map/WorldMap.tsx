import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { CountryCode } from '../../../../shared/model'
import { countryName } from '../../lib/countries'
import { countOf } from '../../lib/format'
import { directionOfKey, neighbourIndex } from './arrow-neighbour'
import { colourOf } from './colour-scale'
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from './world-shapes'

interface Props {
  counts: Map<CountryCode, number>
  bounds: number[]
  selected: CountryCode[]
  onCurrent(code: CountryCode | null): void
  onChoose(code: CountryCode): void
}

const label = (code: CountryCode, n: number) => `${countryName(code)}, ${countOf(n, { one: 'article', other: 'articles' })}`

/** The countries coloured by count. One shape is in the tab order at a time (a roving tabindex); arrow keys move
 *  to the nearest country that way, Enter or a click filters the list by it. */
export function WorldMap({ counts, bounds, selected, onCurrent, onChoose }: Props) {
  const shapes = useMemo(() => worldShapes().filter((s) => s.code), [])
  const busiest = useMemo(() => {
    let best = 0
    shapes.forEach((s, i) => {
      if ((counts.get(s.code!) ?? 0) > (counts.get(shapes[best].code!) ?? 0)) best = i
    })
    return best
  }, [shapes, counts])
  const [active, setActive] = useState<number | null>(null)
  const refs = useRef<(SVGPathElement | null)[]>([])
  const tabStop = active ?? busiest

  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const direction = directionOfKey(e.key)
    if (direction) {
      e.preventDefault()
      const next = neighbourIndex(shapes, i, direction)
      if (next >= 0) refs.current[next]?.focus()
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      onChoose(shapes[i].code!)
    }
  }

  return (
    <svg className="world-map" viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-label="World map: countries by number of articles">
      <rect className="map-sea" width={MAP_WIDTH} height={MAP_HEIGHT} aria-hidden="true" />
      {worldShapes()
        .filter((s) => !s.code)
        .map((s) => (
          <path key={s.name} d={s.d} className="map-country map-fill-0" aria-hidden="true" />
        ))}
      {shapes.map((s, i) => {
        const code = s.code!
        const n = counts.get(code) ?? 0
        return (
          <path
            key={code}
            ref={(el) => {
              refs.current[i] = el
            }}
            d={s.d}
            className={`map-country map-fill-${colourOf(n, bounds)}${selected.includes(code) ? ' is-selected' : ''}`}
            data-country={code}
            data-count={n}
            role="button"
            tabIndex={i === tabStop ? 0 : -1}
            aria-label={label(code, n)}
            onFocus={() => {
              setActive(i)
              onCurrent(code)
            }}
            onMouseEnter={() => onCurrent(code)}
            onClick={() => onChoose(code)}
            onKeyDown={(e) => onKeyDown(e, i)}
          />
        )
      })}
    </svg>
  )
}
