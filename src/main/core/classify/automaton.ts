// Aho-Corasick automaton over folded UTF-16 code units: one pass over an article finds every
// occurrence of every pattern. Pure; the compiled layout (a double array) is double-array.ts's.
// Typed arrays, because ~10^5 states held in per-node Maps would cost tens of megabytes and be
// slower to walk; a double array, because searching a state's children for each unit of text cost
// more than everything else the classifier does (a mispredicted branch per halving).
import { HAS_OUTPUT, NO_CLASS, SKIP_CLASS, SPACE_CLASS, compileDoubleArray } from './double-array'

/** Longest pattern, in folded code units; also the size of the ring of recent offsets. */
export const MAX_PATTERN_LENGTH = 64

export interface Automaton {
  /** Slots in the double array (states plus the free slots between them). */
  readonly stateCount: number
  /** Raw UTF-16 unit -> alphabet class (folding included). */
  readonly classOf: Uint16Array
  /** Per slot: an output flag (sign), the base and the class that enters the slot (double-array.ts). */
  readonly cells: Int32Array
  /** Bits of a cell that hold the entering class; the base is above them. */
  readonly classBits: number
  /** Per slot: its failure slot. */
  readonly fail: Int32Array
  /** Per slot: its nearest output as id * 2 (+ 1 when more follow, from nextOutput), or -1. */
  readonly output: Int32Array
  /** The pattern a slot ends, or -1. */
  readonly endPattern: Int32Array
  /** The next slot down the failure chain that ends a pattern, or -1. */
  readonly dictLink: Int32Array
  /** Where a slot's second output is, when its OUTPUT field says there is one. */
  readonly nextOutput: Int32Array
  readonly patternLength: Uint16Array
}

/** Reusable buffer of matches: triples (start, end, patternId), offsets in the original string. */
export class MatchBuffer {
  data = new Int32Array(3 * 256)
  count = 0
  push(start: number, end: number, id: number): void {
    if (3 * (this.count + 1) > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    const at = 3 * this.count++
    this.data[at] = start
    this.data[at + 1] = end
    this.data[at + 2] = id
  }
}

/**
 * Builds the automaton; pattern i (already folded, 1..64 units, no duplicates) reports id i.
 * Patterns are inserted in sorted order, so each one shares the previous one's path up to their
 * common prefix and every node's children appear in code order: no hashing while building.
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const order = patterns.map((_, i) => i).sort((a, b) => (patterns[a] < patterns[b] ? -1 : patterns[a] > patterns[b] ? 1 : 0))
  let total = 1
  for (const p of patterns) total += p.length
  const edgeParent = new Int32Array(total)
  const edgeCode = new Uint16Array(total)
  const endPattern = new Int32Array(total).fill(-1)
  const patternLength = new Uint16Array(patterns.length)
  const path = new Int32Array(MAX_PATTERN_LENGTH + 1) // path[d] = node at depth d of the previous pattern
  let nodes = 1
  let prev = ''
  for (const id of order) {
    const pattern = patterns[id]
    if (pattern.length === 0 || pattern.length > MAX_PATTERN_LENGTH) {
      throw new Error(`Pattern ${JSON.stringify(pattern)} must be 1..${MAX_PATTERN_LENGTH} units long`)
    }
    let lcp = 0
    while (lcp < pattern.length && lcp < prev.length && pattern.charCodeAt(lcp) === prev.charCodeAt(lcp)) lcp++
    if (lcp === pattern.length && lcp === prev.length) throw new Error(`Duplicate pattern ${JSON.stringify(pattern)}`)
    for (let d = lcp; d < pattern.length; d++) {
      edgeParent[nodes] = path[d]
      edgeCode[nodes] = pattern.charCodeAt(d)
      path[d + 1] = nodes++
    }
    endPattern[path[pattern.length]] = id
    patternLength[id] = pattern.length
    prev = pattern
  }
  const compiled = compileDoubleArray({ nodes, parent: edgeParent, code: edgeCode, endPattern })
  const { classOf, cells, classBits, fail, output, dictLink, nextOutput, slotCount } = compiled
  return { stateCount: slotCount, classOf, cells, classBits, fail, output, endPattern: compiled.endPattern, dictLink,
    nextOutput, patternLength }
}

const ring = new Int32Array(MAX_PATTERN_LENGTH)
// Imported constants are getters under per-file transpilers (tsx, vitest): local copies for the hot loop.
const SKIPPED = SKIP_CLASS
const SPACE = SPACE_CLASS
const NONE = NO_CLASS
const OUTPUT_FLAG = HAS_OUTPUT

/**
 * Appends every match in text[from, to) to out. Runs of white space count as one space, and
 * SKIP units are transparent, so "New\n  York" and diacritised Arabic still match.
 */
export function scanText(a: Automaton, text: string, from: number, to: number, out: MatchBuffer): void {
  const { classOf, cells, fail, output: outputs, endPattern, dictLink, nextOutput, patternLength, classBits } = a
  const classMask = (1 << classBits) - 1
  let state = 0
  let cell = cells[0]
  let fed = 0
  let lastWasSpace = true
  for (let i = from; i < to; i++) {
    const cls = classOf[text.charCodeAt(i)]
    if (cls === SKIPPED) continue
    if (cls === SPACE) {
      if (lastWasSpace) continue
      lastWasSpace = true
    } else lastWasSpace = false
    ring[fed & (MAX_PATTERN_LENGTH - 1)] = i
    fed++
    if (cls === NONE) {
      state = 0 // no pattern has this unit: every match runs through the root again
      cell = cells[0]
      continue
    }
    // Follow failure links until some state has an edge for cls; the root keeps the state at 0. Slot t is state's
    // child when cls enters it: bases are unique, so no other state's child sits there with that class.
    while (true) {
      const t = ((cell & ~OUTPUT_FLAG) >>> classBits) + cls
      const next = cells[t]
      if ((next & classMask) === cls) {
        state = t
        cell = next
        break
      }
      if (state === 0) break
      state = fail[state]
      cell = cells[state]
    }
    if ((cell & OUTPUT_FLAG) === 0) continue
    const output = outputs[state]
    const id = output >> 1
    out.push(ring[(fed - patternLength[id]) & (MAX_PATTERN_LENGTH - 1)], i + 1, id)
    if ((output & 1) === 0) continue
    for (let t = nextOutput[state]; t >= 0; t = dictLink[t]) {
      const more = endPattern[t]
      out.push(ring[(fed - patternLength[more]) & (MAX_PATTERN_LENGTH - 1)], i + 1, more)
    }
  }
}

/** Bytes held by the compiled arrays (for the benchmark's memory report). */
export function automatonBytes(a: Automaton): number {
  return [a.classOf, a.cells, a.fail, a.output, a.endPattern, a.dictLink, a.nextOutput, a.patternLength].reduce((sum, arr) => sum + arr.byteLength, 0)
}
