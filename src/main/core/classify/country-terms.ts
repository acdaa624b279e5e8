// Country terms from the hand tables: demonyms, capitals and cities, seats and leaders, regions,
// ambiguous terms with their cues, and the blocking phrases. Feeds LexiconBuilder.
import worldCountries from 'world-countries'
import { AMBIGUOUS, PERSON_NAMES } from './data/ambiguous'
import { BLOCKS, INTERNATIONAL_CUES, INTERNATIONAL_SEATS } from './data/blocks'
import { DEMONYMS } from './data/demonyms'
import { DEMONYMS_PT_IT } from './data/demonyms-pt-it'
import { REGIONAL_DEMONYMS } from './data/regional-demonyms'
import { CLUBS } from './data/clubs'
import { INSTITUTIONS } from './data/institutions'
import { PLACES } from './data/places'
import { PLACES_JA } from './data/names-ja'
import { REGIONS } from './data/regions'
import { LEADERS, SEATS } from './data/seats'
import { splitLine } from './country-names'
import {
  DE_ADJ_ENDINGS, frenchAdjectiveForms, italianAdjectiveForms, portugueseAdjectiveForms, RU_ADJ_ENDINGS, russianDeclension,
  spanishAdjectiveForms,
} from './forms'
import type { LexiconBuilder, TermSpec } from './lexicon-builder'
import { Kind, PLURAL_S, UNQUALIFIED_GOVERNMENT, type Signal } from './terms'

/** Territories whose demonyms are in common use; other territories share them with their state. */
const DEMONYM_TERRITORIES = new Set(['HK', 'TW', 'PS', 'XK', 'PR', 'GL', 'AS', 'MO'])
const RU_ADJ: ReadonlySet<string> = new Set(RU_ADJ_ENDINGS)
const DE_ADJ: ReadonlySet<string> = new Set(DE_ADJ_ENDINGS)
const INTL_SEATS = new Set(INTERNATIONAL_SEATS)
const COMBINING_FORMS = new Set(['Sino', 'Franco', 'Russo'])

export function addCountryTables(b: LexiconBuilder): void {
  addAmbiguous(b)
  addBlocks(b)
  addDemonyms(b)
  addPortugueseItalianDemonyms(b)
  addRegionalDemonyms(b)
  addGroups(b, PLACES, 'capital', 'city')
  addGroups(b, PLACES_JA, 'capital', 'city')
  addGroups(b, SEATS, 'seat', 'seat')
  addInstitutions(b)
  addGroups(b, CLUBS, 'city', 'city')
  addGroups(b, LEADERS, 'leader', 'leader')
  addGroups(b, REGIONS, 'region', 'region')
  // Japanese papers write 政府 for Japan's own government ("政府は12日の閣議で"); "ロシア政府" is Russia's
  // (country.ts drops 政府 right after a name).
  b.add(UNQUALIFIED_GOVERNMENT, country('JP', 'seat', { lang: 'ja' }))
  for (const cue of INTERNATIONAL_CUES.replace(/\n/g, '').split('/')) {
    b.add(cue.trim(), { kind: Kind.Cue, cue: 'intl', weight: 1, isCased: true })
  }
}

function country(code: string, signal: Signal, extra: Partial<TermSpec> = {}): TermSpec {
  return { kind: Kind.Country, countries: [code], signal, weight: 1, isCased: true, ...extra }
}

/** Adds one spelling, declining Russian ones; `person` and intl-seat flags come from the tables. */
function addSpelling(b: LexiconBuilder, spelling: string, spec: TermSpec): void {
  const person = PERSON_NAMES[spelling.toLowerCase()]
  const isIntlSeat = INTL_SEATS.has(spelling)
  const flagged = person || isIntlSeat ? { ...spec, person, isIntlSeat: isIntlSeat || undefined } : spec
  if (/[\u0400-\u04ff]/.test(spelling) && !spelling.endsWith('*')) {
    for (const form of russianDeclension(spelling)) b.add(form.text, { ...flagged, right: form.endings })
  } else b.add(spelling, flagged)
}

/** `CC: a/b; c/d` tables: the first group gets firstSignal (the capital), the rest restSignal. */
function addGroups(b: LexiconBuilder, table: string, firstSignal: Signal, restSignal: Signal): void {
  for (const line of table.trim().split('\n')) {
    const [code, rest] = splitLine(line)
    const first = country(code, firstSignal)
    const others = country(code, restSignal)
    rest.split(';').forEach((group, i) => {
      for (const spelling of group.split('/')) {
        if (spelling.trim()) addSpelling(b, spelling.trim(), i === 0 ? first : others)
      }
    })
  }
}

/** `CC lang: a/b; c` (institutions.ts): a country's own bodies, read only in the language given ('*': all). */
function addInstitutions(b: LexiconBuilder): void {
  for (const line of INSTITUTIONS.trim().split('\n')) {
    const [head, rest] = splitLine(line)
    const [code, lang] = head.split(' ')
    const spec = country(code, 'seat', lang === '*' ? {} : { lang })
    for (const spelling of rest.split(/[;/]/)) if (spelling.trim()) addSpelling(b, spelling.trim(), spec)
  }
}

function addDemonyms(b: LexiconBuilder): void {
  for (const c of worldCountries) {
    if (!c.independent && !DEMONYM_TERRITORIES.has(c.cca2)) continue
    const eng = c.demonyms.eng
    if (eng) for (const d of new Set([eng.m, eng.f])) addEnglishDemonym(b, c.cca2, d)
    const fra = c.demonyms.fra
    if (fra) {
      for (const form of frenchAdjectiveForms(fra.m.toLowerCase(), fra.f.toLowerCase())) {
        b.add(form, country(c.cca2, 'demonym', { lang: 'fr', isCased: false }))
      }
    }
  }
  for (const line of DEMONYMS.trim().split('\n')) {
    const [code, ruAdj, ruPeople, deAdj, dePeople, esAdj, enExtra] = line.split('|').map((s) => s.trim())
    const list = (s: string | undefined) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean)
    for (const stem of list(ruAdj)) b.add(stem, country(code, 'demonym', { isCased: false, right: RU_ADJ }))
    for (const p of list(ruPeople)) b.add(p, country(code, 'demonym', { isCased: false }))
    for (const adj of list(deAdj)) b.add(adj, country(code, 'demonym', { lang: 'de', isCased: false, right: DE_ADJ }))
    for (const p of list(dePeople)) b.add(p, country(code, 'demonym', { lang: 'de' }))
    for (const adj of list(esAdj)) {
      for (const form of spanishAdjectiveForms(adj)) b.add(form, country(code, 'demonym', { lang: 'es', isCased: false }))
    }
    for (const extra of list(enExtra)) {
      if (COMBINING_FORMS.has(extra)) b.add(extra, country(code, 'demonym', { right: 'hyphen' }))
      else addEnglishDemonym(b, code, extra)
    }
  }
}

function addPortugueseItalianDemonyms(b: LexiconBuilder): void {
  for (const line of DEMONYMS_PT_IT.trim().split('\n')) {
    const [code, pt, it] = line.split('|').map((s) => s.trim())
    const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean)
    for (const adj of list(pt)) for (const form of portugueseAdjectiveForms(adj)) b.add(form, country(code, 'demonym', { lang: 'pt', isCased: false }))
    for (const adj of list(it)) for (const form of italianAdjectiveForms(adj)) b.add(form, country(code, 'demonym', { lang: 'it', isCased: false }))
  }
}

/** "la polizia milanese", "a capital paulista", "подмосковный": a region's adjective in its country's language. */
function addRegionalDemonyms(b: LexiconBuilder): void {
  for (const line of REGIONAL_DEMONYMS.trim().split('\n')) {
    const [code, lang, list] = line.split('|').map((s) => s.trim())
    const spec = country(code, 'region', { lang, isCased: false })
    for (const adj of list.split(',').map((x) => x.trim()).filter(Boolean)) {
      if (lang === 'ru') b.add(adj, country(code, 'region', { isCased: false, right: RU_ADJ, lang }))
      else if (lang === 'de') b.add(adj, country(code, 'region', { isCased: false, right: DE_ADJ, lang }))
      else {
        const [masc, fem] = adj.split('/')
        const forms = lang === 'it' ? italianAdjectiveForms(masc) : lang === 'pt' ? portugueseAdjectiveForms(masc)
          : lang === 'es' ? spanishAdjectiveForms(masc) : frenchAdjectiveForms(masc, fem ?? masc)
        for (const form of forms) b.add(form, spec)
      }
    }
  }
}

function addEnglishDemonym(b: LexiconBuilder, code: string, demonym: string): void {
  if (!demonym || demonym.includes(',') || / or /.test(demonym)) return
  b.add(demonym, country(code, 'demonym', { right: PLURAL_S }))
}

function addAmbiguous(b: LexiconBuilder): void {
  AMBIGUOUS.forEach((entry, index) => {
    for (const spelling of entry.spellings) {
      const isLower = spelling === spelling.toLowerCase()
      // "coreano", "koreanisch", "Korean" are adjectives: the roles of a demonym apply (El pop coreano).
      const isEnglishDemonym = entry.spellings.includes(spelling.replace(/ns?$/, '')) && spelling !== spelling.replace(/ns?$/, '')
      const signal = (isLower && /\p{L}/u.test(spelling) && !/[\u0600-\u06ff]/.test(spelling)) || isEnglishDemonym ? 'demonym' : 'name'
      const spec: TermSpec = {
        kind: Kind.Country, countries: entry.candidates, signal, weight: 1, ambiguity: index,
        isCased: !isLower, priority: 2,
      }
      addSpelling(b, spelling, isLower && /[a-z]/.test(spelling) ? { ...spec, right: PLURAL_S } : spec)
    }
    for (const [candidate, cues] of Object.entries(entry.cues)) {
      for (const cue of cues) b.add(cue, { kind: Kind.Cue, cue: `${index}:${candidate}`, weight: 1, right: /[a-z]$/.test(cue) ? PLURAL_S : undefined })
    }
  })
}

function addBlocks(b: LexiconBuilder): void {
  const block = (text: string) => b.add(text, { kind: Kind.Block, weight: 0, priority: 3 })
  for (const line of BLOCKS.trim().split('\n')) if (line.trim()) block(line.trim())
}
