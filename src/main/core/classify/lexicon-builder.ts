// Collects terms from the data tables into (pattern -> readings) and compiles the automaton.
// Every spelling goes through foldString, exactly like article text, so both sides agree.
import { buildAutomaton, MAX_PATTERN_LENGTH, type Automaton } from './automaton'
import { expandAlternatives, parseStar } from './forms'
import { CharClass, charClass, foldString, isCasedLetter, isUpper } from './normalize'
import { compileRules, type CompiledRules } from './compiled-rules'
import { Left, type Right, type Term } from './terms'

export interface Lexicon {
  automaton: Automaton
  /** Readings per pattern id, highest priority first. */
  readings: Term[][]
  /** The readings' match rules in typed arrays (compiled-rules.ts). */
  rules: CompiledRules
}

/** What a data table says about a spelling; the builder fills in script-dependent rules. */
export type TermSpec = Omit<Term, 'upperMask' | 'capsMask' | 'left' | 'right' | 'priority'> & {
  priority?: number
  /** Proper noun: enforce the capitals of the source spelling (china the porcelain is not China). */
  isCased?: boolean
  left?: Left
  right?: Right
}

const enum Script {
  Latin,
  Cyrillic,
  Arabic,
  Cjk,
}

/** The script that decides a spelling's rules: any Han/kana makes it CJK, then Arabic, then Cyrillic. */
function scriptOf(text: string): Script {
  let script = Script.Latin
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) return Script.Cjk
    if (c >= 0x600 && c <= 0x6ff) script = Script.Arabic
    else if (c >= 0x400 && c <= 0x4ff && script === Script.Latin) script = Script.Cyrillic
  }
  return script
}

function hasLetter(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (charClass(key.charCodeAt(i)) !== CharClass.Other) return true
  return false
}

export class LexiconBuilder {
  private readonly ids = new Map<string, number>()
  private readonly patterns: string[] = []
  private readonly readings: Term[][] = []
  private readonly interned = new Map<TermSpec, Map<string, Term>>()
  private readonly setIds = new Map<ReadonlySet<string>, number>()

  /** Adds a spelling with the `*`, `~` and `a(b|c)` shorthands. */
  add(spelling: string, spec: TermSpec): void {
    if (spelling.includes('(')) {
      for (const alt of expandAlternatives(spelling)) this.addExpanded(alt, spec)
    } else this.addExpanded(spelling, spec)
  }

  private addExpanded(alt: string, spec: TermSpec): void {
    const { text, openEnd, compound } = parseStar(alt)
    const right = spec.right !== undefined ? spec.right : openEnd ? 4 : undefined
    const left = spec.left ?? (compound ? Left.Free : undefined)
    this.addOne(text, spec, left, right)
  }

  private addOne(source: string, spec: TermSpec, left: Left | undefined, right: Right | undefined): void {
    let text = source.trim()
    if (!text) return
    const script = scriptOf(text)
    if (script === Script.Arabic) text = stripArabicArticle(text)
    const key = foldString(text)
    if (key.length === 0 || key.length > MAX_PATTERN_LENGTH || !hasLetter(key)) return
    const cjk = script === Script.Cjk
    const isCased = spec.isCased === true && (script === Script.Latin || script === Script.Cyrillic)
    // Russian capitalises only the first word of a name (Кремниевая долина), Latin scripts every noun.
    const wordsToCheck = script === Script.Cyrillic ? 1 : -1
    const masks = isCased ? capitalMasks(text) : 0
    const term = this.intern(spec, {
      upperMask: (masks & 0x7fff) & wordsToCheck,
      capsMask: masks >>> 15,
      left: left ?? (cjk ? Left.Free : script === Script.Arabic ? Left.Arabic : Left.Word),
      right: right !== undefined ? right : cjk ? 'free' : null,
    })
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.patterns.length
      this.ids.set(key, id)
      this.patterns.push(key)
      this.readings.push([])
    }
    const list = this.readings[id]
    for (const other of list) if (other === term || sameTerm(other, term)) return
    list.push(term)
  }

  /**
   * Readings are shared per spec object and per casing/boundary rules: data tables pass one spec
   * for a whole group of spellings, so most spellings reuse an existing Term.
   */
  private intern(spec: TermSpec, rules: Pick<Term, 'upperMask' | 'capsMask' | 'left' | 'right'>): Term {
    let bySpec = this.interned.get(spec)
    if (!bySpec) {
      bySpec = new Map()
      this.interned.set(spec, bySpec)
    }
    const right = rules.right
    let rightKey: string
    if (right instanceof Set) {
      const id = this.setIds.get(right) ?? this.setIds.size
      this.setIds.set(right, id)
      rightKey = `set${id}` // distinct from the numeric rule 4
    } else rightKey = right === null ? 'word-end' : String(right)
    const key = `${rules.upperMask}|${rules.capsMask}|${rules.left}|${rightKey}`
    let term = bySpec.get(key)
    if (!term) {
      term = makeTerm(spec, rules)
      bySpec.set(key, term)
    }
    return term
  }

  /** Patterns and their readings (highest priority first), for the automaton or a snapshot. */
  entries(): { patterns: string[]; readings: Term[][] } {
    for (const list of this.readings) list.sort((a, b) => b.priority - a.priority)
    return { patterns: this.patterns, readings: this.readings }
  }

  build(): Lexicon {
    const { patterns, readings } = this.entries()
    return { automaton: buildAutomaton(patterns), readings, rules: compileRules(readings) }
  }
}

/** The clitic-free core of an Arabic spelling: the article of the first word goes (الصين -> صين). */
function stripArabicArticle(text: string): string {
  const first = text.split(' ')[0]
  for (const prefix of ['ال']) if (first.startsWith(prefix) && first.length > prefix.length + 2) return text.slice(prefix.length)
  return text
}

/** Every Term gets the same fields in the same order, so the engine keeps one object shape. */
function makeTerm(spec: TermSpec, rules: Pick<Term, 'upperMask' | 'capsMask' | 'left' | 'right'>): Term {
  return {
    kind: spec.kind,
    countries: spec.countries,
    isAll: spec.isAll,
    signal: spec.signal,
    ambiguity: spec.ambiguity,
    person: spec.person,
    isIntlSeat: spec.isIntlSeat,
    isCombo: spec.isCombo,
    topic: spec.topic,
    weight: spec.weight,
    cue: spec.cue,
    lang: spec.lang,
    upperMask: rules.upperMask,
    capsMask: rules.capsMask,
    left: rules.left,
    right: rules.right,
    isDateSensitive: spec.isDateSensitive,
    priority: spec.priority ?? 1,
  }
}

/**
 * Capital masks of a spelling, packed: bits 0-14 = word i starts with a capital, bits 15-29 = word i
 * is all capitals (US, КНДР). Words are split at spaces and hyphens.
 */
function capitalMasks(text: string): number {
  let upper = 0
  let caps = 0
  let word = 0
  let letters = 0
  let uppers = 0
  let firstUpper = false
  for (let i = 0; i <= text.length && word < 15; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20
    if (code === 0x20 || code === 0x2d) {
      if (letters > 0) {
        if (letters >= 2 && uppers === letters) caps |= 1 << word
        else if (firstUpper) upper |= 1 << word
        word++
      }
      letters = 0
      uppers = 0
      continue
    }
    if (!isCasedLetter(code)) continue // digit, dot, apostrophe
    const isCap = isUpper(code)
    if (letters === 0) firstUpper = isCap
    letters++
    if (isCap) uppers++
  }
  return upper | (caps << 15)
}


/** Two readings that mean the same thing (the same spelling from two sources). */
function sameTerm(a: Term, b: Term): boolean {
  return a.kind === b.kind && a.lang === b.lang && a.topic === b.topic && a.cue === b.cue && a.signal === b.signal &&
    a.weight === b.weight && a.upperMask === b.upperMask && a.capsMask === b.capsMask && a.right === b.right &&
    a.left === b.left && a.ambiguity === b.ambiguity && a.person === b.person && a.isAll === b.isAll &&
    a.priority === b.priority && sameCodes(a.countries, b.countries)
}

function sameCodes(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true
  if (!a || !b || a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
