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

  // Handlers read the latest props through a ref, so they are stable and a count change re-renders only the targets
  // whose colour, label or tab stop changed (CountryTarget is memoised).
  const latest = useRef({ targets, onCurrent, onChoose, isAfterDrag, setZoom, setActive })
  latest.current = { targets, onCurrent, onChoose, isAfterDrag, setZoom, setActive }
  const events = useMemo<TargetEvents>(
    () => ({
      focus(i) {
        const { targets: ts, setActive: activate, onCurrent: current, setZoom: zoomTo } = latest.current
        activate(i)
        current(ts[i].code)
        zoomTo((z) => bringIntoView(z, ts[i].x, ts[i].y))
      },
      enter: (i) => latest.current.onCurrent(latest.current.targets[i].code),
      click(i) {
        if (!latest.current.isAfterDrag()) latest.current.onChoose(latest.current.targets[i].code)
      },
      key(e, i) {
        const ts = latest.current.targets
        const direction = directionOfKey(e.key)
        if (direction) {
          e.preventDefault()
          const next = neighbourIndex(ts, i, direction)
          if (next >= 0) refs.current[next]?.focus()
        } else if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault()
          latest.current.onChoose(ts[i].code)
        }
      },
      ref(i, el) {
        refs.current[i] = el
      },
    }),
    [],
  )

  return (
    <div className="map-frame">
      <svg ref={svg} className="world-map" viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-label="World map: countries by number of articles. Arrow keys move, plus and minus zoom." {...handlers}>
        <rect className="map-sea" width={MAP_WIDTH} height={MAP_HEIGHT} aria-hidden="true" />
        <g transform={`translate(${zoom.x} ${zoom.y}) scale(${zoom.k})`}>
          <Background counts={counts} bounds={bounds} />
          {targets.map((t, i) => {
            const n = counts.get(t.code) ?? 0
            return (
              <CountryTarget
                key={t.code}
                target={t}
                index={i}
                count={n}
                fill={colourOf(n, bounds)}
                isSelected={selected.includes(t.code)}
                isWatched={watched.includes(t.code)}
                isTabStop={i === tabStop}
                markerRadius={t.d ? 0 : 5 / Math.sqrt(zoom.k)}
                events={events}
              />
            )
          })}
        </g>
      </svg>
      <MapZoomButtons zoom={zoom} setZoom={setZoom} />
    </div>
  )
}

interface TargetEvents {
  focus(i: number): void
  enter(i: number): void
  click(i: number): void
  key(e: KeyboardEvent, i: number): void
  ref(i: number, el: SVGElement | null): void
}

interface TargetProps {
  target: Target
  index: number
  count: number
  fill: number
  isSelected: boolean
  isWatched: boolean
  isTabStop: boolean
  markerRadius: number
  events: TargetEvents
}

/** One country as a button: its shape, or a marker for a small state. */
const CountryTarget = memo(function CountryTarget({ target: t, index: i, count, fill, isSelected, isWatched, isTabStop, markerRadius, events }: TargetProps) {
  const props = {
    ref: (el: SVGElement | null) => events.ref(i, el),
    className: `map-country map-fill-${fill}${isSelected ? ' is-selected' : ''}${isWatched ? ' is-watched' : ''}`,
    'data-country': t.code,
    'data-count': count,
    role: 'button',
    tabIndex: isTabStop ? 0 : -1,
    'aria-label': label(t.code, count, isWatched),
    onFocus: () => events.focus(i),
    onMouseEnter: () => events.enter(i),
    onClick: () => events.click(i),
    onKeyDown: (e: KeyboardEvent) => events.key(e, i),
  }
  return t.d ? <path d={t.d} {...props} /> : <circle cx={t.x} cy={t.y} r={markerRadius} data-marker="true" {...props} />
})

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
