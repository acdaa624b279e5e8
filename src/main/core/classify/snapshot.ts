// The lexicon as plain JSON: patterns (sorted), distinct readings, and which readings each pattern
// has. Building from the data tables takes a few hundred milliseconds of cold JavaScript, so the app
// loads this snapshot instead (tens of milliseconds) and only the automaton is compiled at startup.
// Regenerate after editing data/ or the builders: npx tsx src/main/core/classify/write-snapshot.ts
// (tests/main/core/classify/snapshot.test.ts fails while the snapshot is stale).
import { buildAutomaton } from './automaton'
import type { Lexicon } from './lexicon-builder'
import type { Right, Term } from './terms'

/** Term fields in tuple order: the snapshot stores each reading as an array, not an object. */
const FIELDS = ['kind', 'countries', 'isAll', 'signal', 'ambiguity', 'person', 'isIntlSeat', 'isCombo', 'topic',
  'weight', 'cue', 'lang', 'upperMask', 'capsMask', 'left', 'right', 'isDateSensitive', 'priority'] as const
const RIGHT = FIELDS.indexOf('right')

/** A reading: FIELDS in order, null for absent; Set endings become { set: index into sets }. */
type TermTuple = unknown[]

export interface LexiconSnapshot {
  /** CLASSIFIER_VERSION when written. */
  version: number
  sets: string[][]
  terms: TermTuple[]
  /** Sorted by pattern: [pattern, ...indices into terms]. */
  entries: Array<[string, ...number[]]>
}

export function toSnapshot(version: number, patterns: string[], readings: Term[][]): LexiconSnapshot {
  const order = patterns.map((_, i) => i).sort((a, b) => (patterns[a] < patterns[b] ? -1 : 1))
  const sets: string[][] = []
  const setIndex = new Map<ReadonlySet<string>, number>()
  const terms: TermTuple[] = []
  const termIndex = new Map<string, number>()
  const indexOf = (term: Term): number => {
    const json: TermTuple = FIELDS.map((f) => term[f] ?? null)
    if (term.right instanceof Set) {
      let s = setIndex.get(term.right)
      if (s === undefined) {
        s = sets.length
        sets.push([...term.right].sort())
        setIndex.set(term.right, s)
      }
      json[RIGHT] = { set: s }
    }
    const key = JSON.stringify(json)
    let i = termIndex.get(key)
    if (i === undefined) {
      i = terms.length
      terms.push(json)
      termIndex.set(key, i)
    }
    return i
  }
  return { version, sets, terms, entries: order.map((i) => [patterns[i], ...readings[i].map(indexOf)]) }
}

/** JSON with one term and one pattern per line, so a data change shows as a readable diff. */
export function formatSnapshot(s: LexiconSnapshot): string {
  const lines = (items: unknown[]) => items.map((x) => JSON.stringify(x)).join(',\n')
  return `{"version":${s.version},"sets":${JSON.stringify(s.sets)},\n"terms":[\n${lines(s.terms)}\n],\n` +
    `"entries":[\n${lines(s.entries)}\n]}\n`
}

export function lexiconFromSnapshot(snapshot: LexiconSnapshot): Lexicon {
  const sets: ReadonlySet<string>[] = snapshot.sets.map((s) => new Set(s))
  const terms = snapshot.terms.map((tuple) => {
    const term: Record<string, unknown> = {}
    FIELDS.forEach((field, i) => (term[field] = tuple[i] ?? undefined))
    const right = tuple[RIGHT] as Right | { set: number }
    term.right = right !== null && typeof right === 'object' && 'set' in right ? sets[right.set] : right
    return term as unknown as Term
  })
  const patterns: string[] = []
  const readings: Term[][] = []
  for (const entry of snapshot.entries) {
    patterns.push(entry[0])
    const list: Term[] = []
    for (let k = 1; k < entry.length; k++) list.push(terms[entry[k] as number])
    readings.push(list)
  }
  return { automaton: buildAutomaton(patterns), readings }
}
