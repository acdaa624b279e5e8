// Turns country matches into the countries an article is about: rejects people and rivers, resolves
// ambiguous terms, weighs each mention by where it sits (title, dateline, lead, body) and what it is
// (name, demonym, capital ...), and keeps the countries that clear an absolute and a relative bar.
import type { CountryCode } from '../../../shared/model'
import { contextFactor } from './context'
import { isPersonOrRiver, isTitleCase, resolveAmbiguous } from './disambiguate'
import { Zone, type Hit } from './matcher'
import type { Signal } from './terms'

// Zone members copied to locals: imported const enums are getters under per-file transpilers.
const TITLE = Zone.Title
const LEAD = Zone.Lead
const BODY = Zone.Body
/** Indexed by Zone: title, lead, body, categories. */
const ZONE_WEIGHT = [3, 1.5, 0.5, 2.5]
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

interface Tally {
  score: number
  /** Mentions so far per zone, for the repeat decay. */
  repeats: number[]
  hits: Hit[]
}

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
  const isTitleInTitleCase = (h: Hit) => h.zone === TITLE && (titleCase ??= isTitleCase(ctx.title))
  const hasIntlCue = ctx.cues.some((c) => c.term.cue === 'intl')
  const hits = ctx.hits.filter((h) =>
    !(h.term.isIntlSeat && hasIntlCue) && !isPartOfLongerName(h) &&
    !isPersonOrRiver(h, h.term.person !== undefined && isTitleInTitleCase(h)))
  const hasAmbiguity = hits.some((h) => h.term.ambiguity !== undefined || h.term.isCombo)
  const cueCounts = new Map<string, number>()
  const evidence = new Map<string, number>()
  if (hasAmbiguity) {
    for (const c of ctx.cues) if (c.term.cue !== 'intl') cueCounts.set(c.term.cue!, (cueCounts.get(c.term.cue!) ?? 0) + 1)
    for (const h of hits) {
      if (h.term.ambiguity !== undefined) continue
      for (const code of h.term.countries!) evidence.set(code, (evidence.get(code) ?? 0) + 1)
    }
  }

  const tally = new Map<CountryCode, Tally>()
  for (const h of hits) {
    const codes = countriesOf(h, cueCounts, evidence, ctx.feedCountry)
    if (codes.length === 0) continue
    const dateline = isDateline(h)
    // Context words matter in the lead; body mentions are light anyway, and many.
    const context = h.zone === LEAD && !dateline ? contextFactor(h.text, h.start, h.end) : 1
    const weight = (dateline ? DATELINE_WEIGHT : ZONE_WEIGHT[h.zone]) * SIGNAL_WEIGHT[h.term.signal ?? 'name'] * context
    for (const code of codes) {
      let entry = tally.get(code)
      if (!entry) {
        entry = { score: 0, repeats: [0, 0, 0, 0], hits: [] }
        tally.set(code, entry)
      }
      // Repeats within a zone add less and less: ten mentions in the body are not ten titles,
      // but four are enough to make a country a subject of the story.
      entry.score += weight * REPEAT_DECAY ** entry.repeats[h.zone]++
      entry.hits.push(h)
    }
  }
  const scores = new Map<CountryCode, number>()
  for (const [code, entry] of tally) scores.set(code, entry.score)
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1])
  const top = ranked[0]?.[1] ?? 0
  const countries = ranked
    .filter(([, s]) => s >= MIN_SCORE && s >= MIN_SHARE * top)
    .slice(0, MAX_COUNTRIES)
    .map(([code]) => code)
  const result: Record<CountryCode, string[]> = {}
  for (const code of countries) {
    const words = new Set<string>()
    for (const h of tally.get(code)!.hits) if (words.size < 6) words.add(h.text.slice(h.start, h.end))
    result[code] = [...words]
  }
  return { countries, evidence: result }
}

const NONE: readonly string[] = []

function countriesOf(hit: Hit, cueCounts: Map<string, number>, evidence: Map<string, number>, feed?: string): readonly string[] {
  const term = hit.term
  const countries = term.countries!
  if (term.ambiguity !== undefined) {
    const code = resolveAmbiguous(term.ambiguity, cueCounts, evidence, feed)
    return code === '-' ? NONE : [code]
  }
  if (term.isCombo) {
    // 巴 is Pakistan or Brazil: whichever the rest of the article names.
    const codes = countries.map((c) => (c === 'PK/BR' ? ((evidence.get('BR') ?? 0) > (evidence.get('PK') ?? 0) ? 'BR' : 'PK') : c))
    return term.isAll ? codes : codes.slice(0, 1)
  }
  return term.isAll || countries.length === 1 ? countries : countries.slice(0, 1)
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
  if ((hit.zone !== LEAD && hit.zone !== BODY) || hit.start > 24) return false
  const signal = hit.term.signal
  if (signal !== 'capital' && signal !== 'city' && signal !== 'name' && signal !== 'region') return false
  const head = hit.text.slice(0, hit.start)
  if (!/^\s*(?:\(?[\p{L} .]{0,12}\)?[ ,-]*)?$/u.test(head) && !/^\s*(?:新华社|中新社|中新网|央视新闻)?\s*$/.test(head)) return false
  const surface = hit.text.slice(hit.start, hit.end)
  const after = hit.text.slice(hit.end, hit.end + 24)
  const isCaps = surface === surface.toUpperCase() && surface !== surface.toLowerCase()
  return isCaps || /^\s*(?:,|\(|-|–|—|\d|电)/.test(after)
}
