// The evidence the about model reads (about-model.ts): one feature vector per country an article names, built
// from what country.ts, salience.ts and roles.ts already computed — where its mentions sit, how much they weigh
// beside the best country's, what kind of word names it, the roles of its passing mentions, the title's shape
// and the language group. Training (tests/main/core/classify/train-about.ts) and tagging share this one builder.
import type { CountryCode } from '../../../shared/model'
import { isDiscussed, isLocative, isOpponent, isPartner, isVisited, isWhereCombo, opensReported, opensText } from './about-cues'
import { Zone } from './matcher'
import { isTradedOrigin } from './salience'
import { areJoined, areParticipants, rankedOf, type Reading, type Tally, type Weighed } from './tiers'

const TITLE = Zone.Title
const LEAD = Zone.Lead
const BODY = Zone.Body

const SIGNALS = ['name', 'demonym', 'capital', 'city', 'leader', 'seat', 'region', 'combo'] as const
const ROLES = ['origin', 'nationality', 'seat', 'venue', 'host', 'mediator', 'company', 'dateline', 'affiliation'] as const
const LANG_GROUPS = ['en', 'romance', 'ru', 'de', 'ar', 'cjk'] as const
const GROUP_OF: Record<string, (typeof LANG_GROUPS)[number]> = {
  en: 'en', fr: 'romance', es: 'romance', pt: 'romance', it: 'romance', ru: 'ru', de: 'de', ar: 'ar', zh: 'cjk', ja: 'cjk',
}

/** The features in order; the weights file names them too, so a change here must be followed by re-training. */
export const FEATURE_NAMES: readonly string[] = [
  'logScore', 'share', 'isTop', 'second', 'lowRank', 'logLeadBody', 'passingCount', 'noScore', 'score>=1.2', 'score>=2', 'share>=0.35',
  'share>=0.55', 'inTitle', 'titleFirst', 'titleVenue', 'titleOrigin', 'titleOther', 'titleOtherShare', 'titleNone',
  'eventTitle', 'participants', 'participantsShare', 'joined', 'sides', 'logCandidates', 'logSubstantive', 'titleCount', 'dateline',
  'firstSentence', 'leadCount', 'bodyCount', 'firstNamed', 'subject', 'stateWord', 'passingWord',
  'opponent', 'titleLocative', 'leadLocative', 'titleOpens',
  'participantFirst', 'traded', 'titlePartner', 'titleStateWord', 'visited', 'discussed', 'whereCombo', 'reportedOpens',
  ...SIGNALS.map((s) => `signal:${s}`), ...ROLES.map((r) => `role:${r}`), ...LANG_GROUPS.map((g) => `lang:${g}`),
]

/** What the decision needs of a country's tally besides its features (about-model.ts `pickAbout`). */
export type StandIn = Pick<Tally, 'score' | 'titleOrigin'> & { titleDiscussed?: boolean; titleJoinedWith?: readonly CountryCode[] }

export interface Candidates {
  codes: CountryCode[]
  tallies: StandIn[]
  /** One row of FEATURE_NAMES.length values per code. */
  features: number[][]
}

/** Counts per country over all its mentions (the tally keeps only the first eight). */
interface Counts {
  title: number
  dateline: number
  firstSentence: number
  lead: number
  body: number
  subject: boolean
  stateWord: boolean
  passingWord: boolean
  /** Version 10 (about-cues.ts): the other side of a match, where the title or lead says it happens, the title's opener. */
  opponent: boolean
  titleLocative: boolean
  leadLocative: boolean
  titleOpens: boolean
  /** Version 11: a product's origin hit by a trade measure or exported (salience.ts `isTradedOrigin`). */
  traded: boolean
  /** Version 12: the other party of a relation the title reports (deal with Albania, 与日本). */
  titlePartner: boolean
  /** Version 13: a state word beside it in the title (Thai police, the Chinese government, 韩国政府): the state acts. */
  titleStateWord: boolean
  /** Version 13 (about-cues.ts): where a visit goes; what talks are about. */
  visited: boolean
  discussed: boolean
  /** Version 15: what the title says is discussed (about-model.ts `pickAbout`). */
  titleDiscussed: boolean
  /** Version 13: a one-character compound that says where (在华, 访华, 訪日: about-cues.ts `isWhereCombo`). */
  whereCombo: boolean
  /** Version 13: it opens a clause the title reports (says Chinese hackers ...: about-cues.ts `opensReported`). */
  reportedOpens: boolean
  /** Version 16: the countries it is joined to by "and" in the title, each named there for itself (chinois et russe). */
  titleJoinedWith?: CountryCode[]
  /** Mentions in passing (the tally's `passing` weighs every mention outside the title). */
  passing: number
  joined: boolean
  firstSeen: number
  /** Bit i: a substantive mention of SIGNALS[i]. */
  signals: number
  /** Bit i: a mention in the role ROLES[i]. */
  roles: number
}

const SIGNAL_BIT: Record<string, number> = Object.fromEntries(SIGNALS.map((s, i) => [s, 1 << i]))
const ROLE_BIT: Record<string, number> = Object.fromEntries(ROLES.map((r, i) => [r, 1 << i]))
const GROUP_INDEX: Record<string, number> = Object.fromEntries(LANG_GROUPS.map((g, i) => [g, i]))

export function candidateFeatures(w: Weighed): Candidates {
  const ranked = rankedOf(w)
  const counts = countMentions(w.readings)
  const top = ranked[0]?.[1].score ?? 0
  let titled = false
  let titleVenue = false
  let substantiveCount = 0
  for (const [, t] of ranked) {
    if (t.inTitle) titled = true
    if (t.titleVenue) titleVenue = true
    if (t.score > 0) substantiveCount++
  }
  const participants = !titled && (w.eventTitle || titleVenue) && areParticipants(ranked.filter(([, t]) => t.score > 0))
  const firstTitle = w.readings.find((r) => r.hit.zone === TITLE && !r.role && r.codes.length > 0)
  let firstSeen = Infinity
  for (const c of counts.values()) firstSeen = Math.min(firstSeen, c.firstSeen)
  const group = GROUP_INDEX[GROUP_OF[w.lang] ?? 'en']
  const logCandidates = Math.log(ranked.length)

  const logSubstantive = Math.log1p(substantiveCount)
  const codes: CountryCode[] = []
  const tallies: StandIn[] = []
  const features: number[][] = []
  let rank = 0
  ranked.forEach(([code, t], k) => {
    // Ties share a rank: "Iran and the United States", named once each, are both first.
    if (k > 0 && t.score < ranked[k - 1][1].score) rank = k
    const c = counts.get(code) ?? emptyCounts()
    const share = top > 0 ? t.score / top : 0
    const titleOther = titled && !t.inTitle ? 1 : 0
    const row = [
      Math.log1p(t.score), share, t.score > 0 && t.score === top ? 1 : 0, rank === 1 ? 1 : 0, rank >= 2 ? 1 : 0,
      Math.log1p(t.passing), Math.min(c.passing, 3), t.score === 0 ? 1 : 0, t.score >= 1.2 ? 1 : 0, t.score >= 2 ? 1 : 0,
      share >= 0.35 ? 1 : 0, share >= 0.55 ? 1 : 0, t.inTitle ? 1 : 0, firstTitle?.codes.includes(code) ? 1 : 0,
      t.titleVenue ? 1 : 0, t.titleOrigin > 0 ? 1 : 0, titleOther, titleOther * share, titled ? 0 : 1,
      w.eventTitle ? 1 : 0, participants ? 1 : 0, participants ? share : 0, c.joined ? 1 : 0, c.joined && !titled ? 1 : 0,
      logCandidates, logSubstantive, Math.min(c.title, 3), Math.min(c.dateline, 1), Math.min(c.firstSentence, 3),
      Math.min(c.lead, 5), Math.log1p(c.body), c.firstSeen === firstSeen && t.score > 0 ? 1 : 0,
      // Version 14: beside a summit title that names no country, a participant opening a sentence is quoted, not the
      // subject ("India criticised the deal").
      c.subject && !participants ? 1 : 0,
      c.stateWord ? 1 : 0, c.passingWord ? 1 : 0,
      c.opponent ? 1 : 0, c.titleLocative ? 1 : 0, c.leadLocative ? 1 : 0, c.titleOpens ? 1 : 0,
      // Version 11: the first country named weighs for the story, but beside a summit or talks the title names (no
      // country as its subject) the first one named is just the first participant quoted.
      participants && c.firstSeen === firstSeen && t.score > 0 ? 1 : 0, c.traded ? 1 : 0, c.titlePartner ? 1 : 0,
      c.titleStateWord ? 1 : 0, c.visited ? 1 : 0, c.discussed ? 1 : 0,
      c.whereCombo ? 1 : 0, c.reportedOpens ? 1 : 0,
    ]
    for (let i = 0; i < SIGNALS.length; i++) row.push((c.signals >> i) & 1)
    for (let i = 0; i < ROLES.length; i++) row.push((c.roles >> i) & 1)
    for (let i = 0; i < LANG_GROUPS.length; i++) row.push(i === group ? 1 : 0)
    codes.push(code)
    tallies.push({ score: t.score, titleOrigin: t.titleOrigin, titleDiscussed: c.titleDiscussed, titleJoinedWith: c.titleJoinedWith })
    features.push(row)
  })
  return { codes, tallies, features }
}

function emptyCounts(): Counts {
  return { title: 0, dateline: 0, firstSentence: 0, lead: 0, body: 0, subject: false, stateWord: false, passingWord: false,
    opponent: false, titleLocative: false, leadLocative: false, titleOpens: false, traded: false, titlePartner: false, titleStateWord: false, visited: false, discussed: false, titleDiscussed: false, whereCombo: false, reportedOpens: false, passing: 0, joined: false, firstSeen: Infinity, signals: 0, roles: 0 }
}

/** One pass over the mentions: per country, where its substantive ones sit and which roles its passing ones play. */
function countMentions(readings: Reading[]): Map<CountryCode, Counts> {
  const counts = new Map<CountryCode, Counts>()
  let leadText = ''
  let leadEnd = 0
  for (let index = 0; index < readings.length; index++) {
    const r = readings[index]
    const h = r.hit
    if (h.zone === LEAD && h.text !== leadText) {
      leadText = h.text
      leadEnd = firstSentenceEnd(h.text)
    }
    const prev = index > 0 ? readings[index - 1] : undefined
    const joined = prev !== undefined && prev.hit.zone === h.zone && prev.codes.some((x) => !r.codes.includes(x)) && areJoined(prev, r)
    for (const code of r.codes) {
      let c = counts.get(code)
      if (!c) counts.set(code, (c = emptyCounts()))
      if (joined) {
        c.joined = true
        for (const other of prev.codes) { const o = counts.get(other); if (o) o.joined = true }
      }
      if (r.role) {
        c.roles |= ROLE_BIT[r.role] ?? 0
        c.passing++
        continue
      }
      if (r.sameAs) continue
      c.firstSeen = Math.min(c.firstSeen, h.zone === TITLE ? h.start : h.zone === LEAD ? 1e4 + h.start : 1e6 + h.start)
      // The second of two sides joined by "and" (ロシアとウクライナ) shares the first one's place (version 10).
      if (joined) for (const other of prev.codes) c.firstSeen = Math.min(c.firstSeen, counts.get(other)?.firstSeen ?? Infinity)
      c.signals |= SIGNAL_BIT[h.term.signal ?? 'name'] ?? 0
      if (r.dateline) c.dateline++
      else if (h.zone === TITLE) c.title++
      else if (h.zone === LEAD) {
        c.lead++
        if (h.start < leadEnd) c.firstSentence++
      } else if (h.zone === BODY) c.body++
      if (h.zone === TITLE || h.zone === LEAD) noteCues(c, h)
      // Version 15: the second of two sides joined by "and" opens the title with the first ("India and Pakistan
      // agree ...", "Chile y Argentina firman ...").
      if (joined && h.zone === TITLE && prev.codes.some((other) => counts.get(other)?.titleOpens)) c.titleOpens = true
      // Version 16: two sides joined in the title that open it or stand "between" ("chinois et russe", "tra Iran e
      // Stati Uniti") act together; pickAbout takes one when the other is about, whatever their order.
      if (joined && h.zone === TITLE && !prev.role && !prev.sameAs && opensAsPair(prev, counts)) {
        for (const other of prev.codes) {
          const o = counts.get(other)
          if (!o || other === code) continue
          c.titleJoinedWith ??= []
          o.titleJoinedWith ??= []
          if (!c.titleJoinedWith.includes(other)) c.titleJoinedWith.push(other)
          if (!o.titleJoinedWith.includes(code)) o.titleJoinedWith.push(code)
        }
      }
      if (r.subject) c.subject = true
      // A seat of government that opens a sentence (政府は…, the Kremlin said) is the state acting, as a state word is.
      if ((r.context ?? 1) > 1 || (r.subject && h.term.signal === 'seat')) {
        c.stateWord = true
        if (h.zone === TITLE) c.titleStateWord = true
      }
      if ((r.context ?? 1) < 1) c.passingWord = true
    }
  }
  return counts
}

/** "日本の警察当局", "韩国政府", "美国警方": a state body right after a Japanese or Chinese name (no word to weigh). */
const CJK_STATE_AFTER = /^の?(?:政府|当局|警察|警方|外務省|外交部|外务省|大使館|大使馆|領事館|领事馆|首相|总理|大統領|总统|外相|外长|国防|軍|军队|军方|議会|议会|官方)/u

function noteCues(c: Counts, h: Reading['hit']): void {
  const last = h.text.charCodeAt(h.end - 1)
  if (last >= 0x3040 && last <= 0x9fff && CJK_STATE_AFTER.test(h.text.slice(h.end, h.end + 5))) {
    c.stateWord = true
    if (h.zone === TITLE) c.titleStateWord = true
  }
  if (isOpponent(h)) c.opponent = true
  if (isLocative(h)) {
    if (h.zone === TITLE) c.titleLocative = true
    else c.leadLocative = true
  }
  // "وفد سعودي يزور بغداد", "Le président français reçoit ...": a demonym after the title's first noun opens it too.
  if (h.zone === TITLE && (opensText(h) || (h.term.signal === 'demonym' && NOUN_OPENER.test(h.text.slice(0, h.start))))) c.titleOpens = true
  if (h.zone === TITLE && isPartner(h)) c.titlePartner = true
  if (h.zone === TITLE && isVisited(h)) c.visited = true
  if (isDiscussed(h)) {
    c.discussed = true
    if (h.zone === TITLE) c.titleDiscussed = true
  }
  if (isWhereCombo(h)) c.whereCombo = true
  if (h.zone === TITLE && opensReported(h)) c.reportedOpens = true
  if (isTradedOrigin(h.text, h.start, h.end, h.term.signal === 'demonym')) c.traded = true
}

/** The first of two joined sides opens the title (its own cue, a genitive opener) or follows "between". */
function opensAsPair(first: Reading, counts: Map<CountryCode, Counts>): boolean {
  const h = first.hit
  if (first.codes.some((code) => counts.get(code)?.titleOpens) || BETWEEN_BEFORE.test(h.text.slice(Math.max(0, h.start - 12), h.start))) return true
  // After a kicker ("Soudan : les ministres chinois et russe ...") the pair still opens the headline proper.
  const before = h.text.slice(0, h.start).replace(KICKER, '')
  return GENITIVE_OPENER.test(before) || /^\s*$/u.test(before) || (h.term.signal === 'demonym' && NOUN_OPENER.test(before))
}

/** A title's kicker: a place or a subject, then a colon ("Soudan :", "Cinéma :", "Macau:"). */
const KICKER = /^[^:：]{1,40}[:：]\s*/u

/** "talks between", "tra", "entre", "zwischen", "между", "بين", "与…之间": the two sides of one relation. */
const BETWEEN_BEFORE = /(?:between|entre|tra|fra|zwischen|между|بين)\s+(?:the\s+|la\s+|le\s+|el\s+|les\s+|los\s+|o\s+|a\s+|l'|ال)?$/iu

/** "Los cancilleres de", "The foreign ministers of", "I ministri di": a title that opens with whose people act. */
const GENITIVE_OPENER = /^[\s"“«'(]*(?:[\p{L}'’-]+\s+){1,3}(?:de|of|di|dei|du|des|del|da|do|dos|das|der|von)\s+(?:la\s+|l'|el\s+|the\s+)?$/iu

/** One or two words before a demonym at the start of a title: the noun it qualifies (and its article). */
const NOUN_OPENER = /^[\s"“«'(]*(?:[\p{L}'’-]+\s+){1,2}$/u

/** Where the lead's first sentence ends: a full stop after a small letter or digit (not "U.S."), or 。！？. */
function firstSentenceEnd(text: string): number {
  const m = /(?<=[\p{Ll}\d)"'»”])[.!?](?=\s)|[。！？]/u.exec(text)
  return m ? m.index : text.length
}
