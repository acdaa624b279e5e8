// Turns country matches into the two tiers: rejects people, rivers and namesakes elsewhere, resolves ambiguous
// terms, weighs each mention by where it sits (title, dateline, lead, body), what it is (name, demonym, capital ...)
// and its role (salience.ts); tiers.ts then splits the countries into `about` and `mentions`.
import type { CountryCode } from '../../../shared/model'
import { contextFactor, isAffiliation } from './context'
import { isGivenName, isPersonOrRiver, isTitleCase, resolveAmbiguous } from './disambiguate'
import { isPersonName, personKey } from './people-names'
import { Zone, type Hit } from './matcher'
import { assignContextRoles } from './roles'
import { promoteCompatriots } from './nationality'
import { isTradedOrigin, passingRole } from './salience'
import { decideAbout } from './about-model'
import { splitTiers, type CountryResult, type Reading, type Tally, type Weighed } from './tiers'
import { type Signal } from './terms'
import { isForeignGovernment, isMacauBody, isOtherStatesBody, isPartOfLongerName, isPlaceElsewhere, isQualifiedGovernment, isStateAfterTown, isStreetName, isUnqualifiedGovernment, isVillageNamesake } from './namesakes'
import { isEventTitle, isPrizeTitle, namesEvent } from './venue'

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
const REPEAT_DECAY = 0.7
/** A country opening a sentence of the lead is mostly its subject: it acts. */
const SUBJECT_BONUS = 1.3

export interface CountryContext {
  hits: Hit[]
  cues: Hit[]
  title: string
  /** The title, lead and body, for the words no country match sits in (a foreign ministry acting). */
  texts?: string[]
  feedCountry?: CountryCode
  /** The article's language (tag or guess): the about model weighs evidence per language group. */
  lang?: string
}

export type { CountryResult }

export function scoreCountries(ctx: CountryContext): CountryResult {
  if (ctx.hits.length === 0) return { countries: [], mentions: [], evidence: {}, mentionEvidence: {} }
  const weighed = weighCountries(ctx)
  return splitTiers(weighed, decideAbout(weighed))
}

/** Every country the article names, weighed, with its mentions and their roles: the about decision's evidence. */
export function weighCountries(ctx: CountryContext): Weighed {
  let titleCase: boolean | undefined // computed only when a title match needs it
  const isTitleInTitleCase = (h: Hit) => h.zone === TITLE && (titleCase ??= isTitleCase(ctx.title))
  const hasIntlCue = ctx.cues.some((c) => c.term.cue === 'intl')
  // "Paris, Texas" (or "la frazione di Cuba") once in an article makes every "Paris" of it the one in Texas.
  // A country's name given to a village (la frazione di Cuba) is that village throughout; a city's only there.
  const elsewhere = new Set(ctx.hits.filter((h) => isPlaceElsewhere(h, ctx.hits) || (h.term.signal === 'name' && isVillageNamesake(h, ctx.hits))).map((h) => h.pattern))
  const foreignGovernment = isForeignGovernment(ctx.hits)
  const lang = ctx.lang ?? ''
  // Version 15: a person's name found once (council member Kenya Lawson) is that person wherever it recurs.
  const people = new Set<string>()
  const named = new Set<Hit>()
  for (const h of ctx.hits) {
    if (!isPersonName(h, lang)) continue
    named.add(h)
    people.add(personKey(h, lang))
  }
  people.delete('')
  // A name's village test ran for `elsewhere` above: one that was a village has its pattern there (speed).
  const hits = ctx.hits.filter((h) =>
    !isPartOfLongerName(h) && !elsewhere.has(h.pattern) && !isQualifiedGovernment(h) && !isOtherStatesBody(h, ctx.hits) && !isMacauBody(h, ctx.hits) &&
    (h.term.signal === 'name' || !isVillageNamesake(h, ctx.hits)) && !isStreetName(h) && !isGivenName(h) &&
    !(foreignGovernment && isUnqualifiedGovernment(h)) && !(named.size > 0 && (named.has(h) || isSamePerson(h, people, lang))) &&
    !isPersonOrRiver(h, h.term.person !== undefined && isTitleInTitleCase(h)))
  const hasAmbiguity = hits.some((h) => h.term.ambiguity !== undefined || h.term.isCombo)
  const cueCounts = new Map<string, number>()
  const evidence = new Map<string, number>()
  if (hasAmbiguity) {
    for (const c of ctx.cues) if (c.term.cue !== 'intl') cueCounts.set(c.term.cue!, (cueCounts.get(c.term.cue!) ?? 0) + 1)
    for (const h of hits) {
      // "Rome, Georgia": the state's reading wins as a cue would make it.
      if (isStateAfterTown(h, ctx.hits)) cueCounts.set(`${h.term.ambiguity}:US`, (cueCounts.get(`${h.term.ambiguity}:US`) ?? 0) + 2)
      if (h.term.ambiguity !== undefined) continue
      for (const code of h.term.countries!) evidence.set(code, (evidence.get(code) ?? 0) + 1)
    }
  }
  let prizeTitle: boolean | undefined // computed only when a title nationality needs it
  const readings: Reading[] = hits.map((h) => {
    const dateline = isDateline(h)
    // Body mentions weigh little and are many: their roles are not worth the time, except an international seat.
    let role = h.term.isIntlSeat && hasIntlCue ? 'seat' : dateline || h.zone === BODY ? undefined
      : passingRole(h.text, h.start, h.end, h.term.signal === 'demonym')
    // Version 15: an English word for a country in a text of another language is a brand, mostly an airline ("Swiss
    // streicht Verbindungen", "Norwegian cancela vuelos", "Brussels Airlines", "Swiss Life Deutschland").
    if (!role && lang !== 'en' && h.zone !== BODY && ENGLISH_BRANDS.has(h.text.slice(h.start, h.end))) role = 'company'
    // "Filipino fishermen accuse Chinese coast guard": the people a title opens with are its subject, unless the
    // title also names where they are ("Turistas alemanes mueren en Tenerife": visitors there, GUIDELINES).
    if (role === 'nationality' && h.zone === TITLE && opensTitle(h) && !titleNamesPlace(hits, h)) role = undefined
    // Version 15: "Il Premio Napoli alla scrittrice argentina", "Ugandan novelist wins Neustadt Prize": a prize's
    // laureate, named by nationality in the title, is its subject (GUIDELINES: prizes).
    if (role === 'nationality' && h.zone === TITLE && (prizeTitle ??= isPrizeTitle(ctx.title))) role = undefined
    if (!role && !dateline && (h.term.signal === 'city' || h.term.signal === 'capital') && namesEvent(h.text, h.end)) role = 'venue'
    return { hit: h, codes: countriesOf(h, cueCounts, evidence, ctx.feedCountry), dateline, role, subject: false, context: 1 }
  })
  assignContextRoles(readings)
  promoteCompatriots(readings, ctx.texts ?? [ctx.title])
  // A title about a summit or a match that names no country but its venue: see splitTiers.
  const eventTitle = !readings.some((r) => r.hit.zone === TITLE && !r.role) && isEventTitle(ctx.title)
  return { tally: tallyMentions(readings), readings, eventTitle, lang: ctx.lang ?? '' }
}


/** English words for a country that name a company when they appear in a text of another language. */
const ENGLISH_BRANDS = new Set(['Swiss', 'Norwegian', 'Turkish', 'Austrian', 'Brussels', 'Emirates', 'Korean', 'Singapore', 'Ethiopian', 'Kenya', 'Qatar'])

/** A capitalised match whose words are those of a person found elsewhere in the article. */
function isSamePerson(h: Hit, people: Set<string>, lang: string): boolean {
  const first = h.text.charAt(h.start)
  return first !== first.toLowerCase() && people.has(personKey(h, lang))
}

/** Weighs every mention; passing ones (origin, seat, venue, a bureau's dateline) only count towards `mentions`. */
function tallyMentions(readings: Reading[]): Map<CountryCode, Tally> {
  const tally = new Map<CountryCode, Tally>()
  for (const reading of readings) {
    const { hit: h, codes, dateline } = reading
    if (codes.length === 0) continue
    const subject = !dateline && h.zone !== BODY && isSentenceStart(h)
    reading.subject = subject
    reading.context = dateline || h.zone === BODY ? 1 : contextFactor(h.text, h.start, h.end)
    // "Researchers at the University of Texas": where the authors work is a mention in passing; "nelle università
    // italiane" (a demonym after the noun) says where the story happens.
    if (reading.context < 1 && !reading.role && h.term.signal !== 'demonym' && isAffiliation(h.text, h.start)) reading.role = 'affiliation'
    const role = reading.role
    const context = reading.context * (subject ? SUBJECT_BONUS : 1)
    // Version 14: the origin a trade measure hits is a side of it, so its adjective weighs as its name ("vino
    // italiano nonostante i dazi", "aranceles al porcino español").
    const signal = h.term.signal === 'demonym' && h.zone !== BODY && isTradedOrigin(h.text, h.start, h.end, true) ? 'name' : h.term.signal ?? 'name'
    const weight = (dateline ? DATELINE_WEIGHT : ZONE_WEIGHT[h.zone]) * SIGNAL_WEIGHT[signal] * context
    for (const code of codes) {
      let entry = tally.get(code)
      if (!entry) {
        entry = { score: 0, passing: 0, titleOrigin: 0, inTitle: false, titleVenue: false, repeats: [0, 0, 0, 0], readings: [] }
        tally.set(code, entry)
      }
      // Repeats within a zone add less and less: ten mentions in the body are not ten titles,
      // but four are enough to make a country a subject of the story. A second name for the same thing adds
      // only what it weighs beyond the first.
      const added = reading.sameAs ? Math.max(0, weight - (reading.sameAs.weight ?? 0)) : weight * REPEAT_DECAY ** entry.repeats[h.zone]++
      reading.weight = Math.max(weight, reading.sameAs?.weight ?? 0)
      if (!role) entry.score += added
      if (h.zone === TITLE) {
        if (!role) entry.inTitle = true
        else if (role === 'venue' || role === 'seat' || role === 'host') entry.titleVenue = true
      }
      else entry.passing += added
      // An origin, a company or a host named in the title stands in when no country is the subject.
      if ((role === 'origin' || role === 'company' || role === 'host') && h.zone === TITLE) entry.titleOrigin += added
      if (entry.readings.length < 8) entry.readings.push(reading)
    }
  }
  return tally
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
function isDateline(hit: Hit): boolean {
  if ((hit.zone !== LEAD && hit.zone !== BODY) || hit.start > 24) return false
  const signal = hit.term.signal
  if (signal !== 'capital' && signal !== 'city' && signal !== 'name' && signal !== 'region') return false
  const head = hit.text.slice(0, hit.start)
  if (!/^\s*(?:\(?[\p{L} .]{0,12}\)?[ ,-]*)?$/u.test(head) && !/^\s*(?:新华社|中新社|中新网|央视新闻|【)?\s*$/.test(head)) return false
  const surface = hit.text.slice(hit.start, hit.end)
  const after = hit.text.slice(hit.end, hit.end + 24)
  const isCaps = surface === surface.toUpperCase() && surface !== surface.toLowerCase()
  return isCaps || /^\s*(?:,|\(|-|–|—|\d|电|共同|時事|】|＝)/.test(after)
}


const ARTICLES = "(?:the|le|la|les|l'|l’|el|los|las|der|die|das|il|lo|o|a|os|as)"
const ARTICLE_AFTER_STOP = new RegExp(`[.!?]\\s+${ARTICLES}\\s*$`, 'iu')
const LEADING_ARTICLE = new RegExp(`^\\s*${ARTICLES}\\s*$`, 'iu')

/** The mention opens a sentence of the lead or body (after a full stop, maybe after an article): the subject. */
function isSentenceStart(hit: Hit): boolean {
  if (hit.zone === TITLE) return false
  const text = hit.text
  let i = hit.start - 1
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--
  if (i < 0) return true
  const c = text.charCodeAt(i)
  if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002) return true
  if (c === 0x27 || c === 0x2019 || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
    // The article may also open the text itself: "The British government said ..." (version 13).
    const from = Math.max(0, hit.start - 8)
    const head = text.slice(from, hit.start)
    return (from === 0 && LEADING_ARTICLE.test(head)) || ARTICLE_AFTER_STOP.test(head)
  }
  return false
}

/**
 * The mention sits in the title's first noun phrase: at most two words before it, each capitalised or an article
 * ("Turistas alemanes", "Un touriste britannique"), no comma or colon ("Nestle names Dutch executive" has a verb).
 */
function opensTitle(hit: Hit): boolean {
  const head = hit.text.slice(0, hit.start)
  if (/[,:，、：]/.test(head) || head.length > 24) return false
  const words = head.trim().split(/\s+/).filter(Boolean)
  return words.length <= 2 && words.every((w) => /^\p{Lu}/u.test(w) || TITLE_ARTICLES.has(w.toLowerCase()))
}

const TITLE_ARTICLES = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', 'les', 'el', 'los', 'las', 'il', 'lo', 'gli', 'i',
  'o', 'os', 'as', 'um', 'uma', 'der', 'die', 'das', 'ein', 'eine', 'zwei', 'deux', 'dos', 'due', 'two', 'three'])

/** A locative preposition before a title's place, maybe two words before it: "killed in Thailand", "no litoral da Bahia". */
const AT_PLACE = /(?:^|\s)(?:in|at|on|off|near|en|em|no|na|nos|nas|à|a|au|aux|nel|nella|nei|negli|sul|sulla|sulle|sui|im|am|auf|dans|sur|в|во|на|في)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu

/** The title names another country as a place: after a locative preposition, before で, after 在. */
function titleNamesPlace(hits: Hit[], person: Hit): boolean {
  return hits.some((o) => {
    if (o.zone !== TITLE || o.term.countries!.some((c) => person.term.countries!.includes(c))) return false
    const text = o.text
    return AT_PLACE.test(text.slice(Math.max(0, o.start - 28), o.start)) || text.charAt(o.end) === 'で' || text.charAt(o.start - 1) === '在'
  })
}
