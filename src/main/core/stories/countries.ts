// Whether two articles' countries allow one story (same-story.ts): a shared `about` country, or a place one names
// in a country the other is about or names a place in. Gazetteer ids carry their country (`c:PE:Arequipa`), so a
// lead the classifier left untagged, or tagged another way, still has the countries of the towns it names.
import type { StoryFeatures } from './features'

/**
 * 'shared': a country in common; 'unknown': one side names no country at all, which is no evidence of another
 * (the classifier leaves leads it is unsure of untagged: 0.08–0.10 of the dev sets' recall was lost to the `about`
 * gate alone when scored with its v12 or v13 tags instead of the hand labels, README "Countries"); 'apart': both
 * name countries, none in common.
 */
export type CountryMatch = 'shared' | 'unknown' | 'apart'

export function countriesMeet(a: StoryFeatures, b: StoryFeatures): CountryMatch {
  if (a.about.some((c) => b.about.includes(c))) return 'shared'
  if (!hasCountry(a) || !hasCountry(b)) return 'unknown'
  return placesMeet(a, b) || placesMeet(b, a) ? 'shared' : 'apart'
}

/**
 * The country of a gazetteer id for a city, region or capital; '' for a seat of government or a leader, which
 * stories about other countries name as often (the White House, Putin).
 */
function placeCountry(id: string): string {
  return id[0] === 'c' || id[0] === 'r' || id[0] === 'k' ? id.slice(2, 4) : ''
}

function hasCountry(f: StoryFeatures): boolean {
  return f.about.length > 0 || f.places.some((p) => placeCountry(p) !== '')
}

/** Whether a place `a` names lies in a country `b` is about or names a place in. */
function placesMeet(a: StoryFeatures, b: StoryFeatures): boolean {
  for (const p of a.places) {
    const c = placeCountry(p)
    if (c && (b.about.includes(c) || b.places.some((q) => placeCountry(q) === c))) return true
  }
  return false
}
