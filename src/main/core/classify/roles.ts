// Roles that follow from the other mentions of an article rather than from the words around one mention: a
// bureau's dateline, the venue named again, a city at the end of a title about two other countries, a list of
// origins ("Syria and Afghanistan" before "からの難民"), and a second name for the same thing ("Egypt's President
// Abdel Fattah al-Sisi", "Председатель КНР Си Цзиньпин"), which is one mention, not two.
import type { CountryCode } from '../../../shared/model'
import { Zone } from './matcher'
import type { Reading } from './tiers'

const TITLE = Zone.Title
/** Two mentions of one country this close, with no sentence end between, name one thing (CJK: 4 characters). */
const SAME_THING_GAP = 16
const SAME_THING_GAP_CJK = 4
/** What may stand between the items of a list: commas, 、, ・ and "and" in our languages. */
const LIST_GAP = /^[\s,、・]*(?:and|or|e|y|et|ou|o|und|oder|и|или|или|и|や|和|与|及|と|،|و)?[\s,、]*(?:the |la |le |el |dem |der |den |l'|d')?$/iu
/** The gap of an apposition: "Doha, Qatar", "Den Haag, in den Niederlanden", "オランダ・ハーグ". */
const APPOSITION = /^[\s,・(（]*(?:(?:in|en|em|nos|nas|no|na|aux|au|im|in den|in der|dans|nei|negli|nel|nella)\s+)?(?:the\s+|les\s+|los\s+|las\s+|den\s+)?$/iu
/** A locative preposition right before a title's last place: "... beat Côte d'Ivoire à Rabat". */
const AT_END = /(?:^|\s)(?:in|at|à|a|en|em|no|na|in|im|в|во|في)\s+$/iu

export function assignContextRoles(readings: Reading[]): void {
  markDatelines(readings)
  markTitleVenue(readings)
  spreadVenues(readings)
  spreadOriginLists(readings)
  markSameThing(readings)
}

/**
 * A dateline names where the reporter files from: when the title is about other countries, that is a bureau.
 * "BAKU (Reuters) - ... talks in Azerbaijan": a dateline in the country the text names as the venue is the venue.
 */
function markDatelines(readings: Reading[]): void {
  const titleCodes = new Set<CountryCode>()
  for (const r of readings) if (r.hit.zone === TITLE && !r.role) for (const c of r.codes) titleCodes.add(c)
  const venueCodes = codesWithRole(readings, 'venue')
  for (const r of readings) {
    if (!r.dateline) continue
    if (r.codes.some((c) => venueCodes.has(c))) r.role = 'venue'
    else if (titleCodes.size > 0 && !r.codes.some((c) => titleCodes.has(c))) r.role = 'dateline'
  }
}

/** "Senegal beat Ivory Coast in Rabat", "Iran and US hold talks in Muscat": the city is where two others met. */
function markTitleVenue(readings: Reading[]): void {
  const title = readings.filter((r) => r.hit.zone === TITLE && !r.role)
  for (const r of title) {
    const signal = r.hit.term.signal
    if (signal !== 'city' && signal !== 'capital') continue
    if (!AT_END.test(r.hit.text.slice(Math.max(0, r.hit.start - 6), r.hit.start))) continue
    const others = new Set(title.filter((o) => o !== r && !o.codes.some((c) => r.codes.includes(c))).flatMap((o) => o.codes))
    if (others.size >= 2 && title.every((o) => o.hit.start <= r.hit.start || o.codes.some((c) => r.codes.includes(c)))) r.role = 'venue'
  }
}

/** The venue's city named again ("Doha (venue) ... signed in Doha", "BAKU ... talks in Azerbaijan") is still the venue. */
function spreadVenues(readings: Reading[]): void {
  const venues = readings.filter((r) => r.role === 'venue')
  if (venues.length === 0) return
  for (const r of readings) {
    if (r.role || r.dateline) continue
    const signal = r.hit.term.signal
    if (signal !== 'city' && signal !== 'capital') continue
    // The same city again, or a city of a country named as the venue; another city of the venue's country
    // ("à Dortmund" beside "la finale à Munich") is not the venue.
    if (venues.some((v) => v.hit.pattern === r.hit.pattern || (v.hit.term.signal === 'name' && v.codes.some((c) => r.codes.includes(c))))) r.role = 'venue'
  }
}

/** "シリアやアフガニスタンからの難民", "埃及、卡塔尔和美国斡旋": the earlier items of a list of origins or mediators. */
function spreadOriginLists(readings: Reading[]): void {
  for (let k = readings.length - 1; k > 0; k--) {
    const next = readings[k]
    const prev = readings[k - 1]
    if ((next.role !== 'origin' && next.role !== 'mediator') || prev.role || prev.hit.zone !== next.hit.zone || prev.hit.text !== next.hit.text) continue
    if (next.hit.start <= prev.hit.end || next.hit.start - prev.hit.end > 40) continue
    // The match may end inside a word (турецк|их): the list's gap starts after it.
    const gap = next.hit.text.slice(prev.hit.end, next.hit.start).replace(/^[\p{Script=Latin}\p{Script=Cyrillic}]+/u, '')
    // "中国、日本産水産物の輸入を再開": a title's 、 follows its subject.
    if (prev.hit.zone === TITLE && gap.includes('、')) continue
    if (LIST_GAP.test(gap)) prev.role = next.role
  }
}

/** A second name right after the first (a title, a leader, the capital) is the same mention. */
function markSameThing(readings: Reading[]): void {
  const last = new Map<CountryCode, Reading>()
  for (const r of readings) {
    for (const code of r.codes) {
      const prev = last.get(code)
      if (prev && prev.hit.zone === r.hit.zone && prev.hit.text === r.hit.text && isSameThing(prev, r)) {
        r.sameAs = prev
        // "Doha, Qatar", "Haia, nos Países Baixos", "オランダ・ハーグにある": an apposition shares the place's role.
        if (r.hit.start >= prev.hit.end && APPOSITION.test(r.hit.text.slice(prev.hit.end, r.hit.start))) shareRole(prev, r)
      }
      last.set(code, r)
    }
  }
}

function shareRole(prev: Reading, r: Reading): void {
  if (prev.role && !r.role) r.role = prev.role
  else if (r.role && !prev.role && r.role !== 'dateline') prev.role = r.role
}

function isSameThing(prev: Reading, r: Reading): boolean {
  const length = r.hit.start - prev.hit.end
  if (length < 0) return true // overlapping matches: "l'Inter" and "Inter Milan"
  if (length > (isCjk(r.hit.text.charCodeAt(r.hit.start)) ? SAME_THING_GAP_CJK : SAME_THING_GAP)) return false
  return !/[.!?。，、]/.test(r.hit.text.slice(prev.hit.end, r.hit.start))
}

function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff)
}

function codesWithRole(readings: Reading[], role: string): Set<CountryCode> {
  const codes = new Set<CountryCode>()
  for (const r of readings) if (r.role === role) for (const c of r.codes) codes.add(c)
  return codes
}
