// Compiles the pattern trie into a double-array Aho-Corasick automaton: a step is two array reads
// (the child of state s on class c is slot base(s) + c when that slot says it is entered by c), with no search
// among a state's children. Pure; used only by automaton.ts.
// Each state has its own base, so "slot t is entered by class c" identifies the parent too (t - c is one base, one
// state): a slot's check is its entering class, and base, class and an output flag pack into one 32-bit cell. The
// cells an article's walk reads are then a quarter of a four-field record table, which stays in the core's cache.
import { SKIP, foldTable } from './normalize'

/** Fields of slot s in the build-time record table, at 4 * s + field. */
const BASE = 0
const CHECK = 1
const FAIL = 2
/** The slot itself or the next slot down the failure chain that ends a pattern, or -1 (build time only). */
const OUTPUT = 3

/** Class of a code unit no pattern contains: every state falls back to the root on it. */
export const NO_CLASS = 0
/** Class of white space (runs of it are one space) and of the space inside patterns. */
export const SPACE_CLASS = 1
/** Class of units the scan ignores (SKIP after folding). */
export const SKIP_CLASS = 0xffff
/** A cell's sign bit: a pattern ends at this slot or down its failure chain. */
export const HAS_OUTPUT = 0x80000000 | 0

export interface CompiledArrays {
  /** Raw UTF-16 unit -> class: folding and the alphabet in one lookup. */
  classOf: Uint16Array
  /** Per slot: HAS_OUTPUT | base << classBits | the class that enters it (0 for the root and free slots). */
  cells: Int32Array
  /** Bits of a cell that hold the entering class. */
  classBits: number
  /** Per slot: its failure slot. */
  fail: Int32Array
  /** Per slot: its nearest pattern (its own, else down the failure chain) as id * 2 + 1 when more end there too
   *  (then nextOutput says where), else id * 2; -1 when none. */
  output: Int32Array
  endPattern: Int32Array
  dictLink: Int32Array
  /** The second slot of each slot's outputs (failure chain) that ends a pattern, or -1. */
  nextOutput: Int32Array
  slotCount: number
}

/** The trie as built from sorted patterns: node k >= 1 hangs under parent[k] by code[k]. */
export interface Trie {
  nodes: number
  parent: Int32Array
  code: Uint16Array
  endPattern: Int32Array
}

/** Classes 2.. by how many trie edges carry the unit, commonest first, so frequent letters pack densely. */
function alphabet(trie: Trie): { codeClass: Uint16Array; classCount: number } {
  const freq = new Int32Array(65536)
  for (let k = 1; k < trie.nodes; k++) freq[trie.code[k]]++
  const codes: number[] = []
  for (let c = 0; c < 65536; c++) if (freq[c] > 0 && c !== 0x20) codes.push(c)
  codes.sort((a, b) => freq[b] - freq[a] || a - b)
  const codeClass = new Uint16Array(65536)
  codeClass[0x20] = SPACE_CLASS
  codes.forEach((c, i) => (codeClass[c] = i + 2))
  return { codeClass, classCount: codes.length + 2 }
}

function classTable(codeClass: Uint16Array): Uint16Array {
  const fold = foldTable()
  const classOf = new Uint16Array(65536)
  for (let r = 0; r < 65536; r++) {
    const f = fold[r]
    classOf[r] = f === SKIP ? SKIP_CLASS : f <= 0x20 ? SPACE_CLASS : codeClass[f]
  }
  return classOf
}

/** Slot bookkeeping while placing: owner per slot (-1 free), a "next free slot at or after x" forest, and the bases
 *  taken (no two states share one). */
class Slots {
  check: Int32Array
  base: Int32Array
  private next: Int32Array
  private baseTaken: Uint8Array
  /** Per first class: slots below this are no use to any node whose smallest child class it is (taken or their
   *  base taken; both only ever get more), so the search starts here rather than at each taken base's free slot. */
  private startFor = new Int32Array(65536)
  used = 1

  /** capacity: about the slots needed, so the arrays rarely grow (a cold copy of three arrays each time). */
  constructor(capacity: number) {
    this.check = new Int32Array(capacity).fill(-1)
    this.base = new Int32Array(capacity)
    this.next = new Int32Array(capacity)
    this.baseTaken = new Uint8Array(capacity)
    for (let i = 0; i < capacity; i++) this.next[i] = i
  }

  ensure(size: number): void {
    if (size <= this.check.length) return
    let cap = this.check.length
    while (cap < size) cap *= 2
    const check = new Int32Array(cap).fill(-1)
    check.set(this.check)
    const base = new Int32Array(cap)
    base.set(this.base)
    const next = new Int32Array(cap)
    for (let i = this.next.length; i < cap; i++) next[i] = i
    next.set(this.next)
    const baseTaken = new Uint8Array(cap)
    baseTaken.set(this.baseTaken)
    this.baseTaken = baseTaken
    this.check = check
    this.base = base
    this.next = next
  }

  /** The first free slot at or after x (path-halving union-find over occupied slots). */
  freeFrom(x: number): number {
    this.ensure(x + 1)
    let at = x
    while (this.next[at] !== at) {
      this.next[at] = this.next[this.next[at]]
      at = this.next[at]
      this.ensure(at + 1)
    }
    return at
  }

  occupy(slot: number, owner: number): void {
    this.ensure(slot + 2)
    this.check[slot] = owner
    this.next[slot] = slot + 1
    if (slot + 1 > this.used) this.used = slot + 1
  }

  takeBase(base: number): void {
    this.baseTaken[base] = 1
  }

  /** The smallest untaken base >= 0 whose slots base + classes[j] (j < count) are all free; classes[0] is the
   *  smallest. The base is then taken. */
  fit(classes: Int32Array, count: number): number {
    const first = classes[0]
    let isPrefixUseless = true
    for (let f = this.freeFrom(Math.max(first, this.startFor[first])); ; f = this.freeFrom(f + 1)) {
      const base = f - first
      if (this.baseTaken[base] !== 0) { // base < f, which freeFrom made fit the arrays
        if (isPrefixUseless) this.startFor[first] = f + 1
        continue
      }
      let ok = true
      for (let j = 1; j < count && ok; j++) {
        const slot = base + classes[j]
        ok = slot >= this.check.length || this.check[slot] === -1
      }
      if (ok) {
        if (isPrefixUseless) this.startFor[first] = f + 1 // f is about to be occupied
        this.takeBase(base)
        return base
      }
      isPrefixUseless = false
    }
  }
}

/** Places every trie node in a slot, parents before children (breadth first); returns the slot of each node. */
function place(trie: Trie, codeClass: Uint16Array, slots: Slots): { slotOf: Int32Array; order: Int32Array } {
  const { nodes, parent, code } = trie
  // Children as linked lists, built backwards so each list is in creation (= code) order: one pass over the nodes.
  const firstChild = new Int32Array(nodes).fill(-1)
  const nextSibling = new Int32Array(nodes)
  for (let k = nodes - 1; k >= 1; k--) {
    nextSibling[k] = firstChild[parent[k]]
    firstChild[parent[k]] = k
  }
  const slotOf = new Int32Array(nodes)
  const order = new Int32Array(nodes)
  slots.occupy(0, -2) // the root; no step lands on slot 0, since every class is >= 1
  slots.takeBase(0)
  const classes = new Int32Array(65536) // the children's classes of one node, the smallest first
  let tail = 1
  for (let head = 0; head < tail; head++) {
    const k = order[head]
    if (firstChild[k] < 0) {
      slots.base[slotOf[k]] = LEAF
      continue
    }
    let count = 0
    for (let kid = firstChild[k]; kid >= 0; kid = nextSibling[kid]) classes[count++] = codeClass[code[kid]]
    if (count > 1) classes.subarray(0, count).sort()
    const base = k === 0 ? 0 : slots.fit(classes, count)
    slots.base[slotOf[k]] = base
    for (let kid = firstChild[k]; kid >= 0; kid = nextSibling[kid]) {
      slotOf[kid] = base + codeClass[code[kid]]
      slots.occupy(slotOf[kid], slotOf[k])
      order[tail++] = kid
    }
  }
  return { slotOf, order }
}

/** Build-time base of a state without children: no step leaves it (slot base + class is then never its child). */
const LEAF = -1

export function compileDoubleArray(trie: Trie): CompiledArrays {
  const { codeClass, classCount } = alphabet(trie)
  const slots = new Slots(trie.nodes + classCount + 1024)
  const { slotOf, order } = place(trie, codeClass, slots)
  // Every base + class stays inside the arrays, so a step never reads past their end. Leaves all share the base
  // just past the last occupied slot, where every slot is free: no step from a leaf finds a child.
  let maxBase = 0
  for (let s = 0; s < slots.used; s++) if (slots.check[s] !== -1 && slots.base[s] > maxBase) maxBase = slots.base[s]
  const leafBase = slots.used
  const slotCount = Math.max(leafBase, maxBase) + classCount
  const states = new Int32Array(4 * slotCount)
  for (let s = 0; s < slotCount; s++) {
    states[4 * s + BASE] = s < slots.check.length ? slots.base[s] : 0
    states[4 * s + CHECK] = s < slots.check.length ? slots.check[s] : -1
    states[4 * s + OUTPUT] = -1
  }
  const endPattern = new Int32Array(slotCount).fill(-1)
  for (let k = 1; k < trie.nodes; k++) endPattern[slotOf[k]] = trie.endPattern[k]
  const dictLink = new Int32Array(slotCount).fill(-1)
  linkFailures(trie, codeClass, slotOf, order, states, endPattern, dictLink)
  const nextOutput = new Int32Array(slotCount).fill(-1)
  for (let s = 0; s < slotCount; s++) {
    const first = states[4 * s + OUTPUT] // a slot until here
    if (first < 0) continue
    nextOutput[s] = dictLink[first]
    states[4 * s + OUTPUT] = 2 * endPattern[first] + (dictLink[first] >= 0 ? 1 : 0)
  }
  return { classOf: classTable(codeClass), ...packCells(states, slotCount, classCount, leafBase), endPattern, dictLink,
    nextOutput, slotCount }
}

/** The walk's arrays from the build-time records: one cell per slot (output flag, base, entering class), failure
 *  slots and outputs beside. */
function packCells(states: Int32Array, slotCount: number, classCount: number, leafBase: number):
  Pick<CompiledArrays, 'cells' | 'classBits' | 'fail' | 'output'> {
  const classBits = 32 - Math.clz32(classCount - 1)
  if (slotCount >= 2 ** (31 - classBits)) {
    throw new Error(`Automaton too large to pack: ${slotCount} slots with ${classCount} classes exceed 31 bits`)
  }
  const cells = new Int32Array(slotCount)
  const fail = new Int32Array(slotCount)
  const output = new Int32Array(slotCount).fill(-1)
  for (let s = 0; s < slotCount; s++) {
    const parent = states[4 * s + CHECK]
    if (s !== 0 && parent < 0) continue // free: entering class 0, which no step uses
    const base = states[4 * s + BASE] === LEAF ? leafBase : states[4 * s + BASE]
    const entering = s === 0 ? 0 : s - states[4 * parent + BASE]
    const out = states[4 * s + OUTPUT]
    cells[s] = (out >= 0 ? HAS_OUTPUT : 0) | (base << classBits) | entering
    fail[s] = states[4 * s + FAIL]
    output[s] = out
  }
  return { cells, classBits, fail, output }
}

/** Failure and output links, breadth first: a node's failure state is shallower, so it is linked already. */
function linkFailures(trie: Trie, codeClass: Uint16Array, slotOf: Int32Array, order: Int32Array, states: Int32Array,
  endPattern: Int32Array, dictLink: Int32Array): void {
  for (let i = 1; i < trie.nodes; i++) {
    const k = order[i]
    const t = slotOf[k]
    const s = slotOf[trie.parent[k]]
    const c = codeClass[trie.code[k]]
    let fail = 0
    if (s !== 0) {
      for (let f = states[4 * s + FAIL]; ; f = states[4 * f + FAIL]) {
        const u = states[4 * f + BASE] + c
        if (states[4 * u + CHECK] === f) {
          fail = u
          break
        }
        if (f === 0) break
      }
    }
    states[4 * t + FAIL] = fail
    dictLink[t] = states[4 * fail + OUTPUT]
    states[4 * t + OUTPUT] = endPattern[t] >= 0 ? t : dictLink[t]
  }
}
