// The world's countries as SVG paths, projected once from the bundled world-atlas TopoJSON (no fetch at runtime):
// Vite inlines the JSON into the renderer bundle.
import { geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json'
import type { CountryCode } from '../../../../shared/model'
import { alpha2OfNumeric } from './country-ids'
import { countryPoint } from './country-points'

export const MAP_WIDTH = 960
export const MAP_HEIGHT = 500
/** A shape smaller than this (in square viewBox units) is hard to see or hit with a pointer at this size. */
const SMALL_AREA = 30
const ANTARCTICA = '010'

export interface CountryShape {
  /** Undefined for a shape with no country code (Northern Cyprus, Somaliland): drawn, never counted. */
  code: CountryCode | undefined
  name: string
  d: string
  /** Projected centroid, for arrow-key moves between neighbours. */
  x: number
  y: number
  isSmall: boolean
}

let shapes: CountryShape[] | undefined
let projection: GeoProjection | undefined

/** Every country of the atlas, projected (computed on first use, then kept). */
export function worldShapes(): CountryShape[] {
  if (shapes) return shapes
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const all = feature(topology, topology.objects.countries)
  // Antarctica would take a fifth of the height for a place the news rarely is about.
  const collection = { ...all, features: all.features.filter((f) => f.id !== ANTARCTICA) }
  const fitted = geoEqualEarth().fitExtent([[4, 4], [MAP_WIDTH - 4, MAP_HEIGHT - 4]], collection)
  projection = fitted
  const path = geoPath(fitted)
  shapes = collection.features.flatMap((f) => {
    const d = path(f)
    if (!d) return []
    const [x, y] = fitted(geoCentroid(f)) ?? path.centroid(f)
    return [{ code: alpha2OfNumeric(f.id, f.properties.name), name: f.properties.name, d, x, y, isSmall: path.area(f) < SMALL_AREA }]
  })
  return shapes
}

/** Codes the map draws large enough to see; the rest (Singapore, Malta, island states) go in the list beside it. */
export function drawnCodes(): Set<CountryCode> {
  return new Set(worldShapes().flatMap((s) => (s.code && !s.isSmall ? [s.code] : [])))
}

/** Where a small state's marker goes: its shape's centroid when the atlas draws it, else its point from
 *  world-countries, projected like the shapes; undefined for a code neither knows. */
export function markerPoint(code: CountryCode): { x: number; y: number } | undefined {
  const shape = worldShapes().find((s) => s.code === code)
  if (shape) return { x: shape.x, y: shape.y }
  const point = countryPoint(code)
  const xy = point && projection?.([point[1], point[0]])
  return xy ? { x: xy[0], y: xy[1] } : undefined
}
