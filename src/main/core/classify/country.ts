// Turns country matches into the countries an article is about: rejects people and rivers, resolves
// ambiguous terms, weighs each mention by where it sits (title, dateline, lead, body) and what it is
// (name, demonym, capital ...), and keeps the countries that clear an absolute and a relative bar.
import type { CountryCode } from '../../../shared/model'
import { contextFactor } from './context'
import { isPersonOrRiver, isTitleCase, resolveAmbiguous } from './disambiguate'
import { Zone, type Hit } from './matcher'
import type { Signal } from './terms'

const ZONE_WEIGHT: Record<Zone, number> = { [Zone.Title]: 3, [Zone.Lead]: 1.5, [Zone.Body]: 0.5, [Zone.Category]: 2.5 }
const DATELINE_WEIGHT = 2.5
const SIGNAL_WEIGHT: Record<Signal, number> = {
  name: 1, demonym: 0.8, capital: 1, seat: 1, leader: 1, city: 0.8, region: 0.8, combo: 1, category: 1,
}
/** A country needs this score: one lead mention of a name (1.5) passes, one body mention (0.5) does not. */
const MIN_SCORE = 1.2
/** ... and this share of the best country's score, so a passing mention beside the main subject drops. */
const MIN_SHARE = 0
const MAX_COUNTRIES = 4
const REPEAT_DECAY = 0.7

export interface CountryResult {
  countries: CountryCode[]
  evidence: Record<CountryCode, string[]>
}

export interface CountryContext {
  hits: Hit[]
  cues: Hit[]
  title: string
  feedCountry?: CountryCode
}

export function scoreCountries(ctx: CountryContext): CountryResult {
  if (ctx.hits.length === 0) return { countries: [], evidence: {} }
  let titleCase: boolean | undefined // computed only when a title match needs it
  const isTitleInTitleCase = (h: Hit) => h.zone === Zone.Title && (titleCase ??= isTitleCase(ctx.title))
  const hasIntlCue = ctx.cues.some((c) => c.term.cue === 'intl')
  const hits = ctx.hits.filter((h) =>
    !(h.term.isIntlSeat && hasIntlCue) && !isPartOfLongerName(h) &&
    !isPersonOrRiver(h, h.term.person !== undefined && isTitleInTitleCase(h)))
  const cueCounts = new Map<string, number>()
  for (const c of ctx.cues) if (c.term.cue !== 'intl') cueCounts.set(c.term.cue!, (cueCounts.get(c.term.cue!) ?? 0) + 1)
  const evidence = new Map<string, number>()
  for (const h of hits) {
    if (h.term.ambiguity !== undefined) continue
    for (const code of h.term.countries!) evidence.set(code, (evidence.get(code) ?? 0) + 1)
  }

  const scores = new Map<CountryCode, number>()
  const supporting = new Map<CountryCode, Hit[]>()
  const seen = new Map<string, number>()
  for (const h of hits) {
    const codes = countriesOf(h, cueCounts, evidence, ctx.feedCountry)
    const dateline = isDateline(h)
    const context = h.zone === Zone.Lead || h.zone === Zone.Body ? (dateline ? 1 : contextFactor(h.text, h.start, h.end)) : 1
    const weight = (dateline ? DATELINE_WEIGHT : ZONE_WEIGHT[h.zone]) * SIGNAL_WEIGHT[h.term.signal ?? 'name'] * context
    for (const code of codes) {
      // Repeats within a zone add less and less: ten mentions in the body are not ten titles,
      // but four are enough to make a country a subject of the story.
      const key = code + h.zone
      const repeat = seen.get(key) ?? 0
      seen.set(key, repeat + 1)
      scores.set(code, (scores.get(code) ?? 0) + weight * REPEAT_DECAY ** repeat)
      const list = supporting.get(code)
      if (list) list.push(h)
      else supporting.set(code, [h])
    }
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1])
  const top = ranked[0]?.[1] ?? 0
  const countries = ranked
    .filter(([, s]) => s >= MIN_SCORE && s >= MIN_SHARE * top)
    .slice(0, MAX_COUNTRIES)
    .map(([code]) => code)
  const result: Record<CountryCode, string[]> = {}
  for (const code of countries) {
    const words = new Set<string>()
    for (const h of supporting.get(code)!) if (words.size < 6) words.add(h.text.slice(h.start, h.end))
    result[code] = [...words]
  }
  return { countries, evidence: result }
}

function countriesOf(hit: Hit, cueCounts: Map<string, number>, evidence: Map<string, number>, feed?: string): string[] {
  const term = hit.term
  if (term.ambiguity !== undefined) {
    const code = resolveAmbiguous(term.ambiguity, cueCounts, evidence, feed)
    return code === '-' ? [] : [code]
  }
  const codes = term.countries!.map((c) => (c === 'PK/BR' ? ((evidence.get('BR') ?? 0) > (evidence.get('PK') ?? 0) ? 'BR' : 'PK') : c))
  return term.isAll ? codes : codes.slice(0, 1)
}

/**
 * A place at the very start of the lead, in capitals or followed by a date, agency or dash, is a
 * dateline: "BEIJING, Aug 18 (Reuters) -", "ТБИЛИСИ, 28 октября", "新华社北京8月18日电".
 */
/** "Порту" in "Порту-Алегри", "Porto" in "Porto-Novo": a place glued to a capitalised word is part of a longer name. */
function isPartOfLongerName(hit: Hit): boolean {
  const signal = hit.term.signal
  if (signal !== 'city' && signal !== 'capital') return false
  const dash = hit.text.charCodeAt(hit.end)
  if (dash !== 0x2d && dash !== 0x2010 && dash !== 0x2011) return false
  const next = hit.text.charAt(hit.end + 1)
  return next !== next.toLowerCase()
}

function isDateline(hit: Hit): boolean {
  if ((hit.zone !== Zone.Lead && hit.zone !== Zone.Body) || hit.start > 24) return false
  const signal = hit.term.signal
  if (signal !== 'capital' && signal !== 'city' && signal !== 'name' && signal !== 'region') return false
  const head = hit.text.slice(0, hit.start)
  if (!/^\s*(?:\(?[\p{L} .]{0,12}\)?[ ,-]*)?$/u.test(head) && !/^\s*(?:新华社|中新社|中新网|央视新闻)?\s*$/.test(head)) return false
  const surface = hit.text.slice(hit.start, hit.end)
  const after = hit.text.slice(hit.end, hit.end + 24)
  const isCaps = surface === surface.toUpperCase() && surface !== surface.toLowerCase()
  return isCaps || /^\s*(?:,|\(|-|–|—|\d|电)/.test(after)
}
