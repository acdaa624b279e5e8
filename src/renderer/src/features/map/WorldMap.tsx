import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { CountryCode } from '../../../../shared/model'
import { countryName } from '../../lib/countries'
import { countOf } from '../../lib/format'
import { directionOfKey, neighbourIndex } from './arrow-neighbour'
import { colourOf } from './colour-scale'
import { MapZoomButtons } from './MapZoomButtons'
import { useZoomPan } from './useZoomPan'
import { markerPoint, MAP_HEIGHT, MAP_WIDTH, worldShapes } from './world-shapes'
import { bringIntoView } from './zoom'

interface Props {
  counts: Map<CountryCode, number>
  bounds: number[]
  selected: CountryCode[]
  watched: CountryCode[]
  onCurrent(code: CountryCode | null): void
  onChoose(code: CountryCode): void
}

/** A country the keyboard and pointer can reach: a shape big enough to point at, or a marker for a small state. */
interface Target {
  code: CountryCode
  x: number
  y: number
  d?: string
}

const label = (code: CountryCode, n: number, isWatched: boolean) => `${countryName(code)}, ${countOf(n, { one: 'article', other: 'articles' })}${isWatched ? ', watched' : ''}`

/** The countries coloured by count, with markers for small states that have articles. One target is in the tab order
 *  at a time (a roving tabindex); arrow keys move to the nearest one that way, Enter or a click filters the list by
 *  it; +, - and 0 zoom, the wheel zooms about the pointer and a drag pans. */
export function WorldMap({ counts, bounds, selected, watched, onCurrent, onChoose }: Props) {
  const svg = useRef<SVGSVGElement>(null)
  const { zoom, setZoom, isAfterDrag, handlers } = useZoomPan(svg)
  const targets = useTargets(counts)
  const busiest = useMemo(() => targets.reduce((best, t, i) => ((counts.get(t.code) ?? 0) > (counts.get(targets[best]?.code) ?? 0) ? i : best), 0), [targets, counts])
  const [active, setActive] = useState<number | null>(null)
  const refs = useRef<(SVGElement | null)[]>([])
  const tabStop = active !== null && active < targets.length ? active : busiest

  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const direction = directionOfKey(e.key)
    if (direction) {
      e.preventDefault()
      const next = neighbourIndex(targets, i, direction)
      if (next >= 0) refs.current[next]?.focus()
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      onChoose(targets[i].code)
    }
  }
  const props = (t: Target, i: number) => {
    const n = counts.get(t.code) ?? 0
    return {
      ref: (el: SVGElement | null) => {
        refs.current[i] = el
      },
      className: `map-country map-fill-${colourOf(n, bounds)}${selected.includes(t.code) ? ' is-selected' : ''}${watched.includes(t.code) ? ' is-watched' : ''}`,
      'data-country': t.code,
      'data-count': n,
      role: 'button',
      tabIndex: i === tabStop ? 0 : -1,
      'aria-label': label(t.code, n, watched.includes(t.code)),
      onFocus: () => {
        setActive(i)
        onCurrent(t.code)
        setZoom((z) => bringIntoView(z, t.x, t.y))
      },
      onMouseEnter: () => onCurrent(t.code),
      onClick: () => {
        if (!isAfterDrag()) onChoose(t.code)
      },
      onKeyDown: (e: KeyboardEvent) => onKeyDown(e, i),
    }
  }

  return (
    <div className="map-frame">
      <svg ref={svg} className="world-map" viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-label="World map: countries by number of articles. Arrow keys move, plus and minus zoom." {...handlers}>
        <rect className="map-sea" width={MAP_WIDTH} height={MAP_HEIGHT} aria-hidden="true" />
        <g transform={`translate(${zoom.x} ${zoom.y}) scale(${zoom.k})`}>
          <Background counts={counts} bounds={bounds} />
          {targets.map((t, i) => (t.d ? <path key={t.code} d={t.d} {...props(t, i)} /> : <circle key={t.code} cx={t.x} cy={t.y} r={5 / Math.sqrt(zoom.k)} {...props(t, i)} data-marker="true" />))}
        </g>
      </svg>
      <MapZoomButtons zoom={zoom} setZoom={setZoom} />
    </div>
  )
}

/** Shapes nobody points at: countries without a code (grey) and small states' outlines (their markers are the
 *  targets), coloured like the rest. */
const Background = memo(function Background({ counts, bounds }: { counts: Map<CountryCode, number>; bounds: number[] }) {
  return (
    <>
      {worldShapes()
        .filter((s) => !s.code || s.isSmall)
        .map((s) => (
          <path key={s.name} d={s.d} className={`map-country map-fill-${s.code ? colourOf(counts.get(s.code) ?? 0, bounds) : 0}`} aria-hidden="true" />
        ))}
    </>
  )
})

/** Big shapes, then a marker for each small or undrawn state with articles (Singapore, Malta, island states). */
function useTargets(counts: Map<CountryCode, number>): Target[] {
  const shapes = useMemo(() => worldShapes().filter((s) => s.code && !s.isSmall), [])
  const smallKey = [...counts.keys()].filter((c) => !shapes.some((s) => s.code === c)).sort().join(' ')
  return useMemo(() => {
    const big: Target[] = shapes.map((s) => ({ code: s.code!, x: s.x, y: s.y, d: s.d }))
    const markers = smallKey.split(' ').flatMap((code): Target[] => {
      const point = code ? markerPoint(code) : undefined
      return point ? [{ code, ...point }] : []
    })
    return [...big, ...markers]
  }, [shapes, smallKey])
}
