// Aho-Corasick automaton over folded UTF-16 code units: one pass over an article finds every
// occurrence of every pattern. Pure; imports only the folding table.
// Layout is compiled into typed arrays (CSR edge lists, a dense root row) because ~10^5 states held
// in per-node Maps would cost tens of megabytes and be slower to walk.
import { SKIP, foldTable } from './normalize'

const FOLD = foldTable()
const SKIPPED = SKIP // a local copy: imported constants are getters under per-file transpilers

const SPACE = 0x20
/** Longest pattern, in folded code units; also the size of the ring of recent offsets. */
export const MAX_PATTERN_LENGTH = 64

export interface Automaton {
  readonly stateCount: number
  readonly root: Int32Array
  readonly edgeStart: Int32Array
  readonly edgeChar: Uint16Array
  readonly edgeTo: Int32Array
  readonly fail: Int32Array
  readonly outStart: Int32Array
  readonly outIds: Int32Array
  readonly dictLink: Int32Array
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
  return compile(nodes, edgeParent, edgeCode, endPattern, patternLength)
}

/** Node k (k >= 1) hangs under edgeParent[k] by edgeCode[k]; children were created in code order. */
function compile(n: number, edgeParent: Int32Array, edgeCode: Uint16Array, endPattern: Int32Array, patternLength: Uint16Array): Automaton {
  const edgeStart = new Int32Array(n + 1)
  for (let k = 1; k < n; k++) if (edgeParent[k] !== 0) edgeStart[edgeParent[k] + 1]++
  for (let s = 0; s < n; s++) edgeStart[s + 1] += edgeStart[s]
  const edgeChar = new Uint16Array(edgeStart[n])
  const edgeTo = new Int32Array(edgeStart[n])
  const fill = edgeStart.slice(0, n)
  const root = new Int32Array(65536).fill(-1)
  for (let k = 1; k < n; k++) {
    const parent = edgeParent[k]
    if (parent === 0) root[edgeCode[k]] = k
    else {
      const at = fill[parent]++
      edgeChar[at] = edgeCode[k]
      edgeTo[at] = k
    }
  }
  const partial = { root, edgeStart, edgeChar, edgeTo }
  const fail = new Int32Array(n)
  const dictLink = new Int32Array(n).fill(-1)
  const queue = new Int32Array(n)
  let tail = 0
  for (let k = 1; k < n; k++) if (edgeParent[k] === 0) queue[tail++] = k
  for (let head = 0; head < tail; head++) {
    const s = queue[head]
    for (let j = edgeStart[s]; j < edgeStart[s + 1]; j++) {
      const code = edgeChar[j]
      const child = edgeTo[j]
      let f = fail[s]
      let target = step(partial, f, code)
      while (target < 0 && f !== 0) {
        f = fail[f]
        target = step(partial, f, code)
      }
      const ff = target >= 0 ? target : 0
      fail[child] = ff
      dictLink[child] = endPattern[ff] >= 0 ? ff : dictLink[ff]
      queue[tail++] = child
    }
  }
  const outStart = new Int32Array(n + 1)
  for (let s = 0; s < n; s++) outStart[s + 1] = outStart[s] + (endPattern[s] >= 0 ? 1 : 0)
  const outIds = new Int32Array(outStart[n])
  for (let s = 0; s < n; s++) if (endPattern[s] >= 0) outIds[outStart[s]] = endPattern[s]
  return { stateCount: n, root, edgeStart, edgeChar, edgeTo, fail, outStart, outIds, dictLink, patternLength }
}

type Edges = Pick<Automaton, 'root' | 'edgeStart' | 'edgeChar' | 'edgeTo'>

/** The child of state s on code, or -1. */
function step(a: Edges, s: number, code: number): number {
  if (s === 0) return a.root[code]
  let lo = a.edgeStart[s]
  let hi = a.edgeStart[s + 1] - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const c = a.edgeChar[mid]
    if (c === code) return a.edgeTo[mid]
    if (c < code) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

const ring = new Int32Array(MAX_PATTERN_LENGTH)

/**
 * Appends every match in text[from, to) to out. Runs of white space count as one space, and
 * SKIP units are transparent, so "New\n  York" and diacritised Arabic still match.
 */
export function scanText(a: Automaton, text: string, from: number, to: number, out: MatchBuffer): void {
  const { root, edgeStart, edgeChar, edgeTo, fail, outStart, outIds, dictLink, patternLength } = a
  let state = 0
  let fed = 0
  let lastWasSpace = true
  for (let i = from; i < to; i++) {
    let code = FOLD[text.charCodeAt(i)]
    if (code === SKIPPED) continue
    if (code <= SPACE) {
      if (lastWasSpace) continue
      code = SPACE
      lastWasSpace = true
    } else lastWasSpace = false
    ring[fed & (MAX_PATTERN_LENGTH - 1)] = i
    fed++
    // Follow failure links until some state has an edge for code (the root has a dense row).
    let next = -1
    while (true) {
      if (state === 0) {
        next = root[code]
        break
      }
      let lo = edgeStart[state]
      let hi = edgeStart[state + 1] - 1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        const c = edgeChar[mid]
        if (c === code) {
          next = edgeTo[mid]
          break
        }
        if (c < code) lo = mid + 1
        else hi = mid - 1
      }
      if (next >= 0) break
      state = fail[state]
    }
    state = next < 0 ? 0 : next
    let t = outStart[state + 1] > outStart[state] ? state : dictLink[state]
    while (t >= 0) {
      for (let j = outStart[t]; j < outStart[t + 1]; j++) {
        const id = outIds[j]
        out.push(ring[(fed - patternLength[id]) & (MAX_PATTERN_LENGTH - 1)], i + 1, id)
      }
      t = dictLink[t]
    }
  }
}

/** Bytes held by the compiled arrays (for the benchmark's memory report). */
export function automatonBytes(a: Automaton): number {
  return [a.root, a.edgeStart, a.edgeChar, a.edgeTo, a.fail, a.outStart, a.outIds, a.dictLink, a.patternLength]
    .reduce((sum, arr) => sum + arr.byteLength, 0)
}
